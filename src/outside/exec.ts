// The one place that starts processes. Arguments go straight to the program
// (no shell), so branch and tag names are always data, never code. Every child
// gets the environment without the action's inputs (secrets among them), can
// have a deadline, and is stopped when the action itself is stopped.
import { spawn, type ChildProcess } from 'node:child_process'
import { asText, write } from './runner.js'

export interface RunOptions {
  cwd?: string
  /** Extra variables on top of the environment (a secret goes here, to the one process that needs it). */
  env?: Record<string, string>
  /** Written to the program's standard input (passwords go here). */
  input?: string
  /** Stream the program's output to the log as it runs. */
  stream?: boolean
  /** Return a non-zero exit code instead of throwing. */
  allowFailure?: boolean
  /** Stop the program after this many milliseconds; it then fails with a TimeoutError naming `what`. */
  timeoutMs?: number
  /** What the program does, for the timeout's message ("Pushing the image"). */
  what?: string
  /** The runner's variables this program may see besides the plain environment (buildx: its cache service's). */
  runnerVariables?: string[]
}

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly result: RunResult
  ) {
    super(`${command} exited with code ${result.code}${lastLines(result, 5) ? `:\n${lastLines(result, 5)}` : ''}`)
    this.name = 'CommandError'
  }
}

/** A failure of an outside tool, carrying what the tool printed. */
export class ToolError extends Error {
  constructor(
    message: string,
    readonly output = ''
  ) {
    super(message)
    this.name = new.target.name
  }
}

/** A program that ran past its deadline and was stopped: not tried again (a stall would only stall again). */
export class TimeoutError extends ToolError {
  readonly permanent = true
}

/** A program stopped because the action was (a cancelled job). */
export class StoppedError extends ToolError {
  readonly permanent = true
}

/** The last lines a program printed: standard error, or standard output when that is empty. */
export function lastLines(r: Pick<RunResult, 'stdout' | 'stderr'>, n = 8): string {
  return (r.stderr.trim() || r.stdout.trim()).split('\n').slice(-n).join('\n')
}

const running = new Set<ChildProcess>()
let stopping = false

/**
 * What no child sees unless it is named: the action's inputs (INPUT_*, where the secrets are) and state (STATE_*,
 * which the post step trusts), the runner's files (a child could write the action's outputs, environment or
 * state), the runner's tokens and service URLs (ACTIONS_*: OIDC, cache, results), a workflow's GitHub tokens, and
 * the command line's secrets. The project's own build (setup.py, a build backend: a pull request's code) runs here.
 */
const HIDDEN = [
  /^INPUT_/,
  /^STATE_/,
  /^ACTIONS_/,
  /^GITHUB_(ENV|PATH|OUTPUT|STATE|STEP_SUMMARY|TOKEN)$/,
  /^GH_TOKEN$/,
  /^DEV_RELEASE_.*(PASSWORD|TOKEN|LOGINS)$/
]

/** The environment a child gets: the action's own without what it hides (HIDDEN), then `runnerVariables` and `extra`. */
export function childEnvironment(
  extra: Record<string, string> = {},
  runnerVariables: string[] = []
): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue
    if (HIDDEN.some(p => p.test(key)) && !runnerVariables.includes(key)) continue
    env[key] = value
  }
  return { ...env, ...extra }
}

/** How much of a streamed program's output is kept for its error message: the rest is in the log already. */
const KEPT_TAIL = 64 * 1024

function keepTail(text: string): string {
  return text.length > 2 * KEPT_TAIL ? text.slice(-KEPT_TAIL) : text
}

export async function run(program: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  if (stopping) throw new StoppedError(`Not starting ${program}: the action is being stopped.`)
  // A streamed program's output is the project's (a build, a Dockerfile's steps): the runner reads it as text only.
  if (options.stream) {
    write(`[command]${program} ${args.join(' ')}\n`)
    return asText(() => runChild(program, args, options))
  }
  return runChild(program, args, options)
}

async function runChild(program: string, args: string[], options: RunOptions): Promise<RunResult> {
  // A process group of its own, so that a deadline or a cancel stops the program's children too (docker's plugins).
  const child = spawn(program, args, {
    cwd: options.cwd,
    env: childEnvironment(options.env, options.runnerVariables),
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true
  })
  running.add(child)
  let stdout = ''
  let stderr = ''
  // Decoded as UTF-8 across chunk boundaries (a character split between two reads stays whole).
  // A streamed program's output is in the log as it comes; only its tail is kept, for the error it may end in.
  const keep = options.stream ? keepTail : (text: string) => text
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout = keep(stdout + chunk)
    if (options.stream) write(chunk)
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = keep(stderr + chunk)
    if (options.stream) write(chunk)
  })
  child.stdin.on('error', () => undefined) // a program that exits without reading its input
  child.stdin.end(options.input ?? '')
  let timedOut = false
  const timer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true
          terminate(child)
        }, options.timeoutMs)
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', error => reject(error))
    child.on('close', (status, signal) => resolve(status ?? (signal ? 128 + (signalNumber(signal) ?? 0) : -1)))
  }).finally(() => {
    clearTimeout(timer)
    running.delete(child)
  })
  const result = { code, stdout, stderr }
  if (timedOut) {
    const what = options.what ?? `${program} ${args[0] ?? ''}`.trim()
    throw new TimeoutError(
      `${what} did not finish within ${formatDuration(options.timeoutMs!)} and was stopped.`,
      stdout + stderr
    )
  }
  if (stopping)
    throw new StoppedError(`${program} ${args[0] ?? ''} was stopped: the action is being stopped.`, stdout + stderr)
  if (code !== 0 && !options.allowFailure) throw new CommandError(`${program} ${args[0] ?? ''}`.trim(), result)
  return result
}

/** SIGTERM to the program's process group, SIGKILL a few seconds later if it is still there. */
function terminate(child: ChildProcess): void {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name)
    } catch {
      // already gone
    }
  }
  signal('SIGTERM')
  setTimeout(() => {
    if (child.exitCode === null && child.signalCode === null) signal('SIGKILL')
  }, 5000).unref()
}

/** Stop every running program and start no more: the job was cancelled. Resolves when they are gone. */
export async function stopAll(): Promise<void> {
  stopping = true
  const children = [...running]
  for (const child of children) terminate(child)
  await Promise.all(
    children.map(
      child =>
        new Promise<void>(resolve =>
          child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('close', () => resolve())
        )
    )
  )
}

function signalNumber(signal: NodeJS.Signals): number | undefined {
  return { SIGTERM: 15, SIGKILL: 9, SIGINT: 2 }[signal as string]
}

export function formatDuration(ms: number): string {
  return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.round(ms / 1000)} s`
}
