// Which tags are this package's versions, and what version each names: the
// project's tag_regex, normalize setting and describe patterns, narrowed to a
// tag prefix in a monorepo.
import { escapeGlob, globMatches } from './glob.js'
import { formatVersion, parseVersion } from './pep440.js'
import { compileTagRegex, DEFAULT_TAG_REGEX, matchTag, type TagRegex } from './tag-regex.js'
import { DEFAULT_DESCRIBE, type DescribeOptions, type VersionConfig } from './version-config.js'

export interface TagRules {
  tagRegex: TagRegex
  normalize: boolean
  /** Only tags starting with it are this package's (monorepos); '' for all. */
  prefix: string
  /** What git describe is asked, the prefix included. */
  describe: DescribeOptions
  /** setuptools-scm 10's tag.prefix: cut off a tag before tagRegex reads it. */
  strip: string
}

let defaultRules_: TagRules | undefined
/** setuptools_scm's defaults; compiled on first use (its Unicode classes cost milliseconds a pull request run never needs). */
export function defaultRules(): TagRules {
  defaultRules_ ??= {
    tagRegex: compileTagRegex(DEFAULT_TAG_REGEX),
    normalize: true,
    prefix: '',
    describe: DEFAULT_DESCRIBE,
    strip: ''
  }
  return defaultRules_
}

/** The rules from the version configuration and the tag-prefix input. */
export function tagRules(config: VersionConfig, tagPrefix: string): { rules: TagRules; problems: string[] } {
  const implied = config.tagPrefix || config.tagRegex.prefix
  const problems: string[] = []
  if (tagPrefix && implied && tagPrefix !== implied) {
    problems.push(
      `Input "tag-prefix" is "${tagPrefix}", but the project's tag_regex only admits tags starting with "${implied}"; make them agree (or leave tag-prefix empty).`
    )
  }
  const prefix = tagPrefix || implied
  let describe = config.describe
  // The default --match admits every package's tags; narrow it to this package's.
  if (prefix && describe.match.length === 1 && describe.match[0] === DEFAULT_DESCRIBE.match[0]) {
    describe = { ...describe, match: [`${escapeGlob(prefix)}*[0-9]*`] }
  }
  return {
    rules: { tagRegex: config.tagRegex, normalize: config.normalize, prefix, describe, strip: config.tagPrefix },
    problems
  }
}

/**
 * The version a tag names for this package, as setuptools_scm holds it (str() of
 * its version: normalized, or as written with normalize = false); undefined for
 * a tag that is not one of this package's versions.
 */
export function tagVersion(tag: string, rules: TagRules = defaultRules()): string | undefined {
  if (rules.prefix && !tag.startsWith(rules.prefix)) return undefined
  // vcs-versioning strips tag.prefix (where the tag has it) before the regex reads the rest.
  const raw = matchTag(rules.tagRegex, rules.strip && tag.startsWith(rules.strip) ? tag.slice(rules.strip.length) : tag)
  if (raw === undefined) return undefined
  const parsed = parseVersion(raw)
  if (!parsed) return undefined
  return rules.normalize ? formatVersion(parsed) : raw
}

/** The normalized version a tag names, or undefined. */
export function versionFromTag(tag: string, rules: TagRules = defaultRules()): string | undefined {
  const version = tagVersion(tag, rules)
  return version === undefined ? undefined : formatVersion(parseVersion(version)!)
}

/** Whether git describe, asked with these options, could name this tag at all. */
export function describeAdmits(describe: DescribeOptions, tag: string): boolean {
  if (describe.match.length && !describe.match.some(p => globMatches(p, tag))) return false
  return !describe.exclude.some(p => globMatches(p, tag))
}
