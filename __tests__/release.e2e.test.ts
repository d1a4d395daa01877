// Full releases of the example project into the local registry (real dockerd,
// buildx, registry) and the test package index (real twine and pip), driving
// the bundled action as a runner does.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { annotations, type ActionRun } from './support/action.js'
import { pipDownload, type TestIndex } from './support/index-server.js'
import { expectSuccess, PLATFORMS, ReleaseFixture } from './support/release-fixture.js'
import type { TestRepo } from './support/repo.js'

const f = new ReleaseFixture()
const { client, repository, image, registry } = f
let index: TestIndex
let repo: TestRepo

beforeAll(async () => {
  await f.start()
  index = f.index
  repo = f.repo
})
afterAll(() => f.stop())

const release = (ref: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  f.release(ref, inputs, env)
const runs = f.runs
const shims = f.shims
const TOKEN = f.token

// Each test stands alone (jest -t runs any one of them): the tag release that several start from is run once, by
// whichever test needs it first, and every branch is a new one off 1.2.3.
let tagRun: ActionRun | undefined
async function releasedTag(): Promise<ActionRun> {
  if (!tagRun) {
    repo.checkout('1.2.3')
    tagRun = await release('refs/tags/1.2.3')
  }
  return tagRun
}

/** A new branch off 1.2.3, `commits` commits long. */
function branchOffRelease(name: string, commits: number): void {
  repo.branch(name, '1.2.3')
  repo.commits(commits)
}

describe('releases into a real registry and package index', () => {
  it('releases tag 1.2.3: image 1.2.3 and latest, one manifest list, the package on the index', async () => {
    const run = await releasedTag()
    expectSuccess(run)
    expect(run.outputs['release-type']).toBe('release')
    expect(run.outputs.version).toBe('1.2.3')
    expect(run.outputs['docker-tags']).toBe(`${image}:1.2.3\n${image}:latest`)

    const tagged = await client.manifestList(repository, '1.2.3')
    const latest = await client.manifestList(repository, 'latest')
    expect(run.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(tagged?.digest).toBe(run.outputs.digest)
    expect(latest?.digest).toBe(run.outputs.digest)
    expect(tagged?.manifests.map(m => m.platform).sort()).toEqual(PLATFORMS)

    const labels = await client.labels(repository, '1.2.3', 'linux/arm64')
    expect(labels['org.opencontainers.image.version']).toBe('1.2.3')
    expect(labels['org.opencontainers.image.created']).toBe(
      new Date(Number(repo.git('log', '-1', '--format=%ct', '1.2.3')) * 1000).toISOString()
    )
    expect(labels['org.opencontainers.image.revision']).toBe(repo.git('rev-parse', '1.2.3^{commit}').trim())

    expect(index.versions('dev-release-example')).toContain('1.2.3')
    expect(run.outputs.dists.split('\n').sort()).toEqual([...index.files.keys()].sort())
    expect(run.summary).toContain(run.outputs.digest)
    expect(run.summary).toMatch(/\| uploaded \|/)
    expect(run.summary).toContain(
      'Pushed as decided before the build: 2 platforms in one build on the docker driver (containerd image store), every tag pushed.'
    )
  })

  it('releases a branch 2 commits later as 1.2.4.dev2, its image holding exactly that build', async () => {
    await releasedTag()
    branchOffRelease('feature/implement-doodad', 2)
    // A stale build left in pkg/ must not reach the image.
    mkdirSync(join(repo.dir, 'docker', 'pkg'), { recursive: true })
    writeFileSync(join(repo.dir, 'docker', 'pkg', 'dev_release_example-0.0.1-py3-none-any.whl'), 'stale')

    const run = await release('refs/heads/feature/implement-doodad')
    expectSuccess(run)
    expect(run.outputs.version).toBe('1.2.4.dev2')
    expect(run.outputs['docker-tags']).toBe(`${image}:feature-implement-doodad`)

    for (const platform of PLATFORMS) {
      const files = (await client.files(repository, 'feature-implement-doodad', platform)).filter(f => !f.endsWith('/'))
      expect(files.map(f => f.replace(/^\.?\//, '')).sort()).toEqual(
        run.outputs.dists
          .split('\n')
          .map(d => `pkg/${d}`)
          .sort()
      )
      expect(files).toHaveLength(2)
      expect(files.every(f => f.includes('1.2.4.dev2'))).toBe(true)
    }
    expect(index.versions('dev-release-example')).toEqual(expect.arrayContaining(['1.2.3', '1.2.4.dev2']))
    expect(await pipDownload(index, 'dev-release-example')).toMatch(/-1\.2\.3[-.]/)
    // With --pre, the highest development release (other tests' branches may be further on).
    expect(await pipDownload(index, '--pre', 'dev-release-example')).toMatch(/-1\.2\.4\.dev\d+[-.]/)
  })

  it('re-runs the tag release without changing the index', async () => {
    const first = await releasedTag()
    repo.checkout('1.2.3')
    const before = new Map([...index.files].map(([name, f]) => [name, f.sha256]))
    const uploadsBefore = index.requests.filter(r => r.method === 'POST').length
    const run = await release('refs/tags/1.2.3')
    expectSuccess(run)
    expect(annotations(run, 'notice').join('\n')).toMatch(/re-run/)
    expect(new Map([...index.files].map(([name, f]) => [name, f.sha256]))).toEqual(before)
    expect(index.requests.filter(r => r.method === 'POST').length).toBe(uploadsBefore)
    expect((await client.manifestList(repository, 'latest'))?.digest).toBe(run.outputs.digest)
    // The same image as the first time: the index's own files, the commit's time everywhere.
    expect(run.outputs.digest).toBe(first.outputs.digest)
  })

  it('warns when a second branch reaches the same .devN, and still pushes its image', async () => {
    branchOffRelease('feature/first-of-two', 2)
    expectSuccess(await release('refs/heads/feature/first-of-two'))
    const files = [...index.files.keys()].filter(name => name.includes('1.2.4.dev2')).sort()
    branchOffRelease('feature/second-of-two', 2)
    const run = await release('refs/heads/feature/second-of-two')
    expectSuccess(run)
    expect(run.outputs.version).toBe('1.2.4.dev2')
    expect(annotations(run, 'warning').join('\n')).toMatch(
      /1\.2\.4\.dev2 is another build's .*another branch or commit .*Set dev-number: commit-time/
    )
    expect(run.summary).toMatch(/\| not uploaded: 1\.2\.4\.dev2 is another build's \(its files on the index: /)
    expect((await client.manifestList(repository, 'feature-second-of-two'))?.digest).toBe(run.outputs.digest)
    expect([...index.files.keys()].filter(name => name.includes('1.2.4.dev2')).sort()).toEqual(files)
  })

  it('gives two branches at one distance versions of their own under dev-number: commit-time, each image its own', async () => {
    const published: { tag: string; version: string; wheel: string }[] = []
    for (const name of ['feature/time-one', 'feature/time-two']) {
      branchOffRelease(name, 3)
      const epoch = Number(repo.git('log', '-1', '--format=%ct'))
      const run = await release(`refs/heads/${name}`, { 'dev-number': 'commit-time' })
      expectSuccess(run)
      const stamp = new Date(epoch * 1000).toISOString().replace(/\D/g, '').slice(0, 14)
      expect(run.outputs.version).toBe(`1.2.4.dev${stamp}`)
      expect(run.summary).toContain(`dev-number commit-time: ${stamp} (the commit's UTC time)`)
      expect(annotations(run, 'warning').join('\n')).not.toMatch(/another build/)
      const wheel = run.outputs.dists.split('\n').find(d => d.endsWith('.whl'))!
      published.push({ tag: name.replace('/', '-'), version: run.outputs.version, wheel })
    }
    expect(published[0].version).not.toBe(published[1].version)
    // Both on the index, and each image holds its own wheel.
    for (const { tag, version, wheel } of published) {
      expect(index.versions('dev-release-example')).toContain(version)
      const files = await client.files(repository, tag, 'linux/amd64')
      expect(files.filter(p => p.endsWith('.whl')).map(p => p.replace(/^.*\//, ''))).toEqual([wheel])
      expect(wheel).toContain(version)
    }
  })

  it('publishes through trusted publishing when no token is given', async () => {
    branchOffRelease('feature/trusted', 5)
    const run = await release('refs/heads/feature/trusted', { 'pypi-token': '' }, index.oidcEnv)
    expectSuccess(run)
    expect(run.outputs.version).toBe('1.2.4.dev5')
    expect(index.versions('dev-release-example')).toContain('1.2.4.dev5')
  })

  it('explains a trusted publishing failure, and a job without id-token: write', async () => {
    branchOffRelease('feature/trusted-refused', 6)
    index.publisherConfigured = false
    const refused = await release('refs/heads/feature/trusted-refused', { 'pypi-token': '' }, index.oidcEnv)
    index.publisherConfigured = true
    expect(refused.code).not.toBe(0)
    expect(annotations(refused, 'error').join()).toMatch(/no trusted publisher on the index matches this workflow/)

    const noPermission = await release('refs/heads/feature/trusted-refused', { 'pypi-token': '' })
    expect(noPermission.code).not.toBe(0)
    expect(annotations(noPermission, 'error').join()).toMatch(/id-token: write/)
    expect(index.versions('dev-release-example')).not.toContain('1.2.4.dev6')
  })

  it('stops before building anything when the project fixes its version in pyproject.toml', async () => {
    branchOffRelease('feature/fixed-version', 0)
    writeFileSync(
      join(repo.dir, 'pyproject.toml'),
      readFileSync(join(repo.dir, 'pyproject.toml'), 'utf8').replace('dynamic = ["version"]', 'version = "9.9.9"')
    )
    repo.git('commit', '-q', '-am', 'fixed version')
    const run = await release('refs/heads/feature/fixed-version')
    expect(run.code).not.toBe(0)
    // The plan says it, with the fix for this build backend, before the build: nothing was built.
    expect(annotations(run, 'error').join()).toMatch(
      /pyproject.toml \[project\] version fixes the version at 9\.9\.9, so the build would carry 9\.9\.9, not 1\.2\.4\.dev\d+\. .*\[project\] version = "9\.9\.9": remove it, add "version" to \[project\] dynamic/
    )
    expect(run.stdout).not.toMatch(/Build the Python package/)
    expect(await client.manifestList(repository, 'feature-fixed-version')).toBeUndefined()
    expect(index.versions('dev-release-example')).not.toContain('9.9.9')
  })

  it('stops before pushing anything when the build carries another version than the plan', async () => {
    // A version only the build can tell (setuptools reads it from the module): the built files are checked.
    branchOffRelease('feature/attr-version', 0)
    const pyproject = readFileSync(join(repo.dir, 'pyproject.toml'), 'utf8')
    writeFileSync(
      join(repo.dir, 'pyproject.toml'),
      pyproject
        .replace(', "setuptools_scm>=7"', '')
        .replace(
          /\[tool\.setuptools_scm\][^[]*/,
          '[tool.setuptools.dynamic]\nversion = {attr = "dev_release_example._fixed.VERSION"}\n'
        )
    )
    writeFileSync(join(repo.dir, 'src/dev_release_example/_fixed.py'), 'VERSION = "9.9.9"\n')
    // Only these two: earlier builds left files in the work tree (an egg-info) that no commit should hold.
    repo.git('add', 'pyproject.toml', 'src/dev_release_example/_fixed.py')
    repo.git('commit', '-q', '-m', 'version from the module')
    const run = await release('refs/heads/feature/attr-version')
    expect(run.code).not.toBe(0)
    // Every wrong file is named (by the name the build gave it), with the fix for this build backend.
    expect(annotations(run, 'error').join()).toMatch(
      /another version than this release \(1\.2\.4\.dev\d+\): dev[-_]release[-_]example-9\.9\.9\.tar\.gz \(9\.9\.9\), dev_release_example-9\.9\.9-py3-none-any\.whl \(9\.9\.9\)\. .*add setuptools_scm to build-system.requires/
    )
    // The job summary says what was done and what was not.
    expect(run.summary).toMatch(/## dev-release failed: development release 1\.2\.4\.dev\d+/)
    expect(run.summary).toMatch(/\| Build sdist and wheel .* \| \*\*failed\*\* \|/)
    expect(run.summary).toMatch(/\| Build linux\/amd64, linux\/arm64 and push .* \| not run \|/)
    expect(run.summary).toContain('Nothing was uploaded to the index.')
    expect(await client.manifestList(repository, 'feature-attr-version')).toBeUndefined()
    expect(index.versions('dev-release-example')).not.toContain('9.9.9')
  })

  it('still builds the image when there is no Python project', async () => {
    branchOffRelease('feature/image-only', 1)
    const run = await release('refs/heads/feature/image-only', { 'python-project': 'docker' })
    expectSuccess(run)
    expect(annotations(run, 'notice').join()).toMatch(/No Python build: no pyproject.toml or setup.py in "docker"/)
    // The summary says it is an image-only release.
    expect(run.summary).toMatch(
      /No pyproject.toml or setup.py in "docker": the image alone is released, with no Python package/
    )
    expect(run.outputs.dists).toBe('')
    expect((await client.manifestList(repository, 'feature-image-only'))?.digest).toBe(run.outputs.digest)
  })

  it('warns when QEMU cannot be registered, and builds a platform that needs no emulation anyway', async () => {
    branchOffRelease('feature/arm-v7', 1)
    const run = await release('refs/heads/feature/arm-v7', {
      platforms: 'linux/amd64,linux/arm/v7',
      // Nothing reaches Docker Hub here: a name in the local registry that does not exist fails the same way.
      'binfmt-image': `${registry.host}/missing/binfmt:latest`
    })
    expectSuccess(run)
    expect(annotations(run, 'warning').join()).toMatch(
      /linux\/arm\/v7.*registering QEMU for them failed.*Trying the build anyway/
    )
    const list = await client.manifestList(repository, 'feature-arm-v7')
    expect(list?.manifests.map(m => m.platform).sort()).toEqual(['linux/amd64', 'linux/arm/v7'])
  })

  it('leaks no password or token into logs, summaries, outputs, files left behind or process arguments', async () => {
    // Its own runs, with every kind of secret (a registry login, an index token, a minted one), and every run before.
    await releasedTag()
    branchOffRelease('feature/secrets', 7)
    expectSuccess(await release('refs/heads/feature/secrets', { 'pypi-token': '' }, index.oidcEnv))
    const minted = [...index.tokens].filter(t => t !== TOKEN)
    const secrets: Record<string, string> = {
      'registry password': registry.password,
      'pypi token': TOKEN,
      'runner request token': index.runnerRequestToken,
      ...Object.fromEntries(minted.map((t, i) => [`minted token ${i}`, t]))
    }
    const places: [string, string][] = [
      ...runs.flatMap((run, i): [string, string][] => [
        // The runner consumes ::add-mask:: commands (that is how secrets get masked); all else is the log.
        [`run ${i} stdout`, run.stdout.replace(/^::add-mask::.*$/gm, '')],
        [`run ${i} stderr`, run.stderr],
        [`run ${i} summary`, run.summary],
        [`run ${i} outputs`, JSON.stringify(run.outputs)],
        ...listFiles(run.temp).map((f): [string, string] => [`run ${i} file ${f}`, readFileSync(f, 'latin1')])
      ]),
      ...shims.commands().map((c): [string, string] => [`argv: ${c.slice(0, 60)}`, c])
    ]
    expect(shims.commands().some(c => c.startsWith('docker login'))).toBe(true)
    expect(shims.commands().some(c => c.includes('twine upload'))).toBe(true)
    expect(minted.length).toBeGreaterThan(0)
    // Every secret was masked for the runner, in the runs that had it.
    const masked = runs.flatMap(run => [...run.stdout.matchAll(/^::add-mask::(.*)$/gm)].map(m => m[1]))
    for (const secret of [registry.password, TOKEN, ...minted]) expect(masked).toContain(secret)
    const leaks: string[] = []
    for (const [name, secret] of Object.entries(secrets)) {
      expect(secret.length).toBeGreaterThan(8)
      for (const [where, text] of places) if (text.includes(secret)) leaks.push(`${name} in ${where}`)
    }
    expect(leaks).toEqual([])
    // Each secret reaches only the one program that needs it: none the build, and no program the action's inputs.
    const environments = shims.environments()
    const builds = environments.filter(e => e.command.includes(' -m build '))
    expect(builds.length).toBeGreaterThan(0)
    for (const { command, env } of environments) {
      expect({ command, inputs: /^INPUT_/m.test(env), oidc: /^ACTIONS_ID_TOKEN_REQUEST_TOKEN=/m.test(env) }).toEqual({
        command,
        inputs: false,
        oidc: false
      })
      const twine = command.includes(' -m twine ')
      for (const [name, secret] of Object.entries(secrets)) {
        if (twine && name === 'pypi token') continue
        if (twine && name.startsWith('minted token')) continue
        expect({ command, name, leaked: env.includes(secret) }).toEqual({ command, name, leaked: false })
      }
    }
    expect(environments.filter(e => e.command.includes(' -m twine ') && e.env.includes(TOKEN)).length).toBeGreaterThan(
      0
    )
    // Docker's credentials lived in a config directory that is gone.
    for (const run of runs) expect(readdirSync(run.temp).filter(n => n.startsWith('dev-release-docker-'))).toEqual([])
  })
})

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    const stat = statSync(path, { throwIfNoEntry: false })
    if (!stat) return []
    return stat.isDirectory() ? listFiles(path) : stat.isFile() ? [path] : []
  })
}
