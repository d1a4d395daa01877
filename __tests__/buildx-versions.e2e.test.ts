// The toolchain runners have today, beside the one the other tests use: Debian
// unstable's docker-buildx (0.29, as on GitHub's runners), unpacked by
// scripts/services.sh into a DOCKER_CONFIG of its own. The end-to-end release,
// the classic-store path and the merge run on it, as they run on trixie's 0.13.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { annotations } from './support/action.js'
import { expectSuccess, PLATFORMS, ReleaseFixture } from './support/release-fixture.js'
import { tempDir } from './support/repo.js'
import { DOCKER28, NEW_BUILDX } from './support/engines.js'

const f = new ReleaseFixture()
beforeAll(() => f.start())
afterAll(() => f.stop())

/** The buildx a run of the action gets: the DOCKER_CONFIG whose cli-plugins hold it. */
const newBuildx = (extra: Record<string, string> = {}) => ({ DOCKER_CONFIG: NEW_BUILDX, ...extra })

it('has the newer buildx to test with', () => {
  expect(existsSync(join(NEW_BUILDX, 'cli-plugins', 'docker-buildx'))).toBe(true)
  const version = execFileSync('docker', ['buildx', 'version'], { env: { ...process.env, DOCKER_CONFIG: NEW_BUILDX } })
  expect(String(version)).toMatch(/ 0\.(2\d|[3-9]\d)\./)
})

it('releases a branch on buildx 0.29: every platform in one list, its digest the tag', async () => {
  f.repo.branch('feature/new-buildx', '1.2.3')
  f.repo.commit()
  const run = await f.release('refs/heads/feature/new-buildx', { 'publish-pypi': 'false' }, newBuildx())
  expectSuccess(run)
  expect(run.stdout).toMatch(/^github\.com\/docker\/buildx 0\.29\.\d\S*( \S+)?, builder default \(docker driver\)$/m)
  const list = await f.client.manifestList(f.repository, 'feature-new-buildx')
  expect(list?.digest).toBe(run.outputs.digest)
  expect(list?.manifests.map(m => m.platform).sort()).toEqual(PLATFORMS)
})

it("takes the classic image store path on buildx 0.29 and Docker 28 (the runner's)", async () => {
  f.repo.branch('feature/new-classic', '1.2.3')
  f.repo.commits(2)
  const run = await f.release(
    'refs/heads/feature/new-classic',
    { 'buildkit-image': `${f.registry.host}/missing/buildkit:latest`, 'publish-pypi': 'false' },
    newBuildx({ DOCKER_HOST: DOCKER28 })
  )
  expectSuccess(run)
  expect(annotations(run, 'warning').join()).toMatch(/Building each platform on its own/)
  const list = await f.client.manifestList(f.repository, 'feature-new-classic')
  expect(list?.digest).toBe(run.outputs.digest)
  expect(list?.manifests.map(m => m.platform).sort()).toEqual(PLATFORMS)
})

it('merges platform runs on buildx 0.29', async () => {
  f.repo.branch('feature/new-merge', '1.2.3')
  f.repo.commits(3)
  const digests = tempDir('dev-release-digests-')
  const noBuildkit = { 'buildkit-image': `${f.registry.host}/missing/buildkit:latest` }
  for (const platform of PLATFORMS) {
    expectSuccess(
      await f.release(
        'refs/heads/feature/new-merge',
        { mode: 'platform', platforms: platform, 'digests-dir': digests, 'publish-pypi': 'false', ...noBuildkit },
        newBuildx()
      )
    )
  }
  expect(readdirSync(digests)).toHaveLength(2)
  const merge = await f.release(
    'refs/heads/feature/new-merge',
    { mode: 'merge', 'digests-dir': digests, 'publish-pypi': 'false' },
    newBuildx()
  )
  expectSuccess(merge)
  const list = await f.client.manifestList(f.repository, 'feature-new-merge')
  expect(list?.digest).toBe(merge.outputs.digest)
  expect(list?.manifests.map(m => m.platform).sort()).toEqual(PLATFORMS)
})
