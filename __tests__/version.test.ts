import { isFinal, nextDevVersion, untaggedDevVersion, versionFromTag } from '../src/version.js'

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
    expect(nextDevVersion(tag, distance)).toEqual({ version })
  })

  it('counts on from a .devN tag, which setuptools_scm refuses, and warns', () => {
    const next = nextDevVersion('1.2.3.dev5', 2)
    expect(next.version).toBe('1.2.3.dev7')
    expect(next.warning).toMatch(/cannot bump/)
  })

  it('starts at 0.1.devN without a tag', () => {
    expect(untaggedDevVersion(12)).toBe('0.1.dev12')
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
