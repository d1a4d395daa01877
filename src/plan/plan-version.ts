// The version a plan publishes: a release's from its tag, a development release's from the nearest tag and
// the distance (or the commit's time), through the project's own version scheme, as setuptools_scm computes it.
import type { Inputs } from './inputs.js'
import type { Facts, Trigger, Versioning } from './plan.js'
import { plural } from '../versions/words.js'
import { normalizeVersion, publicVersion } from '../versions/pep440.js'
import { DEFAULT_TAG_REGEX } from '../versions/tag-regex.js'
import { computeVersion, SchemeError } from '../versions/version-schemes.js'
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
  const tool =
    v.config.tool === 'hatch-vcs'
      ? `hatch-vcs (${scm})`
      : v.config.tool === 'vcs-versioning'
        ? 'setuptools-scm 10 ([tool.vcs-versioning])'
        : scm
  const parts = [tool, `version_scheme ${v.config.scheme}`]
  if (!v.config.normalize) parts.push('normalize false')
  if (v.rules.tagRegex.source !== DEFAULT_TAG_REGEX) parts.push(`tag_regex ${v.rules.tagRegex.source}`)
  if (v.rules.prefix) parts.push(`tag prefix ${v.rules.prefix}`)
  return parts
}

export function releaseVersion(
  trigger: Extract<Trigger, { type: 'release' }>,
  facts: Facts,
  v: Versioning
): ComputedVersion {
  const out: ComputedVersion = { version: '', reason: '', versionSource: '', errors: [], warnings: [], notices: [] }
  // normalize = false: the version as the tag writes it, which is what setuptools_scm gives.
  const tagged = v.config.normalize ? normalizeVersion(trigger.version)! : trigger.version
  const scm = runScheme(v, { tag: trigger.version, distance: 0, branch: 'HEAD', facts }, out)
  out.version = scm ?? tagged
  out.baseTag = trigger.tag
  out.versionSource = [...describeConfig(v), `tag ${trigger.tag}`].join(', ')
  const picked = facts.describedHere
  if (picked) {
    // Two version tags on one commit: the pushed one is released, and the build is pinned to it.
    out.versionSource = `the pushed tag ${trigger.tag}; setuptools_scm would pick tag ${picked} at this commit, which carries both`
    out.notices.push(
      `This commit also carries tag "${picked}", which setuptools_scm picks here: the release is the pushed tag's ${out.version}, and its files are built at that version; a build of this commit outside the action gets ${picked}'s version.`
    )
  }
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

export function devVersion(
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
