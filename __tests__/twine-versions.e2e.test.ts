// The twine runners install today (7, with packaging 26 and rich 15), beside
// bookworm's 4 that the other tests use: Debian unstable's, unpacked by
// scripts/services.sh into a directory of its own. The interpreter the action is
// given puts it first on the path, as a runner's venv would.
import { execFileSync } from 'node:child_process'
import { chmodSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { annotations } from './support/action.js'
import { expectSuccess, ReleaseFixture } from './support/release-fixture.js'
import { tempDir } from './support/repo.js'

const STATE = process.env.DEV_RELEASE_STATE ?? '/var/lib/dev-release'
const f = new ReleaseFixture()
let python: string

beforeAll(async () => {
  await f.start()
  python = join(tempDir('dev-release-twine7-'), 'python3')
  writeFileSync(python, `#!/bin/sh\nPYTHONPATH='${STATE}/twine-7' exec /usr/bin/python3 "$@"\n`)
  chmodSync(python, 0o755)
})
afterAll(() => f.stop())

const errors = (run: { stdout: string }) => annotations(run as never, 'error')

it('has twine 7 to test with', () => {
  expect(execFileSync(python, ['-m', 'twine', '--version'], { encoding: 'utf8' })).toMatch(/^twine version 7\./)
})

it('uploads a development release with twine 7, and a re-run uploads nothing', async () => {
  f.repo.branch('feature/twine7', '1.2.3')
  f.repo.commits(31)
  const run = await f.release('refs/heads/feature/twine7', { python, 'publish-docker': 'false' })
  expectSuccess(run)
  expect(f.index.versions('dev-release-example')).toContain(run.outputs.version)
  expect(run.summary).toMatch(/\| uploaded \|/)
  const uploads = f.uploadRequests()
  const rerun = await f.release('refs/heads/feature/twine7', { python, 'publish-docker': 'false' })
  expectSuccess(rerun)
  expect(f.uploadRequests()).toBe(uploads)
})

it("shows the index's own reason for a refusal, as twine 7 prints it", async () => {
  f.repo.branch('feature/twine7-refused', '1.2.3')
  f.repo.commits(32)
  f.index.refuseUploads(
    /\.whl$/,
    400,
    "File already exists ('x.whl'). See https://pypi.org/help/#file-name-reuse for more information."
  )
  try {
    const run = await f.release('refs/heads/feature/twine7-refused', { python, 'publish-docker': 'false' })
    expect(run.code).not.toBe(0)
    expect(errors(run)[0]).toMatch(
      /rejected the upload: 400 File already exists \('x\.whl'\)\. See https:\/\/pypi\.org\/help\/#file-name-reuse/
    )
  } finally {
    f.index.stopRefusing()
  }
})
