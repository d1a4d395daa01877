// The two-job release (docs/security.md): a build job (mode build) that holds no secret leaves the dists and their
// list in dists-dir; the publishing job takes exactly those bytes, checked against its own commit and version, and
// runs no Python build, so no project code runs where the tokens are.
import * as runner from '../outside/runner.js'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { normalizeName } from '../outside/package-index.js'
import { DIST_FILE } from '../outside/stage.js'
import { DISTS_LIST, distsListProblems, parseDistsList, type DistsList } from '../plan/dists-list.js'
import type { Plan } from '../plan/plan.js'
import type { PythonSettings } from '../plan/step-settings.js'
import type { Built } from './python-build.js'
import { carriedName } from './python-build.js'
import type { Workspace } from './outcome.js'
import { distFiles } from './dist-files.js'

/** Where mode build leaves the files, and a publishing job takes them from. */
export function distsDir(settings: PythonSettings, site: Workspace): string {
  return settings.distsDir ? resolve(site.workspace, settings.distsDir) : join(site.temp, 'dev-release-dists')
}

/** Mode build: the built files and their list into dists-dir, which must hold no dist yet. Returns the directory. */
export function handOver(built: Built, plan: Plan, settings: PythonSettings, site: Workspace): string {
  const dir = distsDir(settings, site)
  mkdirSync(dir, { recursive: true })
  const there = readdirSync(dir).filter(name => DIST_FILE.test(name) || name === DISTS_LIST)
  if (there.length)
    throw new Error(
      `Input "dists-dir": ${dir} already holds ${there.join(', ')}; give an empty or new directory, so that the publishing job gets this build's files alone.`
    )
  const files = distFiles(built.files).map(({ name, sha256 }) => ({ name, sha256 }))
  const list: DistsList = { format: 1, project: built.name, version: plan.version, commit: plan.sha, files }
  for (const file of built.files) copyFileSync(file, join(dir, basename(file)))
  writeFileSync(join(dir, DISTS_LIST), `${JSON.stringify(list, null, 2)}\n`)
  runner.info(
    `Left ${list.files.map(f => f.name).join(', ')} and ${DISTS_LIST} in ${dir}: upload them as an artifact for the publishing job.`
  )
  return dir
}

/**
 * A publishing job: the build job's files from dists-dir, copied into this run's own directory and checked there
 * (the list's commit, version and sha256, each file's metadata), so that what is checked is what is staged and uploaded.
 */
export async function takeOver(plan: Plan, settings: PythonSettings, site: Workspace): Promise<Built> {
  const dir = distsDir(settings, site)
  const listPath = join(dir, DISTS_LIST)
  const fix =
    "download the build job's artifact there (actions/download-artifact), or leave dists-dir empty to build in this job"
  if (!existsSync(listPath)) throw new Error(`Input "dists-dir": ${dir} holds no ${DISTS_LIST}; ${fix}.`)
  const list = parseDistsList(readFileSync(listPath, 'utf8'))
  if (typeof list === 'string') throw new Error(`Input "dists-dir": ${listPath} ${list}; ${fix}.`)
  const present = readdirSync(dir).filter(name => DIST_FILE.test(name))
  const problems = distsListProblems(list, plan, present)
  const own = mkdtempSync(join(site.temp, 'dev-release-dist-'))
  const copies = problems.length ? [] : list.files.map(file => join(own, file.name))
  for (const copy of copies) copyFileSync(join(dir, basename(copy)), copy)
  for (const copy of distFiles(copies))
    if (copy.sha256 !== list.files.find(f => f.name === copy.name)?.sha256)
      problems.push(`${copy.name} is not the file the build job listed (its sha256 differs)`)
  if (problems.length)
    throw new Error(
      `The build job's files in ${dir} are not this release's, and nothing was published: ${problems.join('; ')}.`
    )
  // Python for twine and to read the files' metadata: the action's own scripts, never the project's code.
  const { Python } = await import('../outside/python.js')
  const tools = await new Python(settings.python).withTools(site.temp, runner.info, settings.timeouts.build)
  const files = copies.sort()
  const name = await carriedName(tools, files, plan, site)
  if (normalizeName(name) !== normalizeName(list.project))
    throw new Error(
      `The build job's files in ${dir} are of "${name}", but its list names "${list.project}"; nothing was published.`
    )
  runner.info(
    `Took ${list.files.map(f => f.name).join(', ')} from the build job (commit ${list.commit}, sha256 checked); no Python build runs here.`
  )
  return { python: tools, files, name }
}
