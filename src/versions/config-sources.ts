// Where a project's version settings are written, as the tool that builds it reads them: hatch-vcs's
// [tool.hatch.version], setuptools_scm's [tool.setuptools_scm] or vcs-versioning's [tool.vcs-versioning]
// (whichever the building tool reads first), with setup.py's use_scm_version={…} merged over it. Pure.
import { requirementName, table, type ProjectInfo, type Table } from './pyproject.js'
import { isCode, readUseScmVersion, type PyValue } from './setup-py.js'

export type ConfigTool = 'setuptools_scm' | 'hatch-vcs' | 'vcs-versioning'

export interface ConfigSource {
  tool: ConfigTool
  /** How messages name the table: `[tool.setuptools_scm]`. */
  where: string
  /** The settings, merged from every place that gives them. */
  section: Table
  /** The prefixes of the environment variables the tool reads, in order: SETUPTOOLS_SCM, then VCS_VERSIONING. */
  envPrefixes: string[]
  problems: string[]
  notices: string[]
  warnings: string[]
}

const HATCH_KEYS = ['source', 'tag-pattern', 'fallback-version', 'raw-options']
/** Keys that do not change a version computed from git (files to write, fallbacks for missing git metadata). */
export const NO_EFFECT = [
  'root',
  'relative_to',
  'write_to',
  'write_to_template',
  'version_file',
  'version_file_template',
  'fallback_version',
  'fallback_root',
  'parentdir_prefix_version',
  'dist_name',
  'search_parent_directories',
  'local_scheme',
  'write_to_source' // setuptools-scm 10: where version files go, not what the version is
]

/**
 * setup.py keys whose value may be code: those of NO_EFFECT whose value, whatever it is, leaves a version computed
 * from git as it is (where it is written, the local part, where the repository is: `__file__`, and what stands in
 * without git metadata, which a release never lacks). Not `dist_name` (it picks which SETUPTOOLS_SCM_*_FOR_<NAME>
 * applies) nor `search_parent_directories` (which repository): code there could change the version.
 */
const CODE_ALLOWED = NO_EFFECT.filter(key => !['dist_name', 'search_parent_directories'].includes(key))

/** The settings of the project, from where its building tool reads them. */
export function configSource(info: ProjectInfo | undefined, setupPy: string | undefined): ConfigSource {
  const toml = info?.toml ?? {}
  const tool = table(toml.tool)
  const hatchVersion = table(table(tool.hatch).version)
  const out: ConfigSource = {
    tool: 'setuptools_scm',
    where: '[tool.setuptools_scm]',
    section: {},
    envPrefixes: ['SETUPTOOLS_SCM'],
    problems: [],
    notices: [],
    warnings: []
  }
  if (hatchVersion.source === 'vcs') {
    out.tool = 'hatch-vcs'
    out.where = '[tool.hatch.version] raw-options'
    out.section = { ...table(hatchVersion['raw-options']) }
    for (const key of Object.keys(hatchVersion).filter(k => !HATCH_KEYS.includes(k)))
      out.problems.push(`[tool.hatch.version] ${key} is not a hatch-vcs setting; remove it.`)
    if (typeof hatchVersion['tag-pattern'] === 'string' && out.section.tag_regex === undefined)
      out.section.tag_regex = hatchVersion['tag-pattern']
    return out
  }
  pickTable(tool, info?.requires ?? [], out)
  if (setupPy !== undefined) mergeSetupPy(setupPy, out)
  return out
}

/**
 * setuptools-scm 10 reads [tool.setuptools_scm], else [tool.vcs-versioning]; vcs-versioning on its own reads its
 * table first. setuptools_scm 8 and 9 know only theirs: where the build requires one of them, the other table is
 * ignored, as the build ignores it, and a warning says so.
 */
function pickTable(tool: Table, requires: string[], out: ConfigSource): void {
  const scm = tool.setuptools_scm
  const vv = tool['vcs-versioning']
  if (vv === undefined) {
    out.section = { ...table(scm) }
    return
  }
  const names = requires.map(requirementName)
  const scmRequirement = requires.find(r => requirementName(r) === 'setuptools-scm')
  const below10 = scmRequirement !== undefined && upperMajor(scmRequirement) < 10
  if (below10) {
    out.section = { ...table(scm) }
    out.warnings.push(
      `[tool.vcs-versioning] is not read: build-system.requires has ${scmRequirement.trim()}, and only setuptools-scm 10 reads that table. ` +
        `The version follows ${scm === undefined ? "setuptools_scm's defaults" : '[tool.setuptools_scm]'}, as the build's does; move the settings to [tool.setuptools_scm] if they are meant.`
    )
    return
  }
  const vvFirst = names.includes('vcs-versioning') && !names.includes('setuptools-scm')
  if (scm !== undefined && !vvFirst) {
    out.section = { ...table(scm) }
    out.notices.push(
      '[tool.vcs-versioning] is not read: setuptools-scm reads [tool.setuptools_scm] first, and this project has both.'
    )
    return
  }
  out.tool = 'vcs-versioning'
  out.where = '[tool.vcs-versioning]'
  out.section = { ...table(vv) }
  out.envPrefixes = vvFirst ? ['VCS_VERSIONING'] : ['SETUPTOOLS_SCM', 'VCS_VERSIONING']
  if (scm !== undefined)
    out.notices.push(
      '[tool.setuptools_scm] is not read: vcs-versioning reads [tool.vcs-versioning] first, and this project has both.'
    )
}

/** The highest major a requirement allows (`setuptools_scm<10` → 9, `~=8.1` → 8); Infinity where it sets no cap. */
export function upperMajor(requirement: string): number {
  let cap = Infinity
  for (const m of requirement.matchAll(/(<=|<|==|~=)\s*(\d+)((?:\.\d+)*)/g)) {
    const [, op, major, rest] = m
    // `<10` and `<10.0` allow 9 at most; `<10.1`, `<=10`, `==10.*` and `~=10.2` allow 10.
    const belowMajor = op === '<' && /^(\.0)*$/.test(rest)
    cap = Math.min(cap, Number(major) - (belowMajor ? 1 : 0))
  }
  return cap
}

/** setuptools_scm merges use_scm_version={…} over the pyproject table: the keyword's keys win. */
function mergeSetupPy(text: string, out: ConfigSource): void {
  const given = readUseScmVersion(text)
  if (given.kind === 'code') {
    out.problems.push(
      `setup.py builds use_scm_version in code (use_scm_version=${short(given.code)}), which the action cannot read without running it. ` +
        'Write it as a literal dict, or move the settings to [tool.setuptools_scm] in pyproject.toml (setuptools_scm reads both).'
    )
    return
  }
  if (given.kind !== 'settings') return
  for (const [key, value] of Object.entries(given.settings)) {
    if (containsCode(value) && !CODE_ALLOWED.includes(key)) {
      out.problems.push(
        `setup.py passes ${key} in use_scm_version as Python code (${short(codeOf(value))}), which the action cannot compute. ` +
          `Give it a literal value, or move it to [tool.setuptools_scm] in pyproject.toml, so that the action computes the same version.`
      )
      continue
    }
    if (!containsCode(value)) out.section[key] = value
  }
  if (Object.keys(given.settings).length) out.where = `${out.where} with setup.py's use_scm_version`
}

function containsCode(value: PyValue): boolean {
  if (isCode(value)) return true
  if (Array.isArray(value)) return value.some(containsCode)
  if (value !== null && typeof value === 'object') return Object.values(value).some(containsCode)
  return false
}

function codeOf(value: PyValue): string {
  return isCode(value) ? value.code : JSON.stringify(value)
}

function short(code: string): string {
  const line = code.replace(/\s+/g, ' ')
  return line.length > 60 ? `${line.slice(0, 57)}…` : line
}
