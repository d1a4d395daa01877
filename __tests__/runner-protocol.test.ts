// The runner's protocol as src/outside/runner.ts writes it, held against @actions/core (a dev dependency: the
// toolkit's own writer is the reference) for the same calls: workflow commands on standard output, outputs and state
// as heredocs in their files, the job summary, inputs and state read back. Byte for byte, but for the random
// delimiter of each heredoc.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '@actions/core'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as runner from '../src/outside/runner.js'
import { tempDir } from './support/repo.js'

const MESSAGES = ['plain', 'two\nlines\r\nand 100%', 'a:b,c::d', '', 'ünïcödé ✓']
const saved = { ...process.env }
let written: string[] = []

beforeEach(() => {
  written = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    written.push(String(chunk))
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  process.env = { ...saved }
})

/** What `act` writes to standard output. */
function stdout(act: () => void): string {
  written = []
  act()
  return written.join('')
}

/** A fresh file for GITHUB_<kind>, its path. */
function file(kind: string): string {
  const path = join(tempDir('dev-release-protocol-'), kind)
  writeFileSync(path, '')
  process.env[`GITHUB_${kind}`] = path
  return path
}

const sameDelimiter = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X')

describe("the runner's protocol, as @actions/core writes it", () => {
  it('writes every workflow command the action issues the same way', () => {
    for (const message of MESSAGES) {
      expect(stdout(() => runner.notice(message))).toBe(stdout(() => core.notice(message)))
      expect(stdout(() => runner.warning(message))).toBe(stdout(() => core.warning(message)))
      expect(stdout(() => runner.error(message))).toBe(stdout(() => core.error(message)))
      expect(stdout(() => runner.debug(message))).toBe(stdout(() => core.debug(message)))
      expect(stdout(() => runner.setSecret(message))).toBe(stdout(() => core.setSecret(message)))
      expect(stdout(() => runner.startGroup(message))).toBe(stdout(() => core.startGroup(message)))
    }
    expect(stdout(() => runner.endGroup())).toBe(stdout(() => core.endGroup()))
    expect(stdout(() => runner.notice('x'))).toBe('::notice::x\n')
  })

  it('appends outputs and state to their files as the same heredocs', () => {
    for (const [kind, ours, theirs] of [
      ['OUTPUT', runner.setOutput, core.setOutput],
      ['STATE', runner.saveState, core.saveState]
    ] as const) {
      const path = file(kind)
      for (const value of MESSAGES) {
        ours('name', value)
        const mine = readFileSync(path, 'utf8')
        writeFileSync(path, '')
        theirs('name', value)
        expect(sameDelimiter(mine)).toBe(sameDelimiter(readFileSync(path, 'utf8')))
        writeFileSync(path, '')
      }
    }
  })

  it('falls back to the old commands where the runner names no file', () => {
    delete process.env.GITHUB_OUTPUT
    delete process.env.GITHUB_STATE
    for (const value of MESSAGES) {
      expect(stdout(() => runner.setOutput('a:b,c', value))).toBe(stdout(() => core.setOutput('a:b,c', value)))
      expect(stdout(() => runner.saveState('s', value))).toBe(stdout(() => core.saveState('s', value)))
    }
  })

  it('appends the same markdown to the job summary', async () => {
    const path = file('STEP_SUMMARY')
    await runner.appendSummary('## one\n\n| a | b |\n')
    const mine = readFileSync(path, 'utf8')
    writeFileSync(path, '')
    await core.summary.addRaw('## one\n\n| a | b |\n').write()
    core.summary.emptyBuffer()
    expect(mine).toBe(readFileSync(path, 'utf8'))
  })

  it('reads inputs and state as core reads them', () => {
    process.env['INPUT_PYPI-URL'] = '  https://upload.pypi.org/legacy/ \n'
    process.env.INPUT_WITH_SPACE = 'x'
    process.env.STATE_staged = 'a\nb'
    for (const name of ['pypi-url', 'with space', 'missing']) expect(runner.getInput(name)).toBe(core.getInput(name))
    expect(runner.getState('staged')).toBe(core.getState('staged'))
    expect(runner.getState('missing')).toBe(core.getState('missing'))
  })
})
