// Versions as real projects configure them, released for real: a monorepo whose
// packages each release only their own tags, and the guard against dev releases
// that sort below a release already on the index (a tag that was never pushed).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { annotations, type ActionRun } from './support/action.js'
import { expectSuccess, ReleaseFixture } from './support/release-fixture.js'

const API_SETTINGS = [
  '[tool.setuptools_scm]',
  'root = ".."',
  String.raw`tag_regex = '^api-(?P<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$'`,
  `git_describe_command = "git describe --dirty --tags --long --match 'api-*'"`,
  'version_scheme = "no-guess-dev"'
].join('\n')
// The worker's own settings do not narrow its tags: the tag-prefix input does.
const WORKER_SETTINGS = '[tool.setuptools_scm]\nroot = ".."'

/** A package in a subdirectory, with its own Docker context. */
function addPackage(dir: string, name: string, settings: string): void {
  const module = name.replace(/-/g, '_')
  mkdirSync(join(dir, 'src', module), { recursive: true })
  mkdirSync(join(dir, 'docker'), { recursive: true })
  writeFileSync(
    join(dir, 'pyproject.toml'),
    `[build-system]\nrequires = ["setuptools>=61", "setuptools_scm>=7"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "${name}"\ndynamic = ["version"]\n\n${settings}\n`
  )
  writeFileSync(join(dir, 'src', module, '__init__.py'), '')
  writeFileSync(join(dir, 'docker', 'Dockerfile'), 'FROM scratch\nCOPY pkg/ /pkg/\n')
}

describe('a monorepo: two packages, each with its own tags, image and project', () => {
  const f = new ReleaseFixture()
  const packages = {
    api: { name: 'mono-api', inputs: { 'python-project': 'api', context: 'api/docker' } },
    worker: {
      name: 'mono-worker',
      inputs: { 'python-project': 'worker', context: 'worker/docker', 'tag-prefix': 'worker-' }
    }
  }
  const image = (pkg: keyof typeof packages) => `${f.registry.host}/${f.repository}-${pkg}`
  const release = (pkg: keyof typeof packages, ref: string) =>
    f.release(ref, { ...packages[pkg].inputs, image: image(pkg) })

  beforeAll(async () => {
    await f.start()
    addPackage(join(f.repo.dir, 'api'), packages.api.name, API_SETTINGS)
    addPackage(join(f.repo.dir, 'worker'), packages.worker.name, WORKER_SETTINGS)
    f.repo.git('add', '.')
    f.repo.git('commit', '-q', '-m', 'two packages')
    f.repo.tag('api-1.2.3', true)
    f.repo.commit()
    f.repo.tag('worker-2.0.0', true)
  })
  afterAll(() => f.stop())

  // Each test stands alone: the two tag releases run once, for whichever test needs them first.
  let tagRuns: { api: ActionRun; worker: ActionRun } | undefined
  async function releasedTags(): Promise<{ api: ActionRun; worker: ActionRun }> {
    if (!tagRuns) {
      f.repo.checkout('api-1.2.3')
      const api = await release('api', 'refs/tags/api-1.2.3')
      f.repo.checkout('worker-2.0.0')
      tagRuns = { api, worker: await release('worker', 'refs/tags/worker-2.0.0') }
    }
    return tagRuns
  }

  it("skips a push of the other package's tag", async () => {
    const uploads = f.uploadRequests()
    const latest = await f.client.manifestList(`${f.repository}-api`, 'latest')
    const run = await release('api', 'refs/tags/worker-2.0.0')
    expectSuccess(run)
    expect(run.outputs['release-type']).toBe('skip')
    expect(run.outputs.reason).toMatch(
      /Tag "worker-2.0.0" belongs to another package: this package's tags start with "api-"/
    )
    expect(run.outputs['docker-tags']).toBe('')
    expect(f.uploadRequests()).toBe(uploads)
    expect(await f.client.manifestList(`${f.repository}-api`, 'latest')).toEqual(latest)
  })

  it('releases each package from its own tag, and moves only its own latest', async () => {
    const { api, worker } = await releasedTags()
    expectSuccess(api)
    expect(api.outputs.version).toBe('1.2.3')
    expect(api.outputs['docker-tags']).toBe(`${image('api')}:1.2.3\n${image('api')}:latest`)
    expect(api.summary).toContain('setuptools_scm 7, version_scheme no-guess-dev, tag_regex ^api-') // the major its requires allows

    expectSuccess(worker)
    expect(worker.outputs.version).toBe('2.0.0')
    expect(f.index.versions(packages.api.name)).toContain('1.2.3')
    expect(f.index.versions(packages.api.name).filter(v => !v.includes('dev'))).toEqual(['1.2.3'])
    expect(f.index.versions(packages.worker.name).filter(v => !v.includes('dev'))).toEqual(['2.0.0'])
    // Each image's latest is its own release; the worker's higher version never touched the api's.
    expect((await f.client.manifestList(`${f.repository}-api`, 'latest'))?.digest).toBe(api.outputs.digest)
  })

  it('gives each package its own dev version on a branch push, and the built files carry it', async () => {
    await releasedTags()
    f.repo.branch('feature/shared', 'worker-2.0.0')
    f.repo.commit()
    const api = await release('api', 'refs/heads/feature/shared')
    expectSuccess(api)
    // no-guess-dev, 2 commits after api-1.2.3 (the worker's tag is not the api's)
    expect(api.outputs.version).toBe('1.2.3.post1.dev2')
    expect(api.outputs.dists.split('\n').sort()).toEqual([
      'mono-api-1.2.3.post1.dev2.tar.gz',
      'mono_api-1.2.3.post1.dev2-py3-none-any.whl'
    ])
    const worker = await release('worker', 'refs/heads/feature/shared')
    expectSuccess(worker)
    expect(worker.outputs.version).toBe('2.0.1.dev1')
    expect(annotations(worker, 'warning')).toEqual([])
    expect(f.index.versions(packages.api.name)).toEqual(['1.2.3', '1.2.3.post1.dev2'])
    expect(f.index.versions(packages.worker.name)).toEqual(expect.arrayContaining(['2.0.0', '2.0.1.dev1']))
    const files = await f.client.files(`${f.repository}-api`, 'feature-shared', 'linux/amd64')
    expect(
      files
        .filter(p => /\.(whl|tar\.gz)$/.test(p))
        .map(p => p.replace(/^\.?\//, ''))
        .sort()
    ).toEqual(
      api.outputs.dists
        .split('\n')
        .map(d => `pkg/${d}`)
        .sort()
    )
  })

  it("warns where the worker's own settings would count from the api's tag", async () => {
    // An api tag nearer than the worker's own, on a branch of its own (and lower than api-1.2.3: latest stays put).
    f.repo.branch('feature/worker-warning', 'worker-2.0.0')
    f.repo.commit()
    f.repo.tag('api-1.2.2', true)
    f.repo.commit()
    const worker = await f.release('refs/heads/feature/worker-warning', {
      ...packages.worker.inputs,
      image: image('worker'),
      'publish-docker': 'false'
    })
    expectSuccess(worker)
    expect(worker.outputs.version).toBe('2.0.1.dev2')
    expect(annotations(worker, 'warning').join()).toMatch(
      /tag prefix "worker-" makes this version count from "worker-2\.0\.0", but the project's own setuptools_scm settings find "api-1\.2\.2" first.*git_describe_command/
    )
  })
})

describe('a dev release below a release already on the index', () => {
  const f = new ReleaseFixture()
  beforeAll(async () => {
    await f.start()
    // 3.3.2 reached the index, but its tag was never pushed to this repository.
    f.repo.commit()
    f.repo.tag('3.3.2')
    expectSuccess(await f.release('refs/tags/3.3.2', { 'publish-docker': 'false' }))
    f.repo.git('tag', '-d', '3.3.2')
    f.repo.branch('feature/stale')
    f.repo.commit()
  })
  afterAll(() => f.stop())

  it('is stopped before anything is published, naming the missing tag', async () => {
    const uploads = f.uploadRequests()
    const run = await f.release('refs/heads/feature/stale')
    expect(run.code).not.toBe(0)
    expect(annotations(run, 'error').join()).toMatch(
      /The index has 3\.3\.2, but no tag of this repository names it, and this development release is 1\.2\.4\.dev2.*newest tag it counts from is 1\.2\.3: tag the last release \(3\.3\.2\)/
    )
    expect(await f.client.manifestList(f.repository, 'feature-stale')).toBeUndefined()
    expect(f.uploadRequests()).toBe(uploads)
    expect(f.index.versions('dev-release-example')).toEqual(['3.3.2'])
  })

  it('publishes with a warning under version-checks: warn', async () => {
    const run = await f.release('refs/heads/feature/stale', { 'version-checks': 'warn' })
    expectSuccess(run)
    expect(annotations(run, 'warning').join()).toMatch(/The index has 3\.3\.2/)
    expect(f.index.versions('dev-release-example')).toEqual(['1.2.4.dev2', '3.3.2'])
  })
})

describe('latest, when the registry knows a higher release than the clone', () => {
  const f = new ReleaseFixture()
  beforeAll(() => f.start())
  afterAll(() => f.stop())

  it('stays on the higher release: an older tag released from a clone that lacks the newer one', async () => {
    f.repo.commit()
    f.repo.tag('2.0.0')
    const newer = await f.release('refs/tags/2.0.0', { 'publish-pypi': 'false' })
    expectSuccess(newer)
    expect(newer.outputs['docker-tags']).toContain(':latest')
    // The 1.9.0 build runs in a checkout made before 2.0.0 was tagged.
    f.repo.git('tag', '-d', '2.0.0')
    f.repo.branch('maint', '1.2.3')
    f.repo.commit()
    f.repo.tag('1.9.0')
    const older = await f.release('refs/tags/1.9.0', { 'publish-pypi': 'false' })
    expectSuccess(older)
    expect(older.outputs['docker-tags']).toBe(`${f.image}:1.9.0`)
    expect(older.summary).toMatch(/not moved: the registry \([^)]+\) has 2\.0\.0, a higher release/)
    expect((await f.client.manifestList(f.repository, 'latest'))?.digest).toBe(newer.outputs.digest)
  })
})

describe('normalize = false: the version as setuptools_scm writes it, the files as the backend writes them', () => {
  const f = new ReleaseFixture()
  beforeAll(async () => {
    await f.start()
    addPackage(join(f.repo.dir, 'raw'), 'raw-spelling', '[tool.setuptools_scm]\nroot = ".."\nnormalize = false')
    f.repo.git('add', '.')
    f.repo.git('commit', '-q', '-m', 'a package that keeps its tags as written')
    f.repo.tag('2.0-rc1', true)
  })
  afterAll(() => f.stop())
  const inputs = { 'python-project': 'raw', context: 'raw/docker' }

  it('releases tag 2.0-rc1 as 2.0-rc1 (image tag and output), its files as 2.0rc1', async () => {
    f.repo.checkout('2.0-rc1')
    const run = await f.release('refs/tags/2.0-rc1', inputs)
    expectSuccess(run)
    expect(run.outputs.version).toBe('2.0-rc1')
    expect(run.outputs['docker-tags']).toBe(`${f.image}:2.0-rc1`) // a pre-release: no latest
    // The files' names carry the normalized version (the sdist's project part is as this setuptools spells it).
    expect(
      run.outputs.dists
        .split('\n')
        .map(d => d.replace(/^raw[-_]spelling-/, ''))
        .sort()
    ).toEqual(['2.0rc1-py3-none-any.whl', '2.0rc1.tar.gz'])
    expect(run.summary).toContain(
      '| **Version in the files** | 2.0rc1 (normalize = false: the build backend normalizes) |'
    )
    expect((await f.client.manifestList(f.repository, '2.0-rc1'))?.digest).toBe(run.outputs.digest)
    expect(f.index.versions('raw-spelling')).toEqual(['2.0rc1'])
  })

  it('releases a branch two commits later as 2.0-rc2.dev2, its files as 2.0rc2.dev2', async () => {
    f.repo.branch('feature/raw', '2.0-rc1')
    f.repo.commits(2)
    const run = await f.release('refs/heads/feature/raw', inputs)
    expectSuccess(run)
    expect(run.outputs.version).toBe('2.0-rc2.dev2')
    expect(run.outputs.dists).toContain('raw_spelling-2.0rc2.dev2-py3-none-any.whl')
    expect(f.index.versions('raw-spelling')).toContain('2.0rc2.dev2')
  })
})
