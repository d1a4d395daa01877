// The command line's grammar, on commander: four commands, each taking every input of action.yml as an option (the
// secrets excepted: they come from the environment), grouped in the help as people look for them, wrapped to the
// terminal's width, with "did you mean" for a mistyped option or command. Bad usage exits 2 (see README).
import { Command, CommanderError, Option } from 'commander'

export interface InputSpec {
  description: string
  default?: string
}

/** Secrets come from the environment only, never from the command line (where the process list shows them). */
export const SECRET_ENV: Record<string, string> = {
  'registry-password': 'DEV_RELEASE_REGISTRY_PASSWORD',
  'pypi-token': 'DEV_RELEASE_PYPI_TOKEN',
  'dev-pypi-token': 'DEV_RELEASE_DEV_PYPI_TOKEN',
  'registry-logins': 'DEV_RELEASE_REGISTRY_LOGINS',
  'github-token': 'DEV_RELEASE_GITHUB_TOKEN'
}

/** The help's groups of inputs, in order; an input of action.yml in none of them goes under "Other". */
export const OPTION_GROUPS: Record<string, string[]> = {
  'What is released': ['publish-pypi', 'publish-docker', 'skip-branches', 'pull-requests', 'dry-run', 'verify'],
  'Image: names, tags and build': [
    'image',
    'images',
    'registry-username',
    'platforms',
    'context',
    'file',
    'target',
    'pkg-dir',
    'build-args',
    'labels',
    'tags',
    'latest',
    'cache-from',
    'cache-to',
    'provenance',
    'attest-image',
    'binfmt-image',
    'buildkit-image'
  ],
  'Python package and index': [
    'python-project',
    'python',
    'python-build-args',
    'pypi-url',
    'dev-pypi-url',
    'attest-dists',
    'version-checks',
    'dev-number',
    'tag-prefix'
  ],
  'Jobs (one, or a build job and matrix)': ['mode', 'digests-dir', 'dists-dir'],
  'Branches and pull requests': ['cleanup', 'cleanup-on-close', 'comment'],
  Deadlines: ['request-timeout', 'upload-timeout', 'push-timeout', 'build-timeout']
}

/** The inputs that are switches: `--dry-run` alone means true, and the next word is never taken as its value. */
function isSwitch(name: string, spec: InputSpec): boolean {
  return spec.default === 'true' || spec.default === 'false' || name === 'publish-docker'
}

export const COMMANDS = {
  plan: 'show what a push of the current branch or tag would release (a dry run)',
  release: 'release it: build, push the image, upload the package',
  cleanup: 'remove the image tags a deleted branch got (--ref feature/x; --dry-run lists them)',
  verify:
    'read back what a ref published (--ref 1.2.3): every tag, platform, label and file against the registry and the index'
} as const
export type CommandName = keyof typeof COMMANDS

/** What the command line asked for. */
export interface Invocation {
  command: CommandName
  /** The inputs given, by their action.yml names, and the command line's own options (ref, sha, rebuild, json). */
  options: Record<string, string>
}

/** Bad usage: exit 2, with commander's message (which says "did you mean" where it can). */
export class UsageExit extends Error {
  constructor(
    message: string,
    readonly code: number
  ) {
    super(message)
  }
}

/**
 * The program for these inputs. `out` and `err` take commander's text (help, errors). Parsing resolves to the
 * invocation; help and --version end in a UsageExit with code 0.
 */
export function commandLine(
  inputs: Record<string, InputSpec>,
  version: string,
  io: { out: (text: string) => void; err: (text: string) => void; width?: number }
): Command {
  const program = new Command('dev-release')
    .description(
      'Every push becomes the right release of a Python package and its multi-platform Docker image: run the action here.'
    )
    .version(version, '-V, --version', 'the version of dev-release')
    .helpOption('-h, --help', 'this help')
    .showSuggestionAfterError()
    .configureOutput({ writeOut: io.out, writeErr: io.err, getOutHelpWidth: () => io.width ?? 100 })
    .exitOverride()
    .addHelpText(
      'after',
      `\nExit codes: 0 done (or nothing to do), 1 failed, 2 bad usage.\nSecrets come from the environment only: ${Object.values(SECRET_ENV).join(', ')}.\nRun dev-release <command> --help for its options.`
    )
  const grouped = new Map(Object.entries(OPTION_GROUPS).flatMap(([group, names]) => names.map(n => [n, group])))
  for (const [command, summary] of Object.entries(COMMANDS)) {
    const sub = program.command(command).description(summary).helpOption('-h, --help', 'this help')
    sub.optionsGroup('Where and what:')
    sub.addOption(
      new Option('--ref <ref>', 'the ref to plan: refs/heads/x, refs/tags/1.2.3 or a short name [the checkout]')
    )
    sub.addOption(new Option('--sha <commit>', "the commit (only with a ref the repository lacks) [the ref's]"))
    sub.addOption(new Option('--json', 'write the plan, or what was done, as one JSON document on standard output'))
    if (command === 'verify')
      sub.addOption(
        new Option('--rebuild', 'also build it again from a clone at the commit, without a cache, and compare')
      )
    // In the groups' order, each group's inputs in action.yml's.
    const order = Object.keys(OPTION_GROUPS)
    const rank = (name: string) => (grouped.has(name) ? order.indexOf(grouped.get(name)!) : order.length)
    const byGroup = Object.entries(inputs).sort(([a], [b]) => rank(a) - rank(b))
    for (const [name, spec] of byGroup) {
      if (SECRET_ENV[name]) continue
      const text = spec.description.replace(/\s+/g, ' ').trim()
      // The action applies its own defaults: the help says them, and an option not given is no input.
      const shown = spec.default !== undefined && spec.default !== '' ? ` [${spec.default}]` : ''
      const option = new Option(isSwitch(name, spec) ? `--${name} [value]` : `--${name} <value>`, `${text}${shown}`)
      option.helpGroup(`${grouped.get(name) ?? 'Other'}:`)
      sub.addOption(option)
    }
    // A secret as an option is refused after parsing, naming its variable.
    for (const name of Object.keys(SECRET_ENV)) sub.addOption(new Option(`--${name} [value]`).hideHelp())
    sub.action(() => undefined)
  }
  program.configureOutput({ ...program.configureOutput(), outputError: (text, write) => write(text) })
  return program
}

/** The invocation, or a UsageExit (help and --version: code 0; bad usage: code 2, the message already written). */
export function parseCommandLine(program: Command, argv: string[]): Invocation {
  try {
    program.parse(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof UsageExit) throw error
    if (error instanceof CommanderError) throw new UsageExit(error.message, error.exitCode === 0 ? 0 : 2)
    throw error
  }
  const sub = program.commands.find(c => c.name() === program.args[0])
  if (!sub) throw new UsageExit('no command', 2)
  const options: Record<string, string> = {}
  for (const [key, value] of Object.entries(sub.opts<Record<string, string | boolean>>())) {
    const name = sub.options.find(o => o.attributeName() === key)?.long?.slice(2) ?? key
    if (SECRET_ENV[name])
      throw new UsageExit(
        `--${name} is a secret: set ${SECRET_ENV[name]} in the environment instead, so that it stays out of the process list.`,
        2
      )
    options[name] = value === true ? 'true' : String(value)
  }
  return { command: sub.name() as CommandName, options }
}
