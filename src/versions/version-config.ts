// The project's own version configuration: [tool.setuptools_scm], hatch-vcs's
// [tool.hatch.version], and setuptools_scm's environment variables. Everything
// that changes the version is honoured exactly or refused with the setting's name.
import { parse } from 'smol-toml'
import { normalizeVersion } from './pep440.js'
import { configSource, NO_EFFECT, type ConfigTool } from './config-sources.js'
import { table, type ProjectInfo, type Table } from './pyproject.js'
import { compileTagRegex, DEFAULT_TAG_REGEX, type TagRegex } from './tag-regex.js'
import { SCHEMES, type SchemeName } from './version-schemes.js'
import { splitArgs } from './words.js'

/** What `git describe` is asked, from git_describe_command. */
export interface DescribeOptions {
  match: string[]
  exclude: string[]
  /** --tags: lightweight tags count too (without it, annotated ones only). */
  tags: boolean
  firstParent: boolean
}

export const DEFAULT_DESCRIBE: DescribeOptions = { match: ['*[0-9]*'], exclude: [], tags: true, firstParent: false }

export interface VersionConfig {
  /** Whose table: setuptools_scm's (configured or not), vcs-versioning's or hatch-vcs's raw-options. */
  tool: ConfigTool
  scheme: SchemeName
  tagRegex: TagRegex
  describe: DescribeOptions
  normalize: boolean
  /** The lowest setuptools_scm major the project's build-system.requires allows (`setuptools_scm>=9` → 9), if it says. */
  major?: number
  /** setuptools-scm 10's tag.prefix: only tags starting with it, and stripped before tag.regex reads them. */
  tagPrefix: string
  /** A version given by SETUPTOOLS_SCM_PRETEND_VERSION(_FOR_<NAME>). */
  pretend?: { variable: string; version: string }
  /** The settings that differ from setuptools_scm's defaults, as a person reads them. */
  settings: string[]
  /** Where setuptools_scm looks for the repository, relative to python-project, and whether it searches upwards. */
  root: string
  searchParents: boolean
}

export interface ConfigReading {
  config: VersionConfig
  /** Settings that cannot be computed exactly: each names the setting, what is supported and how to go on. */
  problems: string[]
  notices: string[]
  /** Settings that are there but not read, as the build does not read them. */
  warnings: string[]
}

/** Environment variables, as process.env holds them (the pretend-version variables are read from them). */
export type EnvVariables = Record<string, string | undefined>

const HONOURED = ['version_scheme', 'tag_regex', 'git_describe_command', 'normalize', 'tag', 'scm']
/** setuptools-scm 10's names for two schemes (vcs-versioning 2), and what they are in setuptools_scm 8 and 9. */
const SCHEME_ALIASES: Record<string, SchemeName> = {
  'semver-pep440': 'python-simplified-semver',
  'semver-pep440-release-branch': 'release-branch-semver'
}
/** scm.git.pre_parse values: what happens to a shallow clone or missing submodules, never the version itself. */
const PRE_PARSE = ['warn_on_shallow', 'fail_on_shallow', 'fetch_on_shallow', 'fail_on_missing_submodules']
const KNOWN_VERSION_CLASSES = ['packaging.version.Version', 'setuptools_scm.version.PkgVersion']
const SUPPORTED =
  `The action computes versions with setuptools_scm's built-in schemes (${SCHEMES.join(', ')}), tag_regex, ` +
  'git_describe_command (git describe with --tags, --match, --exclude, --first-parent, --long, --dirty, --abbrev), normalize and the SETUPTOOLS_SCM_* variables'

/** Read the version configuration from the project's parsed files and the environment. */
export function readVersionConfig(
  info: ProjectInfo | undefined,
  setupPy: string | undefined,
  env: EnvVariables
): ConfigReading {
  const source = configSource(info, setupPy)
  const { where, section } = source
  const problems = source.problems.map(p => (p.startsWith('[tool.hatch.version]') ? `${p} ${SUPPORTED}.` : p))
  const notices = [...source.notices]
  const warnings = [...source.warnings]
  const toml = info?.toml ?? {}
  const tool = table(toml.tool)
  const isHatchVcs = source.tool === 'hatch-vcs'
  const distName = (typeof section.dist_name === 'string' ? section.dist_name : undefined) ?? info?.name

  // Configuration.from_file merges SETUPTOOLS_SCM_OVERRIDES(_FOR_<NAME>) over the section.
  if (!isHatchVcs) {
    const overrides = namedEnv(env, source.envPrefixes, 'OVERRIDES', distName)
    if (overrides) {
      try {
        const data = overrides.value.trimStart().startsWith('{')
          ? table(parse(`x = ${overrides.value}`).x)
          : (parse(overrides.value) as Table)
        Object.assign(section, data)
        notices.push(`${overrides.variable} changes the version settings: ${Object.keys(data).join(', ')}.`)
      } catch (error) {
        problems.push(
          `${overrides.variable} is not TOML (${(error as Error).message.split('\n')[0]}); give a table such as {version_scheme = "post-release"}.`
        )
      }
    }
  }

  const settings: string[] = []
  for (const [key, value] of Object.entries(section)) {
    if (HONOURED.includes(key) || NO_EFFECT.includes(key)) continue
    if (key === 'version_cls' && typeof value === 'string' && KNOWN_VERSION_CLASSES.includes(value)) continue
    const why =
      key === 'parse'
        ? 'a custom parse function cannot be computed by the action'
        : key === 'version_cls'
          ? 'a custom version class cannot be computed by the action'
          : 'setuptools_scm does not know this setting either (a typo?)'
    problems.push(`${where} ${key}: ${why}. ${SUPPORTED}; remove the setting, or release with your own workflow.`)
  }

  let scheme: SchemeName = 'guess-next-dev'
  const rawScheme = section.version_scheme
  if (rawScheme !== undefined) {
    // A list is tried in order until a scheme answers; the built-in schemes always answer.
    const first = Array.isArray(rawScheme) ? rawScheme[0] : rawScheme
    const known = typeof first === 'string' ? (SCHEME_ALIASES[first] ?? first) : undefined
    if (known !== undefined && (SCHEMES as readonly string[]).includes(known)) {
      scheme = known as SchemeName
      if (scheme !== 'guess-next-dev') settings.push(`version_scheme ${String(first)}`)
    } else if (first === 'towncrier-fragments') {
      problems.push(
        `${where} version_scheme = "towncrier-fragments": setuptools-scm 10 bumps by the changelog fragments in the work tree, which the action does not read. Use another scheme (guess-next-dev, semver-pep440, …), or release with your own workflow.`
      )
    } else {
      problems.push(
        `${where} version_scheme = ${JSON.stringify(rawScheme)}: only setuptools_scm's built-in schemes can be computed exactly (${SCHEMES.join(', ')}). Use one of them, or release with your own workflow.`
      )
    }
  }

  const local = section.local_scheme
  if (local !== undefined && local !== 'no-local-version' && local !== 'no-local-version-strict') {
    notices.push(
      `${where} local_scheme = ${JSON.stringify(local)}: a package index refuses local versions (+…), so the action always drops the local part.`
    )
  }

  let normalize = true
  if (section.normalize !== undefined) {
    if (typeof section.normalize !== 'boolean')
      problems.push(`${where} normalize = ${JSON.stringify(section.normalize)}: use true or false.`)
    else if (!section.normalize) {
      normalize = false
      settings.push('normalize false')
    }
  }

  // setuptools-scm 10 (vcs-versioning 2): [tool.setuptools_scm.tag] prefix, strict, regex and
  // [tool.setuptools_scm.scm.git] describe_command, pre_parse; the old top-level names are its deprecated aliases.
  const tag = tableSetting(section.tag, `${where} tag`, ['prefix', 'strict', 'regex'], problems)
  const git = tableSetting(
    tableSetting(section.scm, `${where} scm`, ['git'], problems).git,
    `${where} scm.git`,
    ['describe_command', 'pre_parse'],
    problems
  )
  if (git.pre_parse !== undefined && !PRE_PARSE.includes(String(git.pre_parse)))
    problems.push(`${where} scm.git.pre_parse = ${JSON.stringify(git.pre_parse)}: use one of ${PRE_PARSE.join(', ')}.`)

  const regexSetting = either(section, 'tag_regex', tag, 'tag.regex', where, problems)
  let tagRegex = compileTagRegex(DEFAULT_TAG_REGEX)
  if (regexSetting && regexSetting.value !== '') {
    if (typeof regexSetting.value !== 'string') {
      problems.push(`${where} ${regexSetting.name} must be a string.`)
    } else {
      try {
        tagRegex = compileTagRegex(regexSetting.value)
        settings.push(`${regexSetting.name} ${regexSetting.value}`)
      } catch (error) {
        problems.push(
          `${where} ${regexSetting.name}: ${(error as Error).message}. Write it with plain groups, classes and quantifiers, and name the version's group (?P<version>…).`
        )
      }
    }
  }

  let tagPrefix = ''
  if (tag.prefix !== undefined) {
    if (typeof tag.prefix !== 'string') problems.push(`${where} tag.prefix must be a string.`)
    else if (tag.prefix) {
      tagPrefix = tag.prefix
      settings.push(`tag.prefix ${tag.prefix}`)
    }
  }
  let strict = false
  if (tag.strict !== undefined) {
    if (typeof tag.strict !== 'boolean')
      problems.push(`${where} tag.strict = ${JSON.stringify(tag.strict)}: use true or false.`)
    else if (tag.strict) {
      strict = true
      settings.push('tag.strict true')
    }
  }

  // vcs-versioning's describe_match_glob: the prefix, then a digit (strict: a digit, a dot, a digit).
  let describe: DescribeOptions =
    tagPrefix || strict
      ? { ...DEFAULT_DESCRIBE, match: [`${tagPrefix}${strict ? '*[0-9]*.*[0-9]*' : '*[0-9]*'}`] }
      : DEFAULT_DESCRIBE
  const describeSetting = either(section, 'git_describe_command', git, 'scm.git.describe_command', where, problems)
  if (describeSetting) {
    // An explicit command brings its own --match: tag.strict has no effect then, tag.prefix is still stripped.
    const parsed = parseDescribeCommand(describeSetting.value)
    if (typeof parsed === 'string') {
      problems.push(`${where} ${describeSetting.name}: ${parsed}. ${SUPPORTED}.`)
    } else {
      describe = parsed
      const text = Array.isArray(describeSetting.value)
        ? describeSetting.value.join(' ')
        : String(describeSetting.value)
      settings.push(`${describeSetting.name} ${text}`)
    }
  }

  const pretendVar = namedEnv(env, source.envPrefixes, 'PRETEND_VERSION', distName)
  let pretend: VersionConfig['pretend']
  if (pretendVar) {
    const version = normalizeVersion(pretendVar.value)
    if (!version)
      problems.push(
        `${pretendVar.variable} is "${pretendVar.value}", which is not a PEP 440 version; unset it or give a version.`
      )
    else {
      pretend = { variable: pretendVar.variable, version: pretendVar.value }
      settings.push(`${pretendVar.variable}=${pretendVar.value}`)
    }
  }

  if (table(tool['poetry-dynamic-versioning']).enable === true) {
    notices.push(
      "[tool.poetry-dynamic-versioning] is enabled: the action versions by setuptools_scm's rules (guess-next-dev) and pins that version for the build, not by poetry-dynamic-versioning's own settings."
    )
  }
  if (table(table(tool.pdm).version).source === 'scm') {
    notices.push(
      '[tool.pdm.version] source = "scm": the action versions by setuptools_scm\'s rules and pins that version for the build (PDM_BUILD_SCM_VERSION).'
    )
  }

  // Which setuptools_scm builds the project: the lower bound of its requirement. 8 and 9 compute the same versions
  // once the local part is dropped (which the action always does); the plan names the major all the same.
  const requires = table(toml['build-system']).requires
  const requirement = (Array.isArray(requires) ? requires : [])
    .map(String)
    .find(r => /^\s*setuptools[-_.]scm\b/i.test(r))
  const lower = requirement && /(?:>=|==|~=)\s*(\d+)/.exec(requirement)
  const major = lower ? Number(lower[1]) : undefined
  const root = typeof section.root === 'string' ? section.root : '.'
  const searchParents = section.search_parent_directories === true
  return {
    config: {
      tool: source.tool,
      scheme,
      tagRegex,
      describe,
      normalize,
      major,
      tagPrefix,
      pretend,
      settings,
      root,
      searchParents
    },
    problems,
    notices,
    warnings
  }
}

/** A table setting (tag, scm, scm.git), with any key it does not know refused by name. */
function tableSetting(value: unknown, name: string, keys: string[], problems: string[]): Table {
  if (value === undefined) return {}
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${name} must be a table (${keys.join(', ')}).`)
    return {}
  }
  const t = value as Table
  for (const key of Object.keys(t).filter(k => !keys.includes(k)))
    problems.push(`${name}.${key}: setuptools-scm 10 has no such setting (it knows ${keys.join(', ')}); remove it.`)
  return t
}

/** One setting under its old or its new name; both at once is refused, as setuptools-scm 10 refuses it. */
function either(
  old: Table,
  oldName: string,
  table: Table,
  newName: string,
  where: string,
  problems: string[]
): { name: string; value: unknown } | undefined {
  if (old[oldName] !== undefined && table[newName.split('.').pop()!] !== undefined) {
    problems.push(`${where} sets both ${oldName} and ${newName}; keep ${newName} (${oldName} is its deprecated name).`)
    return undefined
  }
  if (old[oldName] !== undefined) return { name: oldName, value: old[oldName] }
  const value = table[newName.split('.').pop()!]
  return value === undefined ? undefined : { name: newName, value }
}

/** setuptools_scm's read_named_env, for each prefix in turn: the _FOR_<NAME> variable first, then the plain one. */
function namedEnv(
  env: EnvVariables,
  prefixes: string[],
  name: string,
  distName: string | undefined
): { variable: string; value: string } | undefined {
  for (const prefix of prefixes) {
    if (distName) {
      const variable = `${prefix}_${name}_FOR_${distName
        .replace(/[-_.]+/g, '-')
        .replace(/-/g, '_')
        .toUpperCase()}`
      if (env[variable] !== undefined) return { variable, value: env[variable]! }
    }
    const variable = `${prefix}_${name}`
    if (env[variable]) return { variable, value: env[variable]! }
  }
  return undefined
}

/** The git describe options of a git_describe_command, or what cannot be honoured in it. */
export function parseDescribeCommand(command: unknown): DescribeOptions | string {
  const words = Array.isArray(command)
    ? command.map(String)
    : typeof command === 'string'
      ? splitArgs(command)
      : undefined
  if (!words) return `${JSON.stringify(command)} is neither a command line nor a list of words`
  if (words[0] !== 'git' || words[1] !== 'describe') return `"${words.join(' ')}" is not a git describe command`
  const options: DescribeOptions = { match: [], exclude: [], tags: false, firstParent: false }
  for (let i = 2; i < words.length; i++) {
    const word = words[i]
    const valued = /^--(match|exclude)(?:=(.*))?$/s.exec(word)
    if (valued) {
      const value = valued[2] ?? words[++i]
      if (value === undefined) return `${word} needs a pattern`
      options[valued[1] as 'match' | 'exclude'].push(value)
    } else if (word === '--tags') options.tags = true
    else if (word === '--first-parent') options.firstParent = true
    else if (word === '--long' || /^--dirty(=.*)?$/.test(word) || /^--abbrev(=\d+)?$/.test(word)) continue
    else return `git describe's ${word} changes what setuptools_scm parses, and the action cannot honour it`
  }
  return options
}
