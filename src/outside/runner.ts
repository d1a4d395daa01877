// The runner's side of an action, through @actions/core, the toolkit every action builds on: inputs and state, workflow
// commands (annotations, groups, masks, debug), outputs, state and the job summary in the runner's files. The runner's
// protocol is GitHub's to change, and core is where it changes. Two things core has no call for stay here: the
// stopping of workflow commands while a child's output streams (a documented command: core only issues it for
// itself), and the OIDC token request, which needs a deadline and bounded retries that core's has not. Everything
// goes through a sink, so that the command line can show the same run on a terminal (the command line's sink).
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
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

/** The runner's sink: @actions/core's calls (the stop and resume of commands excepted, which core has none for). */
export const runnerSink: Sink = {
  write: text => void process.stdout.write(text),
  command: (name, message) => {
    if (name === 'notice') core.notice(message)
    else if (name === 'warning') core.warning(message)
    else if (name === 'error') core.error(message)
    else if (name === 'debug') core.debug(message)
    else if (name === 'group') core.startGroup(message)
    else if (name === 'endgroup') core.endGroup()
    else if (name === 'add-mask') core.setSecret(message)
    else process.stdout.write(commandLine(name, message))
  },
  output: (name, value) => core.setOutput(name, value),
  summary: async markdown => {
    // Outside a runner (no summary file) there is nowhere to write it.
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write()
  },
  state: (name, value) => core.saveState(name, value)
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
  return core.getInput(name)
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
  return core.getState(name)
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
