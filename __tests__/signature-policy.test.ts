// Whose signature verify takes: the certificate's source extensions against the release, and what must witness it.
import { sourceProblems, witnessPolicy } from '../src/outside/sigstore-verify.js'

const SHA = 'c'.repeat(40)
const release = { repository: 'acme/widget', commit: SHA, repositoryId: '424242' }
const own = { repositoryUri: 'https://github.com/acme/widget', digest: SHA, repositoryId: '424242' }

describe('the source a certificate names', () => {
  it('holds for the repository (any case), its ID and the commit', () => {
    expect(sourceProblems(own, release)).toEqual([])
    expect(sourceProblems({ ...own, repositoryUri: 'https://github.com/Acme/Widget' }, release)).toEqual([])
  })

  it('names a caller of a reusable workflow, a repository re-created under the name, and another commit', () => {
    expect(
      sourceProblems(
        { repositoryUri: 'https://github.com/mallory/widget', digest: 'b'.repeat(40), repositoryId: '666' },
        release
      )
    ).toEqual([
      'signed for the source of https://github.com/mallory/widget, not https://github.com/acme/widget',
      'signed for repository ID 666, not 424242 (a repository of that name before this one)',
      `signed for commit ${'b'.repeat(40)}, not ${SHA}`
    ])
  })

  it('refuses a certificate without its source, and checks the ID only where the runner gives it', () => {
    expect(sourceProblems({}, release)).toEqual([
      'the certificate names no source repository',
      `signed for commit (none named), not ${SHA}`
    ])
    expect(sourceProblems({ ...own, repositoryId: '1' }, { repository: 'acme/widget', commit: SHA })).toEqual([])
  })
})

describe('what must witness a signature', () => {
  it("refuses a bundle without a log entry under public Sigstore's root", () => {
    expect(() => witnessPolicy(false, true)).toThrow(
      "the bundle has no transparency-log entry, which public Sigstore's signatures always have"
    )
    expect(witnessPolicy(true, true)).toEqual({ tlogThreshold: 1, ctlogThreshold: 1 })
  })

  it("takes a timestamp instead under another root (GitHub's own instance)", () => {
    expect(witnessPolicy(false, false)).toEqual({ tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 })
    expect(witnessPolicy(true, false)).toEqual({ tlogThreshold: 1, ctlogThreshold: 1 })
  })
})
