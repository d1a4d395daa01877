// A pull request, as a fork's runs it (no secrets): the package and every image
// are built, nothing is logged in to, pushed or uploaded, and the summary says so.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { annotations } from './support/action.js'
import { expectSuccess, PLATFORMS, ReleaseFixture } from './support/release-fixture.js'

const f = new ReleaseFixture()
beforeAll(async () => {
  await f.start()
  f.repo.branch('feature/pr')
  f.repo.commits(2)
})
afterAll(() => f.stop())

const pullRequest = (inputs: Record<string, string> = {}) =>
  f.release(
    'refs/pull/7/merge',
    // A fork's run: its secrets are empty.
    { 'registry-username': '', 'registry-password': '', 'pypi-token': '', ...inputs },
    { GITHUB_EVENT_NAME: 'pull_request', GITHUB_HEAD_REF: 'feature/pr' }
  )

it('builds the package and the image for every platform, and publishes nothing', async () => {
  const commands = f.shims.commands().length
  const requests = f.index.requests.length
  const run = await pullRequest()
  expectSuccess(run)
  expect(run.outputs['release-type']).toBe('verify')
  expect(run.outputs.version).toBe('1.2.4.dev2')
  // The sdist's name is the build's (setuptools 78 writes dev_release_example, PEP 625; older ones the dashes).
  expect(run.outputs.dists.split('\n')).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^dev[-_]release[-_]example-1\.2\.4\.dev2\.tar\.gz$/),
      'dev_release_example-1.2.4.dev2-py3-none-any.whl'
    ])
  )
  expect(run.outputs.dists.split('\n')).toHaveLength(2)
  expect(run.outputs.digest).toBe('')
  const ran = f.shims.commands().slice(commands)
  expect(ran.filter(c => c.startsWith('docker buildx build')).join()).toContain(`--platform ${PLATFORMS.join(',')}`)
  expect(ran.filter(c => c.startsWith('docker buildx build')).join()).toContain('--output type=cacheonly')
  expect(ran.filter(c => /^docker (login|push)|--push|-m twine/.test(c))).toEqual([])
  expect(f.index.requests.length).toBe(requests)
  expect(await f.client.manifestList(f.repository, 'feature-pr')).toBeUndefined()
  expect(run.summary).toContain(
    `## dev-release: verified 1.2.4.dev2: builds for ${PLATFORMS.length} platforms, nothing published`
  )
  expect(annotations(run, 'error')).toEqual([])
})

it('fails the check when an image does not build', async () => {
  writeFileSync(join(f.repo.dir, 'docker', 'Dockerfile.broken'), 'FROM scratch\nCOPY missing-file /x\n')
  const run = await pullRequest({ file: 'docker/Dockerfile.broken' })
  expect(run.code).not.toBe(0)
  expect(annotations(run, 'error')[0]).toMatch(/^The image build failed: .*missing-file/)
})
