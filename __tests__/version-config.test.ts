// Reading the project's version settings: what is honoured, what is refused
// (naming the setting), and the tag rules that follow.
import type { ReleaseEvent } from '../src/outside/event.js'
import { validInputs } from '../src/plan/inputs.js'
import { classify } from '../src/plan/trigger.js'
import { makePlan } from '../src/plan/planner.js'
import { reviewAgainstIndex } from '../src/plan/latest.js'
import type { Facts, Plan, Versioning } from '../src/plan/plan.js'
import { readProjectInfo, versionAdvice } from '../src/versions/pyproject.js'
import { parseDescribeCommand, readVersionConfig, type EnvVariables } from '../src/versions/version-config.js'
import { describeAdmits, tagRules, tagVersion } from '../src/versions/tag-rules.js'
import { upperMajor } from '../src/versions/config-sources.js'
import { readUseScmVersion, setupPyVersion } from '../src/versions/setup-py.js'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readVersioning } from '../src/outside/project-files.js'

function read(pyproject: string, env: EnvVariables = {}, setupPy?: string) {
  return readVersionConfig(readProjectInfo({ pyproject, setupPy }), setupPy, env)
}
const tagPush = (tag: string): ReleaseEvent => ({
  name: 'push',
  ref: `refs/tags/${tag}`,
  sha: 'a'.repeat(40),
  repository: 'acme/setuptools-scm',
  fork: false,
  deleted: false,
  repositoryUrl: ''
})
const scm = (settings: string, name = 'widget') => `[project]\nname = "${name}"\n\n[tool.setuptools_scm]\n${settings}\n`

describe('readVersionConfig', () => {
  it('defaults to guess-next-dev with the default tag regex and describe command', () => {
    const { config, problems } = read('[project]\nname = "widget"\n')
    expect(problems).toEqual([])
    expect(config).toMatchObject({ tool: 'setuptools_scm', scheme: 'guess-next-dev', normalize: true, settings: [] })
    expect(config.describe).toEqual({ match: ['*[0-9]*'], exclude: [], tags: true, firstParent: false })
  })

  it.each([
    'guess-next-dev',
    'post-release',
    'no-guess-dev',
    'release-branch-semver',
    'python-simplified-semver',
    'only-version',
    'calver-by-date'
  ])('honours version_scheme %s', scheme => {
    const { config, problems } = read(scm(`version_scheme = "${scheme}"`))
    expect(problems).toEqual([])
    expect(config.scheme).toBe(scheme)
  })

  it.each([
    [
      'version_scheme = "mypkg.version:scheme"',
      /version_scheme = "mypkg.version:scheme": only setuptools_scm's built-in schemes.*guess-next-dev/
    ],
    ['version_scheme = "post_release"', /version_scheme = "post_release"/],
    ['parse = "mypkg:parse"', /\[tool.setuptools_scm\] parse: a custom parse function/],
    ['version_cls = "mypkg.MyVersion"', /version_cls: a custom version class/],
    [
      'verison_scheme = "post-release"',
      /verison_scheme: setuptools_scm does not know this setting either \(a typo\?\)/
    ],
    [String.raw`tag_regex = '\bv(\d+)'`, /tag_regex: the escape \\b .*has no exact JavaScript equivalent/],
    [
      'git_describe_command = "git describe --tags --always"',
      /git_describe_command: git describe's --always changes what setuptools_scm parses/
    ],
    ['git_describe_command = "hg log"', /git_describe_command: "hg log" is not a git describe command/],
    ['normalize = "no"', /normalize = "no": use true or false/]
  ])('refuses %s, naming the setting and what is supported', (settings, message) => {
    const { problems } = read(scm(settings))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(message)
  })

  it('notes a local scheme it drops, and honours harmless settings silently', () => {
    const { problems, notices } = read(
      scm('local_scheme = "node-and-date"\nwrite_to = "src/v.py"\nfallback_version = "0.0.0"\nroot = "."')
    )
    expect(problems).toEqual([])
    expect(notices.join()).toMatch(/local_scheme = "node-and-date": a package index refuses local versions/)
  })

  it('reads git_describe_command as a string (shell words) or a list', () => {
    expect(parseDescribeCommand("git describe --dirty --tags --long --match 'api-*' --first-parent")).toEqual({
      match: ['api-*'],
      exclude: [],
      tags: true,
      firstParent: true
    })
    expect(parseDescribeCommand(['git', 'describe', '--match=v*', '--exclude', '*rc*'])).toEqual({
      match: ['v*'],
      exclude: ['*rc*'],
      tags: false,
      firstParent: false
    })
  })

  it('applies SETUPTOOLS_SCM_OVERRIDES_FOR_<NAME>, and the pretend variables, named one first', () => {
    const env = {
      SETUPTOOLS_SCM_OVERRIDES_FOR_MY_WIDGET: '{version_scheme = "post-release"}',
      SETUPTOOLS_SCM_PRETEND_VERSION: '9.9.9',
      SETUPTOOLS_SCM_PRETEND_VERSION_FOR_MY_WIDGET: '1.2.3.dev4'
    }
    const { config, notices } = read(scm('', 'my.widget'), env)
    expect(config.scheme).toBe('post-release')
    expect(notices.join()).toMatch(
      /SETUPTOOLS_SCM_OVERRIDES_FOR_MY_WIDGET changes the version settings: version_scheme/
    )
    expect(config.pretend).toEqual({ variable: 'SETUPTOOLS_SCM_PRETEND_VERSION_FOR_MY_WIDGET', version: '1.2.3.dev4' })
    expect(read(scm(''), { SETUPTOOLS_SCM_OVERRIDES: 'version_scheme = [' }).problems[0]).toMatch(
      /SETUPTOOLS_SCM_OVERRIDES is not TOML/
    )
  })

  it("reads hatch-vcs's raw-options and tag-pattern, not [tool.setuptools_scm]", () => {
    const { config, problems } = read(
      '[tool.hatch.version]\nsource = "vcs"\ntag-pattern = \'^api-(?P<version>.*)$\'\nraw-options = { version_scheme = "no-guess-dev" }\n\n[tool.setuptools_scm]\nversion_scheme = "post-release"\n'
    )
    expect(problems).toEqual([])
    expect(config).toMatchObject({ tool: 'hatch-vcs', scheme: 'no-guess-dev' })
    expect(config.tagRegex.prefix).toBe('api-')
    expect(read('[tool.hatch.version]\nsource = "vcs"\nraw-options = { parse = "x:y" }\n').problems[0]).toMatch(
      /^\[tool.hatch.version\] raw-options parse/
    )
  })

  it('reads the keys setup.py actually passes in use_scm_version, and refuses only what it cannot honour', () => {
    // pytest's 2018 setup.py: parse_version elsewhere in the file, only write_to in use_scm_version.
    const pytest = readFileSync(new URL('./fixtures/setup-py/pytest-2018.py', import.meta.url), 'utf8')
    expect(read('', {}, pytest)).toMatchObject({ problems: [], config: { scheme: 'guess-next-dev' } })
    // Honoured: literal values, in a dict or dict(...), merged over [tool.setuptools_scm] (the keyword wins).
    const literal = 'setup(use_scm_version={"version_scheme": "post-release", "local_scheme": "no-local-version"})'
    expect(read('', {}, literal)).toMatchObject({ problems: [], config: { scheme: 'post-release' } })
    expect(
      read(
        scm('version_scheme = "no-guess-dev"'),
        {},
        'setup(\n  use_scm_version=dict(version_scheme="post-release"),\n)'
      )
    ).toMatchObject({ problems: [], config: { scheme: 'post-release' } })
    const regex = String.raw`setup(use_scm_version={'tag_regex': r'^api-(?P<version>\d+\.\d+\.\d+)$', 'relative_to': __file__})`
    expect(read('', {}, regex).config.tagRegex.prefix).toBe('api-')
    // The design document's own example: a local_scheme lambda changes nothing (the local part is always dropped).
    expect(
      read('', {}, "setup(use_scm_version={'local_scheme': lambda v: ''}, setup_requires=['setuptools_scm'])")
    ).toMatchObject({
      problems: [],
      config: { scheme: 'guess-next-dev' }
    })
    expect(read('', {}, 'setup(use_scm_version=True)').problems).toEqual([])
    // astropy's setup.py of 2019: where the version is written, as code; so are the fallbacks and templates.
    const astropy = `setup(use_scm_version={'write_to': os.path.join('astropy', '_version.py'), 'write_to_template': TEMPLATE})`
    expect(read('', {}, astropy)).toMatchObject({ problems: [], config: { scheme: 'guess-next-dev' } })
    for (const key of ['version_file', 'fallback_version', 'fallback_root', 'parentdir_prefix_version'])
      expect(read('', {}, `setup(use_scm_version={'${key}': compute()})`).problems).toEqual([])
    for (const key of ['tag_regex', 'git_describe_command', 'version_cls', 'normalize', 'dist_name'])
      expect(read('', {}, `setup(use_scm_version={'${key}': compute()})`).problems[0]).toMatch(
        new RegExp(`^setup.py passes ${key} in use_scm_version as Python code`)
      )
    // Refused by name: code where the value changes the version, or the whole argument built in code.
    expect(read('', {}, 'setup(use_scm_version={"parse": my_parse, "write_to": "v.py"})').problems).toEqual([
      expect.stringMatching(/^setup.py passes parse in use_scm_version as Python code \(my_parse\)/)
    ])
    expect(read('', {}, 'setup(use_scm_version={"version_scheme": lambda v: str(v.tag)})').problems[0]).toMatch(
      /setup.py passes version_scheme in use_scm_version as Python code \(lambda v: str\(v.tag\)\).*\[tool.setuptools_scm\]/
    )
    expect(read('', {}, 'setup(use_scm_version=scm_config())').problems[0]).toMatch(
      /^setup.py builds use_scm_version in code \(use_scm_version=scm_config\(\)\).*literal dict/
    )
    // A key setuptools_scm does not know is still a typo, wherever it is written.
    expect(read('', {}, 'setup(use_scm_version={"version_schem": "post-release"})').problems[0]).toMatch(
      /version_schem: setuptools_scm does not know this setting/
    )
  })

  it('reads setup.py literals as Python writes them', () => {
    expect(setupPyVersion("setup(name='x', version='1.0.' \"post1\")")).toBe('1.0.post1')
    expect(setupPyVersion('VERSION = "2.0"\nsetup(version=VERSION)')).toBeUndefined()
    expect(setupPyVersion('setup(\n    version="3.1",  # fixed\n)')).toBe('3.1')
    expect(setupPyVersion('setup(use_scm_version=True)')).toBeUndefined()
    expect(readUseScmVersion('setup(use_scm_version={"a": [1, (2, "x")], "b": {"c": None}}, version=v)')).toEqual({
      kind: 'settings',
      settings: { a: [1, [2, 'x']], b: { c: null } }
    })
    expect(readUseScmVersion('setup(use_scm_version="x" + y)')).toEqual({ kind: 'code', code: '"x" + y' })
    expect(readUseScmVersion("# use_scm_version={'parse': p}\nsetup(use_scm_version=False)")).toEqual({ kind: 'off' })
  })
})

describe("vcs-versioning's own table (setuptools-scm 10)", () => {
  const vv = String.raw`[tool.vcs-versioning]
tag_regex = '^vcs-versioning-(?P<version>v?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$'
scm.git.describe_command = ["git", "describe", "--dirty", "--tags", "--long", "--match", "vcs-versioning-*"]
`
  const requires = (...r: string[]) => `[build-system]\nrequires = ${JSON.stringify(r)}\n\n`

  it("reads [tool.vcs-versioning] where it is the only table: its tag regex makes a sibling's tag no version", () => {
    const { config, problems, warnings } = read(`[project]\nname = "vcs-versioning"\n\n${vv}`)
    expect({ problems, warnings, tool: config.tool }).toEqual({ problems: [], warnings: [], tool: 'vcs-versioning' })
    const { rules } = tagRules(config, '')
    expect(tagVersion('vcs-versioning-v2.3.1', rules)).toBe('2.3.1')
    expect(tagVersion('setuptools-scm-v10.2.1', rules)).toBeUndefined()
    expect(classify(tagPush('setuptools-scm-v10.2.1'), [], rules)).toMatchObject({ type: 'skip' })
    expect(classify(tagPush('vcs-versioning-v2.3.1'), [], rules)).toMatchObject({ type: 'release', version: '2.3.1' })
  })

  it("refuses what it cannot compute in that table by the table's name (vcs-versioning's own towncrier-fragments)", () => {
    expect(read(`${vv}version_scheme = "towncrier-fragments"\n`).problems).toEqual([
      expect.stringMatching(/^\[tool.vcs-versioning\] version_scheme = "towncrier-fragments"/)
    ])
  })

  it('with both tables, reads the one the building tool reads first, and says which is not read', () => {
    const both = `${vv}\n[tool.setuptools_scm]\nversion_scheme = "post-release"\n`
    const bySetuptoolsScm = read(requires('setuptools>=64', 'setuptools-scm>=8') + both)
    expect(bySetuptoolsScm.config).toMatchObject({ tool: 'setuptools_scm', scheme: 'post-release' })
    expect(bySetuptoolsScm.notices.join()).toMatch(
      /\[tool.vcs-versioning\] is not read: setuptools-scm reads \[tool.setuptools_scm\] first/
    )
    const byVcsVersioning = read(requires('setuptools>=64', 'vcs-versioning>=2') + both)
    expect(byVcsVersioning.config).toMatchObject({ tool: 'vcs-versioning', scheme: 'guess-next-dev' })
    expect(byVcsVersioning.notices.join()).toMatch(/\[tool.setuptools_scm\] is not read: vcs-versioning reads/)
  })

  it('ignores the table, with a warning, where the build requires a setuptools_scm that does not read it', () => {
    const old = read(requires('setuptools_scm>=8,<10') + vv)
    expect(old.config.tool).toBe('setuptools_scm')
    expect(tagRules(old.config, '').rules.prefix).toBe('')
    expect(old.warnings).toEqual([
      expect.stringMatching(/^\[tool.vcs-versioning\] is not read: build-system.requires has setuptools_scm>=8,<10/)
    ])
  })

  it('reads VCS_VERSIONING_PRETEND_VERSION after SETUPTOOLS_SCM_PRETEND_VERSION, as setuptools-scm 10 does', () => {
    expect(read(vv, { VCS_VERSIONING_PRETEND_VERSION: '2.0.1' }).config.pretend).toEqual({
      variable: 'VCS_VERSIONING_PRETEND_VERSION',
      version: '2.0.1'
    })
    expect(
      read(vv, { VCS_VERSIONING_PRETEND_VERSION: '2.0.1', SETUPTOOLS_SCM_PRETEND_VERSION: '3.0' }).config.pretend
        ?.version
    ).toBe('3.0')
    expect(read(scm(''), { VCS_VERSIONING_PRETEND_VERSION: '2.0.1' }).config.pretend).toBeUndefined()
  })

  it.each([
    ['setuptools_scm<10', 9],
    ['setuptools_scm<10.0', 9],
    ['setuptools_scm<10.1', 10],
    ['setuptools-scm~=8.1', 8],
    ['setuptools-scm==9.*', 9],
    ['setuptools-scm<=9.2', 9],
    ['setuptools-scm>=8', Infinity],
    ['setuptools-scm', Infinity]
  ])('reads %s as allowing major %s at most', (requirement, major) => {
    expect(upperMajor(requirement)).toBe(major)
  })
})

describe('tag rules for monorepos', () => {
  const api = scm(String.raw`tag_regex = '^api-(?P<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$'`)

  it("takes the prefix from tag_regex and narrows git describe's --match to it", () => {
    const { rules, problems } = tagRules(read(api).config, '')
    expect(problems).toEqual([])
    expect(rules.prefix).toBe('api-')
    expect(rules.describe.match).toEqual(['api-*[0-9]*'])
    expect(tagVersion('api-1.2.3', rules)).toBe('1.2.3')
    expect(tagVersion('worker-2.0.0', rules)).toBeUndefined()
  })

  it('takes a tag-prefix input, and refuses one that disagrees with tag_regex', () => {
    const { rules } = tagRules(read('').config, 'worker-')
    expect(tagVersion('worker-2.0.0', rules)).toBe('2.0.0')
    expect(tagVersion('api-1.2.3', rules)).toBeUndefined()
    expect(tagRules(read(api).config, 'worker-').problems[0]).toMatch(
      /"tag-prefix" is "worker-", but the project's tag_regex only admits tags starting with "api-"/
    )
  })

  const event = (ref: string): ReleaseEvent => ({
    name: 'push',
    ref,
    sha: 'a'.repeat(40),
    repository: 'acme/api',
    fork: false,
    deleted: false,
    repositoryUrl: ''
  })

  it.each([
    ['refs/tags/worker-2.0.0', /Tag "worker-2.0.0" belongs to another package: this package's tags start with "api-"/],
    ['refs/tags/2.0.0', /belongs to another package/]
  ])('skips a push of %s', (ref, reason) => {
    const trigger = classify(event(ref), [], tagRules(read(api).config, '').rules)
    expect(trigger).toEqual({ type: 'skip', reason: expect.stringMatching(reason) })
  })

  it("skips a tag that git_describe_command's patterns leave out", () => {
    const config = read(scm(`git_describe_command = "git describe --tags --long --match 'v[0-9]*'"`)).config
    const { rules } = tagRules(config, '')
    expect(classify(event('refs/tags/event-2024'), [], rules)).toMatchObject({
      type: 'skip',
      reason: expect.stringMatching(/--match\/--exclude/)
    })
    expect(classify(event('refs/tags/v1.2.0'), [], rules)).toEqual({ type: 'release', tag: 'v1.2.0', version: '1.2.0' })
  })
})

describe('plans from configured versions', () => {
  const inputs = validInputs(() => '', 'acme/widget')
  const facts = (extra: Partial<Facts> = {}): Facts => ({
    passedOver: [],
    commitCount: 0,
    tagVersions: [],
    hasPythonProject: true,
    today: '2026-11-24',
    ...extra
  })
  const event = (ref: string): ReleaseEvent => ({
    name: 'push',
    ref,
    sha: 'a'.repeat(40),
    repository: 'acme/widget',
    fork: false,
    deleted: false,
    repositoryUrl: ''
  })
  const versioning = (pyproject: string, env: EnvVariables = {}) => {
    const { config } = read(pyproject, env)
    return { config, rules: tagRules(config, '').rules }
  }

  it('says where the version came from', () => {
    const v = versioning(scm('version_scheme = "no-guess-dev"'))
    const plan = makePlan(
      event('refs/heads/feature/x'),
      inputs,
      { type: 'dev', branch: 'feature/x' },
      facts({ nearest: { tag: 'v1.2.3', version: '1.2.3', distance: 3 } }),
      v
    )
    expect(plan.version).toBe('1.2.3.post1.dev3')
    expect(plan.versionSource).toBe('setuptools_scm, version_scheme no-guess-dev, tag v1.2.3, 3 commits')
    expect(plan.errors).toEqual([])
  })

  describe('a version the files fix, said by the plan before anything is built', () => {
    const fixedBy = (files: Record<string, string>) => {
      const dir = mkdtempSync(join(tmpdir(), 'fixed-version-'))
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
      try {
        return readVersioning(dir, '', {}).versioning
      } finally {
        rmSync(dir, { recursive: true })
      }
    }
    const dev = (v: Versioning) =>
      makePlan(
        event('refs/heads/feature/x'),
        inputs,
        { type: 'dev', branch: 'feature/x' },
        facts({ nearest: { tag: '1.0.0', version: '1.0.0', distance: 5 } }),
        v
      )
    const release = (v: Versioning) =>
      makePlan(event('refs/tags/1.0.0'), inputs, { type: 'release', tag: '1.0.0', version: '1.0.0' }, facts(), v)

    it.each<[string, Record<string, string>, RegExp]>([
      [
        '[project] version without dynamic',
        { 'pyproject.toml': '[project]\nname = "w"\nversion = "1.0.0"\n' },
        /^pyproject.toml \[project\] version fixes the version at 1.0.0, so the build would carry 1.0.0, not 1.0.1.dev5. pyproject.toml fixes \[project\] version = "1.0.0": remove it, add "version" to \[project\] dynamic/
      ],
      [
        "plain poetry-core's [tool.poetry] version",
        {
          'pyproject.toml':
            '[build-system]\nrequires = ["poetry-core>=1"]\nbuild-backend = "poetry.core.masonry.api"\n\n[tool.poetry]\nname = "w"\nversion = "1.0.0"\n'
        },
        /^pyproject.toml \[tool.poetry\] version fixes the version at 1.0.0.*poetry_dynamic_versioning.backend/
      ],
      [
        "setup.cfg's [metadata] version",
        {
          'setup.cfg': '[metadata]\nname = w\nversion = 1.0.0\n\n[options]\npackages = find:\n',
          'setup.py': 'from setuptools import setup\nsetup()\n'
        },
        /^setup.cfg \[metadata\] version fixes the version at 1.0.0.*setuptools_scm/
      ],
      [
        "setup.py's version=",
        { 'setup.py': 'from setuptools import setup\nsetup(name="w", version="1.0.0")\n' },
        /^setup.py version= fixes the version at 1.0.0.*use_scm_version=True/
      ]
    ])('%s: a branch push stops with the fix; the tag of that version releases', (_, files, error) => {
      const v = fixedBy(files)
      expect(dev(v).errors).toEqual([expect.stringMatching(error)])
      expect(release(v).errors).toEqual([])
    })

    it.each<[string, Record<string, string>]>([
      ['dynamic version', { 'pyproject.toml': '[project]\nname = "w"\ndynamic = ["version"]\n' }],
      [
        'poetry-dynamic-versioning as the backend',
        {
          'pyproject.toml':
            '[build-system]\nrequires = ["poetry-core", "poetry-dynamic-versioning"]\nbuild-backend = "poetry_dynamic_versioning.backend"\n\n[tool.poetry]\nname = "w"\nversion = "0.0.0"\n'
        }
      ],
      [
        'setup.cfg version under setuptools_scm',
        {
          'setup.cfg': '[metadata]\nname = w\nversion = 0.0.0\n',
          'setup.py': 'from setuptools import setup\nsetup(use_scm_version=True)\n'
        }
      ],
      ["setup.cfg's attr:", { 'setup.cfg': '[metadata]\nversion = attr: w.__version__\n' }],
      ['setup.py version from code', { 'setup.py': 'from setuptools import setup\nsetup(version=get_version())\n' }]
    ])('%s: no fixed version', (_, files) => {
      expect(fixedBy(files).fixed).toBeUndefined()
    })
  })

  it('stops a branch from publishing a version that pip installs without --pre', () => {
    const v = versioning(scm('version_scheme = "post-release"'))
    const dev = (i = inputs) =>
      makePlan(
        event('refs/heads/feature/x'),
        i,
        { type: 'dev', branch: 'feature/x' },
        facts({ nearest: { tag: '1.2.3', version: '1.2.3', distance: 3 } }),
        v
      )
    expect(dev().version).toBe('1.2.3.post3')
    expect(dev().errors[0]).toMatch(
      /version_scheme post-release.* gives 1.2.3.post3, which every pip install would pick/
    )
    expect(dev({ ...inputs, versionChecks: 'warn' }).errors).toEqual([])
    expect(dev({ ...inputs, publishPypi: false }).errors).toEqual([])
  })

  it('takes a pretend version, and refuses one that contradicts a release tag', () => {
    const v = versioning(scm(''), { SETUPTOOLS_SCM_PRETEND_VERSION: '2.0.0.dev3' })
    const dev = makePlan(
      event('refs/heads/feature/x'),
      inputs,
      { type: 'dev', branch: 'feature/x' },
      facts({ commitCount: 5 }),
      v
    )
    expect(dev.version).toBe('2.0.0.dev3')
    expect(dev.versionSource).toBe('SETUPTOOLS_SCM_PRETEND_VERSION=2.0.0.dev3')
    const release = makePlan(
      event('refs/tags/1.0.0'),
      inputs,
      { type: 'release', tag: '1.0.0', version: '1.0.0' },
      facts(),
      v
    )
    expect(release.errors[0]).toMatch(/SETUPTOOLS_SCM_PRETEND_VERSION is 2.0.0.dev3, but tag "1.0.0" is version 1.0.0/)
  })

  it('stops where the scheme fails, naming it', () => {
    const v = versioning(scm('version_scheme = "no-guess-dev"'))
    const plan = makePlan(
      event('refs/heads/x'),
      inputs,
      { type: 'dev', branch: 'x' },
      facts({ nearest: { tag: '1.0.post1', version: '1.0.post1', distance: 2 } }),
      v
    )
    expect(plan.errors[0]).toMatch(/version_scheme no-guess-dev fails here: 1.0.post1 already is a post release/)
  })

  describe('reviewAgainstIndex', () => {
    const dev = (): Plan =>
      makePlan(
        event('refs/heads/feature/x'),
        inputs,
        { type: 'dev', branch: 'feature/x' },
        facts({ nearest: { tag: '0.24.2', version: '0.24.2', distance: 5 } })
      )
    it('stops a dev version below the highest release on the index: a missing tag', () => {
      const review = reviewAgainstIndex(dev(), 'strict', ['0.24.2', '3.3.2', '3.3.2', '4.0.0rc1'], ['0.24.2'])
      expect(review.errors[0]).toMatch(
        /The index has 3.3.2, but no tag of this repository names it, and this development release is 0.24.3.dev5.*The newest tag it counts from is 0.24.2: tag the last release \(3.3.2\)/
      )
      expect(reviewAgainstIndex(dev(), 'warn', ['3.3.2'], []).warnings).toHaveLength(1)
      expect(reviewAgainstIndex(dev(), 'strict', ['0.24.2', '0.1.0'], []).errors).toEqual([])
    })
    it('only warns for a branch that starts before a release the repository has a tag for', () => {
      const review = reviewAgainstIndex(dev(), 'strict', ['3.3.2'], ['0.24.2', '3.3.2'])
      expect(review.errors).toEqual([])
      expect(review.warnings[0]).toMatch(/This branch starts before release 3.3.2.*Merge the release into the branch/)
    })
    it('holds latest back for a release below the highest on the index', () => {
      const release = makePlan(
        event('refs/tags/1.0.0'),
        inputs,
        { type: 'release', tag: '1.0.0', version: '1.0.0' },
        facts({ tagVersions: ['1.0.0'] })
      )
      expect(release.imageRefs).toContain('ghcr.io/acme/widget:latest')
      const review = reviewAgainstIndex(release, 'strict', ['1.0.0', '2.0.0'], ['1.0.0'])
      expect(review.plan.imageRefs).toEqual(['ghcr.io/acme/widget:1.0.0'])
      expect(review.plan.latestReason).toMatch(/the index has 2.0.0/)
      expect(reviewAgainstIndex(release, 'strict', ['1.0.0'], ['1.0.0']).plan.imageRefs).toContain(
        'ghcr.io/acme/widget:latest'
      )
    })
  })
})

describe('versionAdvice: the fix for the build backend', () => {
  it.each([
    [
      '[project]\nname = "w"\nversion = "9.9.9"\n',
      /\[project\] version = "9.9.9": remove it, add "version" to \[project\] dynamic/
    ],
    ['[build-system]\nrequires = ["flit_core"]\nbuild-backend = "flit_core.buildapi"\n', /flit_scm/],
    [
      '[build-system]\nrequires = ["poetry-core"]\nbuild-backend = "poetry.core.masonry.api"\n',
      /poetry-dynamic-versioning to build-system.requires/
    ],
    ['[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n', /add hatch-vcs/],
    [
      '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n',
      /add setuptools_scm to build-system.requires/
    ]
  ])('%s', (pyproject, advice) => {
    expect(versionAdvice(readProjectInfo({ pyproject }))).toMatch(advice)
  })
})

// From setuptools-scm 10 / vcs-versioning 2's own tests (testing_vcs/test_tag_config.py, docs/config.md).
describe('setuptools-scm 10 settings', () => {
  const tagTable = (lines: string) => `[project]\nname = "widget"\n\n[tool.setuptools_scm.tag]\n${lines}\n`
  const rules = (pyproject: string) => {
    const { config, problems } = read(pyproject)
    expect(problems).toEqual([])
    return tagRules(config, '').rules
  }

  it.each([
    ['prefix = ""\nstrict = false', '*[0-9]*'],
    ['strict = true', '*[0-9]*.*[0-9]*'],
    ['prefix = "hatchling-v"\nstrict = false', 'hatchling-v*[0-9]*'],
    ['prefix = "pkg-"\nstrict = true', 'pkg-*[0-9]*.*[0-9]*'],
    ['prefix = ""', '*[0-9]*']
  ])('tag table %j asks git describe --match %s', (lines, glob) => {
    expect(rules(tagTable(lines)).describe.match).toEqual([glob])
  })

  it.each([
    ['hatchling-v', 'hatchling-v1.0.0', '1.0.0'],
    ['', 'v1.0.0', '1.0.0'],
    ['v', 'v1.2.3', '1.2.3'],
    ['py', 'py2.3.1', '2.3.1'], // stripped first: the default regex alone would not read py2.3.1
    ['hatchling-v', 'other-1.0.0', undefined] // not this package's (git describe --match leaves it out too)
  ])('tag.prefix %j reads %s as %s', (prefix, tag, version) => {
    expect(tagVersion(tag, rules(tagTable(`prefix = "${prefix}"`)))).toBe(version)
  })

  it('strict: an event tag is no version tag git describe may name', () => {
    const strict = rules(tagTable('strict = true'))
    expect(describeAdmits(strict.describe, '2026-event')).toBe(false)
    expect(describeAdmits(strict.describe, '1.2')).toBe(true)
  })

  it('reads tag.regex as tag_regex, and refuses both at once', () => {
    expect(rules(tagTable(String.raw`regex = '^release-(?P<version>\d+\.\d+)$'`)).tagRegex.source).toBe(
      String.raw`^release-(?P<version>\d+\.\d+)$`
    )
    const both = read(`${scm(String.raw`tag_regex = '^v(\d+)$'`)}\n[tool.setuptools_scm.tag]\nregex = '^(\\d+)$'\n`)
    expect(both.problems).toEqual([expect.stringMatching(/sets both tag_regex and tag\.regex; keep tag\.regex/)])
  })

  it('keeps tag.prefix stripped under an explicit describe command, whose --match wins over tag.strict', () => {
    const pyproject =
      `${tagTable('prefix = "api-"\nstrict = true')}\n[tool.setuptools_scm.scm.git]\n` +
      `describe_command = "git describe --dirty --tags --long --match 'api-*'"\npre_parse = "fail_on_shallow"\n`
    const r = rules(pyproject)
    expect(r.describe.match).toEqual(['api-*'])
    expect(tagVersion('api-1.4', r)).toBe('1.4')
  })

  it.each([
    ['semver-pep440', 'python-simplified-semver'],
    ['semver-pep440-release-branch', 'release-branch-semver']
  ])('knows version_scheme %s (setuptools_scm 8 and 9 call it %s)', (name, scheme) => {
    const { config, problems } = read(scm(`version_scheme = "${name}"`))
    expect(problems).toEqual([])
    expect(config.scheme).toBe(scheme)
    expect(config.settings).toContain(`version_scheme ${name}`)
  })

  it('takes write_to_source and local_scheme no-local-version-strict silently: no version changes', () => {
    const { problems, notices } = read(scm('write_to_source = false\nlocal_scheme = "no-local-version-strict"'))
    expect([problems, notices]).toEqual([[], []])
  })

  it.each([
    [
      'version_scheme = "towncrier-fragments"',
      /towncrier-fragments": setuptools-scm 10 bumps by the changelog fragments/
    ],
    [
      '[tool.setuptools_scm.tag]\nsuffix = "x"',
      /tag\.suffix: setuptools-scm 10 has no such setting \(it knows prefix, strict, regex\)/
    ],
    ['[tool.setuptools_scm.scm.git]\npre_parse = "yolo"', /scm\.git\.pre_parse = "yolo": use one of warn_on_shallow/],
    ['[tool.setuptools_scm.tag]\nstrict = "yes"', /tag\.strict = "yes": use true or false/],
    [
      `git_describe_command = "git describe --tags"\n[tool.setuptools_scm.scm.git]\ndescribe_command = "git describe --tags"`,
      /sets both git_describe_command and scm\.git\.describe_command/
    ]
  ])('refuses %j by name', (settings, message) => {
    expect(read(scm(settings)).problems.join('\n')).toMatch(message)
  })
})

describe('the setuptools_scm major a project builds with', () => {
  it.each([
    ['"setuptools-scm>=9.2"', 9],
    ['"setuptools_scm[toml]>=8"', 8],
    ['"setuptools-scm[simple] >= 10"', 10],
    ['"setuptools_scm"', undefined]
  ])('reads %s as %s', (requirement, major) => {
    const { config } = read(`[build-system]\nrequires = ["setuptools>=80", ${requirement}]\n\n${scm('')}`)
    expect(config.major).toBe(major)
  })
})
