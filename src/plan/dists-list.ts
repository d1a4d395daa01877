// The list a build job (mode build) leaves beside its dists, and what a publishing job checks it against before it
// takes them: the same commit, the same version, exactly the files listed, each with its sha256. It guards against
// mix-ups (another run's artifact, a tag pushed between the jobs, a file lost or added on the way); the files are as
// trustworthy as the build that made them, as they would be in one job.
import { normalizeVersion } from '../versions/pep440.js'

export const DISTS_LIST = 'dev-release-dists.json'

export interface DistsList {
  /** The list's format, for a later change. */
  format: 1
  /** The project's name as the dists' metadata spells it. */
  project: string
  version: string
  /** The commit built. */
  commit: string
  files: { name: string; sha256: string }[]
}

/** A dist's file name: no directory, no path tricks, a wheel or an sdist. */
const DIST_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*\.(whl|tar\.gz)$/

/** The list read back from its JSON text, or what is wrong with it. */
export function parseDistsList(text: string): DistsList | string {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return 'is not JSON'
  }
  const list = data as Partial<DistsList>
  if (!list || typeof list !== 'object' || list.format !== 1) return 'is not a list of format 1'
  if (typeof list.project !== 'string' || typeof list.version !== 'string' || typeof list.commit !== 'string')
    return 'lacks the project, version or commit'
  if (
    !Array.isArray(list.files) ||
    !list.files.length ||
    !list.files.every(f => typeof f?.name === 'string' && typeof f.sha256 === 'string')
  )
    return 'lists no files'
  const bad = list.files.find(f => !DIST_NAME.test(f.name) || !/^[0-9a-f]{64}$/.test(f.sha256))
  if (bad) return `lists "${bad.name}", which is no dist's file name with a sha256`
  return list as DistsList
}

/**
 * Why the publishing job must not take the build job's files, one sentence each: another commit, another version,
 * a file missing or one more than the list has. `present`: the dist files in the directory.
 */
export function distsListProblems(
  list: DistsList,
  plan: { sha: string; version: string },
  present: string[]
): string[] {
  const problems: string[] = []
  if (list.commit !== plan.sha)
    problems.push(
      `the build job built commit ${list.commit}, but this job releases ${plan.sha}: pass the artifact of this run's build job`
    )
  if ((normalizeVersion(list.version) ?? list.version) !== (normalizeVersion(plan.version) ?? plan.version))
    problems.push(
      `the build job built version ${list.version}, but this job's plan is ${plan.version} (was a tag pushed between the jobs? run both again)`
    )
  const listed = list.files.map(f => f.name)
  const missing = listed.filter(name => !present.includes(name))
  const extra = present.filter(name => !listed.includes(name))
  if (missing.length) problems.push(`${missing.join(', ')} listed but not there`)
  if (extra.length) problems.push(`${extra.join(', ')} there but not listed (only the build job's files are released)`)
  return problems
}
