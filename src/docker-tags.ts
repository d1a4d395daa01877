// Docker tags for a release or a development release.
import { createHash } from 'node:crypto'

const MAX_TAG = 128
/** Prefix for branch tags that would otherwise pass for `latest` or a version. */
export const BRANCH_PREFIX = 'branch-'

/**
 * A branch name made a valid Docker tag (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`):
 * `feature/implement-doodad` becomes `feature-implement-doodad`; where other
 * characters had to go, a short hash of the name keeps it apart (`feature-ä` →
 * `feature-1a2b3c4d`). A name that
 * could be taken for `latest` or a release version (`latest`, `1.1.0`, `v2.0`)
 * gets the `branch-` prefix, so a branch never overwrites a release image.
 */
export function branchTag(branch: string): string {
  let tag = branch.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '')
  if (tag === '') return `${BRANCH_PREFIX}${shortHash(branch)}`
  // Only `/` → `-` keeps a name apart from others; anything else lost (`feature/ä`,
  // `fix/#12`) could give two branches one tag, so a hash of the full name follows.
  if (tag !== branch.replace(/\//g, '-')) tag = `${tag.replace(/-+$/, '')}-${shortHash(branch)}`
  if (/^latest$/i.test(tag) || /^[vV]?\d/.test(tag)) tag = BRANCH_PREFIX + tag
  if (tag.length > MAX_TAG) {
    // Cut, and keep names that share their first 119 characters apart.
    const hash = shortHash(branch)
    tag = `${tag.slice(0, MAX_TAG - hash.length - 1)}-${hash}`
  }
  return tag
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8)
}

export function imageTags(image: string, tags: string[]): string[] {
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
