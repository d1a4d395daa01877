// Differential test: on varied random histories, the action's dev version must
// equal what Debian's setuptools_scm computes, wherever setuptools_scm gives one.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { planDev } from './support/plan-version.js'
import { TestRepo } from './support/repo.js'

const PYTHON = '/usr/bin/python3'
const SCRIPT = fileURLToPath(new URL('./support/scm_versions.py', import.meta.url))
const REPOSITORIES = Number(process.env.DIFF_REPOS ?? 24)

function hasSetuptoolsScm(): boolean {
  if (!existsSync(PYTHON)) return false
  try {
    execFileSync(PYTHON, ['-c', 'import setuptools_scm'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** mulberry32: a small seeded generator, so a failure can be replayed by its seed. */
function random(seed: number) {
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

type Random = ReturnType<typeof random>

function tagName(r: Random): string {
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

/** A history of commits on several branches, merges, and tags of every kind. */
function randomHistory(seed: number): TestRepo {
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

describe('dev versions equal setuptools_scm on random histories', () => {
  const seeds = Array.from({ length: REPOSITORIES }, (_, i) => 1000 + i)
  const seen = { compared: 0, crashes: 0, exact: 0, passedOver: 0, untagged: 0 }

  beforeAll(() => {
    if (!hasSetuptoolsScm()) {
      throw new Error(`${PYTHON} has no setuptools_scm: apt-get install python3-setuptools-scm (scripts/services.sh does)`)
    }
  })

  // The random histories must have reached every kind of case, or the comparison proves little.
  afterAll(() => {
    if (REPOSITORIES < 24) return
    expect(seen.compared).toBeGreaterThan(100)
    expect(seen.crashes).toBeGreaterThan(0)
    expect(seen.exact).toBeGreaterThan(0)
    expect(seen.passedOver).toBeGreaterThan(0)
    expect(seen.untagged).toBeGreaterThan(0)
  })

  it.each(seeds)('history with seed %i', async seed => {
    const repo = randomHistory(seed)
    try {
      const commits = repo.git('rev-list', '--all').split('\n')
      const r = random(seed * 7)
      const sample = [...new Set(Array.from({ length: 10 }, () => r.pick(commits)))]
      const expected = JSON.parse(
        execFileSync(PYTHON, [SCRIPT, repo.dir, ...sample], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
      ) as (string | null)[]
      let compared = 0
      for (const [i, sha] of sample.entries()) {
        const plan = await planDev(repo.dir, sha)
        if (plan.warnings.length) seen.passedOver++
        if (/at tag/.test(plan.reason)) seen.exact++
        if (/no version tag/.test(plan.reason)) seen.untagged++
        if (expected[i] === null) {
          // setuptools_scm crashes here; the action still gives a version, and says why.
          seen.crashes++
          expect(plan.version).toMatch(/^\d/)
          expect(plan.warnings.length).toBeGreaterThan(0)
          continue
        }
        compared++
        seen.compared++
        expect({ sha, tags: repo.git('tag', '--merged', sha).split('\n'), version: plan.version }).toEqual({
          sha,
          tags: expect.anything(),
          version: expected[i]
        })
      }
      expect(compared + expected.filter(v => v === null).length).toBe(sample.length)
    } finally {
      repo.remove()
    }
  })
})
