// A repository holding the example project, the local registry, a test package
// index and recording shims: everything an end-to-end release test needs.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { runAction, type ActionOptions, type ActionRun } from './action.js'
import { TestIndex } from './index-server.js'
import { localRegistry, RegistryClient, type RegistryAccess } from './registry.js'
import { exampleRepo, tempDir, type TestRepo } from './repo.js'
import { recordingShims, type Shims } from './shims.js'

export const PLATFORMS = ['linux/amd64', 'linux/arm64']

export class ReleaseFixture {
  readonly registry: RegistryAccess = localRegistry()
  readonly client = new RegistryClient(this.registry)
  readonly repository = `e2e-${randomBytes(4).toString('hex')}/widget`
  readonly image = `${this.registry.host}/${this.repository}`
  readonly token = `pypi-test-${randomBytes(12).toString('hex')}`
  readonly shims: Shims = recordingShims()
  readonly runs: ActionRun[] = []
  index!: TestIndex
  repo!: TestRepo

  /** The example project, committed and tagged 1.2.3, and a running index. */
  async start(): Promise<this> {
    this.index = await new TestIndex(this.token).start()
    this.repo = exampleRepo('1.2.3', true)
    this.repo.addOrigin() // the live branches a cleanup asks for
    return this
  }

  async stop(): Promise<void> {
    await this.index.stop()
    this.repo.remove()
  }

  /** The bundled action, releasing HEAD for `ref` with working defaults that `inputs` override. */
  async release(
    ref: string,
    inputs: Record<string, string> = {},
    env: Record<string, string> = {},
    extra: Partial<Pick<ActionOptions, 'cancel' | 'workspace'>> = {}
  ): Promise<ActionRun> {
    // The job's OIDC tokens name its commit, as GitHub's do (the certificates Sigstore issues for them carry it).
    this.index.claims.sha = this.repo.head()
    const run = await runAction({
      ...extra,
      workspace: extra.workspace ?? this.repo.dir,
      ref,
      sha: this.repo.head(),
      env: { PATH: `${this.shims.dir}:${process.env.PATH}`, ...env },
      inputs: {
        image: this.image,
        'registry-username': this.registry.username,
        'registry-password': this.registry.password,
        platforms: PLATFORMS.join(','),
        python: this.shims.python,
        'python-build-args': '--no-isolation', // no package index for build isolation here
        'pypi-url': this.index.uploadUrl,
        'pypi-token': this.token,
        ...inputs
      }
    })
    this.runs.push(run)
    return run
  }

  /** A second checkout of the repository, as another runner's job has: concurrent runs each need their own. */
  checkout(): string {
    const dir = tempDir('dev-release-checkout-')
    execFileSync('git', ['clone', '-q', '--no-local', this.repo.dir, dir])
    return dir
  }

  /** How many uploads the index has been sent. */
  uploadRequests(): number {
    return this.index.requests.filter(r => r.method === 'POST' && r.path === '/legacy/').length
  }
}

export function expectSuccess(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`the action failed:\n${run.stdout}\n${run.stderr}`)
}
