// Every git command the action runs. Nothing else in src/ calls git.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { run } from './exec.js'
import { escapeGlob } from '../versions/glob.js'
import type { DescribeOptions } from '../versions/version-config.js'

export interface Describe {
  tag: string
  distance: number
}

/** A deadline for git where none is given: the default request-timeout. */
const GIT_TIMEOUT_MS = 60_000

export class Git {
  /** `timeoutMs` bounds every git command (request-timeout: a fetch from origin is a request). */
  constructor(
    readonly cwd: string,
    readonly timeoutMs = GIT_TIMEOUT_MS
  ) {}

  private async git(args: string[], allowFailure = false) {
    // Never a prompt for credentials: a job has nobody to answer it, and would wait until its deadline.
    return run('git', args, {
      cwd: this.cwd,
      allowFailure,
      timeoutMs: this.timeoutMs,
      what: `git ${args[0]} (request-timeout)`,
      env: { GIT_TERMINAL_PROMPT: '0' }
    })
  }

  /** Whether the work tree is a repository, and whether it is a shallow one: one git call. */
  async shallowness(): Promise<'not-a-repository' | 'full' | 'shallow'> {
    // The usual checkout answers without starting git, as setuptools_scm reads it: .git/shallow.
    const dotGit = join(this.cwd, '.git')
    if (existsSync(join(dotGit, 'HEAD'))) return existsSync(join(dotGit, 'shallow')) ? 'shallow' : 'full'
    const r = await this.git(['rev-parse', '--is-shallow-repository'], true)
    if (r.code !== 0) return 'not-a-repository'
    return r.stdout.trim() === 'true' ? 'shallow' : 'full'
  }

  /**
   * A clone of this repository at `dir`, its work tree at `commit` (detached), with every tag: what the commit's
   * checkout holds, with none of this work tree's changes or untracked files.
   */
  async cloneAt(dir: string, commit: string): Promise<Git> {
    await this.git(['clone', '--quiet', '--no-checkout', '--', this.cwd, dir])
    const clone = new Git(dir, this.timeoutMs)
    await clone.git(['checkout', '--quiet', '--detach', commit])
    return clone
  }

  /** Fetch the whole history and every tag of origin into a shallow clone. */
  async unshallow(): Promise<void> {
    await this.git(['fetch', '--quiet', '--unshallow', '--tags', '--force', 'origin'])
  }

  async resolveCommit(rev: string): Promise<string | undefined> {
    const r = await this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], true)
    return r.code === 0 ? r.stdout.trim() : undefined
  }

  /** A file's text at a commit, its path relative to the work tree's directory; undefined where the commit has none. */
  async fileAt(commit: string, path: string): Promise<string | undefined> {
    const r = await this.git(['show', '--end-of-options', `${commit}:./${path.replace(/^\.\//, '')}`], true)
    return r.code === 0 ? r.stdout : undefined
  }

  /**
   * setuptools_scm's describe: the nearest tag that `options` admit (by default
   * any tag containing a digit), and the number of commits since it. `exclude`
   * drops tags already found unusable. Undefined when no tag can describe the commit.
   */
  async describe(commit: string, options: DescribeOptions, exclude: string[] = []): Promise<Describe | undefined> {
    const args = ['describe', '--long']
    if (options.tags) args.push('--tags')
    if (options.firstParent) args.push('--first-parent')
    for (const pattern of options.match) args.push('--match', pattern)
    for (const pattern of options.exclude) args.push('--exclude', pattern)
    for (const tag of exclude) args.push('--exclude', escapeGlob(tag))
    const r = await this.git([...args, '--end-of-options', commit], true)
    if (r.code !== 0) {
      if (/no names found|no tags can describe|cannot describe|no annotated tags/i.test(r.stderr)) return undefined
      throw new Error(`git describe failed: ${r.stderr.trim()}`)
    }
    // <tag>-<distance>-g<hash>; the tag itself may contain dashes.
    const m = /^(.*)-(\d+)-g[0-9a-f]+$/.exec(r.stdout.trim())
    if (!m) throw new Error(`unexpected output of git describe: ${r.stdout.trim()}`)
    return { tag: m[1], distance: Number(m[2]) }
  }

  /**
   * A commit, in one git call: its full hash, its time (seconds since the epoch) and its date in
   * its committer's time zone (YYYY-MM-DD, as setuptools_scm reads it). Undefined when there is no such commit.
   */
  async commit(rev: string): Promise<{ sha: string; epoch: number; date: string } | undefined> {
    const r = await this.git(
      ['-c', 'log.showSignature=false', 'log', '-n', '1', '--format=%H %ct %cI', '--end-of-options', `${rev}^{commit}`],
      true
    )
    if (r.code !== 0) return undefined
    const [sha, epoch, iso] = r.stdout.trim().split(' ')
    return { sha, epoch: Number(epoch), date: iso.slice(0, 10) }
  }

  /** The files git tracks under these directories, as absolute paths. */
  async trackedFiles(dirs: string[]): Promise<Set<string>> {
    const r = await this.git(['ls-files', '-z', '--full-name', '--', ...dirs], true)
    if (r.code !== 0) return new Set()
    const top = (await this.git(['rev-parse', '--show-toplevel'])).stdout.trim()
    return new Set(
      r.stdout
        .split('\0')
        .filter(Boolean)
        .map(f => join(top, f))
    )
  }

  /** The work tree's root, where the directory is inside one; undefined outside any git repository. */
  async topLevel(): Promise<string | undefined> {
    const r = await this.git(['rev-parse', '--show-toplevel'], true)
    return r.code === 0 ? r.stdout.trim() : undefined
  }

  /** Tracked files with changes not committed (what setuptools_scm calls dirty). */
  async changedFiles(): Promise<string[]> {
    const { stdout } = await this.git(['status', '--porcelain', '--untracked-files=no'])
    return stdout
      .split('\n')
      .filter(Boolean)
      .map(line => line.slice(3))
  }

  async countCommits(commit: string): Promise<number> {
    const { stdout } = await this.git(['rev-list', '--count', '--end-of-options', commit])
    return Number(stdout.trim())
  }

  async tags(): Promise<string[]> {
    const { stdout } = await this.git(['tag', '--list'])
    return stdout.split('\n').filter(Boolean)
  }

  async tagsAt(rev: string): Promise<string[]> {
    const { stdout } = await this.git(['tag', '--points-at', rev])
    return stdout.split('\n').filter(Boolean)
  }

  async remoteUrl(remote = 'origin'): Promise<string | undefined> {
    const r = await this.git(['remote', 'get-url', remote], true)
    return r.code === 0 ? r.stdout.trim() : undefined
  }

  /**
   * The branches the remote has now, asked of the remote itself (a checkout's own refs may be stale). On a
   * runner it uses the credentials actions/checkout left; git never prompts, and stops after `timeoutMs`.
   */
  async remoteBranches(remote = 'origin'): Promise<string[]> {
    const r = await this.git(['ls-remote', '--heads', '--end-of-options', remote])
    return r.stdout
      .split('\n')
      .map(line => /^[0-9a-f]+\trefs\/heads\/(.+)$/.exec(line)?.[1])
      .filter((b): b is string => b !== undefined)
  }

  async currentBranch(): Promise<string | undefined> {
    const r = await this.git(['symbolic-ref', '--quiet', '--short', 'HEAD'], true)
    return r.code === 0 ? r.stdout.trim() : undefined
  }
}
