// Where latest goes: to the highest final release only, decided when planning from the tags this clone knows,
// and held back at publish time where the index or the registry knows a higher one.
import type { Inputs } from './inputs.js'
import type { Plan } from './plan.js'
import { compareVersions, highestVersion, isFinal } from '../versions/pep440.js'
export function latestDecision(
  version: string,
  tagVersions: string[],
  mode: Inputs['latest']
): { latest: boolean; why: string } {
  if (mode === 'false') return { latest: false, why: 'not moved: input latest is false' }
  if (!isFinal(version)) return { latest: false, why: `not moved: ${version} is not a final release` }
  if (mode === 'true') return { latest: true, why: `moved: input latest is true, and ${version} is a final release` }
  const highest = highestVersion(tagVersions.filter(v => isFinal(v) && compareVersions(v, version) > 0))
  if (highest) return { latest: false, why: `not moved: ${highest} is a higher release` }
  return { latest: true, why: `moved: ${version} is the highest final release` }
}

/**
 * The plan, held against the versions already on the index. A development
 * version below its highest final release is a missing tag when no tag names
 * that release (an error): pip install --pre would never pick it; and a branch
 * from before that release otherwise (a warning). A release below it leaves
 * `latest` where it is.
 */
export function reviewAgainstIndex(
  plan: Plan,
  mode: Inputs['versionChecks'],
  indexVersions: string[],
  tagVersions: string[]
): { plan: Plan; errors: string[]; warnings: string[] } {
  const highest = highestVersion(indexVersions.filter(isFinal))
  const quiet = { plan, errors: [], warnings: [] }
  if (!highest || compareVersions(plan.version, highest) > 0) return quiet
  if (plan.type === 'dev' && tagVersions.some(v => compareVersions(v, highest) === 0)) {
    const warning =
      `This branch starts before release ${highest}, so its development release ${plan.version} sorts below it and pip install --pre picks ${highest} instead. ` +
      'Merge the release into the branch to publish versions above it.'
    return { plan, errors: [], warnings: [warning] }
  }
  if (plan.type === 'dev') {
    const problem =
      `The index has ${highest}, but no tag of this repository names it, and this development release is ${plan.version}, which sorts below it, so pip install --pre would never pick it. ` +
      `${plan.baseTag ? `The newest tag it counts from is ${plan.baseTag}` : 'No version tag was found'}: tag the last release (${highest}) on the commit it was made from, ` +
      'and push the tag; or set version-checks: warn if this is meant.'
    return mode === 'strict' ? { plan, errors: [problem], warnings: [] } : { plan, errors: [], warnings: [problem] }
  }
  return { plan: holdLatest(plan, indexVersions, 'the index'), errors: [], warnings: [] }
}

/**
 * The plan without `latest` when `where` (the index, the registry's tags) already
 * has a higher final release than this one: a tag this clone does not know of,
 * pushed meanwhile or never fetched.
 */
export function holdLatest(plan: Plan, versions: string[], where: string): Plan {
  const latest = plan.imageRefs.find(t => t.endsWith(':latest'))
  const highest = highestVersion(versions.filter(isFinal))
  // latest: true moves it to every final release, whatever is higher.
  if (plan.latestAlways) return plan
  if (plan.type !== 'release' || !latest || !highest || compareVersions(highest, plan.version) <= 0) return plan
  return {
    ...plan,
    imageRefs: plan.imageRefs.filter(t => t !== latest),
    owners: plan.owners.filter(o => o.owner !== 'latest'),
    latestReason: `not moved: ${where} has ${highest}, a higher release`
  }
}
