// The one place that starts processes. Arguments go straight to the program
// (no shell), so branch and tag names are always data, never code.
import * as actionsExec from '@actions/exec'

export interface RunOptions {
  cwd?: string
  /** Extra variables on top of process.env (secrets go here, never in args). */
  env?: Record<string, string>
  /** Written to the program's standard input (passwords go here). */
  input?: string
  /** Stream the program's output to the log as it runs. */
  stream?: boolean
  /** Return a non-zero exit code instead of throwing. */
  allowFailure?: boolean
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
    const detail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-5).join('\n')
    super(`${command} exited with code ${result.code}${detail ? `:\n${detail}` : ''}`)
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

export async function run(program: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const env = options.env ? { ...stringEnv(process.env), ...options.env } : undefined
  const result = await actionsExec.getExecOutput(program, args, {
    cwd: options.cwd,
    env,
    input: options.input === undefined ? undefined : Buffer.from(options.input),
    silent: !options.stream,
    ignoreReturnCode: true
  })
  const out = { code: result.exitCode, stdout: result.stdout, stderr: result.stderr }
  if (out.code !== 0 && !options.allowFailure) {
    throw new CommandError(`${program} ${args[0] ?? ''}`.trim(), out)
  }
  return out
}

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const clean: Record<string, string> = {}
  for (const [key, value] of Object.entries(env)) if (value !== undefined) clean[key] = value
  return clean
}
