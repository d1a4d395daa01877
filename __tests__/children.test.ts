// What children see, and what the post step may remove: the project's own build (setup.py, a build
// backend, a pull request's code) runs as a child, and the post step trusts state that names paths.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { childEnvironment, run } from '../src/outside/exec.js'
import { post } from '../src/shell/post.js'
import { commandLine, runnerSink, useSink } from '../src/outside/runner.js'

const RUNNER = {
  INPUT_REGISTRY_PASSWORD: 'hunter2',
  STATE_leftover_x: '["/"]',
  GITHUB_ENV: '/runner/env',
  GITHUB_PATH: '/runner/path',
  GITHUB_OUTPUT: '/runner/output',
  GITHUB_STATE: '/runner/state',
  GITHUB_STEP_SUMMARY: '/runner/summary',
  GITHUB_TOKEN: 'ghs_workflow',
  GH_TOKEN: 'ghs_cli',
  ACTIONS_RUNTIME_TOKEN: 'runtime',
  ACTIONS_CACHE_URL: 'https://cache/',
  ACTIONS_RESULTS_URL: 'https://results/',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc/',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-secret',
  DEV_RELEASE_REGISTRY_PASSWORD: 'cli-secret',
  DEV_RELEASE_PYPI_TOKEN: 'pypi-secret',
  GITHUB_SHA: 'abc',
  GITHUB_REPOSITORY: 'acme/widget'
}

describe('childEnvironment', () => {
  const saved = { ...process.env }
  beforeEach(() => Object.assign(process.env, RUNNER))
  afterEach(() => {
    for (const key of Object.keys(RUNNER)) delete process.env[key]
    Object.assign(process.env, saved)
  })

  it("gives a child none of the runner's files or tokens, the action's inputs or state, or the CLI's secrets", () => {
    const env = childEnvironment()
    for (const key of Object.keys(RUNNER).filter(k => !['GITHUB_SHA', 'GITHUB_REPOSITORY'].includes(k)))
      expect([key, env[key]]).toEqual([key, undefined])
    expect(env.GITHUB_SHA).toBe('abc')
    expect(env.PATH).toBe(process.env.PATH)
  })

  it("gives buildx exactly its cache service's variables back, and the extra variables asked for", () => {
    const env = childEnvironment({ SOURCE_DATE_EPOCH: '1' }, [
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_CACHE_URL',
      'ACTIONS_RESULTS_URL'
    ])
    expect(env.ACTIONS_RUNTIME_TOKEN).toBe('runtime')
    expect(env.ACTIONS_RESULTS_URL).toBe('https://results/')
    expect(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN).toBeUndefined()
    expect(env.GITHUB_STATE).toBeUndefined()
    expect(env.SOURCE_DATE_EPOCH).toBe('1')
  })

  it('is what a real child gets', async () => {
    const r = await run(process.execPath, ['-e', 'console.log(JSON.stringify(process.env))'])
    const env = JSON.parse(r.stdout) as Record<string, string>
    expect(Object.keys(env).filter(k => k in RUNNER)).toEqual(['GITHUB_SHA', 'GITHUB_REPOSITORY'])
  })

  it("keeps only the tail of a streamed program's output, enough for its error", async () => {
    const write = process.stdout.write
    process.stdout.write = () => true // the stream goes to the log; not to the test's output
    try {
      const r = await run(
        process.execPath,
        ['-e', 'for (let i = 0; i < 20000; i++) console.error("line " + i + " " + "x".repeat(40))'],
        { stream: true, allowFailure: true }
      )
      expect(r.stderr.length).toBeLessThanOrEqual(128 * 1024)
      expect(r.stderr.trim().split('\n').pop()).toMatch(/^line 19999 x+$/)
    } finally {
      process.stdout.write = write
    }
  })
})

describe('the post step removes only what it can prove the action made', () => {
  let root: string
  const saved = { ...process.env }
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dev-release-post-'))
    mkdirSync(join(root, 'temp'))
    mkdirSync(join(root, 'work', 'docker', 'pkg'), { recursive: true })
    process.env.RUNNER_TEMP = join(root, 'temp')
    process.env.GITHUB_WORKSPACE = join(root, 'work')
  })
  afterEach(() => {
    rmSync(root, { recursive: true, force: true })
    process.env = { ...saved }
  })
  const state = (kind: string, paths: string[]) => (process.env[`STATE_leftover-${kind}`] = JSON.stringify(paths))

  it('removes its own Docker config and a staged file', async () => {
    const config = join(root, 'temp', 'dev-release-docker-abc')
    mkdirSync(config)
    writeFileSync(join(config, 'config.json'), '{}')
    const staged = join(root, 'work', 'docker', 'pkg', 'widget-1.0-py3-none-any.whl')
    writeFileSync(staged, 'wheel')
    state('docker-config', [config])
    state('staged', [staged])
    await post()
    expect(existsSync(config)).toBe(false)
    expect(existsSync(staged)).toBe(false)
  })

  it('leaves alone what state names outside its own: another directory, a link, a file of another kind', async () => {
    const precious = join(root, 'precious')
    mkdirSync(precious)
    writeFileSync(join(precious, 'data'), 'keep')
    const link = join(root, 'temp', 'dev-release-docker-link')
    symlinkSync(precious, link)
    const source = join(root, 'work', 'setup.py')
    writeFileSync(source, 'keep')
    const outside = join(root, 'elsewhere.whl')
    writeFileSync(outside, 'keep')
    state('docker-config', [precious, link, join(root, 'temp'), '/'])
    state('staged', [source, outside])
    const write = process.stdout.write
    let log = ''
    process.stdout.write = (chunk: string | Uint8Array) => ((log += String(chunk)), true)
    try {
      await post()
    } finally {
      process.stdout.write = write
    }
    for (const path of [join(precious, 'data'), link, source, outside]) expect(existsSync(path)).toBe(true)
    expect(log).toMatch(/The post step leaves .*precious alone: it is no Docker config under/)
  })
})

describe("the runner's escaping, read back as the command line's terminal reads a mask", () => {
  it.each(['50%off', '%25', '%0A%0D', 'a\nb', 'pa%ss\r\nword', '%'])('%j', async secret => {
    const { escapeData, unescapeData } = await import('../src/outside/runner.js')
    expect(unescapeData(escapeData(secret))).toBe(secret)
  })
})

describe("a streamed child's output is text to the runner", () => {
  /** What the runner reads on standard output, line by line, while `body` runs. */
  async function runnerReads(body: () => Promise<unknown>): Promise<string[]> {
    let out = ''
    useSink({
      write: text => void (out += text),
      command: (name, message) => void (out += commandLine(name, message)),
      output: () => {},
      summary: async () => {},
      state: () => {}
    })
    try {
      await body()
    } finally {
      useSink(runnerSink)
    }
    return out.split('\n')
  }

  it('stops workflow commands under a token the child cannot know, and resumes them after it', async () => {
    // What a pull request's setup.py could print: a mask that hides the log, an error, a stop of its own.
    const lines = await runnerReads(() =>
      run('sh', ['-c', 'echo "::add-mask::release"; echo "::error::all is lost"; echo "::stop-commands::x"'], {
        stream: true
      })
    )
    const stop = lines.findIndex(line => /^::stop-commands::[0-9a-f-]{36}$/.test(line))
    expect(lines[stop - 1]).toMatch(/^\[command\]sh -c/)
    const token = lines[stop].split('::')[2]
    const resume = lines.indexOf(`::${token}::`)
    expect(resume).toBeGreaterThan(stop)
    expect(lines.slice(stop + 1, resume)).toEqual(
      expect.arrayContaining(['::add-mask::release', '::error::all is lost', '::stop-commands::x'])
    )
    // Another run, another token.
    const again = await runnerReads(() => run('true', [], { stream: true }))
    expect(again.find(line => line.startsWith('::stop-commands::'))).not.toBe(lines[stop])
  })
})
