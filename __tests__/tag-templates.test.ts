// The tags input as tables: parsing, aliases across a backport, dev and branch
// tags that can never pass for a release tag, hostile branch names.
import { branchTag } from '../src/plan/docker-tags.js'
import { parseTagTemplates, renderTags, reservedBy, type TagContext } from '../src/plan/tag-templates.js'

const VALID_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/
const templates = (...lines: string[]) => {
  const parsed = parseTagTemplates(lines)
  expect(parsed.problems).toEqual([])
  return parsed.templates
}
const release = (version: string, releasedVersions: string[]): TagContext => ({
  type: 'release',
  version,
  sha: 'c0ffee1234',
  releasedVersions
})
const dev = (branch: string, version = '1.2.4.dev5'): TagContext => ({
  type: 'dev',
  version,
  branch,
  branchTag: branchTag(branch),
  sha: 'c0ffee1234abcd',
  releasedVersions: []
})

describe('parseTagTemplates', () => {
  it('reads the release types each template is for, with defaults by its placeholders', () => {
    expect(
      parseTagTemplates([
        '{{major}}.{{minor}}',
        'sha-{{sha7}} on dev',
        'edge on branch develop',
        'rpi-{{version}} on release',
        'nightly'
      ]).templates
    ).toEqual([
      { text: '{{major}}.{{minor}}', on: { kind: 'release' } },
      { text: 'sha-{{sha7}}', on: { kind: 'dev' } },
      { text: 'edge', on: { kind: 'branch', name: 'develop' } },
      { text: 'rpi-{{version}}', on: { kind: 'release' } },
      { text: 'nightly', on: { kind: 'dev' } }
    ])
  })
  it.each([
    ['{{colour}}', /uses \{\{colour\}\}; the placeholders are/],
    ['{{major}} on dev', /only a release has; make it "on release"/],
    ['a b c', /is not "<template> \[on release\|dev\|branch <name>\]"/]
  ])('refuses %s', (line, message) => {
    expect(parseTagTemplates([line]).problems[0]).toMatch(message)
  })
})

describe('renderTags for releases: aliases move only for the highest release of their line', () => {
  const aliases = templates('{{major}}.{{minor}}', '{{major}}', 'rpi-{{version}}')
  it.each<[string, string[], string[]]>([
    ['1.2.0', ['1.0.0', '1.1.4', '1.2.0'], ['1.2', '1', 'rpi-1.2.0']],
    ['1.1.5', ['1.0.0', '1.1.4', '1.2.0', '1.1.5'], ['1.1', 'rpi-1.1.5']], // a backport moves 1.1, not 1
    ['0.9.9', ['1.2.0', '0.9.9'], ['0.9', '0', 'rpi-0.9.9']],
    ['2.0.0rc1', ['1.2.0', '2.0.0rc1'], []], // no aliases for a pre-release
    ['1.2.0', ['1.2.0', '1.2.1rc1'], ['1.2', '1', 'rpi-1.2.0']] // a pre-release above holds nothing back
  ])('%s with %j released gets %j', (version, released, tags) => {
    expect(renderTags(aliases, release(version, released)).tags.map(t => t.tag)).toEqual(tags)
  })
  it('says why an alias stays', () => {
    expect(renderTags(aliases, release('1.1.5', ['1.2.0', '1.1.5'])).notes).toEqual([
      '1 not moved: 1.2.0 is a higher release of that line.'
    ])
  })
})

describe('renderTags for dev releases: never a release tag', () => {
  const devTemplates = templates(
    'sha-{{sha7}} on dev',
    '{{version}} on dev',
    'edge on branch develop',
    'rpi-{{branch}} on dev',
    'latest on dev'
  )
  it('gives traceable and channel tags, and none that could pass for a release', () => {
    expect(renderTags(devTemplates, dev('develop')).tags.map(t => t.tag)).toEqual([
      'sha-c0ffee1',
      'branch-1.2.4.dev5',
      'edge',
      'rpi-develop',
      'branch-latest'
    ])
    expect(renderTags(devTemplates, dev('feature/x')).tags.map(t => t.tag)).toEqual([
      'sha-c0ffee1',
      'branch-1.2.4.dev5',
      'rpi-feature-x',
      'branch-latest'
    ])
  })
  it.each(['x$(touch /tmp/p)', '`id`', 'ünï/cödé', 'a\'b"c;d', `feature/${'a'.repeat(250)}`])(
    'gives valid tags for the branch %j',
    branch => {
      for (const { tag } of renderTags(devTemplates, dev(branch)).tags) expect(tag).toMatch(VALID_TAG)
    }
  )
  it('gives a release nothing from dev templates, and a dev release nothing from release templates', () => {
    expect(renderTags(devTemplates, release('1.2.0', ['1.2.0'])).tags).toEqual([])
    expect(renderTags(templates('{{major}}'), dev('develop')).tags).toEqual([])
  })
})

describe('every placeholder on every kind', () => {
  const SHA = 'c0ffee1234abcd'
  it.each<[string, string[], string[]]>([
    // template, what a release 1.2.3 gets, what branch feature/x gets (version 1.2.4.dev5)
    ['sha-{{sha7}} on release', ['sha-c0ffee1'], []],
    ['{{version}}-{{sha7}} on release', ['1.2.3-c0ffee1'], []],
    ['{{tag}}-{{sha}} on release', [`1.2.3-${SHA}`], []],
    ['v{{major}}.{{minor}}.{{patch}}', ['v1.2.3'], []],
    ['sha-{{sha7}} on dev', [], ['sha-c0ffee1']],
    ['{{branch}}-{{sha7}} on dev', [], ['feature-x-c0ffee1']],
    ['{{tag}}-debug on dev', [], ['feature-x-debug']],
    ['dev-{{version}} on dev', [], ['dev-1.2.4.dev5']],
    ['{{sha}} on dev', [], [SHA]]
  ])('%s', (line, onRelease, onDev) => {
    const [template] = templates(line)
    expect(renderTags([template], { ...release('1.2.3', ['1.2.3']), sha: SHA }).tags.map(t => t.tag)).toEqual(onRelease)
    expect(renderTags([template], { ...dev('feature/x'), sha: SHA }).tags.map(t => t.tag)).toEqual(onDev)
  })

  it('refuses {{branch}} on a release by name, when the inputs are read', () => {
    expect(parseTagTemplates(['{{branch}}-rc on release']).problems).toEqual([
      'Input "tags": "{{branch}}-rc on release" uses {{branch}}, which a release does not have (a release is a tag push, with no branch); use it "on dev" or "on branch <name>".'
    ])
  })

  it('refuses characters no tag may hold outside the placeholders', () => {
    expect(parseTagTemplates(['sha+{{sha7}} on dev']).problems[0]).toMatch(/characters no Docker tag may hold/)
  })

  it('never pushes a tag that renders empty, ends in - or ., or is invalid', () => {
    const sha = (text: string) => renderTags(templates(text), { ...release('1.2.3', []), sha: '' })
    expect(sha('sha-{{sha7}} on release')).toEqual({
      tags: [],
      notes: ['"sha-{{sha7}}" gives "sha-", which ends in "-": not pushed.']
    })
    expect(sha('{{sha7}} on release').notes).toEqual(['"{{sha7}}" gives nothing: not pushed.'])
    expect(sha('{{version}}. on release').tags).toEqual([])
    const epoch = renderTags(templates('{{version}} on release'), release('1!2.0', []))
    expect(epoch.notes).toEqual(['"{{version}}" gives "1!2.0", which is no valid tag: not pushed.'])
  })

  it('names the owner of every tag', () => {
    const all = templates(
      '{{major}}.{{minor}}',
      'stable on release',
      'sha-{{sha7}} on release',
      'nightly on dev',
      'edge on branch develop',
      'rpi-{{branch}} on dev',
      'sha-{{sha7}} on dev'
    )
    const owners = (ctx: TagContext) => renderTags(all, ctx).tags.map(t => `${t.tag} ${t.owner}`)
    expect(owners(release('1.2.3', ['1.2.3']))).toEqual(['1.2 alias', 'stable alias', 'sha-c0ffee1 traceable'])
    expect(owners(dev('develop'))).toEqual([
      'nightly channel',
      'edge channel',
      'rpi-develop branch',
      'sha-c0ffee1 traceable'
    ])
  })
})

describe('reservedBy: the tags templates can give, which no branch may take as its own', () => {
  const reserved = reservedBy(
    templates(
      'stable on release',
      'edge on branch develop',
      'nightly on dev',
      'sha-{{sha7}} on dev',
      '{{branch}}-debug on dev',
      'rpi-{{version}} on release',
      '{{branch}} on dev'
    )
  )
  it.each(['stable', 'edge', 'nightly', 'sha-abc1234', 'x-debug', 'rpi-1.2.3'])('%s is reserved', tag => {
    expect(reserved(tag)).toBe(true)
  })
  it.each(['feature-x', 'stable-2', 'sha-abc', 'rpi-x', 'edge2'])('%s is not', tag => {
    expect(reserved(tag)).toBe(false)
  })
  it('gives look-alike branches the prefix, and leaves the rest alone', () => {
    expect(
      ['stable', 'edge', 'nightly', 'feature/x', 'x-debug', '123-fix-login-bug'].map(b => branchTag(b, reserved))
    ).toEqual(['branch-stable', 'branch-edge', 'branch-nightly', 'feature-x', 'branch-x-debug', '123-fix-login-bug'])
  })
})
