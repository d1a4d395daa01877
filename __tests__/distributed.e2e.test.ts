// Distributed mode (one platform per job, then a merge) and the build cache,
// against the real registry and the test index.
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { annotations, type ActionRun } from './support/action.js'
import { expectSuccess, ReleaseFixture } from './support/release-fixture.js'
import { tempDir } from './support/repo.js'
import { CLASSIC } from './support/engines.js'

const f = new ReleaseFixture()
let digests: string
// Nothing reaches Docker Hub here: the builder image named is one the local registry does not have.
let noBuildkit: Record<string, string>

beforeAll(async () => {
  await f.start()
  f.repo.branch('feature/distributed')
  f.repo.commits(2)
  digests = tempDir('dev-release-digests-')
  noBuildkit = { 'buildkit-image': `${f.registry.host}/missing/buildkit:latest` }
})
afterAll(() => f.stop())

async function pkgFiles(repository: string, tag: string, platform: string): Promise<string[]> {
  const files = await f.client.files(repository, tag, platform)
  return files
    .filter(p => /\.(whl|tar\.gz)$/.test(p))
    .map(p => p.replace(/^.*\//, ''))
    .sort()
}

/** The platform runs and the merge, done once for whichever test needs them first (each test stands alone). */
interface Distributed {
  platformRuns: ActionRun[]
  merge?: ActionRun
  uploads: { before: number; afterPlatforms: number; afterMerge?: number }
  listBeforeMerge?: unknown
}
let distributed: Distributed | undefined

async function platformRuns(): Promise<Distributed> {
  if (distributed) return distributed
  const before = f.uploadRequests()
  const runs: ActionRun[] = []
  // The arm64 job spells its platform as a matrix often does: linux/arm64/v8 is linux/arm64.
  for (const platform of ['linux/amd64', 'linux/arm64/v8']) {
    runs.push(
      await f.release('refs/heads/feature/distributed', {
        mode: 'platform',
        platforms: platform,
        'digests-dir': digests,
        ...noBuildkit
      })
    )
  }
  distributed = {
    platformRuns: runs,
    uploads: { before, afterPlatforms: f.uploadRequests() },
    listBeforeMerge: await f.client.manifestList(f.repository, 'feature-distributed')
  }
  return distributed
}

async function mergedRuns(): Promise<Distributed & { merge: ActionRun }> {
  const done = await platformRuns()
  if (!done.merge) {
    done.merge = await f.release('refs/heads/feature/distributed', { mode: 'merge', 'digests-dir': digests })
    done.uploads.afterMerge = f.uploadRequests()
  }
  return done as Distributed & { merge: ActionRun }
}

describe('mode platform, then mode merge', () => {
  it('builds each platform in its own run, and merges them into one tagged manifest list', async () => {
    const { platformRuns: runs, uploads, listBeforeMerge, merge } = await mergedRuns()
    for (const [run, canonical] of [
      [runs[0], 'linux/amd64'],
      [runs[1], 'linux/arm64']
    ] as const) {
      expectSuccess(run)
      expect(run.outputs.platform).toBe(canonical)
      expect(run.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
      expect(readdirSync(digests)).toContain(run.outputs.digest.slice(7))
    }
    expect(uploads.afterPlatforms).toBe(uploads.before) // platform runs never upload
    expect(listBeforeMerge).toBeUndefined()

    expectSuccess(merge)
    const list = await f.client.manifestList(f.repository, 'feature-distributed')
    expect(list?.digest).toBe(merge.outputs.digest)
    expect(list?.manifests.map(m => m.platform).sort()).toEqual(['linux/amd64', 'linux/arm64'])
    expect(f.index.versions('dev-release-example')).toEqual(['1.2.4.dev2'])
    expect(uploads.afterMerge).toBe(uploads.before + 2)
  })

  it('gives the same platforms and content as mode all', async () => {
    await mergedRuns()
    const allRepository = `${f.repository}-all`
    const all = await f.release('refs/heads/feature/distributed', { image: `${f.registry.host}/${allRepository}` })
    expectSuccess(all)
    const merged = await f.client.manifestList(f.repository, 'feature-distributed')
    const single = await f.client.manifestList(allRepository, 'feature-distributed')
    expect(merged?.manifests.map(m => m.platform).sort()).toEqual(single?.manifests.map(m => m.platform).sort())
    for (const platform of ['linux/amd64', 'linux/arm64']) {
      const files = await pkgFiles(f.repository, 'feature-distributed', platform)
      expect(files).toEqual(await pkgFiles(allRepository, 'feature-distributed', platform))
      expect(files).toHaveLength(2)
      expect(files.every(name => name.includes('1.2.4.dev2'))).toBe(true)
    }
  })

  it('fails the merge, naming the platform, when one is missing; nothing is tagged', async () => {
    await platformRuns()
    const run = await f.release('refs/heads/feature/missing-platform', {
      mode: 'merge',
      platforms: 'linux/amd64,linux/arm64,linux/arm/v7',
      'digests-dir': digests
    })
    expect(run.code).not.toBe(0)
    expect(annotations(run, 'error')[0]).toMatch(/linux\/arm\/v7 is missing.*Nothing was tagged/)
    expect(await f.client.manifestList(f.repository, 'feature-missing-platform')).toBeUndefined()
  })

  it('fails the merge, naming the platform, when one arrived twice', async () => {
    await platformRuns()
    const twice = tempDir('dev-release-digests-')
    cpSync(digests, twice, { recursive: true })
    writeFileSync(join(twice, 'ab'.repeat(32)), 'linux/arm64\n')
    const run = await f.release('refs/heads/feature/twice', { mode: 'merge', 'digests-dir': twice })
    expect(run.code).not.toBe(0)
    expect(annotations(run, 'error')[0]).toMatch(/linux\/arm64 arrived 2 times/)
    expect(await f.client.manifestList(f.repository, 'feature-twice')).toBeUndefined()
  })

  it('refuses mode platform with more than one platform, before anything happens', async () => {
    const run = await f.release('refs/heads/feature/distributed', {
      mode: 'platform',
      platforms: 'linux/amd64,linux/arm64'
    })
    expect(run.code).not.toBe(0)
    expect(annotations(run, 'error')[0]).toMatch(/mode platform builds exactly one/)
  })
})

describe('a matrix of one platform', () => {
  it('merges the one platform job into a manifest list of one entry, read back like every release', async () => {
    f.repo.branch('feature/one-job', 'feature/distributed')
    f.repo.commit()
    const dir = tempDir('dev-release-digests-one-')
    const inputs = { platforms: 'linux/amd64', 'digests-dir': dir, 'publish-pypi': 'false' }
    const job = await f.release('refs/heads/feature/one-job', { ...inputs, mode: 'platform', ...noBuildkit })
    expectSuccess(job)
    const merge = await f.release('refs/heads/feature/one-job', { ...inputs, mode: 'merge' })
    expectSuccess(merge)
    expect(merge.stdout).toMatch(/^All \d+ checks hold\.$/m)
    const list = await f.client.manifestList(f.repository, 'feature-one-job')
    expect(list?.digest).toBe(merge.outputs.digest)
    expect(list?.manifests).toEqual([{ digest: job.outputs.digest, platform: 'linux/amd64' }])
  })
})

describe('build cache', () => {
  it('takes the steps of an unchanged context from a registry cache', async () => {
    const cache = `type=registry,ref=${f.registry.host}/${f.repository}-cache:buildcache`
    // No Python project: the context stays byte for byte the same between the builds.
    const inputs = { 'python-project': 'docker', 'cache-from': cache, 'cache-to': `${cache},mode=max` }
    // The Dockerfile copies pkg/, which nothing stages without a Python project: a file of the test's own.
    f.repo.branch('feature/cache', 'feature/distributed')
    mkdirSync(join(f.repo.dir, 'docker', 'pkg'), { recursive: true })
    writeFileSync(join(f.repo.dir, 'docker', 'pkg', 'placeholder.txt'), 'the same in both builds\n')
    expectSuccess(await f.release('refs/heads/feature/cache', inputs))
    // The second build on the other Docker engine (the classic store's, scripts/services.sh), which never built this
    // context: only the registry can supply its cache. (Pruning the shared engine's cache instead broke the builds of
    // tests running beside this one.) That engine cannot export a cache, so it only imports.
    const second = await f.release(
      'refs/heads/feature/cache',
      { 'python-project': 'docker', 'cache-from': cache },
      { DOCKER_HOST: CLASSIC }
    )
    expectSuccess(second)
    expect(second.stdout + second.stderr).toMatch(/importing cache manifest from .*-cache:buildcache/)
    expect(second.stdout + second.stderr).toMatch(/#\d+ CACHED/)
  })
})
