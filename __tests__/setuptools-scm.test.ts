// Differential test: for every version setting the action honours, on random
// histories made for it, the action's dev version must equal what setuptools_scm 8
// computes from the same pyproject.toml, wherever setuptools_scm gives one; where
// it fails, the action must say why (a warning, or an error that stops the release).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { normalizeVersion } from '../src/versions/pep440.js'
import { anyTag, random, randomHistory, type Random } from './support/histories.js'
import { planDev, planRelease, projectVersioning } from './support/plan-version.js'
import { TestRepo } from './support/repo.js'

const PYTHON = '/usr/bin/python3'
const STATE = process.env.DEV_RELEASE_STATE ?? '/var/lib/dev-release'
/** The majors compared: trixie's 8.2.1 and unstable's 9.2.2, unpacked beside each other by scripts/services.sh. */
const MAJORS = (process.env.DEV_RELEASE_SCM_MAJORS ?? '8,9').split(',').map(major => ({
  major,
  path: `${STATE}/setuptools-scm-${major}`
}))
const SCRIPT = fileURLToPath(new URL('./support/scm_versions.py', import.meta.url))
const SAMPLES = 8
// Commits of the test histories are made from 2023-11-14 22:13 UTC on; the build is three days later.
const SOURCE_DATE_EPOCH = String(1_700_000_000 + 3 * 86_400)

interface Case {
  name: string
  /** The [tool.setuptools_scm] table's lines. */
  settings: string
  /** The whole pyproject.toml instead, where the settings stand elsewhere. */
  pyproject?: string
  /** The pyproject.toml setuptools_scm 8 and 9 read instead, where only setuptools-scm 10 reads the project's. */
  reference?: string
  setupPy?: string
  env?: Record<string, string>
  tags?: (r: Random) => string
  branches?: string[]
  histories?: number
  /** Setuptools_scm is expected to fail somewhere in these histories. */
  crashes?: boolean
}

const version = (r: Random) => `${r.int(3)}.${r.int(4)}.${r.int(12)}`
const DATES = ['2023.11.13', '2023.11.14', '2023.11.15', '23.11.14', 'v2023.11.14', '2023.11.14.2', '2023.11.13.5']

const VCS_VERSIONING_REGEX = String.raw`tag_regex = '^vcs-versioning-(?P<version>v?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$'`
const VCS_VERSIONING_MATCH = '["git", "describe", "--dirty", "--tags", "--long", "--match", "vcs-versioning-*"]'

const CASES: Case[] = [
  { name: 'defaults (guess-next-dev)', settings: '', histories: 24, crashes: true },
  { name: 'version_scheme post-release', settings: 'version_scheme = "post-release"' },
  { name: 'version_scheme no-guess-dev', settings: 'version_scheme = "no-guess-dev"', crashes: true },
  {
    name: 'version_scheme release-branch-semver',
    settings: 'version_scheme = "release-branch-semver"',
    tags: r => r.pick([version(r), `v${version(r)}`, `${r.int(3)}.${r.int(4)}`, `${version(r)}rc1`]),
    branches: ['feature/x', 'release/1.2', 'release/v0.3', 'maint/2.1.x', 'release/1.1']
  },
  {
    name: 'version_scheme python-simplified-semver',
    settings: 'version_scheme = "python-simplified-semver"',
    tags: r =>
      r.pick([version(r), `v${version(r)}`, `${r.int(3)}.${r.int(4)}`, `${version(r)}rc1`, `${version(r)}.post2`]),
    branches: ['feature/x', 'develop', 'fix/feature-flag']
  },
  { name: 'version_scheme only-version', settings: 'version_scheme = "only-version"', crashes: true },
  {
    name: 'version_scheme calver-by-date',
    settings: 'version_scheme = "calver-by-date"',
    env: { SOURCE_DATE_EPOCH },
    tags: r => (r.chance(0.8) ? r.pick(DATES) : version(r)),
    branches: ['feature/x', 'release-2023.11.20', 'release-x']
  },
  {
    name: 'monorepo: tag_regex and git_describe_command for api-*',
    settings:
      String.raw`tag_regex = '^api-(?P<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$'` +
      '\ngit_describe_command = "git describe --dirty --tags --long --match \'api-*\'"',
    tags: r => r.pick([`api-${version(r)}`, `worker-${version(r)}`, version(r), `api-v${version(r)}`])
  },
  {
    name: 'git_describe_command --match v[0-9]*, with event tags',
    settings: `git_describe_command = "git describe --dirty --tags --long --match 'v[0-9]*'"`,
    tags: r => r.pick([`v${version(r)}`, `event-${2020 + r.int(6)}`, version(r)])
  },
  {
    name: 'git_describe_command without --tags (annotated tags only)',
    settings: `git_describe_command = ["git", "describe", "--dirty", "--long", "--match", "*[0-9]*"]`,
    tags: r => version(r)
  },
  {
    name: 'git_describe_command --first-parent',
    settings: `git_describe_command = "git describe --dirty --tags --long --first-parent --match '*[0-9]*'"`,
    tags: r => version(r)
  },
  {
    name: 'git_describe_command --exclude',
    settings: `git_describe_command = "git describe --dirty --tags --long --match '*[0-9]*' --exclude '*rc*'"`,
    tags: r => r.pick([version(r), `${version(r)}rc1`])
  },
  {
    name: 'normalize = false',
    settings: 'normalize = false',
    tags: r =>
      r.pick([`${version(r)}-rc${r.int(3)}`, `v${version(r)}`, `${r.int(3)}.0${r.int(9)}.${r.int(9)}`, version(r)])
  },
  {
    name: 'tag_regex with one unnamed group',
    settings: String.raw`tag_regex = '^v?(\d+\.\d+(?:\.\d+)?)$'`,
    tags: r => r.pick([version(r), `v${version(r)}`, `${version(r)}rc1`, `api-${version(r)}`]),
    crashes: true
  },
  {
    name: 'version_scheme as a list',
    settings: 'version_scheme = ["no-guess-dev", "guess-next-dev"]',
    tags: r => version(r)
  },
  {
    name: 'SETUPTOOLS_SCM_OVERRIDES_FOR_<NAME>',
    settings: '',
    env: { SETUPTOOLS_SCM_OVERRIDES_FOR_WIDGET_APP: '{version_scheme = "post-release"}' }
  },
  {
    // pytest's setup.py of 2018: parse_version in the file, only write_to passed (once refused for "parse").
    name: "setup.py's use_scm_version (pytest 2018)",
    settings: '',
    setupPy: readFileSync(new URL('./fixtures/setup-py/pytest-2018.py', import.meta.url), 'utf8')
  },
  {
    name: "setup.py's use_scm_version with a scheme, over [tool.setuptools_scm]",
    settings: 'version_scheme = "no-guess-dev"',
    setupPy:
      "from setuptools import setup\nsetup(use_scm_version={'version_scheme': 'post-release', 'local_scheme': lambda v: ''})\n"
  },
  {
    // vcs-versioning's own pyproject in the setuptools-scm monorepo (its towncrier scheme left out): setuptools-scm
    // 10 reads [tool.vcs-versioning]; 8 and 9 are given the same settings under [tool.setuptools_scm].
    name: '[tool.vcs-versioning] in a two-prefix monorepo',
    settings: '',
    pyproject: `[project]\nname = "vcs-versioning"\n\n[tool.vcs-versioning]\n${VCS_VERSIONING_REGEX}\nscm.git.describe_command = ${VCS_VERSIONING_MATCH}\n`,
    // 8 and 9 know the describe command by its old name.
    reference: `[project]\nname = "vcs-versioning"\n\n[tool.setuptools_scm]\n${VCS_VERSIONING_REGEX}\ngit_describe_command = ${VCS_VERSIONING_MATCH}\n`,
    tags: r =>
      r.pick([`setuptools-scm-v${version(r)}`, `vcs-versioning-v${version(r)}`, `vcs-versioning-${version(r)}`])
  },
  {
    name: 'SETUPTOOLS_SCM_PRETEND_VERSION',
    settings: '',
    env: { SETUPTOOLS_SCM_PRETEND_VERSION: '4.5.6.dev7' },
    histories: 1
  }
]

describe.each(MAJORS)('setuptools_scm $major', ({ major, path: scm }) => {
  beforeAll(() => {
    if (!existsSync(PYTHON) || !existsSync(join(scm, 'setuptools_scm'))) {
      throw new Error(`No setuptools_scm ${major} at ${scm}: run "bash scripts/services.sh" (it unpacks it).`)
    }
  })

  describe.each(CASES)('$name: the action computes what setuptools_scm computes', c => {
    const seen = { compared: 0, crashes: 0 }
    const histories = c.histories ?? 3
    afterAll(() => {
      expect({
        case: c.name,
        compared: seen.compared > histories * 2,
        crashed: !c.crashes || histories < 3 || seen.crashes > 0
      }).toEqual({
        case: c.name,
        compared: true,
        crashed: true
      })
    })

    it.each(Array.from({ length: histories }, (_, i) => 1000 + i))('history with seed %i', async seed => {
      const repo = randomHistory(seed, c.tags ?? anyTag)
      const saved = { ...process.env }
      try {
        // Not committed: checkouts keep it, and setuptools_scm does not count it as a change.
        writeFileSync(
          join(repo.dir, 'pyproject.toml'),
          c.pyproject ?? `[project]\nname = "widget.app"\n\n[tool.setuptools_scm]\n${c.settings}\n`
        )
        if (c.setupPy) writeFileSync(join(repo.dir, 'setup.py'), c.setupPy)
        // Untracked, like pyproject.toml: no commit counts it.
        const reference = c.reference && join(repo.dir, 'reference.toml')
        if (reference) writeFileSync(reference, c.reference!)
        Object.assign(process.env, c.env ?? {})
        const r = random(seed * 7)
        const commits = repo.git('rev-list', '--all').split('\n')
        const sample = [...new Set(Array.from({ length: SAMPLES }, () => r.pick(commits)))].map(sha => ({
          sha,
          branch: r.pick(c.branches ?? ['feature/x'])
        }))
        const expected = JSON.parse(
          execFileSync(PYTHON, [SCRIPT, repo.dir, ...sample.map(s => `${s.branch}=${s.sha}`)], {
            encoding: 'utf8',
            env: { ...process.env, PYTHONPATH: scm, ...(reference ? { SCM_PYPROJECT: reference } : {}) },
            stdio: ['ignore', 'pipe', 'pipe']
          })
        ) as (string | null)[]
        const versioning = projectVersioning(repo.dir, process.env)
        for (const [i, { sha, branch }] of sample.entries()) {
          const plan = await planDev(repo.dir, sha, branch, versioning)
          if (expected[i] === null) {
            // setuptools_scm fails here; the action says why, and gives a version or stops.
            seen.crashes++
            expect([...plan.warnings, ...plan.errors].length).toBeGreaterThan(0)
            continue
          }
          if (normalizeVersion(expected[i]!) === undefined) {
            // setuptools_scm gives no PEP 440 version here, which no build backend accepts: the action stops.
            seen.crashes++
            expect(plan.errors.join()).toContain(expected[i])
            continue
          }
          seen.compared++
          expect({ sha, branch, tags: repo.git('tag', '--merged', sha).split('\n'), version: plan.version }).toEqual({
            sha,
            branch,
            tags: expect.anything(),
            // Exactly (normalize = false keeps the tag's spelling), less the local part: an index refuses it, and
            // setuptools_scm 9 keeps a tag's own (+build0) where 8 dropped it under no-local-version.
            version: expected[i]!.split('+')[0]
          })
          expect(plan.errors).toEqual([])
        }
      } finally {
        process.env = saved
        repo.remove()
      }
    })
  })
})

describe('two version tags on one commit (virtualenv: 20.27.2 and 20.27.3)', () => {
  let repo: TestRepo
  beforeEach(() => (repo = TestRepo.create()))
  afterEach(() => repo.remove())

  it.each([
    // git describe prefers an annotated tag, and among lightweight ones keeps the first by name.
    ['both lightweight', false, false, '20.27.2'],
    ['the pushed one lightweight, the other annotated', false, true, '20.27.2'],
    ['the pushed one annotated, the other lightweight', true, false, '20.27.3']
  ])(
    '%s: releases the pushed tag, and names the tag setuptools_scm 8 and 9 pick there',
    async (_, pushedAnnotated, otherAnnotated, pick) => {
      repo.commit()
      repo.tag('20.27.2', otherAnnotated)
      repo.tag('20.27.3', pushedAnnotated)
      writeFileSync(join(repo.dir, 'pyproject.toml'), '[project]\nname = "virtualenv"\n\n[tool.setuptools_scm]\n')
      const sha = repo.git('rev-parse', 'HEAD')
      const picks = ['8', '9'].map(
        major =>
          JSON.parse(
            execFileSync(PYTHON, [SCRIPT, repo.dir, `main=${sha}`], {
              encoding: 'utf8',
              env: { ...process.env, PYTHONPATH: `${STATE}/setuptools-scm-${major}` }
            })
          )[0]
      )
      expect(picks).toEqual([pick, pick])
      const plan = await planRelease(repo.dir, '20.27.3')
      expect(plan.version).toBe('20.27.3')
      expect(plan.errors).toEqual([])
      expect(plan.versionSource).toBe(
        pick === '20.27.3'
          ? 'setuptools_scm, version_scheme guess-next-dev, tag 20.27.3'
          : 'the pushed tag 20.27.3; setuptools_scm would pick tag 20.27.2 at this commit, which carries both'
      )
      expect(plan.notices.some(n => /also carries tag "20.27.2", which setuptools_scm picks here/.test(n))).toBe(
        pick === '20.27.2'
      )
      // The other tag's push releases its own version.
      expect((await planRelease(repo.dir, '20.27.2')).version).toBe('20.27.2')
    }
  )

  it('says nothing more where the other tag on the commit is no version', async () => {
    repo.commit()
    repo.tag('deployed')
    repo.tag('1.0.0')
    const plan = await planRelease(repo.dir, '1.0.0')
    expect(plan.versionSource).toBe('setuptools_scm, version_scheme guess-next-dev, tag 1.0.0')
  })
})
