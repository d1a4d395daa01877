// Where the TUF client keeps Sigstore's trusted root, which it trusts once there: a directory of this user's alone.
import { chmodSync, mkdirSync, mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { tufCache } from '../src/outside/sigstore-verify.js'

describe('the TUF cache', () => {
  it("is under the job's RUNNER_TEMP, made 0700", () => {
    const temp = mkdtempSync(join(tmpdir(), 'tuf-'))
    const dir = tufCache({ RUNNER_TEMP: temp })
    expect(dir).toBe(join(temp, 'dev-release-tuf'))
    expect(statSync(dir).mode & 0o777).toBe(0o700)
  })

  it("is under the user's own cache outside a runner, never a fixed path in the shared /tmp", () => {
    const home = mkdtempSync(join(tmpdir(), 'tuf-home-'))
    expect(tufCache({ XDG_CACHE_HOME: join(home, 'cache') })).toBe(join(home, 'cache', 'dev-release', 'tuf'))
  })

  it('refuses a directory others may write, where a planted root.json would be trusted', () => {
    const temp = mkdtempSync(join(tmpdir(), 'tuf-'))
    mkdirSync(join(temp, 'dev-release-tuf'))
    chmodSync(join(temp, 'dev-release-tuf'), 0o777)
    expect(() => tufCache({ RUNNER_TEMP: temp })).toThrow(
      /is not this user's alone \(it belongs to uid \d+, mode 777\)/
    )
  })
})
