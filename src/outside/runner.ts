// The runner's side of an action, in the runner's own protocol: inputs and state from the environment, workflow
// commands on standard output (warnings, groups, masks, debug), outputs, state and the job summary appended to the
// files GITHUB_OUTPUT, GITHUB_STATE and GITHUB_STEP_SUMMARY name. @actions/core writes the same bytes
// (__tests__/runner-protocol.test.ts holds the two side by side), but loads its HTTP client (undici, 0.9 MB) at
// every start for the OIDC token alone. Everything goes through a sink, so that the command line can show the same
// run on a terminal (the command line's sink). The OIDC token request stays here, with a deadline and bounded retries.
import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import { EOL } from 'node:os'

/** Workflow commands the action issues. */
export type Command =
  'notice' | 'warning' | 'error' | 'group' | 'endgroup' | 'add-mask' | 'debug' | 'stop-commands' | 'resume-commands'

/** Where the protocol goes: the runner, or (the command line) a terminal. */
export interface Sink {
  /** Text as it comes (a child's output, a line of log). */
  write(text: string): void
  command(name: Command, message: string): void
  output(name: string, value: string): void
  /** Markdown for the job summary. */
  summary(markdown: string): Promise<void>
  /** State for the post step. */
  state(name: string, value: string): void
}

/** The runner's sink: workflow commands on standard output, and the files GITHUB_OUTPUT, GITHUB_STATE and GITHUB_STEP_SUMMARY name. */
export const runnerSink: Sink = {
  write: text => void process.stdout.write(text),
  command: (name, message) => void process.stdout.write(commandLine(name, message)),
  output: (name, value) => fileCommand('OUTPUT', 'set-output', name, value),
  summary: async markdown => {
    // Outside a runner (no summary file) there is nowhere to write it.
    if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown, 'utf8')
  },
  state: (name, value) => fileCommand('STATE', 'save-state', name, value)
}

/**
 * `name` = `value` into the file GITHUB_<kind> names, as a heredoc with a delimiter no value can hold; where there
 * is no such file (an old runner), the workflow command it replaced.
 */
function fileCommand(kind: 'OUTPUT' | 'STATE', command: string, name: string, value: string): void {
  const path = process.env[`GITHUB_${kind}`]
  if (!path) {
    // core's set-output starts on a line of its own; save-state does not.
    const start = kind === 'OUTPUT' ? EOL : ''
    process.stdout.write(`${start}::${command} name=${escapeProperty(name)}::${escapeData(value)}${EOL}`)
    return
  }
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`)
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`Unexpected input: ${name} holds the delimiter "${delimiter}"`)
  appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
}

/** A command property's value escaped: the message's escapes, and `:` and `,`. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

let sink: Sink = runnerSink

/** Send everything from here on to `to` (the command line's terminal). */
export function useSink(to: Sink): void {
  sink = to
}

/** Text as it comes (a child's output), with no line end added. */
export function write(text: string): void {
  sink.write(text)
}

/** `%`, CR and LF escaped, as the runner expects in a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** What an escaped message stands for: the runner's reading of escapeData. */
export function unescapeData(text: string): string {
  return text.replace(/%(25|0D|0A)/g, (_, code: string) => ({ '25': '%', '0D': '\r', '0A': '\n' })[code]!)
}

/** A workflow command as the runner reads it on standard output: `::name::message`, the message escaped. */
export function commandLine(name: Command, message: string): string {
  // Commands resume at a line of the stop's own token: `::<token>::`.
  if (name === 'resume-commands') return `::${message}::${EOL}`
  return `::${name}::${escapeData(message)}${EOL}`
}

/**
 * What `body` lets a child print is text to the runner, never a workflow command: a pull request's build could
 * otherwise issue ::add-mask::, ::error:: or ::stop-commands:: of its own. Commands stop under a token no child can
 * know, and resume at it.
 */
export async function asText<T>(body: () => Promise<T>): Promise<T> {
  const token = randomUUID()
  sink.command('stop-commands', token)
  try {
    return await body()
  } finally {
    // On a line of its own, whatever the child's last line left open.
    sink.write(EOL)
    sink.command('resume-commands', token)
  }
}

/** An input as the runner passes it (INPUT_<NAME>), trimmed; '' when not given. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** From here on the runner shows `secret` as ***. */
export function setSecret(secret: string): void {
  sink.command('add-mask', secret)
}

export function info(message: string): void {
  sink.write(message + EOL)
}

/** Shown only when the run is debugged (ACTIONS_STEP_DEBUG, or "Re-run with debug logging"). */
export function debug(message: string): void {
  sink.command('debug', message)
}

export function notice(message: string): void {
  sink.command('notice', message)
}

export function warning(message: string): void {
  sink.command('warning', message)
}

export function error(message: string): void {
  sink.command('error', message)
}

export function startGroup(title: string): void {
  sink.command('group', title)
}

export function endGroup(): void {
  sink.command('endgroup', '')
}

/** `body`'s output folded under `title` in the log, the group closed however it ends (core.group). */
export async function group<T>(title: string, body: () => Promise<T>): Promise<T> {
  startGroup(title)
  try {
    return await body()
  } finally {
    endGroup()
  }
}

/** The step fails with this message, as an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

export function setOutput(name: string, value: string): void {
  sink.output(name, value)
}

/** Saved for this action's post step, which reads it with getState. */
export function saveState(name: string, value: string): void {
  sink.state(name, value)
}

/** What the main step saved (the runner passes it as STATE_<name>). */
export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? ''
}

/** Markdown appended to the job summary. */
export function appendSummary(markdown: string): Promise<void> {
  return sink.summary(markdown)
}

/** GitHub's REST API for this run (GITHUB_API_URL: GitHub Enterprise Server has its own). */
export function githubApi(): string {
  return process.env.GITHUB_API_URL || 'https://api.github.com'
}

/** Server errors of the token endpoint worth another try, as core's own client retries them. */
const RETRIED = new Set([502, 503, 504])
const OIDC_DELAYS_MS = [1000, 2000]

/** Whether this job can ask for an OIDC token (the runner sets these with permissions: id-token: write). */
export function canRequestIdToken(): boolean {
  return !!process.env.ACTIONS_ID_TOKEN_REQUEST_URL && !!process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
}

/**
 * A GitHub OIDC token for `audience`, from the runner's token endpoint (the job needs id-token: write); masked at
 * once. Each request has the deadline; a 502/503/504 is tried again twice.
 */
export async function getIDToken(audience: string, timeoutMs = 60_000): Promise<string> {
  const url = process.env.ACTIONS_ID_TOKEN_REQUEST_URL
  const token = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (!url || !token)
    throw new Error(
      'Unable to get the OIDC token: the job has no ACTIONS_ID_TOKEN_REQUEST_URL (permissions: id-token: write).'
    )
  const request = new URL(url)
  request.searchParams.set('audience', audience)
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(request, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs)
    })
    const body = (await response.json().catch(() => ({}))) as { value?: string }
    if (response.ok && body.value) {
      setSecret(body.value)
      return body.value
    }
    if (!RETRIED.has(response.status) || attempt >= OIDC_DELAYS_MS.length)
      throw new Error(`The runner's OIDC endpoint answered ${response.status}.`)
    await new Promise(resolve => setTimeout(resolve, OIDC_DELAYS_MS[attempt]))
  }
}
