// The planner: a pure function from the event, the inputs and facts read from
// git to one plan. It runs nothing; the executor (or the dry run) takes it from here.
import { branchTag, imageTags } from './docker-tags.js'
import type { ReleaseEvent } from './event.js'
import type { Inputs } from './inputs.js'
import { compareVersions, isFinal, nextDevVersion, untaggedDevVersion, versionFromTag } from './version.js'

export type ReleaseType = 'release' | 'dev' | 'skip'

/** What the event asks for, before git is read. */
export type Trigger =
  | { type: 'skip'; reason: string }
  | { type: 'release'; tag: string; version: string }
  | { type: 'dev'; branch: string }

/** What the planner needs to know from git (and the work tree). */
export interface Facts {
  /** The nearest tag that is a version (git describe's choice), with its distance. */
  nearest?: { tag: string; version: string; distance: number }
  /** Tags nearer than `nearest` that have a digit but are no version. */
  unusableTags: string[]
  /** Commits reachable from the event's commit. */
  commitCount: number
  /** The versions of all of the repository's tags that are versions. */
  tagVersions: string[]
  /** python-project holds a pyproject.toml or setup.py. */
  hasPythonProject: boolean
}

export type StepId = 'python-build' | 'stage' | 'docker' | 'pypi'

export interface Step {
  id: StepId
  title: string
  /** Why this step does not run; undefined when it does. */
  skip?: string
}

export interface Plan {
  type: ReleaseType
  reason: string
  /** PEP 440; empty on skip. */
  version: string
  ref: string
  sha: string
  image: string
  platforms: string[]
  dockerTags: string[]
  /** Why the image is or is not tagged latest (releases only). */
  latest?: string
  steps: Step[]
  warnings: string[]
  notices: string[]
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']
const REF_EVENTS = ['push', 'workflow_dispatch']

/** Decide from the event alone whether this is a release, a dev release or nothing. */
export function classify(event: ReleaseEvent, skipBranches: string[]): Trigger {
  if (PULL_REQUEST_EVENTS.includes(event.name)) {
    return { type: 'skip', reason: 'Pull requests never publish: a release needs a push or a manual run.' }
  }
  if (event.fork) {
    return { type: 'skip', reason: `This run is in a fork of the repository; only the repository itself publishes.` }
  }
  if (!REF_EVENTS.includes(event.name)) {
    return { type: 'skip', reason: `Event "${event.name}" does not publish; only push and workflow_dispatch do.` }
  }
  if (event.deleted) {
    return { type: 'skip', reason: `The push deleted ${event.ref}; there is nothing to release.` }
  }
  if (event.ref.startsWith('refs/tags/')) {
    const tag = event.ref.slice('refs/tags/'.length)
    const version = versionFromTag(tag)
    if (!version) return { type: 'skip', reason: `Tag "${tag}" is not a version, so it releases nothing.` }
    return { type: 'release', tag, version }
  }
  if (event.ref.startsWith('refs/heads/')) {
    const branch = event.ref.slice('refs/heads/'.length)
    const rule = skipBranches.find(pattern => matchesBranch(pattern, branch))
    if (rule !== undefined) {
      return {
        type: 'skip',
        reason: `Branch "${branch}" is in skip-branches: its commits were already released from the branch they came from, and its tags release themselves.`
      }
    }
    return { type: 'dev', branch }
  }
  return { type: 'skip', reason: `Ref "${event.ref}" is neither a branch nor a tag.` }
}

/** skip-branches entries are names, where `*` stands for any run of characters. */
function matchesBranch(pattern: string, branch: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`)
  return regex.test(branch)
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Turn the trigger and what git says into the plan. */
export function makePlan(event: ReleaseEvent, inputs: Inputs, trigger: Trigger, facts?: Facts): Plan {
  const base = {
    ref: event.ref,
    sha: event.sha,
    image: inputs.image,
    platforms: inputs.platforms,
    warnings: [] as string[],
    notices: [...inputs.notices]
  }
  if (trigger.type === 'skip' || !facts) {
    const reason = trigger.type === 'skip' ? trigger.reason : 'Nothing to release.'
    return { ...base, type: 'skip', reason, version: '', dockerTags: [], steps: [] }
  }

  let version: string
  let reason: string
  let tags: string[]
  let latest: string | undefined
  let taggedRelease: string | undefined
  if (trigger.type === 'release') {
    version = trigger.version
    reason = `Tag "${trigger.tag}" is version ${version}: a release.`
    const moveLatest = latestDecision(version, facts.tagVersions, inputs.latest)
    latest = moveLatest.why
    tags = moveLatest.latest ? [version, 'latest'] : [version]
  } else {
    const dev = devVersion(facts)
    version = dev.version
    base.warnings.push(...dev.warnings)
    reason = `Push to branch "${trigger.branch}": a development release, ${dev.since}.`
    tags = [branchTag(trigger.branch)]
    if (facts.nearest?.distance === 0) taggedRelease = facts.nearest.tag
  }

  const dockerTags = inputs.publishDocker ? imageTags(inputs.image, tags) : []
  const steps = planSteps(inputs, facts, version, dockerTags, taggedRelease)
  return { ...base, type: trigger.type, reason, version, dockerTags, latest, steps }
}

function devVersion(facts: Facts): { version: string; since: string; warnings: string[] } {
  const warnings: string[] = []
  const nearest = facts.nearest
  if (facts.unusableTags.length) {
    const names = facts.unusableTags.map(t => `"${t}"`).join(', ')
    warnings.push(
      `Tag${facts.unusableTags.length > 1 ? 's' : ''} ${names} ${facts.unusableTags.length > 1 ? 'are' : 'is'} nearer than any version tag but no version; setuptools_scm would fail here, so the version counts from ${nearest ? `tag "${nearest.tag}"` : 'no tag'} instead.`
    )
  }
  if (!nearest) {
    return {
      version: untaggedDevVersion(facts.commitCount),
      since: `no version tag yet, ${plural(facts.commitCount, 'commit')} in all`,
      warnings
    }
  }
  const next = nextDevVersion(nearest.version, nearest.distance)
  if (next.warning) warnings.push(next.warning)
  const since =
    nearest.distance === 0 ? `at tag "${nearest.tag}"` : `${plural(nearest.distance, 'commit')} after tag "${nearest.tag}"`
  return { version: next.version, since, warnings }
}

function latestDecision(version: string, tagVersions: string[], mode: Inputs['latest']): { latest: boolean; why: string } {
  if (mode === 'false') return { latest: false, why: 'not moved: input latest is false' }
  if (!isFinal(version)) return { latest: false, why: `not moved: ${version} is not a final release` }
  const higher = tagVersions.filter(v => isFinal(v) && compareVersions(v, version) > 0)
  if (higher.length) {
    const highest = higher.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b))
    return { latest: false, why: `not moved: ${highest} is a higher release` }
  }
  return { latest: true, why: `moved: ${version} is the highest final release` }
}

function planSteps(
  inputs: Inputs,
  facts: Facts,
  version: string,
  dockerTags: string[],
  taggedRelease: string | undefined
): Step[] {
  const noPython = facts.hasPythonProject
    ? undefined
    : `no pyproject.toml or setup.py in "${inputs.pythonProject}"`
  const build: Step = {
    id: 'python-build',
    title: `Build sdist and wheel of "${inputs.pythonProject}" at ${version}`,
    skip: noPython ?? (!inputs.publishPypi && !inputs.publishDocker ? 'publish-pypi and publish-docker are false' : undefined)
  }
  const stage: Step = {
    id: 'stage',
    title: `Stage them into ${inputs.pkgDirs.join(', ')}`,
    skip: build.skip ?? (inputs.publishDocker ? undefined : 'publish-docker is false')
  }
  const dockerSkip = inputs.publishDocker ? undefined : 'publish-docker is false'
  const docker: Step = {
    id: 'docker',
    title:
      inputs.mode === 'platform'
        ? `Build ${inputs.platforms[0]} and push it by digest, for the merge job`
        : inputs.mode === 'merge'
          ? `Merge the platform images (${inputs.platforms.join(', ')}) into ${dockerTags.join(', ')}`
          : `Build ${inputs.platforms.join(', ')} and push ${dockerTags.join(', ')}`,
    skip: dockerSkip
  }
  if (inputs.mode === 'merge' && !stage.skip) stage.skip = 'mode merge builds no image'
  const pypi: Step = {
    id: 'pypi',
    title: `Upload to ${inputs.pypiUrl}`,
    skip: !inputs.publishPypi
      ? 'publish-pypi is false'
      : inputs.mode === 'platform'
        ? 'mode platform: the merge job uploads'
        : (noPython ??
          (taggedRelease !== undefined
            ? `this commit is tag "${taggedRelease}", whose own release publishes ${version}`
            : undefined))
  }
  return [build, stage, docker, pypi]
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
