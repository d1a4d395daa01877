// The planner: a pure function from the event, the inputs and facts read from
// git to one plan. It runs nothing; the executor (or the dry run) takes it from here.
import { branchTag, imageRefsOf } from './docker-tags.js'
import { renderTags, reservedBy, templateOwner, type OwnedTag, type TagTemplate } from './tag-templates.js'
import { plural } from '../versions/words.js'
import type { ReleaseEvent } from '../outside/event.js'
import { indexFor, type Inputs } from './inputs.js'
import {
  compareVersions,
  highestVersion,
  isFinal,
  isPreRelease,
  normalizeVersion,
  publicVersion
} from '../versions/pep440.js'
import { DEFAULT_TAG_REGEX } from '../versions/tag-regex.js'
import { readVersionConfig, type VersionConfig } from '../versions/version-config.js'
import { computeVersion, SchemeError } from '../versions/version-schemes.js'
import { defaultRules, describeAdmits, tagVersion, type TagRules } from '../versions/tag-rules.js'

/** verify: a pull request's build, checked for every platform and published nowhere. */
export type ReleaseType = 'release' | 'dev' | 'verify' | 'cleanup' | 'skip'

/** What the event asks for, before git is read. */
export type Trigger =
  | { type: 'skip'; reason: string }
  | { type: 'release'; tag: string; version: string }
  | { type: 'dev'; branch: string }
  | { type: 'verify'; branch: string }
  | { type: 'cleanup'; branch: string; via: 'delete' | 'close' }

/** The branches the remote has now (git ls-remote --heads origin), or why they could not be read. */
export type LiveBranches = { names: string[] } | { error: string }

/** What the planner needs to know from git (and the work tree). */
export interface Facts {
  /** The nearest tag that is this package's version (git describe's choice), its version as setuptools_scm holds it, and its distance. */
  nearest?: { tag: string; version: string; distance: number }
  /** Tags git describe named before `nearest` that are no version of this package. */
  passedOver: string[]
  /** The tag the project's own describe command names, where a tag prefix made the action's differ. */
  ownNearest?: string
  /** Commits reachable from the event's commit. */
  commitCount: number
  /** The normalized versions of all of this package's version tags. */
  tagVersions: string[]
  /** python-project holds a pyproject.toml or setup.py. */
  hasPythonProject: boolean
  /** The commit's date (YYYY-MM-DD, committer's time zone), as setuptools_scm reads it. */
  commitDate?: string
  /** The commit's time, seconds since the epoch: the time of everything built from it. */
  commitEpoch?: number
  /** The build's date (UTC, or SOURCE_DATE_EPOCH's). */
  today: string
}

/** How versions are computed: the project's configuration and the tag rules that follow from it. */
export interface Versioning {
  config: VersionConfig
  rules: TagRules
}

/** setuptools_scm's defaults, for a project that configures nothing. */
export function defaultVersioning(): Versioning {
  return { config: readVersionConfig(undefined, undefined, {}).config, rules: defaultRules() }
}

export type StepId = 'python-build' | 'stage' | 'docker' | 'pypi' | 'cleanup'

export interface Step {
  id: StepId
  title: string
  /** Why this step does not run; undefined when it does. */
  skippedBecause?: string
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
  imageRefs: string[]
  /** Who owns each tag of imageRefs (by the tag alone, as under every name): only a branch's own tags ever go. */
  owners: OwnedTag[]
  /** The image's other names: every tag goes under each as well (copied, not built again). */
  mirrors: string[]
  /** Further images (the images input), each built from its own Dockerfile and tagged alike. */
  moreImages: { image: string; mirrors: string[] }[]
  /** Why the image is or is not tagged latest (releases only). */
  latestReason?: string
  /** A dry run's preview of how the image would be pushed, from what this machine's engine says (src/plan/image-push.ts). */
  imagePush?: string
  /** The version the built files carry, where it differs from `version` (normalize = false: the backend normalizes). */
  distVersion?: string
  /** Where the version came from: the tool, its settings, the tag and the distance. */
  versionSource?: string
  /** The tag the version counts from (the released tag, or the nearest one). */
  baseTag?: string
  /** The commit's time (seconds since the epoch): SOURCE_DATE_EPOCH of the builds and the image's created label, so that a re-run rebuilds the same bytes. */
  commitEpoch?: number
  steps: Step[]
  /** Reasons not to publish at all, found while planning; reported before anything runs. */
  errors: string[]
  warnings: string[]
  notices: string[]
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']
const REF_EVENTS = ['push', 'workflow_dispatch']

/** Decide from the event alone whether this is a release, a dev release or nothing. */
export function classify(
  event: ReleaseEvent,
  skipBranches: string[],
  tagRules: TagRules | (() => TagRules) = defaultRules,
  pullRequests: 'build' | 'skip' = 'skip',
  cleanup = false,
  cleanupOnClose = false
): Trigger {
  if (event.name === 'pull_request' && event.action === 'closed') {
    const branch = event.headRef ?? ''
    if (event.headRepository && event.headRepository !== event.repository)
      return {
        type: 'skip',
        reason: `The closed pull request came from a fork (${event.headRepository}): its branch "${branch}" is not this repository's, so nothing is removed.`
      }
    if (cleanupOnClose && cleanup && branch) return { type: 'cleanup', branch, via: 'close' }
    return {
      type: 'skip',
      reason: `The pull request from "${branch}" was closed; there is nothing to build${cleanupOnClose ? '' : ' (cleanup-on-close is false: its tags go when the branch is deleted)'}.`
    }
  }
  if (event.name === 'delete') {
    if (!event.deletedBranch) return { type: 'skip', reason: 'A deleted tag removes nothing: release images stay.' }
    if (!cleanup)
      return {
        type: 'skip',
        reason: `Branch "${event.deletedBranch}" was deleted; cleanup is false, so its image tags stay.`
      }
    return { type: 'cleanup', branch: event.deletedBranch, via: 'delete' }
  }
  if (event.name === 'pull_request' && pullRequests === 'build') {
    // Forks included: nothing is logged in to, pushed or uploaded, so no secret is needed.
    return { type: 'verify', branch: event.headRef || event.ref }
  }
  if (PULL_REQUEST_EVENTS.includes(event.name)) {
    const why =
      event.name === 'pull_request_target'
        ? "pull_request_target runs with the repository's secrets, so it never builds a pull request's code"
        : 'pull-requests is skip'
    return { type: 'skip', reason: `Pull requests never publish (${why}); a release needs a push or a manual run.` }
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
    // Only a tag needs the project's tag rules (read from its files).
    const rules = typeof tagRules === 'function' ? tagRules() : tagRules
    if (rules.prefix && !tag.startsWith(rules.prefix)) {
      return {
        type: 'skip',
        reason: `Tag "${tag}" belongs to another package: this package's tags start with "${rules.prefix}".`
      }
    }
    const version = tagVersion(tag, rules)
    if (version === undefined) {
      const regex =
        rules.tagRegex.source === DEFAULT_TAG_REGEX ? '' : ` of this package (tag_regex ${rules.tagRegex.source})`
      return { type: 'skip', reason: `Tag "${tag}" is not a version${regex}, so it releases nothing.` }
    }
    if (!describeAdmits(rules.describe, tag)) {
      return {
        type: 'skip',
        reason: `Tag "${tag}" is left out by the git_describe_command's --match/--exclude patterns, so setuptools_scm never counts it as a version; it releases nothing.`
      }
    }
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
export function makePlan(
  event: ReleaseEvent,
  inputs: Inputs,
  trigger: Trigger,
  facts?: Facts,
  given?: Versioning,
  live?: LiveBranches
): Plan {
  const base = {
    ref: event.ref,
    sha: event.sha,
    image: inputs.image,
    mirrors: inputs.mirrors.map(m => m.name),
    moreImages: inputs.moreImages.map(i => ({ image: i.image, mirrors: i.mirrors.map(m => m.name) })),
    platforms: inputs.platforms,
    errors: [] as string[],
    warnings: [] as string[],
    notices: [...inputs.notices]
  }
  if (trigger.type === 'cleanup') return cleanupPlan(base, trigger, inputs, live)
  if (trigger.type === 'skip' || !facts) {
    const reason = trigger.type === 'skip' ? trigger.reason : 'Nothing to release.'
    return { ...base, type: 'skip', reason, version: '', imageRefs: [], owners: [], steps: [] }
  }
  const versioning = given ?? defaultVersioning()

  const computed =
    trigger.type === 'release'
      ? releaseVersion(trigger, facts, versioning)
      : devVersion(trigger, facts, versioning, inputs.devNumber)
  if (trigger.type === 'verify') {
    computed.reason = `Pull request from "${trigger.branch}": built and checked at its would-be version, ${computed.since}, and published nowhere.`
  }
  const { version, reason, versionSource, baseTag } = computed
  const normalized = version ? normalizeVersion(version) : undefined
  const distVersion = normalized !== version ? normalized : undefined
  base.errors.push(...computed.errors)
  base.warnings.push(...computed.warnings)
  base.notices.push(...computed.notices)

  let owned: OwnedTag[]
  let latestReason: string | undefined
  let taggedRelease: string | undefined
  if (trigger.type === 'release') {
    const moveLatest = latestDecision(version, facts.tagVersions, inputs.latest)
    latestReason = moveLatest.why
    owned = [{ tag: version, owner: 'release', what: `release ${version}` }]
    if (moveLatest.latest) owned.push({ tag: 'latest', owner: 'latest', what: 'the highest final release' })
  } else if (trigger.type === 'verify') {
    owned = [] // built, never pushed
  } else {
    const own = branchTag(trigger.branch, reservedBy(inputs.tagTemplates))
    owned = [{ tag: own, owner: 'branch', what: `branch ${trigger.branch}` }]
    if (facts.nearest?.distance === 0 && !versioning.config.pretend) taggedRelease = facts.nearest.tag
  }

  if (trigger.type !== 'verify' && inputs.tagTemplates.length) {
    const extra = renderTags(inputs.tagTemplates, {
      type: trigger.type,
      version,
      branch: trigger.type === 'dev' ? trigger.branch : undefined,
      branchTag: trigger.type === 'dev' ? owned[0].tag : undefined,
      sha: event.sha,
      releasedVersions: facts.tagVersions
    })
    owned.push(...extra.tags.filter(t => !owned.some(o => o.tag === t.tag)))
    base.notices.push(...extra.notes)
  }
  const owners = inputs.publishDocker ? owned : []
  const imageRefs = imageRefsOf(
    inputs.image,
    owners.map(o => o.tag)
  )
  const steps =
    trigger.type === 'verify'
      ? verifySteps(inputs, facts, version)
      : planSteps(trigger.type, inputs, facts, version, imageRefs, taggedRelease)
  if (!facts.hasPythonProject && inputs.publishDocker) {
    base.notices.push(
      `No pyproject.toml or setup.py in "${inputs.pythonProject}": the image alone is released, with no Python package.`
    )
  }
  const uploads = steps.some(s => s.id === 'pypi' && !s.skippedBecause)
  if (trigger.type === 'dev' && uploads && version && !isPreRelease(version)) {
    const problem =
      `A branch push publishes a development release, which pip installs only with --pre, but ${versionSource} gives ${version}, ` +
      `which every pip install would pick${isFinal(version) ? ' (a final release)' : ''}. Use a version_scheme that gives .devN versions ` +
      '(guess-next-dev, no-guess-dev, release-branch-semver), set publish-pypi: false for branches, or set version-checks: warn if this is meant.'
    if (inputs.versionChecks === 'strict') base.errors.push(problem)
    else base.warnings.push(problem)
  }
  return {
    ...base,
    type: trigger.type,
    reason,
    version,
    distVersion,
    imageRefs,
    owners,
    latestReason,
    versionSource,
    baseTag,
    commitEpoch: facts.commitEpoch,
    steps
  }
}

/** The tags a branch owns: its own, and those of the templates that render from the branch alone. */
function branchOwnTags(branch: string, templates: TagTemplate[]): OwnedTag[] {
  const own = branchTag(branch, reservedBy(templates))
  const perBranch = templates.filter(t => templateOwner(t) === 'branch')
  const rendered = renderTags(perBranch, {
    type: 'dev',
    version: '',
    branch,
    branchTag: own,
    sha: '',
    releasedVersions: []
  })
  return [{ tag: own, owner: 'branch', what: `branch ${branch}` }, ...rendered.tags.filter(t => t.tag !== own)]
}

/**
 * A deleted branch (or a closed pull request's): the tags it alone owns, under every image name (the same
 * sanitizer, so the names match). Never a release's, `latest`, an alias, a channel or a commit's (those have
 * other owners), and never one that a live branch maps to as well; where the live branches cannot be read,
 * nothing at all.
 */
function cleanupPlan(
  base: Omit<Plan, 'type' | 'reason' | 'version' | 'imageRefs' | 'owners' | 'steps'>,
  trigger: Extract<Trigger, { type: 'cleanup' }>,
  inputs: Inputs,
  live: LiveBranches | undefined
): Plan {
  const { branch } = trigger
  const theirs = branchOwnTags(branch, inputs.tagTemplates)
  const owners: OwnedTag[] = []
  let skippedBecause: string | undefined
  if (!live || 'error' in live) {
    skippedBecause = `the remote's branches cannot be read (${live ? live.error : 'not asked'}), and a tag may also be a live branch's: nothing is removed`
    base.warnings.push(
      `Cleanup of "${branch}": ${skippedBecause}. Check out the repository first (actions/checkout), so that git ls-remote origin can answer, and run it again.`
    )
  } else if (trigger.via === 'delete' && live.names.includes(branch)) {
    skippedBecause = `branch "${branch}" exists on the remote again, and its tags are its own`
    base.notices.push(`Cleanup of "${branch}": ${skippedBecause}; nothing is removed.`)
  } else {
    const others = new Map<string, string>()
    for (const name of live.names.filter(b => b !== branch))
      for (const t of branchOwnTags(name, inputs.tagTemplates)) others.set(t.tag, name)
    for (const t of theirs) {
      const other = others.get(t.tag)
      if (other === undefined) owners.push({ ...t, what: `${t.what} (deleted)` })
      else base.notices.push(`${t.tag} stays: the live branch "${other}" has that tag too.`)
    }
  }
  const imageRefs = imageRefsOf(
    inputs.image,
    owners.map(o => o.tag)
  )
  const via = trigger.via === 'close' ? 'The pull request from' : 'Branch'
  return {
    ...base,
    type: 'cleanup',
    reason: `${via} "${branch}" was ${trigger.via === 'close' ? 'closed' : 'deleted'}: the image tags it alone owns go; its Python packages stay (an index is permanent by design).`,
    version: '',
    imageRefs,
    owners,
    steps: [
      {
        id: 'cleanup',
        title: imageRefs.length
          ? `Remove ${allRefs({ ...base, imageRefs }).join(', ')} where no other tag points at the same image`
          : `Remove the tags "${branch}" alone owns: none`,
        skippedBecause
      },
      {
        id: 'pypi',
        title: 'Remove Python packages',
        skippedBecause: 'an index keeps every file by design: the dev releases stay'
      }
    ]
  }
}

/** Every tag the plan pushes: under the image's first name, then the same under each other name. */
export function allRefs(plan: Pick<Plan, 'imageRefs' | 'image' | 'mirrors' | 'moreImages'>): string[] {
  const under = (name: string) => plan.imageRefs.map(tag => `${name}${tag.slice(plan.image.length)}`)
  return [plan.image, ...plan.mirrors, ...plan.moreImages.flatMap(i => [i.image, ...i.mirrors])].flatMap(under)
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
  if (plan.type !== 'release' || !latest || !highest || compareVersions(highest, plan.version) <= 0) return plan
  return {
    ...plan,
    imageRefs: plan.imageRefs.filter(t => t !== latest),
    owners: plan.owners.filter(o => o.owner !== 'latest'),
    latestReason: `not moved: ${where} has ${highest}, a higher release`
  }
}

interface ComputedVersion {
  version: string
  /** Where a dev version stands: `3 commits after tag "1.2.3"`. */
  since?: string
  baseTag?: string
  reason: string
  versionSource: string
  errors: string[]
  warnings: string[]
  notices: string[]
}

/** The tool and the settings that differ from its defaults, as the summary names them. */
function describeConfig(v: Versioning): string[] {
  const scm = `setuptools_scm${v.config.major ? ` ${v.config.major}` : ''}`
  const parts = [v.config.tool === 'hatch-vcs' ? `hatch-vcs (${scm})` : scm, `version_scheme ${v.config.scheme}`]
  if (!v.config.normalize) parts.push('normalize false')
  if (v.rules.tagRegex.source !== DEFAULT_TAG_REGEX) parts.push(`tag_regex ${v.rules.tagRegex.source}`)
  if (v.rules.prefix) parts.push(`tag prefix ${v.rules.prefix}`)
  return parts
}

function releaseVersion(trigger: Extract<Trigger, { type: 'release' }>, facts: Facts, v: Versioning): ComputedVersion {
  const out: ComputedVersion = { version: '', reason: '', versionSource: '', errors: [], warnings: [], notices: [] }
  // normalize = false: the version as the tag writes it, which is what setuptools_scm gives.
  const tagged = v.config.normalize ? normalizeVersion(trigger.version)! : trigger.version
  const scm = runScheme(v, { tag: trigger.version, distance: 0, branch: 'HEAD', facts }, out)
  out.version = scm ?? tagged
  out.baseTag = trigger.tag
  out.versionSource = [...describeConfig(v), `tag ${trigger.tag}`].join(', ')
  out.reason = `Tag "${trigger.tag}" is version ${out.version}: a release.`
  if (out.version !== tagged) {
    out.warnings.push(
      `version_scheme ${v.config.scheme} turns tag "${trigger.tag}" (${tagged}) into ${out.version}, and this release publishes what the project computes.`
    )
  }
  const pretend = v.config.pretend
  if (pretend && normalizeVersion(pretend.version) !== normalizeVersion(out.version)) {
    out.errors.push(
      `${pretend.variable} is ${pretend.version}, but tag "${trigger.tag}" is version ${out.version}: a tag build releases the tag. Unset ${pretend.variable} for tag builds.`
    )
  }
  return out
}

/** The commit's UTC time as a number: YYYYMMDDHHMMSS, later commits higher (dev-number: commit-time). */
export function commitTimeNumber(epoch: number): number {
  return Number(new Date(epoch * 1000).toISOString().replace(/\D/g, '').slice(0, 14))
}

function devVersion(
  trigger: Extract<Trigger, { type: 'dev' | 'verify' }>,
  facts: Facts,
  v: Versioning,
  devNumber: Inputs['devNumber'] = 'distance'
): ComputedVersion {
  const out: ComputedVersion = { version: '', reason: '', versionSource: '', errors: [], warnings: [], notices: [] }
  const nearest = facts.nearest
  if (facts.passedOver.length) {
    const names = facts.passedOver.map(t => `"${t}"`).join(', ')
    const many = facts.passedOver.length > 1
    out.warnings.push(
      `Tag${many ? 's' : ''} ${names} ${many ? 'are' : 'is'} nearer than any version tag of this package but no version of it; setuptools_scm would fail here, so the version counts from ${nearest ? `tag "${nearest.tag}"` : 'no tag'} instead.`
    )
  }
  if (facts.ownNearest && nearest && v.rules.prefix) {
    out.warnings.push(
      `The tag prefix "${v.rules.prefix}" makes this version count from "${nearest.tag}", but the project's own setuptools_scm settings find "${facts.ownNearest}" first, another package's tag. ` +
        `Add git_describe_command = "git describe --dirty --tags --long --match '${v.rules.prefix}*[0-9]*'" and a tag_regex for the prefix to the project's settings, so that builds outside this action agree.`
    )
  }
  const distance = nearest ? nearest.distance : facts.commitCount
  // commit-time: the scheme counts the commit's time instead of the distance, so that no two commits share a
  // version; a commit at its tag keeps the tag's version.
  const byTime = devNumber === 'commit-time' && distance > 0 && facts.commitEpoch !== undefined
  const counted = byTime ? commitTimeNumber(facts.commitEpoch!) : distance
  out.baseTag = nearest?.tag
  const since = nearest
    ? nearest.distance === 0
      ? `at tag "${nearest.tag}"`
      : `${plural(nearest.distance, 'commit')} after tag "${nearest.tag}"`
    : `no version tag yet, ${plural(facts.commitCount, 'commit')} in all`
  const pretend = v.config.pretend
  if (pretend) {
    out.version = v.config.normalize ? normalizeVersion(pretend.version)! : pretend.version
    out.versionSource = `${pretend.variable}=${pretend.version}`
    out.notices.push(`The version comes from ${pretend.variable} (${pretend.version}), not from git.`)
  } else {
    // setuptools_scm counts from 0.0 where no tag is found.
    out.version =
      runScheme(v, { tag: nearest?.version ?? '0.0', distance: counted, branch: trigger.branch, facts }, out) ?? ''
    out.versionSource = [
      ...describeConfig(v),
      nearest ? `tag ${nearest.tag}` : 'no tag',
      plural(distance, 'commit'),
      ...(byTime ? [`dev-number commit-time: ${counted} (the commit's UTC time)`] : [])
    ].join(', ')
  }
  out.since = since
  out.reason = `Push to branch "${trigger.branch}": a development release, ${since}.`
  return out
}

/** The scheme's version without its local part, or undefined with an error where setuptools_scm would fail. */
function runScheme(
  v: Versioning,
  at: { tag: string; distance: number; branch: string; facts: Facts },
  out: ComputedVersion
): string | undefined {
  let raw: string
  try {
    const result = computeVersion(v.config.scheme, {
      tag: at.tag,
      distance: at.distance,
      branch: at.branch,
      nodeDate: at.facts.commitDate ?? at.facts.today,
      today: at.facts.today,
      tagRegex: v.rules.tagRegex,
      normalize: v.config.normalize
    })
    out.warnings.push(...result.warnings)
    raw = result.version
  } catch (error) {
    if (!(error instanceof SchemeError)) throw error
    out.errors.push(
      `setuptools_scm's version_scheme ${v.config.scheme} fails here: ${error.message}. Tag a version it can continue from, or choose another version_scheme.`
    )
    return undefined
  }
  // normalize = false: as written, less a local part; the built files carry the normalized form (the plan says so).
  const version = v.config.normalize ? publicVersion(raw) : publicVersion(raw) && raw.split('+')[0]
  if (!version) {
    out.errors.push(
      `version_scheme ${v.config.scheme} gives "${raw}" here, which is not a PEP 440 version; no build backend accepts it. Tag a version it can continue from, or choose another version_scheme.`
    )
    return undefined
  }
  if (publicVersion(raw) !== normalizeVersion(raw))
    out.notices.push(`The local part of ${raw} is dropped: a package index refuses local versions.`)
  return version
}

function latestDecision(
  version: string,
  tagVersions: string[],
  mode: Inputs['latest']
): { latest: boolean; why: string } {
  if (mode === 'false') return { latest: false, why: 'not moved: input latest is false' }
  if (!isFinal(version)) return { latest: false, why: `not moved: ${version} is not a final release` }
  const highest = highestVersion(tagVersions.filter(v => isFinal(v) && compareVersions(v, version) > 0))
  if (highest) return { latest: false, why: `not moved: ${highest} is a higher release` }
  return { latest: true, why: `moved: ${version} is the highest final release` }
}

/** A pull request: the package and every image are built, and nothing leaves the runner. */
function verifySteps(inputs: Inputs, facts: Facts, version: string): Step[] {
  const noPython = facts.hasPythonProject ? undefined : `no pyproject.toml or setup.py in "${inputs.pythonProject}"`
  const nothing = 'a pull request publishes nothing'
  return [
    {
      id: 'python-build',
      title: `Build sdist and wheel of "${inputs.pythonProject}" at ${version}`,
      skippedBecause: noPython
    },
    {
      id: 'stage',
      title: `Stage them into ${inputs.pkgDirs.join(', ')}`,
      skippedBecause: noPython ?? (inputs.publishDocker ? undefined : 'publish-docker is false')
    },
    {
      id: 'docker',
      title: `Build ${inputs.platforms.join(', ')} (no login, nothing pushed: the result stays in the build cache)`,
      skippedBecause: inputs.publishDocker ? undefined : 'publish-docker is false'
    },
    { id: 'pypi', title: `Upload to ${inputs.pypiUrl}`, skippedBecause: nothing }
  ]
}

function planSteps(
  type: ReleaseType,
  inputs: Inputs,
  facts: Facts,
  version: string,
  imageRefs: string[],
  taggedRelease: string | undefined
): Step[] {
  const noPython = facts.hasPythonProject ? undefined : `no pyproject.toml or setup.py in "${inputs.pythonProject}"`
  const build: Step = {
    id: 'python-build',
    title: `Build sdist and wheel of "${inputs.pythonProject}" at ${version}`,
    skippedBecause:
      noPython ??
      (!inputs.publishPypi && !inputs.publishDocker ? 'publish-pypi and publish-docker are false' : undefined)
  }
  const stage: Step = {
    id: 'stage',
    title: `Stage them into ${inputs.pkgDirs.join(', ')}`,
    skippedBecause: build.skippedBecause ?? (inputs.publishDocker ? undefined : 'publish-docker is false')
  }
  const dockerSkip = inputs.publishDocker ? undefined : 'publish-docker is false'
  const docker: Step = {
    id: 'docker',
    title:
      inputs.mode === 'platform'
        ? `Build ${inputs.platforms[0]} and push it by digest, for the merge job`
        : inputs.mode === 'merge'
          ? `Merge the platform images (${inputs.platforms.join(', ')}) into ${imageRefs.join(', ')}`
          : `Build ${inputs.platforms.join(', ')} and push ${imageRefs.join(', ')}`,
    skippedBecause: dockerSkip
  }
  if (inputs.mode === 'merge' && !stage.skippedBecause) stage.skippedBecause = 'mode merge builds no image'
  const pypi: Step = {
    id: 'pypi',
    title: `Upload to ${indexFor(type, inputs).url}`,
    skippedBecause: !inputs.publishPypi
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
