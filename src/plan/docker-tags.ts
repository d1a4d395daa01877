// Docker tags for a release or a development release.
import { createHash } from 'node:crypto'
import { parseVersion } from '../versions/pep440.js'

const MAX_TAG = 128
/** Prefix for branch tags that would otherwise pass for `latest` or a version. */
export const BRANCH_PREFIX = 'branch-'

/**
 * A name made a valid Docker tag (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`):
 * `feature/implement-doodad` becomes `feature-implement-doodad`; where other
 * characters had to go, a short hash of the name keeps it apart (`feature-ä` →
 * `feature-1a2b3c4d`); a name over 128 characters is cut and hashed.
 */
export function sanitizeTag(name: string): string {
  let tag = name.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '')
  if (tag === '') return `${BRANCH_PREFIX}${shortHash(name)}`
  // Only `/` → `-` keeps a name apart from others; anything else lost (`feature/ä`,
  // `fix/#12`) could give two branches one tag, so a hash of the full name follows.
  if (tag !== name.replace(/\//g, '-')) tag = `${tag.replace(/-+$/, '')}-${shortHash(name)}`
  return cut(tag, name)
}

/**
 * Whether a tag could pass for one another owner makes: a release's (`latest`, or anything PEP 440 reads as a
 * version: `1.1.0`, `v2`, `2024-01`), a signature's or referrer's (`sha256-<digest>…`, which cleanup never deletes),
 * or a platform image's staging tag (`…--linux-arm64`).
 */
export function passesForRelease(tag: string): boolean {
  return (
    /^latest$/i.test(tag) ||
    parseVersion(tag) !== undefined ||
    /^sha256-[0-9a-f]{64}/i.test(tag) ||
    /--[a-z0-9]+-[a-z0-9]+(-v\d+)?$/i.test(tag)
  )
}

/**
 * The branch's own image tag: its name made a valid tag (sanitizeTag). A tag another owner could produce — a
 * release's version or `latest` (passesForRelease), or a tag the configured templates give (`reserved`: an
 * alias, a channel, a traceable tag) — gets the `branch-` prefix, so a branch never overwrites what is not its own.
 */
export function branchTag(branch: string, reserved: (tag: string) => boolean = () => false): string {
  const tag = sanitizeTag(branch)
  return passesForRelease(tag) || reserved(tag) ? cut(BRANCH_PREFIX + tag, branch) : tag
}

function cut(tag: string, name: string): string {
  if (tag.length <= MAX_TAG) return tag
  // Cut, and keep names that share their first 119 characters apart.
  const hash = shortHash(name)
  return `${tag.slice(0, MAX_TAG - hash.length - 1)}-${hash}`
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8)
}

/** Full references (`image:tag`) for the tags. */
export function imageRefsOf(image: string, tags: string[]): string[] {
  return tags.map(tag => `${image}:${tag}`)
}

/**
 * The tag a single platform's image goes under where it cannot be pushed by
 * digest: `image:feature-x--linux-arm-v7`, kept within Docker's 128 characters.
 */
export function stagingTag(ref: string, platform: string): string {
  const at = ref.lastIndexOf(':')
  const [image, tag] = [ref.slice(0, at), ref.slice(at + 1)]
  const suffix = `--${platform.replace(/\//g, '-')}`
  if (tag.length + suffix.length <= MAX_TAG) return `${image}:${tag}${suffix}`
  const hash = shortHash(tag)
  return `${image}:${tag.slice(0, MAX_TAG - suffix.length - hash.length - 1)}-${hash}${suffix}`
}
