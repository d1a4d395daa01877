// Target platforms (`os/arch[/variant]`) as buildx names them.
import { splitList } from '../versions/words.js'

const ARCHES: Record<string, string[]> = {
  amd64: ['v1', 'v2', 'v3', 'v4'],
  arm64: ['v8'],
  arm: ['v5', 'v6', 'v7', 'v8'],
  '386': [],
  ppc64le: [],
  ppc64: [],
  s390x: [],
  riscv64: [],
  mips64le: [],
  mips64: [],
  mipsle: [],
  mips: [],
  loong64: []
}
const OSES = ['linux', 'windows', 'freebsd', 'darwin']

/**
 * One name per platform, as buildx and registries write it: `linux/arm64/v8` is
 * `linux/arm64`, `linux/amd64/v1` is `linux/amd64` (their default variants).
 */
export function canonicalPlatform(platform: string): string {
  return platform.replace(/^(\w+)\/arm64\/v8$/, '$1/arm64').replace(/^(\w+)\/amd64\/v1$/, '$1/amd64')
}

/** The platforms of a comma or newline separated list, in canonical form, or what is wrong with it. */
export function parsePlatforms(text: string): string[] | string {
  const list = splitList(text)
  if (list.length === 0) return 'is empty; give at least one platform, like linux/amd64.'
  const bad = list.filter(p => !isPlatform(p))
  if (bad.length) {
    return `names unknown platform${bad.length > 1 ? 's' : ''} ${bad.map(b => `"${b}"`).join(', ')}; use os/arch[/variant] such as linux/amd64, linux/arm64 or linux/arm/v7.`
  }
  const canonical = list.map(canonicalPlatform)
  const seen = new Set<string>()
  const dupes = list.filter((_, i) => (seen.has(canonical[i]) ? true : (seen.add(canonical[i]), false)))
  if (dupes.length)
    return `lists ${dupes.map(d => `"${d}"`).join(', ')} more than once (${dupes.map(canonicalPlatform).join(', ')}).`
  return canonical
}

function isPlatform(platform: string): boolean {
  const [os, arch, variant, ...rest] = platform.split('/')
  if (rest.length || !OSES.includes(os) || !Object.hasOwn(ARCHES, arch)) return false
  return variant === undefined || ARCHES[arch].includes(variant)
}

/** Platforms a builder lists, compared with what was asked: `linux/arm64/v8` is `linux/arm64`. */
export function unsupportedPlatforms(builder: { platforms: string[] }, wanted: string[]): string[] {
  return wanted.filter(p => !builder.platforms.some(q => samePlatform(p, q)))
}

/** One platform however it is written: `linux/arm64/v8` is `linux/arm64`, `linux/amd64/v1` is `linux/amd64`. */
export function samePlatform(a: string, b: string): boolean {
  return canonicalPlatform(a) === canonicalPlatform(b)
}
