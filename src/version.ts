// PEP 440 versions from git tags, computed exactly as setuptools_scm's
// defaults do (tag regex, `guess-next-dev`, `no-local-version`).
import { clean, compare, explain } from '@renovatebot/pep440'

/**
 * setuptools_scm's DEFAULT_TAG_REGEX. Python's \w and \d are Unicode-aware,
 * so their Unicode classes stand in for them here.
 */
const TAG_REGEX = /^(?:[\p{L}\p{N}_-]+-)?(?<version>[vV]?\p{Nd}+(?:\.\p{Nd}+){0,2}[^+]*)(?:\+.*)?$/u

/** The normalized PEP 440 version a tag names, or undefined when it names none. */
export function versionFromTag(tag: string): string | undefined {
  const match = TAG_REGEX.exec(tag)
  const raw = match?.groups?.version
  if (!raw) return undefined
  return clean(raw) ?? undefined
}

/** A final release: no pre, post or dev part. */
export function isFinal(version: string): boolean {
  const v = explain(version)
  return v !== null && v.pre === null && v.post === null && v.dev === null
}

export function compareVersions(a: string, b: string): number {
  return compare(a, b)
}

export interface DevVersion {
  version: string
  warning?: string
}

/**
 * guess-next-dev: at the tag itself the tag's version; otherwise bump the last
 * number and append `.dev<distance>`. `.devN` tags drop their dev part first.
 */
export function nextDevVersion(tagVersion: string, distance: number): DevVersion {
  if (distance === 0) return { version: tagVersion }
  const devAt = tagVersion.lastIndexOf('.dev')
  if (devAt >= 0) {
    const prefix = tagVersion.slice(0, devAt)
    const tail = Number(tagVersion.slice(devAt + 4))
    if (tail === 0) return { version: `${prefix}.dev${distance}` }
    // setuptools_scm refuses to bump `.devN` with N > 0; counting on from N keeps
    // the versions of later commits above the tag's.
    return {
      version: `${prefix}.dev${tail + distance}`,
      warning: `The nearest tag is the development version ${tagVersion}; setuptools_scm cannot bump it, so this release counts on from it. Tag a release or a .dev0 version to avoid this.`
    }
  }
  const m = /^(.*?)(\d+)$/.exec(tagVersion)
  // A normalized PEP 440 version always ends in a number.
  if (!m) throw new Error(`version ${tagVersion} does not end with a number`)
  return { version: `${m[1]}${BigInt(m[2]) + 1n}.dev${distance}` }
}

/** The version setuptools_scm gives a commit that no usable tag describes. */
export function untaggedDevVersion(commitCount: number): string {
  return `0.1.dev${commitCount}`
}
