// Several images from one repository in one step (the images input): each with
// its own Dockerfile and target, all holding the same staged package, built from
// one Python build; and a pull request that builds them all and publishes nothing.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expectSuccess, PLATFORMS, ReleaseFixture } from './support/release-fixture.js'
import { localRegistry, RegistryClient } from './support/registry.js'

const f = new ReleaseFixture()
const service = () => `${f.image}-service`
const flasher = () => `${f.image}-flasher`
const images = () =>
  [
    `name=${service()},dockerfile=Dockerfile.service,context=.,build-arg=ROLE=service`,
    `name=${flasher()},dockerfile=Dockerfile.flasher,context=.,target=flasher`
  ].join('\n')

beforeAll(async () => {
  await f.start()
  writeFileSync(join(f.repo.dir, 'Dockerfile.service'), 'FROM scratch\nARG ROLE\nLABEL role=$ROLE\nCOPY pkg/ /pkg/\n')
  writeFileSync(
    join(f.repo.dir, 'Dockerfile.flasher'),
    'FROM scratch AS base\nCOPY pkg/ /pkg/\n\nFROM base AS flasher\nLABEL role=flasher\n\nFROM base AS other\nLABEL role=other\n'
  )
  writeFileSync(join(f.repo.dir, '.gitignore'), 'pkg/\n')
  f.repo.git('add', '.')
  f.repo.git('commit', '-q', '-m', 'two images from the repository root')
  f.repo.branch('feature/two-images')
  f.repo.commit()
})
afterAll(() => f.stop())

it('builds two images with different Dockerfiles from one Python build, each holding the same /pkg files', async () => {
  const before = f.shims.commands().length
  const run = await f.release('refs/heads/feature/two-images', { image: '', images: images() })
  expectSuccess(run)
  expect(run.outputs['docker-tags'].split('\n')).toEqual([
    `${service()}:feature-two-images`,
    `${flasher()}:feature-two-images`
  ])
  expect(
    f.shims
      .commands()
      .slice(before)
      .filter(c => / -m build /.test(c))
  ).toHaveLength(1)
  const dists = run.outputs.dists
    .split('\n')
    .map(d => `pkg/${d}`)
    .sort()
  for (const [image, role] of [
    [service(), 'service'],
    [flasher(), 'flasher']
  ]) {
    const repository = image.slice(f.registry.host.length + 1)
    for (const platform of PLATFORMS) {
      const files = (await f.client.files(repository, 'feature-two-images', platform)).map(p => p.replace(/^\.?\//, ''))
      expect(files.filter(p => /\.(whl|tar\.gz)$/.test(p)).sort()).toEqual(dists)
    }
    expect((await f.client.labels(repository, 'feature-two-images', 'linux/amd64')).role).toBe(role)
  }
  expect(f.index.versions('dev-release-example')).toContain(run.outputs.version)
  expect(run.summary).toContain(`${flasher()}:feature-two-images`)
})

it("reads and writes an image on a second registry with that registry's own login", async () => {
  const second = localRegistry('registry2')
  expect(second.username).not.toBe(f.registry.username) // a login of its own, not a proxy of the first
  const flasherElsewhere = `${second.host}/${f.repository}-flasher`
  f.repo.branch('feature/two-registries', 'feature/two-images')
  f.repo.commit()
  const run = await f.release('refs/heads/feature/two-registries', {
    image: '',
    images: [
      `name=${service()},dockerfile=Dockerfile.service,context=.`,
      `name=${flasherElsewhere},dockerfile=Dockerfile.flasher,context=.,target=flasher`
    ].join('\n'),
    'registry-logins': `${second.host} ${second.username} ${second.password}`,
    'publish-pypi': 'false'
  })
  expectSuccess(run)
  const list = await new RegistryClient(second).manifestList(`${f.repository}-flasher`, 'feature-two-registries')
  expect(list?.manifests.map(m => m.platform).sort()).toEqual(PLATFORMS)
  expect(run.summary).toContain(list!.digest)
  expect(run.outputs['docker-tags'].split('\n')).toContain(`${flasherElsewhere}:feature-two-registries`)
})

it('builds both images for every platform on a pull request, and publishes nothing', async () => {
  const before = f.shims.commands().length
  const requests = f.index.requests.length
  const run = await f.release(
    'refs/pull/3/merge',
    { image: '', images: images(), 'registry-username': '', 'registry-password': '', 'pypi-token': '' },
    { GITHUB_EVENT_NAME: 'pull_request', GITHUB_HEAD_REF: 'feature/two-images' }
  )
  expectSuccess(run)
  const builds = f.shims
    .commands()
    .slice(before)
    .filter(c => c.startsWith('docker buildx build'))
  expect(builds).toHaveLength(2)
  for (const build of builds) expect(build).toContain('--output type=cacheonly')
  expect(builds[1]).toContain('--target flasher')
  expect(
    f.shims
      .commands()
      .slice(before)
      .filter(c => /^docker login| -m twine /.test(c))
  ).toEqual([])
  expect(f.index.requests.length).toBe(requests)
})

it('refuses images beside image, and an attribute it does not know', async () => {
  const run = await f.release('refs/heads/feature/two-images', {
    image: '',
    images: `name=${service()},colour=red`,
    file: 'Dockerfile.service',
    'dry-run': 'true'
  })
  expect(run.code).not.toBe(0)
  expect(run.stdout).toMatch(/"colour=red" in .* is no name=, dockerfile=, context=, target= or build-arg= attribute/)
  expect(run.stdout).toMatch(/Inputs "images" and "image"\/"file"\/"context"\/"target" exclude each other/)
})
