// Random git histories for the differential tests: commits on several
// branches, merges, and tags of every kind, reproducible from a seed.
import { TestRepo } from './repo.js'

/** mulberry32: a small seeded generator, so a failure can be replayed by its seed. */
export function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p
  }
}

export type Random = ReturnType<typeof random>

/** Tag names of every kind setuptools_scm meets: versions in many spellings, and tags that are none. */
export function anyTag(r: Random): string {
  const v = `${r.int(3)}.${r.int(12)}.${r.int(12)}`
  return r.pick([
    v,
    v,
    `v${v}`,
    `V${r.int(3)}.${r.int(5)}`,
    `${v}rc${r.int(3)}`,
    `${v}-rc.${r.int(3) + 1}`,
    `${v}a${r.int(2)}`,
    `${v}.post${r.int(3)}`,
    `${v}.dev0`,
    `widget-${v}`,
    `${r.int(3)}.${r.int(9)}`,
    `${v}+build${r.int(9)}`,
    `build${2020 + r.int(6)}`,
    `nightly`,
    `release-candidate`,
    `x${r.int(99)}y`,
    `${v}-foo`
  ])
}

/** A history of commits on several branches, merges, and tags from `tagName`. */
export function randomHistory(seed: number, tagName: (r: Random) => string = anyTag): TestRepo {
  const r = random(seed)
  const repo = TestRepo.create()
  const branches = ['main']
  const used = new Set<string>()
  repo.commit()
  for (let step = 0; step < 18 + r.int(18); step++) {
    const roll = r.next()
    if (roll < 0.5) {
      repo.commit()
    } else if (roll < 0.72) {
      let tags = r.chance(0.2) ? 2 : 1 // sometimes several tags on one commit
      while (tags-- > 0) {
        const name = tagName(r)
        if (used.has(name)) continue
        used.add(name)
        repo.tag(name, r.chance(0.4))
      }
    } else if (roll < 0.84) {
      const name = `b${branches.length}`
      repo.branch(name, r.pick(branches))
      branches.push(name)
      repo.commit()
    } else if (roll < 0.94 && branches.length > 1) {
      const current = repo.git('rev-parse', '--abbrev-ref', 'HEAD')
      const other = r.pick(branches.filter(b => b !== current))
      repo.merge(other)
    } else {
      repo.checkout(r.pick(branches))
    }
  }
  return repo
}
