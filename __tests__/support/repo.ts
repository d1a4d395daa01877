// Real git repositories for tests, built commit by commit.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
}

export function tempDir(prefix = 'dev-release-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export class TestRepo {
  private counter = 0
  private clock = 1_700_000_000

  constructor(readonly dir: string) {}

  static create(branch = 'main'): TestRepo {
    const repo = new TestRepo(join(tempDir(), 'repo'))
    execFileSync('git', ['init', '-q', '-b', branch, repo.dir], { env: GIT_ENV })
    return repo
  }

  git(...args: string[]): string {
    // Distinct, increasing dates keep git's tie-breaks deterministic.
    this.clock += 60
    const date = `@${this.clock} +0000`
    return execFileSync('git', args, {
      cwd: this.dir,
      env: { ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    }).trim()
  }

  /** A commit that adds a file of its own, so that checkouts stay clean and merges never conflict. */
  commit(message = `commit ${++this.counter}`): string {
    const file = `change-${this.counter}-${this.clock}.txt`
    writeFileSync(join(this.dir, file), `${message}\n`)
    this.git('add', file)
    this.git('commit', '-q', '-m', message)
    return this.head()
  }

  commits(n: number): string {
    for (let i = 0; i < n; i++) this.commit()
    return this.head()
  }

  tag(name: string, annotated = false, rev = 'HEAD'): void {
    if (annotated) this.git('tag', '-a', '-m', `tag ${name}`, name, rev)
    else this.git('tag', name, rev)
  }

  branch(name: string, from = 'HEAD'): void {
    this.git('checkout', '-q', '-b', name, from)
  }

  checkout(rev: string): void {
    this.git('checkout', '-q', rev)
  }

  merge(rev: string): string {
    this.git('merge', '-q', '--no-ff', '-m', `merge ${rev}`, rev)
    return this.head()
  }

  /**
   * A bare repository beside this one as its `origin`, holding what `push` sends: the branches that
   * `git ls-remote --heads origin` lists, as GitHub's would.
   */
  addOrigin(): string {
    // Named as GitHub's are: the command line reads owner/repo from the URL.
    const bare = join(this.dir, '..', 'remote', 'acme', 'widget.git')
    execFileSync('git', ['init', '-q', '--bare', bare], { env: GIT_ENV })
    this.git('remote', 'add', 'origin', bare)
    return bare
  }

  /** The branch on origin, at `rev`. */
  push(branch: string, rev = 'HEAD'): void {
    this.git('push', '-q', '--force', 'origin', `${rev}:refs/heads/${branch}`)
  }

  /** The branch gone from origin, as on GitHub before its delete event. */
  deleteRemote(branch: string): void {
    this.git('push', '-q', 'origin', '--delete', branch)
  }

  head(): string {
    return this.git('rev-parse', 'HEAD')
  }

  remove(): void {
    rmSync(join(this.dir, '..'), { recursive: true, force: true })
  }
}

const EXAMPLE_PROJECT = fileURLToPath(new URL('../fixtures/example-project/', import.meta.url))

/** A repository holding the example project (setuptools_scm, docker/Dockerfile installing from /pkg/), committed and tagged. */
export function exampleRepo(tag: string, annotated = false): TestRepo {
  const repo = TestRepo.create()
  cpSync(EXAMPLE_PROJECT, repo.dir, { recursive: true })
  // A line of its own in the README (and so in the sdist, and in the image's pkg/): suites run side by side on one
  // Docker engine, whose build cache would otherwise hold the same build step for two of them, and a --no-cache
  // rebuild in one (verify --rebuild) would hand the other's next build a layer of another time.
  appendFileSync(join(repo.dir, 'README.md'), `\nThis copy: ${randomBytes(6).toString('hex')}\n`)
  repo.git('add', '.')
  repo.git('commit', '-q', '-m', 'example project')
  repo.tag(tag, annotated)
  return repo
}
