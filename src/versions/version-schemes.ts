// setuptools_scm 8's built-in version schemes, computed exactly as it computes
// them (setuptools_scm/version.py and _modify_version.py). The local part is
// never computed: an index refuses it, so the action always drops it.
import { formatVersion, parseVersion } from './pep440.js'
import { matchTag, type TagRegex } from './tag-regex.js'

export const SCHEMES = [
  'guess-next-dev',
  'post-release',
  'no-guess-dev',
  'release-branch-semver',
  'python-simplified-semver',
  'only-version',
  'calver-by-date'
] as const
export type SchemeName = (typeof SCHEMES)[number]

/** What setuptools_scm's ScmVersion holds, as far as the schemes read it. */
export interface ScmState {
  /** str() of the tag's version: normalized, or as written when normalize is false. */
  tag: string
  distance: number
  /** `git rev-parse --abbrev-ref HEAD`: the branch, or HEAD when detached. */
  branch: string
  /** The commit's date in its committer's time zone, YYYY-MM-DD. */
  nodeDate: string
  /** The build's date (UTC, or SOURCE_DATE_EPOCH's), YYYY-MM-DD. */
  today: string
  tagRegex: TagRegex
  normalize: boolean
}

export interface SchemeResult {
  /** The version as setuptools_scm prints it (before the build backend normalizes it). */
  version: string
  warnings: string[]
}

/** Where setuptools_scm itself raises. */
export class SchemeError extends Error {}

function applyScheme(scheme: SchemeName, s: ScmState): SchemeResult {
  const warnings: string[] = []
  const exact = s.distance === 0
  const dev = (guessed: string) => `${guessed}.dev${s.distance}`
  let version: string
  switch (scheme) {
    case 'guess-next-dev':
      version = exact ? s.tag : dev(guessNextVersion(s))
      break
    case 'post-release':
      version = exact ? s.tag : `${s.tag}.post${s.distance}`
      break
    case 'no-guess-dev':
      version = exact ? s.tag : dev(bumpDev(s) ?? addPost(stripLocal(s.tag)))
      break
    case 'only-version':
      version = s.tag
      break
    case 'python-simplified-semver':
      if (exact) version = simpleSemver(s, 3, false)
      else version = dev(simpleSemver(s, s.branch.includes('feature') ? 2 : 3, true))
      break
    case 'release-branch-semver':
      version = exact ? s.tag : dev(isReleaseBranchOf(s) ? guessNextVersion(s) : simpleSemver(s, 2, true))
      break
    case 'calver-by-date':
      version = calverByDate(s, warnings)
      break
  }
  return { version, warnings }
}

function stripLocal(version: string): string {
  return version.split('+')[0]
}

/** _bump_dev: `1.2.dev0` → `1.2`. setuptools_scm refuses `.devN` with N > 0; the action counts on from N instead. */
function bumpDev(s: ScmState): string | undefined {
  const version = stripLocal(s.tag)
  const at = version.lastIndexOf('.dev')
  if (at < 0) return undefined
  const tail = version.slice(at + 4)
  if (tail !== '0') throw new CountOn(`${version.slice(0, at)}.dev${BigInt(tail) + BigInt(s.distance)}`)
  return version.slice(0, at)
}

/** Carries the counted-on version out of the scheme: it replaces the whole result. */
class CountOn {
  constructor(readonly version: string) {}
}

/** _bump_regex: the last number, plus one. */
function bumpRegex(version: string): string {
  const m = /^([\s\S]*?)(\d+)$/.exec(version)
  if (!m) throw new SchemeError(`${version} does not end with a number to bump`)
  return `${m[1]}${BigInt(m[2]) + 1n}`
}

function guessNextVersion(s: ScmState): string {
  return bumpDev(s) ?? bumpRegex(stripLocal(s.tag))
}

function addPost(version: string): string {
  if (version.includes('post'))
    throw new SchemeError(
      `${version} already is a post release; setuptools_scm's no-guess-dev refuses to guess the update`
    )
  return `${version}.post1`
}

function simpleSemver(s: ScmState, retain: number, increment: boolean): string {
  const parsed = parseVersion(s.tag)
  if (!parsed) throw new SchemeError(`${s.tag} can't be parsed as numeric version`)
  const parts = parsed.release.slice(0, retain)
  while (parts.length < retain) parts.push(0n)
  if (increment) parts[parts.length - 1] += 1n
  while (parts.length < 3) parts.push(0n)
  return parts.join('.')
}

/** release-branch-semver: on a branch named like the tag's major.minor (`release/1.2`), only a patch bump. */
function isReleaseBranchOf(s: ScmState): boolean {
  let branchVersion = matchTag(s.tagRegex, s.branch.split('/').pop() ?? '')
  if (branchVersion === undefined) return false
  if (branchVersion.startsWith('v')) branchVersion = branchVersion.slice(1)
  const upToMinor = (v: string) => v.split('.').slice(0, 2).join('.')
  return upToMinor(branchVersion) === upToMinor(s.tag)
}

const DATE_REGEX = /^(?<date>(?<prefix>[vV]?)(?<year>\d{2}|\d{4})(?:\.\d{1,2}){2})(?:\.(?<patch>\d*))?$/

function calverByDate(s: ScmState, warnings: string[]): string {
  if (s.distance === 0) return s.tag
  if (s.branch.startsWith('release-')) {
    const branchVersion = matchTag(s.tagRegex, s.branch.split('-').pop() ?? '')
    if (branchVersion !== undefined && DATE_REGEX.test(branchVersion)) return branchVersion
  }
  return `${guessNextDateVersion(s, warnings)}.dev${s.distance}`
}

function guessNextDateVersion(s: ScmState, warnings: string[]): string {
  const match = DATE_REGEX.exec(s.tag)?.groups
  let format: DateFormat
  let tagDate: string
  if (!match) {
    warnings.push(`${s.tag} is no date version (YYYY.MM.DD), so calver-by-date counts from today's date.`)
    format = { prefix: '', longYear: false }
    tagDate = s.today
  } else {
    format = { prefix: match.prefix, longYear: match.year.length === 4 }
    tagDate = parseDate(match.date, format)
  }
  const headDate = s.nodeDate
  let patch: bigint
  if (tagDate === headDate) {
    patch = BigInt(match?.patch || '0') + 1n
  } else {
    if (match && tagDate > headDate)
      warnings.push(`The tag's date (${tagDate}) is after the commit's date (${headDate}).`)
    patch = 0n
  }
  const next = `${formatDate(headDate, format)}.${patch}`
  if (!s.normalize) return next
  const parsed = parseVersion(next)
  if (!parsed) throw new SchemeError(`${next} is not a version`)
  // Version() drops the prefix and leading zeros.
  return formatVersion(parsed)
}

interface DateFormat {
  prefix: string
  longYear: boolean
}

/** strptime with %Y.%m.%d or %y.%m.%d (and the tag's v prefix): an ISO date, or SchemeError. */
function parseDate(text: string, format: DateFormat): string {
  const [year, month, day] = text.slice(format.prefix.length).split('.')
  if (year.length !== (format.longYear ? 4 : 2)) throw new SchemeError(`${text} does not match its date format`)
  const y = format.longYear ? Number(year) : Number(year) + (Number(year) < 69 ? 2000 : 1900)
  const m = Number(month)
  const d = Number(day)
  const valid = m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (!valid) throw new SchemeError(`${text} is not a valid date`)
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function formatDate(iso: string, format: DateFormat): string {
  const [y, m, d] = iso.split('-')
  return `${format.prefix}${format.longYear ? y : y.slice(2)}.${m}.${d}`
}

/** Run a scheme; where setuptools_scm would refuse a .devN tag, the counted-on version. */
export function computeVersion(scheme: SchemeName, s: ScmState): SchemeResult {
  try {
    return applyScheme(scheme, s)
  } catch (error) {
    if (error instanceof CountOn) {
      return {
        version: error.version,
        warnings: [
          `The nearest tag is the development version ${s.tag}; setuptools_scm cannot bump it, so this release counts on from it. Tag a release or a .dev0 version to avoid this.`
        ]
      }
    }
    throw error
  }
}
