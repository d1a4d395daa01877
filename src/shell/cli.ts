#!/usr/bin/env node
// dev-release on the command line: a thin adapter that reads the event from git, the inputs from options and the
// environment, and calls the action's own run with a terminal for the runner. `plan` is a dry run; `release` publishes.
import { load } from 'js-yaml'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ReleaseEvent } from '../outside/event.js'
import { Git } from '../outside/git.js'
import { mainStep } from './main.js'
import { commandLine, unescapeData, useSink, type Command, type Sink } from '../outside/runner.js'
import { summaryAsText } from '../plan/summary.js'
import { resolveRef, UsageError, type ResolvedRef } from './cli-ref.js'
import { DOCKERFILE_PLACES } from './preflight.js'

interface InputSpec {
  description: string
  default?: string
}

/** Secrets come from the environment only, never from the command line. */
export const SECRET_ENV: Record<string, string> = {
  'registry-password': 'DEV_RELEASE_REGISTRY_PASSWORD',
  'pypi-token': 'DEV_RELEASE_PYPI_TOKEN',
  'dev-pypi-token': 'DEV_RELEASE_DEV_PYPI_TOKEN',
  'registry-logins': 'DEV_RELEASE_REGISTRY_LOGINS',
  'github-token': 'DEV_RELEASE_GITHUB_TOKEN'
}

function actionInputs(): Record<string, InputSpec> {
  // The bundle sits in dist/cli/, two levels below the action's own action.yml. The name is
  // put together at run time so that the bundler does not mistake the file for an asset of its own.
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', '..', ['action', 'yml'].join('.'))
  return (load(readFileSync(file, 'utf8')) as { inputs: Record<string, InputSpec> }).inputs
}

function help(inputs: Record<string, InputSpec>): string {
  const lines = [
    'Usage: dev-release plan|release|cleanup|verify [--option value ...]',
    '',
    '  plan      show what a push of the current branch or tag would release (a dry run)',
    '  release   release it: build, push the image, upload the package',
    '  cleanup   remove the image tags a deleted branch got (--ref feature/x; --dry-run shows them)',
    '  verify    read back what the plan of a ref published (--ref refs/tags/1.2.3): every tag, platform, label and',
    '            file against the registry and the index; exit 0 when all hold (registry login: DEV_RELEASE_REGISTRY_USERNAME',
    '            and DEV_RELEASE_REGISTRY_PASSWORD); --rebuild also builds it again from a clone at the commit, without any',
    '            cache, into a registry of its own on loopback, and compares every file and platform image',
    '',
    'The ref and commit come from git (override with --ref refs/heads/x and --sha <commit>).',
    "Options (the action's inputs; default in brackets):"
  ]
  for (const [name, spec] of Object.entries(inputs)) {
    if (SECRET_ENV[name]) continue
    const text = spec.description.replace(/\s+/g, ' ').trim()
    lines.push(
      `  --${name}${spec.default !== undefined && spec.default !== '' ? ` [${spec.default}]` : ''}`,
      `      ${text}`
    )
  }
  lines.push('', 'Secrets are read from the environment only:')
  for (const [name, variable] of Object.entries(SECRET_ENV)) lines.push(`  ${variable}  (the input ${name})`)
  return lines.join('\n')
}

export interface Parsed {
  command: string
  options: Record<string, string>
  errors: string[]
}

/** The command line's own options, beside the action's inputs. */
const OWN_OPTIONS = ['ref', 'sha', 'rebuild']

export function parseArgs(argv: string[], known: string[]): Parsed {
  const [command = '', ...rest] = argv
  const isOption = (name: string) => known.includes(name) || OWN_OPTIONS.includes(name) || !!SECRET_ENV[name]
  const options: Record<string, string> = {}
  const errors: string[] = []
  for (let i = 0; i < rest.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(rest[i])
    if (!m) {
      errors.push(`Unexpected argument "${rest[i]}".`)
      continue
    }
    const name = m[1]
    if (SECRET_ENV[name]) {
      errors.push(
        `--${name} is a secret: set ${SECRET_ENV[name]} in the environment instead, so that it stays out of the process list.`
      )
      continue
    }
    if (!isOption(name)) {
      errors.push(`Unknown option --${name}; see dev-release --help.`)
      continue
    }
    // The next word is the value, even one that starts with -- (--python-build-args --no-isolation), unless it is
    // another of dev-release's own options: then this one is a flag, like --dry-run.
    const next = rest[i + 1]
    const nextIsOption = next !== undefined && /^--([a-z-]+)(=|$)/.test(next) && isOption(next.slice(2).split('=')[0])
    if (m[2] !== undefined) options[name] = m[2]
    else if (next !== undefined && !nextIsOption) options[name] = rest[++i]
    else options[name] = 'true'
  }
  return { command, options, errors }
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

/**
 * The runner's side, for a terminal: on a runner, `::add-mask::` commands never reach the log (the runner takes them
 * and masks the values from then on); here the same happens, so that a secret is neither shown nor echoed. Outputs
 * and the summary are kept for the end of the run.
 */
function terminal(): Sink & { outputs: Map<string, string>; markdown: string } {
  const secrets: string[] = []
  const sink = {
    outputs: new Map<string, string>(),
    markdown: '',
    write(text: string) {
      const shown = text.replace(/^::add-mask::(.*)(\r?\n|$)/gm, (_line, escaped: string) => {
        // The command's message is escaped (% CR LF): the value to hide is the one it stands for.
        const secret = unescapeData(escaped)
        if (secret) secrets.push(secret, ...secret.split(/\r?\n/).filter(line => line.length > 0 && line !== secret))
        return ''
      })
      process.stdout.write(secrets.reduce((t, secret) => t.split(secret).join('***'), shown))
    },
    command(name: Command, message: string) {
      // The terminal shows what the runner shows by default: no debug lines, no switching of commands.
      if (name !== 'debug' && name !== 'stop-commands' && name !== 'resume-commands')
        sink.write(commandLine(name, message))
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

async function main(): Promise<number> {
  const specs = actionInputs()
  const { command, options, errors } = parseArgs(process.argv.slice(2), Object.keys(specs))
  if (command === '--help' || command === '-h' || command === 'help' || command === '') {
    process.stdout.write(help(specs) + '\n')
    return command === '' ? 2 : 0
  }
  if (!['plan', 'release', 'cleanup', 'verify'].includes(command))
    errors.unshift(`Unknown command "${command}"; use plan, release, cleanup or verify.`)
  if (options.rebuild !== undefined && command !== 'verify')
    errors.push('--rebuild goes with verify: dev-release verify --ref refs/tags/1.2.3 --rebuild.')
  if (errors.length) {
    process.stderr.write(errors.join('\n') + '\n')
    return 2
  }

  const cwd = process.cwd()
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
    process.stdout.write(
      `Note: the work tree has uncommitted changes (${list}); the plan is for the commit, and "release" refuses until they are committed.\n`
    )
  }
  let resolved: ResolvedRef
  try {
    resolved = await resolveRef(git, command, options.ref, options.sha)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`${error.message}\n`)
    return 2
  }
  if (resolved.note) process.stdout.write(`Note: ${resolved.note}\n`)
  const event = await eventFromGit(git, command, resolved)
  // The image is named after the repository unless given; without a GitHub origin there is no name to take. A project
  // without a Dockerfile (and nothing asking for an image) releases its package alone, and needs no name.
  const imageWanted =
    !!options['publish-docker'] ||
    !!options.dockerfile ||
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
      `The image name is not given, and ${origin ? `origin (${origin}) is no GitHub repository's URL` : 'the repository has no origin'} to take owner/name from: give --image (like --image ghcr.io/acme/widget), or --publish-docker false for the package alone.\n`
    )
    return 2
  }
  // No origin to name an image after, and no Dockerfile: the package alone, said so (the action's own notice needs an
  // image name to get that far).
  const packageAlone = !event.repository && !options.image && !imageWanted && command !== 'cleanup'
  if (packageAlone)
    process.stdout.write(
      `Note: no Dockerfile at ${DOCKERFILE_PLACES.map(p => p.dockerfile).join(' or ')}, and no --image: the Python package alone is planned.\n`
    )
  // Options are the inputs; secrets come from the environment; plan is a dry run.
  const input = (name: string): string => {
    if (name === 'publish-docker' && packageAlone) return 'false'
    if (SECRET_ENV[name]) return (process.env[SECRET_ENV[name]] ?? '').trim()
    if (name === 'dry-run' && command === 'plan') return 'true'
    // verify reads with the login a release pushes with: from the environment, like the password.
    if (name === 'registry-username' && !options[name]) return (process.env.DEV_RELEASE_REGISTRY_USERNAME ?? '').trim()
    return (options[name] ?? '').trim() // --ref and --sha are no inputs: the action never asks for them
  }
  const sink = terminal()
  useSink(sink)
  const result = await mainStep(() => ({
    event,
    input,
    workspace: cwd,
    temp: mkdtempSync(join(tmpdir(), 'dev-release-cli-')),
    verify: command === 'verify',
    commandLine: true,
    rebuild: command === 'verify' && /^(true|)$/i.test(options.rebuild ?? 'false')
  }))
  if (sink.markdown) sink.write('\n' + summaryAsText(sink.markdown))
  sink.write(
    `\nOutputs:\n${[...sink.outputs].map(([name, value]) => `  ${name}: ${value.split('\n').join(' ')}\n`).join('')}`
  )
  // A failed run ends with its reason: the last lines a person reads say why.
  if (result.error) sink.write(`\ndev-release ${command} failed: ${result.error}\n`)
  return result.ok ? 0 : 1
}

main().then(
  code => process.exit(code),
  error => {
    process.stderr.write(`dev-release: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
)
