// Reads the Python project's own files (pyproject.toml, setup.py) and what
// they say about versions, for the planner.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Versioning } from '../plan/plan.js'
import { readProjectInfo, versionAdvice, type ProjectFiles, type ProjectInfo } from '../versions/pyproject.js'
import { readVersionConfig, type EnvVariables } from '../versions/version-config.js'
import { tagRules } from '../versions/tag-rules.js'

function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

export function readProjectFiles(dir: string): ProjectFiles {
  return {
    pyproject: readIfThere(join(dir, 'pyproject.toml')),
    setupPy: readIfThere(join(dir, 'setup.py')),
    setupCfg: readIfThere(join(dir, 'setup.cfg'))
  }
}

export interface PythonProject {
  dir: string
  /** The distribution name from pyproject.toml's [project] table, when it has one. */
  name?: string
}

/** The Python project in `dir` (a pyproject.toml or a setup.py), or undefined where there is none. */
export function findProject(dir: string): PythonProject | undefined {
  const files = readProjectFiles(dir)
  if (files.pyproject === undefined && files.setupPy === undefined) return undefined
  let name: string | undefined
  try {
    name = readProjectInfo(files).name
  } catch {
    // Broken TOML is reported where the version settings are read; the build names it too.
  }
  return name === undefined ? { dir } : { dir, name }
}

export interface ProjectVersioning {
  versioning: Versioning
  info?: ProjectInfo
  /** Settings that cannot be honoured, each naming the setting and the fix. */
  problems: string[]
  notices: string[]
  warnings: string[]
}

/** The project's version configuration, and the tag rules that follow from it and the tag-prefix input. */
export function readVersioning(projectDir: string, tagPrefix: string, env: EnvVariables): ProjectVersioning {
  const files = readProjectFiles(projectDir)
  let info: ProjectInfo | undefined
  const problems: string[] = []
  try {
    info = readProjectInfo(files)
  } catch (error) {
    problems.push(`${join(projectDir, 'pyproject.toml')} is not valid TOML: ${(error as Error).message.split('\n')[0]}`)
  }
  const reading = readVersionConfig(info, files.setupPy, env)
  const { rules, problems: ruleProblems } = tagRules(reading.config, tagPrefix)
  return {
    versioning: {
      config: reading.config,
      rules,
      ...(info?.fixedVersion ? { fixed: { ...info.fixedVersion, advice: versionAdvice(info) } } : {})
    },
    info,
    problems: [...problems, ...reading.problems, ...ruleProblems],
    notices: reading.notices,
    warnings: reading.warnings
  }
}
