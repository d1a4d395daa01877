// Reads the Python project's own files (pyproject.toml, setup.py) and what
// they say about versions, for the planner.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Versioning } from './planner.js'
import { readProjectInfo, type ProjectFiles, type ProjectInfo } from './pyproject.js'
import { readVersionConfig, type Environment } from './version-config.js'
import { tagRules } from './version.js'

function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

export function readProjectFiles(dir: string): ProjectFiles {
  return { pyproject: readIfThere(join(dir, 'pyproject.toml')), setupPy: readIfThere(join(dir, 'setup.py')) }
}

export interface ProjectVersioning {
  versioning: Versioning
  info?: ProjectInfo
  /** Settings that cannot be honoured, each naming the setting and the fix. */
  problems: string[]
  notices: string[]
}

/** The project's version configuration, and the tag rules that follow from it and the tag-prefix input. */
export function readVersioning(projectDir: string, tagPrefix: string, env: Environment): ProjectVersioning {
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
    versioning: { config: reading.config, rules },
    info,
    problems: [...problems, ...reading.problems, ...ruleProblems],
    notices: reading.notices
  }
}
