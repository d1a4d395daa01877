// The planner: a pure function from the event, the inputs and facts read from
// git to one plan. It runs nothing; the executor (or the dry run) takes it from here.
// The trigger comes first (trigger.ts), the version from plan-version.ts, latest from latest.ts.
import { branchTag, imageRefsOf } from './docker-tags.js'
import { renderTags, reservedBy, templateOwner, type OwnedTag, type TagTemplate } from './tag-templates.js'
import type { ReleaseEvent } from './release-event.js'
import { indexFor, type Inputs } from './inputs.js'
import { isFinal, isPreRelease, normalizeVersion } from '../versions/pep440.js'
import {
  defaultVersioning,
  type Facts,
  type LiveBranches,
  type Plan,
  type ReleaseType,
  type Step,
  type Trigger,
  type Versioning,
  allRefs
} from './plan.js'
import { latestDecision } from './latest.js'
import { attestDecision } from './dist-attestations.js'
import { devVersion, releaseVersion } from './plan-version.js'

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
    dockerfile: `${inputs.dockerfile} (context ${inputs.context}${inputs.dockerfileFrom ? `; ${inputs.dockerfileFrom}` : ''})`,
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
    if (moveLatest.latest)
      owned.push({
        tag: 'latest',
        owner: 'latest',
        what: inputs.latest === 'true' ? 'every final release (latest: true)' : 'the highest final release'
      })
  } else if (trigger.type === 'verify') {
    owned = [] // built, never pushed
  } else {
    const own = branchTag(trigger.branch, reservedBy(inputs.tagTemplates))
    owned = [{ tag: own, owner: 'branch', what: `branch ${trigger.branch}` }]
    if (facts.nearest?.distance === 0 && !versioning.config.pretend) taggedRelease = facts.nearest.tag
    if (inputs.publishDocker && inputs.mode !== 'build') {
      const shared = sharedBranchTags(trigger.branch, inputs.tagTemplates, live)
      if (shared) (shared.error ? base.errors : base.notices).push(shared.text)
    }
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
  // A build job (mode build) pushes no image: the publishing job owns the tags.
  const owners = inputs.publishDocker && inputs.mode !== 'build' ? owned : []
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
  // A version the files fix is what the build writes, whatever git says: say so before anything is built.
  const fixed = versioning.fixed
  const builds = steps.some(s => s.id === 'python-build' && !s.skippedBecause)
  if (fixed && builds && version && normalizeVersion(fixed.version) !== normalized) {
    base.errors.push(
      `${fixed.where} fixes the version at ${fixed.version}, so the build would carry ${fixed.version}, not ${version}. ${fixed.advice}`
    )
  }
  const uploads = steps.some(s => s.id === 'index-upload' && !s.skippedBecause)
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
    ...(inputs.latest === 'true' && trigger.type === 'release' ? { latestAlways: true } : {}),
    versionSource,
    baseTag,
    commitEpoch: facts.commitEpoch,
    steps
  }
}

/**
 * Two live branches that map to one tag (`feature/x` and `feature-x`, `1.0` and `branch-1.0`) would overwrite each
 * other's image, and a cleanup of one would leave the other's: such a dev release is refused, naming both branches.
 * Where the remote's branches cannot be read, a notice says the check was not made.
 */
function sharedBranchTags(
  branch: string,
  templates: TagTemplate[],
  live: LiveBranches | undefined
): { error: boolean; text: string } | undefined {
  if (!live) return undefined
  if ('error' in live)
    return {
      error: false,
      text: `Not checked whether another branch maps to the image tags of "${branch}" (${live.error}).`
    }
  const others = otherBranchesTags(branch, templates, live.names)
  const shared = new Map<string, string[]>()
  for (const { tag } of branchOwnTags(branch, templates))
    for (const name of others.get(tag) ?? []) shared.set(name, [...(shared.get(name) ?? []), tag])
  const clashes = [...shared].map(([name, tags]) => `"${name}" (${tags.join(', ')})`)
  if (!clashes.length) return undefined
  return {
    error: true,
    text: `Branch "${branch}" shares image tags with the live branch ${clashes.join(', ')}: each would overwrite the other's image, so nothing is published. Rename one of the branches, or delete the one no longer used.`
  }
}

/** Each tag the other live branches own, and which of them own it (in the remote's order). */
function otherBranchesTags(branch: string, templates: TagTemplate[], live: string[]): Map<string, string[]> {
  const others = new Map<string, string[]>()
  for (const name of live.filter(b => b !== branch))
    for (const { tag } of branchOwnTags(name, templates)) others.set(tag, [...(others.get(tag) ?? []), name])
  return others
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
      `Cleanup of "${branch}": ${skippedBecause}. ${
        inputs.githubToken
          ? "Give the job contents: read (github-token reads the branches through GitHub's API), and run it again."
          : "Give github-token (the branches are read through GitHub's API), or check out the repository first so that git ls-remote origin can answer, and run it again."
      }`
    )
  } else if (trigger.via === 'delete' && live.names.includes(branch)) {
    skippedBecause = `branch "${branch}" exists on the remote again, and its tags are its own`
    base.notices.push(`Cleanup of "${branch}": ${skippedBecause}; nothing is removed.`)
  } else {
    const others = otherBranchesTags(branch, inputs.tagTemplates, live.names)
    for (const t of theirs) {
      const other = others.get(t.tag)?.at(-1)
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
        id: 'index-upload',
        title: 'Remove Python packages',
        skippedBecause: 'an index keeps every file by design: the dev releases stay'
      }
    ]
  }
}

/** A pull request: the package and every image are built, and nothing leaves the runner. */
function verifySteps(inputs: Inputs, facts: Facts, version: string): Step[] {
  const noPython = facts.hasPythonProject ? undefined : `no pyproject.toml or setup.py in "${inputs.pythonProject}"`
  const nothing = 'a pull request publishes nothing'
  const buildJob = inputs.mode === 'build' ? BUILD_JOB : undefined
  return [
    { id: 'python-build', title: pythonBuildTitle(inputs, version), skippedBecause: noPython },
    {
      id: 'stage',
      title: `Stage them into ${inputs.pkgDirs.join(', ')}`,
      skippedBecause: noPython ?? buildJob ?? (inputs.publishDocker ? undefined : 'publish-docker is false')
    },
    {
      id: 'docker',
      title: `Build ${inputs.platforms.join(', ')} (no login, nothing pushed: the result stays in the build cache)`,
      skippedBecause: buildJob ?? (inputs.publishDocker ? undefined : 'publish-docker is false')
    },
    { id: 'index-upload', title: `Upload to ${inputs.pypiUrl}`, skippedBecause: nothing }
  ]
}

/** Why a build job (mode build) stages, builds and uploads nothing. */
const BUILD_JOB = 'mode build: the publishing job does it, with the files this job leaves in dists-dir'

/** What the Python build step does: build here (and, in mode build, leave the files for the publishing job), or take the build job's. */
function pythonBuildTitle(inputs: Inputs, version: string): string {
  const dir = inputs.distsDir || '<RUNNER_TEMP>/dev-release-dists'
  if (inputs.mode === 'build')
    return `Build sdist and wheel of "${inputs.pythonProject}" at ${version}, into ${dir} for the publishing job`
  if (inputs.distsDir)
    return `Take the sdist and wheel the build job made at ${version} from ${inputs.distsDir}, checked against this commit and version (no Python build runs here)`
  return `Build sdist and wheel of "${inputs.pythonProject}" at ${version}`
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
  const buildJob = inputs.mode === 'build' ? BUILD_JOB : undefined
  const build: Step = {
    id: 'python-build',
    title: pythonBuildTitle(inputs, version),
    skippedBecause:
      noPython ??
      (!inputs.publishPypi && !inputs.publishDocker ? 'publish-pypi and publish-docker are false' : undefined)
  }
  const stage: Step = {
    id: 'stage',
    title: `Stage them into ${inputs.pkgDirs.join(', ')}`,
    skippedBecause: build.skippedBecause ?? buildJob ?? (inputs.publishDocker ? undefined : 'publish-docker is false')
  }
  const dockerSkip = buildJob ?? (inputs.publishDocker ? undefined : 'publish-docker is false')
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
  // The provenance goes with the manifest list: never a platform job's single image.
  if (inputs.attestImage !== 'false' && inputs.mode !== 'platform')
    docker.title += `, with a signed SLSA provenance${inputs.attestImage === 'registry' ? ' (in the registry too)' : ''}`
  if (inputs.mode === 'merge' && !stage.skippedBecause) stage.skippedBecause = 'mode merge builds no image'
  const index = indexFor(type, inputs)
  const attest = attestDecision({ mode: inputs.attestDists, type, uploadUrl: index.url, token: !!index.token })
  const pypi: Step = {
    id: 'index-upload',
    title: `Upload to ${index.url}${attest.sign ? ', each file with a PEP 740 attestation' : ''}`,
    skippedBecause:
      buildJob ??
      (!inputs.publishPypi
        ? 'publish-pypi is false'
        : inputs.mode === 'platform'
          ? 'mode platform: the merge job uploads'
          : (noPython ??
            (taggedRelease !== undefined
              ? `this commit is tag "${taggedRelease}", whose own release publishes ${version}`
              : undefined)))
  }
  return [build, stage, docker, pypi]
}
