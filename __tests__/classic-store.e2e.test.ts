// The runner's own Docker keeps the classic image store: the docker driver cannot
// push several platforms there, and no buildkit image can be pulled here. A second
// dockerd set up that way (scripts/services.sh) takes a two-platform release.
import { annotations } from './support/action.js'
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
