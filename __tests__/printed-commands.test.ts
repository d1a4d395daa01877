// The commands the action prints for a person to paste (the summary, the pull request comment, the read-back's
// "check it yourself"): every value is one word to a shell, whatever a branch or a project is named.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { verifyCommand } from '../src/plan/summary.js'
import type { Plan } from '../src/plan/plan.js'
import { verifyCommands } from '../src/steps/verify.js'
import { shellQuote } from '../src/versions/words.js'

/** The words a POSIX shell makes of `line`, run in a directory of its own, where `touch` would leave a trace. */
function shellWords(line: string): { words: string[]; made: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'printed-'))
  const out = execFileSync('sh', ['-c', `for w in ${line}; do printf '%s\\0' "$w"; done`], {
    cwd: dir,
    encoding: 'utf8'
  })
  return { words: out.split('\0').slice(0, -1), made: readdirSync(dir) }
}

describe('printed commands', () => {
  const hostile = ['x$(touch${IFS}pwned)', "it's", 'a b', 'semi;touch pwned', '`touch pwned`', '*']

  it.each(hostile)('a shell reads %s back as the one word it is', word => {
    const { words, made } = shellWords(shellQuote(word))
    expect(words).toEqual([word])
    expect(made).toEqual([])
  })

  it('quotes the branch in the verify command of a dev release, and leaves plain words plain', () => {
    const plan = {
      ref: 'refs/heads/x$(touch${IFS}pwned)',
      image: 'ghcr.io/acme/widget',
      platforms: ['linux/amd64', 'linux/arm64'],
      mirrors: []
    }
    const line = verifyCommand(plan, 'https://upload.pypi.org/legacy/')
    expect(line).toBe(
      "dev-release verify --ref 'refs/heads/x$(touch${IFS}pwned)' --image ghcr.io/acme/widget --platforms linux/amd64,linux/arm64 --pypi-url https://upload.pypi.org/legacy/"
    )
    const { words, made } = shellWords(line)
    expect(words[3]).toBe(plan.ref)
    expect(made).toEqual([])
  })

  it('quotes the project name and the index in the check-it-yourself lines', () => {
    const plan = {
      imageRefs: ['ghcr.io/acme/widget:1.2.3'],
      image: 'ghcr.io/acme/widget',
      version: '1.2.3',
      sha: 'c'.repeat(40)
    } as Plan
    const lines = verifyCommands(
      plan,
      'acme/widget',
      { simple: 'https://pypi.org/simple/', name: 'w$(touch pwned)' },
      true
    )
    expect(lines[0]).toBe(
      "pip download --isolated --no-deps --only-binary :all: --index-url https://pypi.org/simple/ 'w$(touch pwned)==1.2.3' -d dists && sha256sum dists/*"
    )
    expect(lines).toContain(
      `gh attestation verify oci://ghcr.io/acme/widget:1.2.3 -R acme/widget --source-digest ${'c'.repeat(40)}`
    )
    expect(lines.find(l => l.startsWith('cosign'))).toMatch(
      `--certificate-github-workflow-repository acme/widget --certificate-github-workflow-sha ${'c'.repeat(40)} `
    )
    expect(shellWords(lines[0].split(' && ')[0]).made).toEqual([])
  })
})
