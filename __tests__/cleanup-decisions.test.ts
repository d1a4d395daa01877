// What a deleted branch's cleanup may delete on a registry that speaks the distribution API, decided against a
// fake registry: every read and delete is recorded, so each test shows what was asked and what was left alone.
// cleanup.e2e runs the same code against the real distribution registry.
import { removeBranchImages, type CleanupAccess } from '../src/steps/cleanup.js'
import { captureLog, digestOf, FakeRegistry } from './support/fake-outside.js'

const IMAGE = 'registry.test/acme/widget'
const log: string[] = []
let restore: () => void
beforeAll(() => (restore = captureLog(log)))
afterAll(() => restore())

function access(registry: FakeRegistry, seen: string[] = []): CleanupAccess {
  return {
    credentials: host => (host === 'registry.test' ? { username: 'ci', password: 'secret' } : undefined),
    github: { token: '' },
    dockerHub: 'http://hub.invalid',
    ghcrRegistry: 'http://ghcr.invalid',
    timeoutMs: 1000,
    registry: (image, credentials) => (seen.push(`${image} ${credentials?.username}`), registry)
  }
}

describe('cleanup on a distribution registry', () => {
  it("deletes the branch's tag where the registry deletes tags, with the registry's login", async () => {
    const registry = new FakeRegistry()
    registry.put('feature-x', digestOf(1), ['linux/amd64'])
    const seen: string[] = []
    const removed = await removeBranchImages([`${IMAGE}:feature-x`], access(registry, seen))
    expect(removed).toEqual([{ ref: `${IMAGE}:feature-x`, result: 'removed', why: 'the tag was deleted' }])
    expect(seen).toEqual([`${IMAGE} ci`])
    expect(registry.manifestDeletes).toEqual([])
  })

  it('keeps the image another tag points at, where the registry deletes no tags, and says which', async () => {
    const registry = new FakeRegistry()
    registry.deleteAnswer = 'refused'
    registry.put('feature-x', digestOf(1), ['linux/amd64'])
    registry.put('1.2.3', digestOf(1), ['linux/amd64'])
    registry.put('latest', digestOf(1), ['linux/amd64'])
    const [kept] = await removeBranchImages([`${IMAGE}:feature-x`], access(registry))
    expect(kept).toMatchObject({ result: 'kept', why: expect.stringMatching(/1\.2\.3, latest still point at/) })
    expect(registry.manifestDeletes).toEqual([])
    expect(log.join('')).toMatch(/::warning::registry.test\/acme\/widget:feature-x stays: the registry deletes no tags/)
  })

  it("deletes the manifest by digest when only the branch's own tags point at it", async () => {
    const registry = new FakeRegistry()
    registry.deleteAnswer = 'refused'
    registry.put('feature-x', digestOf(1), ['linux/amd64'])
    registry.put('rpi-feature-x', digestOf(1), ['linux/amd64'])
    registry.put('1.2.3', digestOf(2), ['linux/amd64'])
    const removed = await removeBranchImages([`${IMAGE}:feature-x`, `${IMAGE}:rpi-feature-x`], access(registry))
    expect(removed[0]).toMatchObject({ result: 'removed', why: expect.stringMatching(/no other tag pointed at/) })
    expect(registry.manifestDeletes).toEqual([digestOf(1)])
    expect(registry.manifests.get('1.2.3')?.digest).toBe(digestOf(2))
  })

  it('keeps a tag a push moved while the other tags were read', async () => {
    const registry = new FakeRegistry()
    registry.deleteAnswer = 'refused'
    registry.put('feature-x', digestOf(1), ['linux/amd64'])
    registry.put('1.2.3', digestOf(2), ['linux/amd64'])
    registry.moveAfterReads = { tag: 'feature-x', reads: 2, digest: digestOf(3) }
    const [kept] = await removeBranchImages([`${IMAGE}:feature-x`], access(registry))
    expect(kept).toMatchObject({
      result: 'kept',
      why: `the tag moved to ${digestOf(3)} after it was read (a push in between)`
    })
    expect(registry.manifestDeletes).toEqual([])
  })

  it.each([
    [405, 'kept', /storage\.delete\.enabled/],
    [403, 'kept', /refused the deletion \(403\): the credentials need delete rights/],
    [404, 'absent', /removed meanwhile/]
  ])('reports a registry that answers %s to the deletion', async (status, result, why) => {
    const registry = new FakeRegistry()
    registry.deleteAnswer = 'refused'
    registry.put('feature-x', digestOf(1), ['linux/amd64'])
    registry.deleteManifestAnswers.push(status)
    const [r] = await removeBranchImages([`${IMAGE}:feature-x`], access(registry))
    expect(r).toMatchObject({ result, why: expect.stringMatching(why) })
  })

  it('reports a tag that is not there as absent, and deletes nothing', async () => {
    const registry = new FakeRegistry()
    const [r] = await removeBranchImages([`${IMAGE}:feature-gone`], access(registry))
    expect(r).toMatchObject({ result: 'absent' })
    expect(registry.deletes).toEqual([])
  })
})
