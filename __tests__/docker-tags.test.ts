import { branchTag, stagingTag } from '../src/plan/docker-tags.js'
import { parseImage } from '../src/plan/image-names.js'

const VALID_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/

describe('branchTag', () => {
  it.each([
    ['feature/implement-doodad', 'feature-implement-doodad'],
    ['develop', 'develop'],
    ['users/ann/..weird', 'users-ann-..weird'],
    ['UPPER_case.1', 'UPPER_case.1']
  ])('%s becomes %s', (branch, tag) => {
    expect(branchTag(branch)).toBe(tag)
  })

  it.each([
    ['fix/#12: crash', /^fix-12-crash-[0-9a-f]{8}$/],
    ['.hidden', /^hidden-[0-9a-f]{8}$/],
    ['-dash', /^dash-[0-9a-f]{8}$/],
    ['x$(touch /tmp/p)', /^x-touch-tmp-p-[0-9a-f]{8}$/],
    ['fëature', /^f-ature-[0-9a-f]{8}$/],
    ['feature//x', /^feature-x-[0-9a-f]{8}$/]
  ])('%s loses characters, so its tag ends in a hash of the name: %s', (branch, tag) => {
    expect(branchTag(branch)).toMatch(tag)
  })

  it('keeps branches apart whose names differ only in characters a tag cannot hold', () => {
    const tags = ['feature/ä', 'feature/ö', 'feature/?', 'feature-', 'feature'].map(b => branchTag(b))
    expect(new Set(tags).size).toBe(tags.length)
    for (const tag of tags) expect(tag).toMatch(VALID_TAG)
  })

  it.each([
    ['latest', 'branch-latest'],
    ['LATEST', 'branch-LATEST'],
    ['1.1.0', 'branch-1.1.0'],
    ['v2.0', 'branch-v2.0'],
    ['V3', 'branch-V3'],
    ['2024-01', 'branch-2024-01'], // PEP 440 reads it as 2024.post1
    ['1.0rc1', 'branch-1.0rc1'],
    // The referrers' fallback tag of an image (and cosign's signatures): cleanup keeps those, and must keep the branch's apart.
    [`sha256-${'a'.repeat(64)}`, `branch-sha256-${'a'.repeat(64)}`],
    [`sha256-${'b'.repeat(64)}.sig`, `branch-sha256-${'b'.repeat(64)}.sig`],
    // A platform image's staging tag, which a release of feature/x pushes and deletes.
    ['feature/x--linux-arm64', 'branch-feature-x--linux-arm64'],
    ['feature-x--linux-arm-v7', 'branch-feature-x--linux-arm-v7']
  ])('trap name %s gets the branch- prefix: %s', (branch, tag) => {
    expect(branchTag(branch)).toBe(tag)
  })

  it.each([
    ['123-fix-login-bug', '123-fix-login-bug'], // GitHub's own name for a branch made from an issue
    ['2024-hotfix', '2024-hotfix'],
    ['v2-redesign', 'v2-redesign'],
    ['latest-deps', 'latest-deps']
  ])('%s could never be a version or latest, so it keeps its name', (branch, tag) => {
    expect(branchTag(branch)).toBe(tag)
  })

  it('gives the prefix to a name the configured templates reserve, and only to that', () => {
    const reserved = (tag: string) => tag === 'nightly' || tag === 'edge'
    expect(branchTag('nightly', reserved)).toBe('branch-nightly')
    expect(branchTag('edge', reserved)).toBe('branch-edge')
    expect(branchTag('edgy', reserved)).toBe('edgy')
  })

  it('gives a name of symbols only a hashed tag', () => {
    expect(branchTag('@@@')).toMatch(/^branch-[0-9a-f]{8}$/)
  })

  it('cuts long names to 128 characters and keeps them apart', () => {
    const a = branchTag(`feature/${'a'.repeat(240)}-one`)
    const b = branchTag(`feature/${'a'.repeat(240)}-two`)
    expect(a).toHaveLength(128)
    expect(b).toHaveLength(128)
    expect(a).not.toBe(b)
    expect(a).toMatch(VALID_TAG)
  })

  it('always gives a valid tag', () => {
    for (const branch of ['a', '_x', 'a/b/c', '日本語', 'x'.repeat(300), '$(rm -rf /)', '`id`', 'a\'b"c', 'a;b']) {
      expect(branchTag(branch)).toMatch(VALID_TAG)
    }
  })
})

describe('stagingTag', () => {
  it('puts the platform after the tag', () => {
    expect(stagingTag('127.0.0.1:5000/a/w:feature-x', 'linux/arm/v7')).toBe(
      '127.0.0.1:5000/a/w:feature-x--linux-arm-v7'
    )
  })
  it('stays a valid tag for the longest branch tags, and keeps them apart', () => {
    const a = stagingTag(`w:${branchTag(`feature/${'a'.repeat(200)}-one`)}`, 'linux/arm/v7')
    const b = stagingTag(`w:${branchTag(`feature/${'a'.repeat(200)}-two`)}`, 'linux/arm/v7')
    for (const ref of [a, b]) expect(ref.slice(2)).toMatch(VALID_TAG)
    expect(a.endsWith('--linux-arm-v7')).toBe(true)
    expect(a).not.toBe(b)
  })
})

describe('parseImage', () => {
  it.each([
    ['acme/widget', 'acme/widget', 'docker.io'],
    ['Acme/Widget', 'acme/widget', 'docker.io'],
    ['ghcr.io/acme/widget', 'ghcr.io/acme/widget', 'ghcr.io'],
    ['localhost:5000/widget', 'localhost:5000/widget', 'localhost:5000'],
    ['127.0.0.1:5000/a/b', '127.0.0.1:5000/a/b', '127.0.0.1:5000'],
    ['docker.io/acme/widget', 'docker.io/acme/widget', 'docker.io']
  ])('%s is %s on %s', (input, name, registry) => {
    expect(parseImage(input)).toMatchObject({ name, registry })
  })

  it('says when it lower-cased a name', () => {
    expect(parseImage('Acme/Widget')).toMatchObject({ lowered: true })
    expect(parseImage('acme/widget')).toMatchObject({ lowered: false })
  })

  it.each(['', 'acme/widget:1.0', 'acme/widget@sha256:abc', 'acme//widget', 'acme/wid get', 'acme/-widget', 'a/b$c'])(
    '%j is refused',
    input => {
      expect(typeof parseImage(input)).toBe('string')
    }
  )
})
