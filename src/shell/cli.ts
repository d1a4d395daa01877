#!/usr/bin/env node
// dev-release on the command line: a thin adapter that reads the event from git, the inputs from options and the
// environment, and calls the action's own run with a terminal for the runner. `plan` is a dry run; `release` publishes.
import { load } from 'js-yaml'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { styleText } from 'node:util'
import type { ReleaseEvent } from '../outside/event.js'
import { Git } from '../outside/git.js'
import { findProject } from '../outside/project-files.js'
import { mainStep } from './main.js'
import { unescapeData, useSink, type Command, type Sink } from '../outside/runner.js'
import { summaryAsText } from '../plan/summary.js'
import { resolveRef, UsageError, type ResolvedRef } from './cli-ref.js'
import { commandLine as program, parseCommandLine, SECRET_ENV, UsageExit, type InputSpec } from './cli-options.js'
import { DOCKERFILE_PLACES } from './preflight.js'

export { SECRET_ENV }

/** A file of the action beside the bundle (dist/cli/, two levels below), named at run time so that the bundler does
 * not mistake it for an asset of its own. */
function actionFile(...name: string[]): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', name.join('.'))
}

function actionInputs(): Record<string, InputSpec> {
  return (load(readFileSync(actionFile('action', 'yml'), 'utf8')) as { inputs: Record<string, InputSpec> }).inputs
}

function ownVersion(): string {
  return (JSON.parse(readFileSync(actionFile('package', 'json'), 'utf8')) as { version: string }).version
}

/**
 * The repository's owner/name: the last two parts of origin's URL or path (https://host/owner/name.git,
 * git@host:owner/name, /srv/git/owner/name.git), where they are names GitHub could give; undefined where they are
 * not (a clone of a mirror at …/pytest-dev+pluggy/repo) or there is no origin.
 */
function repositoryFrom(url: string | undefined): string | undefined {
  const m = url ? /([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url) : null
  if (!m) return undefined
  return /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(m[1]) && /^[A-Za-z0-9_.-]+$/.test(m[2]) ? `${m[1]}/${m[2]}` : undefined
}

/** Text styled for a terminal: plain in a pipe, a file or under NO_COLOR (styleText checks the stream). */
function styled(format: Parameters<typeof styleText>[0], text: string, stream: NodeJS.WriteStream): string {
  return styleText(format, text, { stream })
}

/**
 * The runner's side, for a person at a terminal: no workflow command reaches it. Errors, warnings and notices are
 * plain lines ("error: …"), a group's title a heading, debug lines and the stopping of commands nothing. As on a
 * runner, a value once masked is shown as ***. Outputs and the summary are kept for the end of the run. With --json,
 * everything goes to standard error, and standard output holds the one document.
 */
function terminal(stream: NodeJS.WriteStream): Sink & { outputs: Map<string, string>; markdown: string } {
  const secrets: string[] = []
  const show = (text: string) => void stream.write(secrets.reduce((t, secret) => t.split(secret).join('***'), text))
  const sink = {
    outputs: new Map<string, string>(),
    markdown: '',
    write(text: string) {
      // A child may print ::add-mask:: itself (twine's token never does, but the action's own lines come here too).
      const shown = text.replace(/^::add-mask::(.*)(\r?\n|$)/gm, (_line, escaped: string) => {
        mask(unescapeData(escaped))
        return ''
      })
      show(shown)
    },
    command(name: Command, message: string) {
      if (name === 'add-mask') return mask(message)
      if (name === 'error') show(`${styled(['bold', 'red'], 'error:', stream)} ${message}\n`)
      else if (name === 'warning') show(`${styled(['bold', 'yellow'], 'warning:', stream)} ${message}\n`)
      else if (name === 'notice') show(`${styled('cyan', 'notice:', stream)} ${message}\n`)
      else if (name === 'group') show(`${styled('bold', message, stream)}\n`)
    },
    output(name: string, value: string) {
      sink.outputs.set(name, value)
    },
    async summary(markdown: string) {
      sink.markdown += markdown
    },
    state() {
      // No post step on the command line: a killed run leaves its staged files, as git status shows.
    }
  }
  function mask(secret: string): void {
    if (secret) secrets.push(secret, ...secret.split(/\r?\n/).filter(line => line.length > 0 && line !== secret))
  }
  return sink
}

/** The event a push of `ref` would be (cleanup: the deletion of the branch), from git. */
async function eventFromGit(git: Git, command: string, resolved: ResolvedRef): Promise<ReleaseEvent> {
  const repository = repositoryFrom(await git.remoteUrl()) ?? ''
  const deletedBranch = command === 'cleanup' ? resolved.ref.replace(/^refs\/heads\//, '') : undefined
  return {
    name: deletedBranch ? 'delete' : 'push',
    // A delete event runs on the default branch, and names the deleted one in its payload.
    ref: deletedBranch ? 'refs/heads/main' : resolved.ref,
    sha: resolved.sha ?? (await git.resolveCommit('HEAD')) ?? '',
    repository,
    fork: false,
    deleted: false,
    repositoryUrl: repository ? `https://github.com/${repository}` : '',
    deletedBranch
  }
}

/** Where the run stands: the work tree's root, and the project in the directory the person stands in. */
async function whereToRun(cwd: string): Promise<{ root: string; project?: string } | string> {
  const root = await new Git(cwd).topLevel()
  if (!root) return `${cwd} is not inside a git repository: run dev-release in a clone of the project.`
  const below = relative(root, cwd)
  return { root, project: below && findProject(cwd) ? below : undefined }
}

async function main(): Promise<number> {
  const specs = actionInputs()
  let invocation
  try {
    invocation = parseCommandLine(
      program(specs, ownVersion(), {
        out: text => void process.stdout.write(text),
        err: text => void process.stderr.write(text),
        width: process.stdout.columns
      }),
      process.argv.slice(2)
    )
  } catch (error) {
    if (!(error instanceof UsageExit)) throw error
    if (error.code !== 0 && error.message.startsWith('--')) process.stderr.write(`error: ${error.message}\n`)
    return error.code
  }
  const { command, options } = invocation
  const json = options.json === 'true'
  const log = json ? process.stderr : process.stdout
  const say = (line: string) => void log.write(`${line}\n`)

  const where = await whereToRun(process.cwd())
  if (typeof where === 'string') {
    process.stderr.write(`error: ${where}\n`)
    return 2
  }
  const cwd = where.root
  if (cwd !== process.cwd()) {
    const project = where.project && !options['python-project'] ? where.project : undefined
    if (project) options['python-project'] = project
    say(
      `Note: running at the project's root, ${cwd}${project ? `, for the Python project in ${project} (--python-project)` : ''}.`
    )
  }
  const git = new Git(cwd)
  // setuptools_scm versions a changed work tree .dev0+d<date>, and what would be built is not the commit.
  const changed = command === 'cleanup' || command === 'verify' ? [] : await git.changedFiles().catch(() => [])
  if (changed.length) {
    const list = changed.slice(0, 5).join(', ') + (changed.length > 5 ? ', …' : '')
    if (command === 'release') {
      process.stderr.write(
        `The work tree has uncommitted changes (${list}): a release publishes a commit. Commit or stash them first.\n`
      )
      return 1
    }
    say(
      `Note: the work tree has uncommitted changes (${list}); the plan is for the commit, and "release" refuses until they are committed.`
    )
  }
  let resolved: ResolvedRef
  try {
    resolved = await resolveRef(git, command, options.ref, options.sha)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`error: ${error.message}\n`)
    return 2
  }
  if (resolved.note) say(`Note: ${resolved.note}`)
  const event = await eventFromGit(git, command, resolved)
  // The image is named after the repository unless given; without a GitHub origin there is no name to take. A project
  // without a Dockerfile (and nothing asking for an image) releases its package alone, and needs no name.
  const imageWanted =
    !!options['publish-docker'] ||
    !!options.file ||
    !!options.context ||
    !!options.images ||
    DOCKERFILE_PLACES.some(place => existsSync(join(cwd, place.dockerfile)))
  if (
    !event.repository &&
    !options.image &&
    !/^false$/i.test(options['publish-docker'] ?? '') &&
    imageWanted &&
    command !== 'cleanup'
  ) {
    const origin = await git.remoteUrl()
    process.stderr.write(
      `error: the image name is not given, and ${origin ? `origin (${origin}) is no GitHub repository's URL` : 'the repository has no origin'} to take owner/name from: give --image (like --image ghcr.io/acme/widget), or --publish-docker false for the package alone.\n`
    )
    return 2
  }
  // No origin to name an image after, and no Dockerfile: the package alone, said so (the action's own notice needs an
  // image name to get that far).
  const packageAlone = !event.repository && !options.image && !imageWanted && command !== 'cleanup'
  if (packageAlone)
    say(
      `Note: no Dockerfile at ${DOCKERFILE_PLACES.map(p => p.dockerfile).join(' or ')}, and no --image: the Python package alone is planned.`
    )
  // Options are the inputs; secrets come from the environment; plan is a dry run.
  const input = (name: string): string => {
    if (name === 'publish-docker' && packageAlone) return 'false'
    if (SECRET_ENV[name]) return (process.env[SECRET_ENV[name]] ?? '').trim()
    if (name === 'dry-run' && command === 'plan') return 'true'
    // verify reads with the login a release pushes with: from the environment, like the password.
    if (name === 'registry-username' && !options[name]) return (process.env.DEV_RELEASE_REGISTRY_USERNAME ?? '').trim()
    return (options[name] ?? '').trim() // --ref, --sha, --json are no inputs: the action never asks for them
  }
  const sink = terminal(log)
  useSink(sink)
  const dryRun = command === 'plan' || /^true$/i.test(options['dry-run'] ?? '')
  const result = await mainStep(() => ({
    event,
    input,
    workspace: cwd,
    temp: mkdtempSync(join(tmpdir(), 'dev-release-cli-')),
    verify: command === 'verify',
    commandLine: true,
    rebuild: command === 'verify' && options.rebuild === 'true'
  }))
  // The plan was printed as the run went; the summary adds what a release did (and a failure's account).
  if (sink.markdown && !(dryRun && result.ok)) sink.write('\n' + summaryAsText(sink.markdown))
  if (json) {
    const outputs = Object.fromEntries(sink.outputs)
    process.stdout.write(
      `${JSON.stringify({ command, ok: result.ok, error: result.error, plan: result.plan, outputs }, null, 2)}\n`
    )
  } else {
    sink.write(
      `\nOutputs:\n${[...sink.outputs].map(([name, value]) => `  ${name}: ${value.split('\n').join(' ')}\n`).join('')}`
    )
  }
  // A failed run ends with its reason: the last lines a person reads say why.
  if (result.error) log.write(`\ndev-release ${command} failed: ${result.error}\n`)
  return result.ok ? 0 : 1
}

main().then(
  code => process.exit(code),
  error => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
)
