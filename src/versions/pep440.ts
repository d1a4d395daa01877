// PEP 440 versions with numbers of any size: the grammar is PEP 440's own (its
// appendix, which Python's packaging uses), written here; the segments are read as
// BigInt, since JavaScript numbers lose digits above 2^53.

export interface Pep440 {
  epoch: bigint
  release: bigint[]
  pre?: { letter: 'a' | 'b' | 'rc'; number: bigint }
  post?: bigint
  dev?: bigint
  /** Local segments, lower-cased; numeric ones as BigInt. */
  local?: (bigint | string)[]
}

/** PEP 440, Appendix B: every spelling a version may have, before it is normalized. */
const VERSION_PATTERN = [
  'v?',
  '(?:',
  '(?:(?<epoch>[0-9]+)!)?', // 1!
  '(?<release>[0-9]+(?:\\.[0-9]+)*)', // 1.2.3
  '(?<pre>[-_.]?(?<pre_l>alpha|beta|preview|pre|rc|a|b|c)[-_.]?(?<pre_n>[0-9]+)?)?', // rc1, -alpha.2
  '(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?', // .post1, -1
  '(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?', // .dev3
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?' // +local.1
].join('')

const PATTERN = new RegExp(`^\\s*${VERSION_PATTERN}\\s*$`, 'i')
const PRE_LETTER: Record<string, 'a' | 'b' | 'rc'> = {
  a: 'a',
  alpha: 'a',
  b: 'b',
  beta: 'b',
  c: 'rc',
  rc: 'rc',
  pre: 'rc',
  preview: 'rc'
}

/** Parse a version as packaging's Version does, or undefined when it is none. */
export function parseVersion(text: string): Pep440 | undefined {
  const g = PATTERN.exec(text)?.groups
  if (!g) return undefined
  const version: Pep440 = {
    epoch: BigInt(g.epoch ?? 0),
    release: g.release.split('.').map(n => BigInt(n))
  }
  if (g.pre_l) version.pre = { letter: PRE_LETTER[g.pre_l.toLowerCase()], number: BigInt(g.pre_n ?? 0) }
  if (g.post_n1 !== undefined || g.post_l) version.post = BigInt(g.post_n1 ?? g.post_n2 ?? 0)
  if (g.dev_l) version.dev = BigInt(g.dev_n ?? 0)
  if (g.local)
    version.local = g.local.split(/[-_.]/).map(part => (/^\d+$/.test(part) ? BigInt(part) : part.toLowerCase()))
  return version
}

export function formatVersion(v: Pep440): string {
  let text = v.epoch ? `${v.epoch}!` : ''
  text += v.release.join('.')
  if (v.pre) text += `${v.pre.letter}${v.pre.number}`
  if (v.post !== undefined) text += `.post${v.post}`
  if (v.dev !== undefined) text += `.dev${v.dev}`
  if (v.local) text += `+${v.local.join('.')}`
  return text
}

/** The normalized form (`v1.02-RC.1` → `1.2rc1`), or undefined when the text is no version. */
export function normalizeVersion(text: string): string | undefined {
  const parsed = parseVersion(text)
  return parsed && formatVersion(parsed)
}

/** The version without its local part (`1.2.3+g1234` → `1.2.3`). */
export function publicVersion(text: string): string | undefined {
  const parsed = parseVersion(text)
  return parsed && formatVersion({ ...parsed, local: undefined })
}

/** A final release: no pre, post or dev part. */
export function isFinal(text: string): boolean {
  const v = parseVersion(text)
  return v !== undefined && !v.pre && v.post === undefined && v.dev === undefined
}

/** What pip installs only with --pre: a pre-release or a development release. */
export function isPreRelease(text: string): boolean {
  const v = parseVersion(text)
  return v !== undefined && (v.pre !== undefined || v.dev !== undefined)
}

const LETTER_ORDER = { a: 0, b: 1, rc: 2 }

function cmp(a: bigint | number, b: bigint | number): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** packaging's ordering: -1, 0 or 1. Versions that do not parse sort below all others. */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a)
  const y = parseVersion(b)
  if (!x || !y) return x ? 1 : y ? -1 : 0
  return cmpKey(x, y)
}

function cmpKey(x: Pep440, y: Pep440): number {
  const byEpoch = cmp(x.epoch, y.epoch)
  if (byEpoch) return byEpoch
  const rx = trimZeros(x.release)
  const ry = trimZeros(y.release)
  for (let i = 0; i < Math.max(rx.length, ry.length); i++) {
    if (i >= rx.length) return -1
    if (i >= ry.length) return 1
    const c = cmp(rx[i], ry[i])
    if (c) return c
  }
  // 1.0.dev0 < 1.0a0 < 1.0 < 1.0.post0
  const preRank = (v: Pep440) => (v.pre ? 1 : v.post === undefined && v.dev !== undefined ? 0 : 2)
  const c1 = cmp(preRank(x), preRank(y))
  if (c1) return c1
  if (x.pre && y.pre) {
    const c2 = cmp(LETTER_ORDER[x.pre.letter], LETTER_ORDER[y.pre.letter]) || cmp(x.pre.number, y.pre.number)
    if (c2) return c2
  }
  const c3 = cmp(x.post === undefined ? -1n : x.post, y.post === undefined ? -1n : y.post)
  if (c3) return c3
  if ((x.dev === undefined) !== (y.dev === undefined)) return x.dev === undefined ? 1 : -1
  if (x.dev !== undefined && y.dev !== undefined) {
    const c4 = cmp(x.dev, y.dev)
    if (c4) return c4
  }
  return compareLocal(x.local, y.local)
}

function trimZeros(release: bigint[]): bigint[] {
  let end = release.length
  while (end > 1 && release[end - 1] === 0n) end--
  return release.slice(0, end)
}

function compareLocal(a?: (bigint | string)[], b?: (bigint | string)[]): number {
  if (!a || !b) return a ? 1 : b ? -1 : 0
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i >= a.length) return -1
    if (i >= b.length) return 1
    const [p, q] = [a[i], b[i]]
    // Numeric segments sort above alphanumeric ones.
    if (typeof p !== typeof q) return typeof p === 'bigint' ? 1 : -1
    const c = typeof p === 'bigint' ? cmp(p, q as bigint) : p < (q as string) ? -1 : p > (q as string) ? 1 : 0
    if (c) return c
  }
  return 0
}

/** The highest of some versions, or undefined for none. */
export function highestVersion(versions: string[]): string | undefined {
  return versions.reduce<string | undefined>(
    (best, v) => (best === undefined || compareVersions(v, best) > 0 ? v : best),
    undefined
  )
}
