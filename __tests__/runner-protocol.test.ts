// The runner's side through src/outside/runner.ts, which hands it to @actions/core: what a runner reads back from
// standard output and its files (commands, outputs and state as heredocs, the job summary), and the two things core
// has no call for: a child's output under stopped commands, resumed at a token nobody could know.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as runner from '../src/outside/runner.js'
import { tempDir } from './support/repo.js'

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
async function stdout(act: () => unknown): Promise<string> {
  written = []
  await act()
  return written.join('')
}

/** A fresh file for GITHUB_<kind>, its path. */
function file(kind: string): string {
  const path = join(tempDir('dev-release-protocol-'), kind)
  writeFileSync(path, '')
  process.env[`GITHUB_${kind}`] = path
  return path
}

/** The name=value pairs of an output or state file, as the runner parses its heredocs. */
function heredocs(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(ghadelimiter_[0-9a-f-]{36})$/.exec(lines[i])
    if (!m) continue
    const end = lines.indexOf(m[2], i + 1)
    values[m[1]] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return values
}

describe("the runner's protocol, through @actions/core", () => {
  it('issues annotations, groups, masks and debug lines as workflow commands, messages escaped', async () => {
    expect(await stdout(() => runner.notice('x'))).toBe('::notice::x\n')
    expect(await stdout(() => runner.error('two\nlines and 100%'))).toBe('::error::two%0Alines and 100%25\n')
    expect(await stdout(() => runner.setSecret('s3cret'))).toBe('::add-mask::s3cret\n')
    expect(await stdout(() => runner.group('Build', async () => runner.info('inside')))).toBe(
      '::group::Build\ninside\n::endgroup::\n'
    )
  })

  it('writes outputs and state as heredocs the runner reads back whole', () => {
    const output = file('OUTPUT')
    const state = file('STATE')
    runner.setOutput('docker-tags', 'a:1\nb:2')
    runner.setOutput('digest', '')
    runner.saveState('staged', 'x')
    expect(heredocs(readFileSync(output, 'utf8'))).toEqual({ 'docker-tags': 'a:1\nb:2', digest: '' })
    expect(heredocs(readFileSync(state, 'utf8'))).toEqual({ staged: 'x' })
  })

  it('appends markdown to the job summary, each call after the last', async () => {
    const path = file('STEP_SUMMARY')
    await runner.appendSummary('## one\n')
    await runner.appendSummary('| a | b |\n')
    expect(readFileSync(path, 'utf8')).toBe('## one\n| a | b |\n')
  })

  it('reads inputs trimmed, and the main step’s state', () => {
    process.env['INPUT_PYPI-URL'] = '  https://upload.pypi.org/legacy/ \n'
    process.env.INPUT_WITH_SPACE = 'x'
    process.env.STATE_staged = 'a\nb'
    expect(runner.getInput('pypi-url')).toBe('https://upload.pypi.org/legacy/')
    expect(runner.getInput('with space')).toBe('x')
    expect(runner.getInput('missing')).toBe('')
    expect(runner.getState('staged')).toBe('a\nb')
  })

  it("stops commands while a child's output streams, and resumes at a token of its own", async () => {
    const log = await stdout(() =>
      runner.asText(async () => runner.write('::add-mask::mine\n::error::not an error\nno line end'))
    )
    const [, token] = /^::stop-commands::([0-9a-f-]{36})\n/.exec(log) ?? []
    expect(token).toBeDefined()
    expect(log).toBe(`::stop-commands::${token}\n::add-mask::mine\n::error::not an error\nno line end\n::${token}::\n`)
  })
})
