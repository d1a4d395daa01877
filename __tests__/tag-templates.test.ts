// The tags input as tables: parsing, aliases across a backport, dev and branch
// tags that can never pass for a release tag, hostile branch names.
import { branchTag } from '../src/docker-tags.js'
import { parseTagTemplates, renderTags, type TagContext } from '../src/tag-templates.js'

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
    expect(renderTags(aliases, release(version, released)).tags).toEqual(tags)
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
    expect(renderTags(devTemplates, dev('develop')).tags).toEqual([
      'sha-c0ffee1',
      'branch-1.2.4.dev5',
      'edge',
      'rpi-develop',
      'branch-latest'
    ])
    expect(renderTags(devTemplates, dev('feature/x')).tags).toEqual([
      'sha-c0ffee1',
      'branch-1.2.4.dev5',
      'rpi-feature-x',
      'branch-latest'
    ])
  })
  it.each(['x$(touch /tmp/p)', '`id`', 'ünï/cödé', 'a\'b"c;d', `feature/${'a'.repeat(250)}`])(
    'gives valid tags for the branch %j',
    branch => {
      for (const tag of renderTags(devTemplates, dev(branch)).tags) expect(tag).toMatch(VALID_TAG)
    }
  )
  it('gives a release nothing from dev templates, and a dev release nothing from release templates', () => {
    expect(renderTags(devTemplates, release('1.2.0', ['1.2.0'])).tags).toEqual([])
    expect(renderTags(templates('{{major}}'), dev('develop')).tags).toEqual([])
  })
})
