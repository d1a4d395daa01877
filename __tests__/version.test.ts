import { compareVersions, highestVersion, isFinal, isPreRelease, normalizeVersion } from '../src/versions/pep440.js'
import { compileTagRegex, DEFAULT_TAG_REGEX, matchTag } from '../src/versions/tag-regex.js'
import { computeVersion, type SchemeName } from '../src/versions/version-schemes.js'
import { versionFromTag } from '../src/versions/tag-rules.js'

const DEFAULT = compileTagRegex(DEFAULT_TAG_REGEX)
const state = (tag: string, distance: number, extra: Partial<Parameters<typeof computeVersion>[1]> = {}) => ({
  tag,
  distance,
  branch: 'feature/x',
  nodeDate: '2026-11-24',
  today: '2026-11-24',
  tagRegex: DEFAULT,
  normalize: true,
  ...extra
})
const nextDevVersion = (tag: string, distance: number) => computeVersion('guess-next-dev', state(tag, distance))

describe('versionFromTag: setuptools_scm tag regex, then PEP 440 normalization', () => {
  it.each([
    ['1.2.3', '1.2.3'],
    ['v1.2.3', '1.2.3'],
    ['V2.0', '2.0'],
    ['1.2.3-rc.1', '1.2.3rc1'],
    ['1.2.3rc1', '1.2.3rc1'],
    ['1.0.0-post1', '1.0.0.post1'],
    ['1.2.3.dev0', '1.2.3.dev0'],
    ['myproject-1.4.0', '1.4.0'],
    ['my-project-v2.0.1', '2.0.1'],
    ['1.2.3+build.5', '1.2.3'],
    ['1.2.3.4', '1.2.3.4'],
    ['01.002', '1.2']
  ])('%s names %s', (tag, version) => {
    expect(versionFromTag(tag)).toBe(version)
  })

  it.each(['build2023', 'latest', 'foo', 'release', '1.2.3foo', 'v', 'x1.0', 'a.1.0'])('%s names no version', tag => {
    expect(versionFromTag(tag)).toBeUndefined()
  })
})

describe('nextDevVersion: guess-next-dev', () => {
  it.each([
    ['1.2.3', 0, '1.2.3'],
    ['1.2.3', 5, '1.2.4.dev5'],
    ['1.2', 1, '1.3.dev1'],
    ['1', 2, '2.dev2'],
    ['1.2.3rc1', 2, '1.2.3rc2.dev2'],
    ['1.2.3.post1', 1, '1.2.3.post2.dev1'],
    ['1.2.3.dev0', 3, '1.2.3.dev3'],
    ['1.0a0', 4, '1.0a1.dev4'],
    ['1!2.0', 1, '1!2.1.dev1'],
    ['1.9', 1, '1.10.dev1'],
    ['1.2.3.4', 7, '1.2.3.5.dev7']
  ])('%s, %i commits later, gives %s', (tag, distance, version) => {
    expect(nextDevVersion(tag, distance)).toEqual({ version, warnings: [] })
  })

  it('counts on from a .devN tag, which setuptools_scm refuses, and warns', () => {
    const next = nextDevVersion('1.2.3.dev5', 2)
    expect(next.version).toBe('1.2.3.dev7')
    expect(next.warnings[0]).toMatch(/cannot bump/)
  })

  it('starts at 0.1.devN without a tag (setuptools_scm counts from 0.0)', () => {
    expect(nextDevVersion('0.0', 12).version).toBe('0.1.dev12')
  })

  it('keeps every digit of numbers above 2^53', () => {
    expect(versionFromTag('1.0.9007199254740993')).toBe('1.0.9007199254740993')
    expect(nextDevVersion('1.0.9007199254740993', 2).version).toBe('1.0.9007199254740994.dev2')
    expect(compareVersions('1.0.9007199254740993', '1.0.9007199254740992')).toBe(1)
  })
})

describe('isFinal', () => {
  it.each([
    ['1.2.3', true],
    ['1!1.0', true],
    ['1.2.0rc1', false],
    ['1.2.3.post1', false],
    ['1.2.4.dev5', false]
  ])('%s: %s', (version, final) => {
    expect(isFinal(version)).toBe(final)
  })
})

describe('PEP 440 ordering, as packaging orders versions', () => {
  // Ascending, from packaging's own test suite.
  const ordered = [
    '1.0.dev456',
    '1.0a1',
    '1.0a2.dev456',
    '1.0a12.dev456',
    '1.0a12',
    '1.0b1.dev456',
    '1.0b2',
    '1.0b2.post345.dev456',
    '1.0b2.post345',
    '1.0rc1.dev456',
    '1.0rc1',
    '1.0',
    '1.0+abc.5',
    '1.0+abc.7',
    '1.0+5',
    '1.0.post456.dev34',
    '1.0.post456',
    '1.0.15',
    '1.1.dev1',
    '1!0.1'
  ]
  it.each(ordered.slice(1).map((v, i) => [ordered[i], v]))('%s < %s', (a, b) => {
    expect(compareVersions(a, b)).toBe(-1)
    expect(compareVersions(b, a)).toBe(1)
  })
  it('treats trailing zeros as equal, and finds the highest', () => {
    expect(compareVersions('1.0', '1.0.0')).toBe(0)
    expect(highestVersion(['0.24.2', '3.3.2', '3.3.2rc1', '1.0'])).toBe('3.3.2')
    expect(highestVersion([])).toBeUndefined()
  })
  it.each([
    ['1.2.4.dev5', true],
    ['1.2.3rc1', true],
    ['1.2.3.post3', false],
    ['1.2.3', false]
  ])('%s is a pre-release for pip: %s', (v, pre) => expect(isPreRelease(v)).toBe(pre))
  it('normalizes as packaging does', () => {
    expect(normalizeVersion('v1.02.3-RC.1')).toBe('1.2.3rc1')
    expect(normalizeVersion('1.0-1')).toBe('1.0.post1')
    expect(normalizeVersion('1.0.0-alpha')).toBe('1.0.0a0')
    expect(normalizeVersion('1.0+Ubuntu-1')).toBe('1.0+ubuntu.1')
    expect(normalizeVersion('nope')).toBeUndefined()
  })
})

describe('the built-in version schemes of setuptools_scm 8', () => {
  const cases: [SchemeName, string, number, string, string][] = [
    ['post-release', '1.2.3', 3, 'feature/x', '1.2.3.post3'],
    ['post-release', '1.2.3', 0, 'feature/x', '1.2.3'],
    ['no-guess-dev', '1.2.3', 3, 'feature/x', '1.2.3.post1.dev3'],
    ['no-guess-dev', '1.2.3.dev0', 3, 'feature/x', '1.2.3.dev3'],
    ['only-version', '1.2.3', 3, 'feature/x', '1.2.3'],
    ['python-simplified-semver', '1.2.3', 3, 'develop', '1.2.4.dev3'],
    ['python-simplified-semver', '1.2.3', 3, 'feature/x', '1.3.0.dev3'],
    ['python-simplified-semver', '1.2', 0, 'develop', '1.2.0'],
    ['python-simplified-semver', '1.2.3rc1', 0, 'develop', '1.2.3'],
    ['release-branch-semver', '1.2.3', 3, 'feature/x', '1.3.0.dev3'],
    ['release-branch-semver', '1.2.3', 3, 'release/1.2', '1.2.4.dev3'],
    ['release-branch-semver', '1.2.3', 3, 'release/v1.2.x', '1.2.4.dev3'],
    ['release-branch-semver', '1.2.3', 3, 'release/1.3', '1.3.0.dev3'],
    ['release-branch-semver', '1.2.3rc1', 2, 'maint/1.2', '1.2.3rc2.dev2'],
    ['calver-by-date', '2026.11.24', 2, 'feature/x', '2026.11.24.1.dev2'],
    ['calver-by-date', '2026.11.24.3', 2, 'feature/x', '2026.11.24.4.dev2'],
    ['calver-by-date', '2026.11.20', 2, 'feature/x', '2026.11.24.0.dev2'],
    ['calver-by-date', '26.01.05', 2, 'feature/x', '26.11.24.0.dev2'],
    ['calver-by-date', '2026.11.20', 2, 'release-2026.12.01', '2026.12.01'],
    ['calver-by-date', '2026.11.20', 0, 'feature/x', '2026.11.20']
  ]
  it.each(cases)('%s: tag %s, %i commits, branch %s gives %s', (scheme, tag, distance, branch, version) => {
    expect(computeVersion(scheme, state(tag, distance, { branch })).version).toBe(version)
  })
  it('refuses what setuptools_scm refuses', () => {
    expect(() => computeVersion('no-guess-dev', state('1.2.3.post1', 2))).toThrow(/already is a post release/)
    expect(() => computeVersion('calver-by-date', state('2026.13.01', 2))).toThrow(/not a valid date/)
  })
  it('keeps the tag as written with normalize = false', () => {
    expect(computeVersion('guess-next-dev', state('v1.0.0-rc1', 2, { normalize: false })).version).toBe(
      'v1.0.0-rc2.dev2'
    )
  })
})

describe('tag_regex: Python patterns translated exactly, or refused', () => {
  it.each([
    [String.raw`^api-(?P<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$`, 'api-1.2.3', '1.2.3', 'api-'],
    [String.raw`^v(\d+\.\d+\.\d+)$`, 'v1.2.3', '1.2.3', 'v'],
    [String.raw`(?i)^REL(?P<version>[\d.]+)$`, 'rel1.2', '1.2', ''],
    [String.raw`^(?P<p>x)?(?P<version>\d{,3})`, '12345', '123', ''],
    [DEFAULT_TAG_REGEX, 'wïdget-1.0', '1.0', '']
  ])('%s matches %s as %s (prefix %j)', (source, tag, version, prefix) => {
    const regex = compileTagRegex(source)
    expect(matchTag(regex, tag)).toBe(version)
    expect(regex.prefix).toBe(prefix)
  })
  it.each([
    [String.raw`(?x) v (\d+)`, /inline flag/],
    [String.raw`^(?x) v (\d+)`, /group \(\?x/],
    [String.raw`\bv(\d+)`, /escape \\b/],
    [String.raw`^v(?>\d+)`, /group/],
    [String.raw`^v\d++`, /possessive/],
    [String.raw`^v\d+$`, /no group/],
    [String.raw`^(a)(b)$`, /none named "version"/]
  ])('refuses %s', (source, message) => {
    expect(() => compileTagRegex(source)).toThrow(message)
  })
})
