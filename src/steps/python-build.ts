// The Python build and the staging of its files into the Docker context: the package is built at the plan's
// version from the commit's own time, every file's metadata checked to carry that version, then copied into
// each pkg directory (earlier builds' files removed) for the Dockerfile to install from /pkg/.
import * as runner from '../outside/runner.js'
import { mkdtempSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { Git } from '../outside/git.js'
import { remember } from '../outside/leftovers.js'
import { findProject } from '../outside/project-files.js'
import type { Python } from '../outside/python.js'
import { missingDirs, stageDists } from '../outside/stage.js'
import type { PythonSettings } from '../plan/step-settings.js'
import type { Plan } from '../plan/plan.js'
import { normalizeVersion } from '../versions/pep440.js'
import { versionAdvice } from '../versions/pyproject.js'
import { plural } from '../versions/words.js'
import type { Workspace } from './outcome.js'

export interface Built {
  python: Python
  /** The distribution files, full paths. */
  files: string[]
  /** The project's name as its metadata spells it. */
  name: string
}

export async function buildPython(plan: Plan, settings: PythonSettings, site: Workspace): Promise<Built> {
  // One chunk with preflight, which loads it on demand too (a static import here would bundle it twice).
  const { Python, PythonError } = await import('../outside/python.js')
  const python = new Python(settings.python) // preflight checked that it runs
  const project = findProject(resolve(site.workspace, settings.pythonProject))
  if (!project) throw new PythonError(`No pyproject.toml or setup.py in "${settings.pythonProject}".`)
  const tools = await python.withTools(site.temp, runner.info, settings.timeouts.build)
  const outDir = mkdtempSync(join(site.temp, 'dev-release-dist-'))

  const files = await runner.group(`Build the Python package at ${plan.version}`, () =>
    tools.build(
      project,
      plan.version,
      outDir,
      settings.pythonBuildArgs,
      plan.commitEpoch,
      settings.timeouts.build,
      settings.pkgDirs
    )
  )

  const name = await carriedName(tools, files, plan, site)
  runner.info(`Built ${files.map(f => basename(f)).join(', ')}.`)
  return { python: tools, files, name }
}

/** The project's name as the files' metadata spells it, where every file carries the plan's version; else an error. */
export async function carriedName(tools: Python, files: string[], plan: Plan, site: Workspace): Promise<string> {
  const { PythonError } = await import('../outside/python.js')
  const metadata = await tools.readMetadata(files)
  const wrong = metadata.filter(m => normalizeVersion(m.version) !== normalizeVersion(plan.version))
  if (wrong.length) {
    const names = wrong.map(m => `${basename(m.file)} (${m.version})`).join(', ')
    throw new PythonError(
      `The build carries another version than this release (${plan.version}): ${names}. ` +
        `The package must take its version from git: ${site.project ? versionAdvice(site.project) : 'use setuptools_scm (dynamic = ["version"]).'}`
    )
  }
  return metadata[0].name
}

/**
 * Copy the files into every pkg directory; returns the staged paths and the directories staging made (remembered for
 * the post step first: the run removes them when it ends, and the post step where it was killed).
 */
export async function stageBuilt(
  files: string[],
  plan: Plan,
  settings: PythonSettings,
  site: Workspace
): Promise<{ staged: string[]; dirs: string[] }> {
  const dirs = settings.pkgDirs.map(d => resolve(site.workspace, d))
  const tracked = await new Git(site.workspace, settings.timeouts.request).trackedFiles(dirs)
  const staged = dirs.flatMap(dir => files.map(file => join(dir, basename(file))))
  const made = missingDirs(dirs)
  for (const dir of made) remember('staged-dir', dir)
  for (const file of staged) remember('staged', file)
  const removed = stageDists(dirs, files, plan.commitEpoch, tracked)
  runner.info(
    `Staged ${files.map(f => basename(f)).join(', ')} into ${settings.pkgDirs.join(', ')}${removed.length ? ` (removed ${plural(removed.length, 'earlier file')})` : ''}.`
  )
  return { staged, dirs: made }
}
