// The runner's own Docker keeps the classic image store: the docker driver cannot
// push several platforms there, and no buildkit image can be pulled here. A second
// dockerd set up that way (scripts/services.sh) takes a two-platform release.
import { execFileSync } from 'node:child_process'
import { annotations, runCli } from './support/action.js'
import { expectSuccess, PLATFORMS, ReleaseFixture } from './support/release-fixture.js'

const STATE = process.env.DEV_RELEASE_STATE ?? '/var/lib/dev-release'
const CLASSIC = `unix://${STATE}/classic/docker.sock`

const f = new ReleaseFixture()
beforeAll(() => f.start())
afterAll(() => f.stop())

it('falls back to one build per platform joined into one manifest list, with the package in /pkg of each', async () => {
  f.repo.branch('feature/classic')
  f.repo.commit()
  const run = await f.release(
    'refs/heads/feature/classic',
    // Nothing reaches Docker Hub here: a name the local registry lacks fails the same way.
    { 'buildkit-image': `${f.registry.host}/missing/buildkit:latest`, 'publish-pypi': 'false' },
    { DOCKER_HOST: CLASSIC }
  )
  expectSuccess(run)
  expect(annotations(run, 'warning').join()).toMatch(
    /cannot push a multi-platform image without the containerd image store.*Building each platform on its own/
  )
  // Decided before the build, and said so in the log and the summary.
  expect(run.stdout).toMatch(/^Image push: 2 platforms built one by one under staging tags/m)
  expect(run.summary).toMatch(/Pushed as decided before the build: 2 platforms built one by one under staging tags/)
  const list = await f.client.manifestList(f.repository, 'feature-classic')
  expect(list?.digest).toBe(run.outputs.digest)
  expect(list?.manifests.map(m => m.platform).sort()).toEqual(PLATFORMS)
  for (const platform of PLATFORMS) {
    const files = (await f.client.files(f.repository, 'feature-classic', platform)).map(p => p.replace(/^\.?\//, ''))
    expect(files.filter(p => /\.(whl|tar\.gz)$/.test(p)).sort()).toEqual(
      run.outputs.dists
        .split('\n')
        .map(d => `pkg/${d}`)
        .sort()
    )
  }
  // The staging tags are gone where the registry deletes tags, or named in a notice where it does not.
  const notice = annotations(run, 'notice').join()
  for (const platform of PLATFORMS) {
    const staging = `feature-classic--${platform.replace(/\//g, '-')}`
    const left = await f.client.manifestList(f.repository, staging).catch(() => undefined)
    if (left !== undefined) expect(notice).toContain(`${f.image}:${staging}`)
  }
})

it('rebuilds that release on the classic store to the same platform images and the same list (verify --rebuild)', async () => {
  f.repo.branch('feature/classic-rebuild', 'main')
  f.repo.commit()
  const sha = f.repo.head()
  const inputs = { 'buildkit-image': `${f.registry.host}/missing/buildkit:latest`, 'publish-pypi': 'false' }
  const run = await f.release('refs/heads/feature/classic-rebuild', inputs, { DOCKER_HOST: CLASSIC })
  expectSuccess(run)
  // A user's clone, its origin GitHub's (the image's url and source labels).
  const dir = f.checkout()
  execFileSync('git', ['-C', dir, 'remote', 'set-url', 'origin', 'https://github.com/acme/widget.git'])
  const args = ['--ref', 'refs/heads/feature/classic-rebuild', '--sha', sha, '--image', f.image]
  const options = [
    '--platforms',
    PLATFORMS.join(','),
    '--publish-pypi',
    'false',
    '--rebuild',
    '--python',
    f.shims.python
  ]
  options.push('--python-build-args', '--no-isolation')
  const { code, out } = await runCli(
    ['verify', ...args, ...options, '--buildkit-image', inputs['buildkit-image']],
    dir,
    {
      DOCKER_HOST: CLASSIC,
      DEV_RELEASE_REGISTRY_USERNAME: f.registry.username,
      DEV_RELEASE_REGISTRY_PASSWORD: f.registry.password
    }
  )
  expect(out).not.toMatch(/^FAIL/m)
  expect(code).toBe(0)
  const list = (await f.client.manifestList(f.repository, 'feature-classic-rebuild'))!
  for (const m of list.manifests)
    expect(out).toContain(
      `ok   rebuilt ${f.image}:feature-classic-rebuild ${m.platform}: the published image (${m.digest})`
    )
  expect(out).toContain(`ok   rebuilt ${f.image}:feature-classic-rebuild: the published manifest list (${list.digest})`)
  expect(out).toMatch(/^Image push: 2 platforms built one by one under staging tags/m)
})
