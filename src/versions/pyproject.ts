// What a Python project's files say about its name, its build backend and
// where its version comes from. Pure: the texts are read elsewhere.
import { parse } from 'smol-toml'
import { readUseScmVersion, setupPyVersion } from './setup-py.js'

export type Backend = 'setuptools' | 'hatchling' | 'flit' | 'poetry' | 'pdm' | 'other'

export interface ProjectFiles {
  /** The text of pyproject.toml, when there is one. */
  pyproject?: string
  /** The text of setup.py, when there is one. */
  setupPy?: string
  /** The text of setup.cfg, when there is one. */
  setupCfg?: string
}

export interface ProjectInfo {
  /** `[project] name`. */
  name?: string
  /** `[project] version`, when the version is written into the file. */
  staticVersion?: string
  /** A version the build takes from the project's files, not from git: where it is written, and what it is. */
  fixedVersion?: { where: string; version: string }
  /** `[project] description`. */
  description?: string
  /** `[project] license`: an SPDX expression, or the text of `{ text = … }`. */
  license?: string
  backend: Backend
  /** `[build-system] requires`, as written. */
  requires: string[]
  /** The parsed pyproject.toml (empty without one). */
  toml: Table
}

export type Table = Record<string, unknown>

/** Parse pyproject.toml; throws an Error naming the line when the TOML is broken. */
export function readProjectInfo(files: ProjectFiles): ProjectInfo {
  const toml = files.pyproject === undefined ? {} : (parse(files.pyproject) as Table)
  const project = table(toml.project)
  const buildSystem = table(toml['build-system'])
  const requires = Array.isArray(buildSystem.requires) ? buildSystem.requires.map(String) : []
  const backendName = typeof buildSystem['build-backend'] === 'string' ? buildSystem['build-backend'] : ''
  const info: ProjectInfo = {
    name: typeof project.name === 'string' ? project.name : undefined,
    staticVersion: typeof project.version === 'string' ? project.version : undefined,
    description: typeof project.description === 'string' ? project.description : undefined,
    license:
      typeof project.license === 'string'
        ? project.license
        : typeof table(project.license).text === 'string'
          ? String(table(project.license).text)
          : undefined,
    backend: backendOf(backendName, files.pyproject === undefined && files.setupPy !== undefined),
    requires,
    toml
  }
  info.fixedVersion = fixedVersion(info, backendName, files)
  return info
}

/**
 * The version a build takes from the files: `[project] version` without "version" in `dynamic`, plain
 * poetry-core's `[tool.poetry] version`, or setup.cfg's or setup.py's literal `version` where nothing brings
 * setuptools_scm in (where it does, it sets the version over them).
 */
function fixedVersion(info: ProjectInfo, backendName: string, files: ProjectFiles): ProjectInfo['fixedVersion'] {
  const project = table(info.toml.project)
  const dynamic = Array.isArray(project.dynamic) ? project.dynamic.map(String) : []
  if (info.staticVersion !== undefined && !dynamic.includes('version'))
    return { where: 'pyproject.toml [project] version', version: info.staticVersion }
  const poetryVersion = table(table(info.toml.tool).poetry).version
  if (
    /^poetry\.(core\.)?masonry\b/.test(backendName) &&
    typeof poetryVersion === 'string' &&
    info.staticVersion === undefined
  )
    return { where: 'pyproject.toml [tool.poetry] version', version: poetryVersion }
  const tool = table(info.toml.tool)
  const scm =
    info.requires.some(r => ['setuptools-scm', 'vcs-versioning'].includes(requirementName(r))) ||
    tool.setuptools_scm !== undefined ||
    tool['vcs-versioning'] !== undefined ||
    (files.setupPy !== undefined && !['absent', 'off'].includes(readUseScmVersion(files.setupPy).kind)) ||
    (files.setupCfg !== undefined &&
      /^\s*(setup_requires|use_scm_version)\b[^\n]*(\n[ \t]+[^\n]*)*setuptools[-_]scm/im.test(files.setupCfg))
  if (info.backend !== 'setuptools' || scm) return undefined
  const cfg = files.setupCfg && setupCfgVersion(files.setupCfg)
  if (cfg) return { where: 'setup.cfg [metadata] version', version: cfg }
  const py = files.setupPy && setupPyVersion(files.setupPy)
  if (py) return { where: 'setup.py version=', version: py }
  return undefined
}

/** setup.cfg's `[metadata] version = 1.2.3` (not `attr:` or `file:`, which read other files). */
function setupCfgVersion(text: string): string | undefined {
  let section = ''
  for (const line of text.split(/\r?\n/)) {
    const header = /^\s*\[([^\]]+)\]/.exec(line)
    if (header) section = header[1].trim()
    const m = section === 'metadata' && /^version\s*[=:]\s*(.+?)\s*$/.exec(line)
    if (m && !/^(attr|file):/.test(m[1])) return m[1]
  }
  return undefined
}

function backendOf(name: string, setupPyOnly: boolean): Backend {
  if (name === '' || setupPyOnly) return 'setuptools' // PEP 517's fallback
  if (name.startsWith('setuptools')) return 'setuptools'
  if (name.startsWith('hatchling')) return 'hatchling'
  if (name.startsWith('flit_core') || name.startsWith('flit_scm') || name.startsWith('flit.')) return 'flit'
  if (name.startsWith('poetry')) return 'poetry'
  if (name.startsWith('pdm')) return 'pdm'
  return 'other'
}

export function table(value: unknown): Table {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Table) : {}
}

/** A requirement's distribution name, normalized: `setuptools-scm[toml]>=8` → `setuptools-scm`. */
export function requirementName(requirement: string): string {
  return (/^\s*([A-Za-z0-9._-]+)/.exec(requirement)?.[1] ?? '').toLowerCase().replace(/[-_.]+/g, '-')
}

/** What to change so that the build takes its version from git, for this backend. */
export function versionAdvice(info: ProjectInfo): string {
  const requires = info.requires.map(requirementName)
  const fixed = info.fixedVersion
  if (fixed && !fixed.where.includes('[project]')) {
    return fixed.where.includes('poetry')
      ? `${fixed.where} = "${fixed.version}" is what the build writes: python -m build never runs Poetry plugins, so make build-backend "poetry_dynamic_versioning.backend" (with poetry-dynamic-versioning in build-system.requires), or switch to setuptools_scm.`
      : `${fixed.where} fixes ${fixed.version}: remove it and let setuptools_scm set the version (setuptools-scm in build-system.requires, use_scm_version=True in setup.py or a [tool.setuptools_scm] table).`
  }
  if (info.staticVersion !== undefined) {
    return `pyproject.toml fixes [project] version = "${info.staticVersion}": remove it, add "version" to [project] dynamic, and let ${
      info.backend === 'hatchling' ? 'hatch-vcs ([tool.hatch.version] source = "vcs")' : 'setuptools_scm'
    } compute it.`
  }
  switch (info.backend) {
    case 'flit':
      return requires.includes('flit-scm')
        ? 'flit_scm is in build-system.requires: make build-backend "flit_scm:buildapi", so that it sets the version.'
        : 'flit takes the version from the module\'s __version__: build with flit_scm instead (requires = ["flit_scm"], build-backend = "flit_scm:buildapi").'
    case 'poetry':
      return 'python -m build never runs Poetry plugins: add poetry-dynamic-versioning to build-system.requires and make build-backend "poetry_dynamic_versioning.backend", or switch to setuptools_scm.'
    case 'hatchling':
      return requires.includes('hatch-vcs')
        ? 'hatch-vcs is in build-system.requires: set [tool.hatch.version] source = "vcs" and list "version" in [project] dynamic.'
        : 'add hatch-vcs to build-system.requires and set [tool.hatch.version] source = "vcs", with "version" in [project] dynamic.'
    case 'pdm':
      return 'set [tool.pdm.version] source = "scm", with "version" in [project] dynamic.'
    case 'setuptools':
      return requires.includes('setuptools-scm')
        ? 'setuptools_scm is in build-system.requires: list "version" in [project] dynamic (or pass use_scm_version=True in setup.py), and remove any version = … from setup.py or setup.cfg.'
        : 'add setuptools_scm to build-system.requires, list "version" in [project] dynamic, and remove any fixed version from setup.py or setup.cfg.'
    default:
      return "make the build backend take its version from git (setuptools_scm, hatch-vcs, flit_scm or pdm's scm source)."
  }
}
