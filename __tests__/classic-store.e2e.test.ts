// The runner's own Docker keeps the classic image store: the docker driver cannot
// push several platforms there, and no buildkit image can be pulled here. Two dockerd
// set up that way (scripts/services.sh: Docker 26, and Docker 28 as the runners have it) each take a two-platform
// release.
import { annotations } from './support/action.js'
import { CLASSIC_ENGINES } from './support/engines.js'
import { expectSuccess, PLATFORMS, ReleaseFixture } from './support/release-fixture.js'

const f = new ReleaseFixture()
beforeAll(() => f.start())
afterAll(() => f.stop())

it.each(CLASSIC_ENGINES.map(([name, env], i) => [name, env, `classic-${i}`] as const))(
  '%s: falls back to one build per platform joined into one manifest list, with the package in /pkg of each',
  async (_name, env, branch) => {
    f.repo.branch(`feature/${branch}`, '1.2.3')
    f.repo.commit()
    const tag = `feature-${branch}`
    const run = await f.release(
      `refs/heads/feature/${branch}`,
      // Nothing reaches Docker Hub here: a name the local registry lacks fails the same way.
      { 'buildkit-image': `${f.registry.host}/missing/buildkit:latest`, 'publish-pypi': 'false' },
      env
    )
    expectSuccess(run)
    expect(annotations(run, 'warning').join()).toMatch(
      /cannot push a multi-platform image without the containerd image store.*Building each platform on its own/
    )
    // Decided before the build, and said so in the log and the summary.
    expect(run.stdout).toMatch(/^Image push: 2 platforms built one by one under staging tags/m)
    expect(run.summary).toMatch(/Pushed as decided before the build: 2 platforms built one by one under staging tags/)
    const list = await f.client.manifestList(f.repository, tag)
    expect(list?.digest).toBe(run.outputs.digest)
    expect(list?.manifests.map(m => m.platform).sort()).toEqual(PLATFORMS)
    for (const platform of PLATFORMS) {
      const files = (await f.client.files(f.repository, tag, platform)).map(p => p.replace(/^\.?\//, ''))
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
      const staging = `${tag}--${platform.replace(/\//g, '-')}`
      const left = await f.client.manifestList(f.repository, staging).catch(() => undefined)
      if (left !== undefined) expect(notice).toContain(`${f.image}:${staging}`)
    }
  }
)
