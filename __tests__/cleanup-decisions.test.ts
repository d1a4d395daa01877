// What a deleted branch's cleanup may delete on a registry that speaks the distribution API, decided against a
// fake registry: every read and delete is recorded, so each test shows what was asked and what was left alone.
// cleanup.e2e runs the same code against the real distribution registry.
import { createHash } from 'node:crypto'
import { PackageApiError } from '../src/outside/package-api-error.js'
import { removeBranchImages, type CleanupAccess } from '../src/steps/cleanup.js'
import type { DockerHubApi, ListRegistry, PackageVersion, PackageVersions } from '../src/steps/effects.js'
import { captureLog, digestOf, FakeRegistry } from './support/fake-outside.js'

const IMAGE = 'registry.test/acme/widget'
const log: string[] = []
let restore: () => void
beforeAll(() => (restore = captureLog(log)))
afterAll(() => restore())

const unused = (what: string) => () => {
  throw new Error(`${what} is not asked on a distribution registry`)
}

function access(registry: FakeRegistry, seen: string[] = []): CleanupAccess {
  return {
    credentials: host => (host === 'registry.test' ? { username: 'ci', password: 'secret' } : undefined),
    registry: (image, credentials) => (seen.push(`${image} ${credentials?.username}`), registry),
    ghcr: unused('ghcr.io'),
    dockerHub: { login: unused('Docker Hub'), deleteTag: unused('Docker Hub') }
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

/** ghcr.io as cleanup sees it: the package's versions (GitHub's API) and its registry, every call recorded. */
class FakeGhcr implements PackageVersions, ListRegistry {
  calls: string[] = []
  /** What versions() throws instead of answering (a refusal, as GitHub's client gives it). */
  refusal?: Error & { status?: number; rateLimited?: boolean }
  /** Manifest lists' children and attestation manifests, by digest; a tag's digest is the version that carries it. */
  lists = new Map<string, { children: string[]; attestations: string[] }>()
  /** A push in between: the tag that resolves elsewhere once read. */
  moved?: { tag: string; digest: string }
  /** References whose manifest the registry fails to serve (a 500, a timeout). */
  unreadable = new Set<string>()
  private nextId = 100

  constructor(public package_: PackageVersion[] | undefined) {}

  async versions() {
    this.calls.push('versions')
    if (this.refusal) throw this.refusal
    return this.package_
  }
  async remove(id: number) {
    this.calls.push(`remove ${id}`)
    if (!this.package_?.some(v => v.id === id)) return 404
    this.package_ = this.package_.filter(v => v.id !== id)
    return 204
  }
  async manifest(reference: string) {
    this.calls.push(`manifest ${reference}`)
    if (this.unreadable.has(reference)) throw new Error(`The registry answered 500 for acme/widget:${reference}.`)
    if (this.moved?.tag === reference) return { digest: this.moved.digest, children: [], attestations: [] }
    const digest = reference.startsWith('sha256:')
      ? reference
      : this.package_?.find(v => tagsOf(v).includes(reference))?.name
    return digest ? { digest, ...(this.lists.get(digest) ?? { children: [], attestations: [] }) } : undefined
  }
  async putManifest(tag: string, body: string) {
    this.calls.push(`put ${tag}`)
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`
    // GitHub moves the tag to a new version of the package.
    for (const v of this.package_ ?? []) {
      const tags = tagsOf(v)
      if (tags.includes(tag)) v.metadata = { container: { tags: tags.filter(t => t !== tag) } }
    }
    this.package_?.push(version(this.nextId++, digest, [tag]))
    return digest
  }
}

const tagsOf = (v: PackageVersion) => v.metadata?.container?.tags ?? []
const version = (id: number, name: string, tags: string[] = []): PackageVersion => ({
  id,
  name,
  metadata: { container: { tags } }
})

const GHCR = 'ghcr.io/acme/widget'

function ghcrAccess(ghcr: FakeGhcr, seen: string[] = []): CleanupAccess {
  return {
    credentials: () => undefined,
    registry: unused('a distribution registry'),
    ghcr: async image => (seen.push(image), { versions: ghcr, registry: ghcr }),
    dockerHub: { login: unused('Docker Hub'), deleteTag: unused('Docker Hub') }
  }
}

describe('cleanup on ghcr.io, through its package versions', () => {
  it("deletes the branch's version and its platform images that no other tagged version lists; attestations stay", async () => {
    const ghcr = new FakeGhcr([
      version(1, digestOf(1), ['feature-x']),
      version(2, digestOf(2)), // amd64 of 1
      version(3, digestOf(3)), // arm64 of 1, also listed by 1.2.3's list
      version(4, digestOf(4)), // 1's attestation manifest
      version(5, digestOf(5), ['1.2.3'])
    ])
    ghcr.lists.set(digestOf(1), { children: [digestOf(2), digestOf(3), digestOf(4)], attestations: [digestOf(4)] })
    ghcr.lists.set(digestOf(5), { children: [digestOf(3)], attestations: [] })
    const seen: string[] = []
    const [r] = await removeBranchImages([`${GHCR}:feature-x`], ghcrAccess(ghcr, seen))
    expect(seen).toEqual([GHCR])
    expect(r.result).toBe('removed')
    expect(r.why).toMatch(new RegExp(`version ${digestOf(1)} deleted, with its platform images ${digestOf(2)}`))
    expect(r.why).toMatch(/stays: another tagged version lists it/)
    expect(r.why).toMatch(/its attestation manifests .* stay: cleanup deletes no referrer/)
    expect(ghcr.calls.filter(c => c.startsWith('remove'))).toEqual(['remove 1', 'remove 2'])
    expect(ghcr.package_?.map(v => v.id)).toEqual([3, 4, 5])
  })

  it('moves the tag off a version that carries another tag too, and deletes only the placeholder', async () => {
    const ghcr = new FakeGhcr([version(1, digestOf(1), ['feature-x', '1.2.3'])])
    const [r] = await removeBranchImages([`${GHCR}:feature-x`], ghcrAccess(ghcr))
    expect(r).toMatchObject({ result: 'removed', why: `untagged: ${digestOf(1)} keeps 1.2.3` })
    expect(ghcr.calls).toContain('put feature-x')
    expect(ghcr.calls.filter(c => c.startsWith('remove'))).toEqual(['remove 100'])
    expect(ghcr.package_).toEqual([version(1, digestOf(1), ['1.2.3'])])
  })

  it('keeps the platform images where a list cannot be read, which may list them: it fails closed', async () => {
    const branch = () => [
      version(1, digestOf(1), ['feature-x']),
      version(2, digestOf(2)), // amd64 of 1, also listed by 1.2.3's list
      version(5, digestOf(5), ['1.2.3'])
    ]
    for (const unreadable of [digestOf(5), digestOf(1)]) {
      const ghcr = new FakeGhcr(branch())
      ghcr.lists.set(digestOf(1), { children: [digestOf(2)], attestations: [] })
      ghcr.lists.set(digestOf(5), { children: [digestOf(2)], attestations: [] })
      ghcr.unreadable.add(unreadable)
      const [r] = await removeBranchImages([`${GHCR}:feature-x`], ghcrAccess(ghcr))
      expect(r.why).toMatch(
        unreadable === digestOf(5)
          ? /its platform images stay: 1 other tagged version could not be read \(The registry answered 500/
          : /its platform images stay: its list could not be read/
      )
      // The branch's own tagged version goes; the platform image that 1.2.3 still lists stays.
      expect(ghcr.calls.filter(c => c.startsWith('remove'))).toEqual(['remove 1'])
    }
  })

  it('keeps a version whose tag cannot be read again right before the deletion', async () => {
    const ghcr = new FakeGhcr([version(1, digestOf(1), ['feature-x'])])
    ghcr.unreadable.add('feature-x')
    const [r] = await removeBranchImages([`${GHCR}:feature-x`], ghcrAccess(ghcr))
    expect(r).toMatchObject({
      result: 'kept',
      why: expect.stringMatching(/could not be read again before the deletion/)
    })
    expect(ghcr.calls.filter(c => c.startsWith('remove'))).toEqual([])
  })

  it('keeps a version whose tag a push moved after the listing', async () => {
    const ghcr = new FakeGhcr([version(1, digestOf(1), ['feature-x'])])
    ghcr.moved = { tag: 'feature-x', digest: digestOf(9) }
    const [r] = await removeBranchImages([`${GHCR}:feature-x`], ghcrAccess(ghcr))
    expect(r).toMatchObject({ result: 'kept', why: expect.stringMatching(/moved to .* after it was read/) })
    expect(ghcr.calls.filter(c => c.startsWith('remove'))).toEqual([])
  })

  it('keeps everything, and says why, where GitHub shows no such package, refuses, or rate-limits', async () => {
    const hidden = new FakeGhcr(undefined)
    const [absent] = await removeBranchImages([`${GHCR}:feature-x`], ghcrAccess(hidden))
    expect(absent).toMatchObject({
      result: 'kept',
      why: expect.stringMatching(/GitHub shows no package widget to this token \(404\)/)
    })

    const refused = new FakeGhcr([version(1, digestOf(1), ['feature-x'])])
    refused.refusal = new PackageApiError('Forbidden', 403, false)
    const [r403] = await removeBranchImages([`${GHCR}:feature-x`], ghcrAccess(refused))
    expect(r403).toMatchObject({
      result: 'kept',
      why: expect.stringMatching(/refused to list the package's versions \(403\)/)
    })

    const limited = new FakeGhcr([version(1, digestOf(1), ['feature-x'])])
    limited.refusal = new PackageApiError('rate limit', 403, true)
    const [r429] = await removeBranchImages([`${GHCR}:feature-x`], ghcrAccess(limited))
    expect(r429).toMatchObject({
      result: 'kept',
      why: expect.stringMatching(/rate limit \(403\) asked for a longer wait/)
    })

    for (const ghcr of [hidden, refused, limited]) expect(ghcr.calls.filter(c => !c.startsWith('versions'))).toEqual([])
  })
})

describe('cleanup on Docker Hub, through its own API', () => {
  function hub(statuses: Record<string, number>, login = { status: 200, token: 'hub-token' }) {
    const calls: string[] = []
    const api: DockerHubApi = {
      login: async (username, password) => (calls.push(`login ${username} ${password}`), login),
      deleteTag: async (repository, tag, token) => (
        calls.push(`delete ${repository}:${tag} ${token}`),
        statuses[tag] ?? 404
      )
    }
    return { api, calls }
  }
  const hubAccess = (api: DockerHubApi, credentials = true): CleanupAccess => ({
    credentials: host =>
      credentials && host === 'docker.io' ? { username: 'hub-user', password: 'hub-secret' } : undefined,
    registry: unused('a distribution registry'),
    ghcr: unused('ghcr.io'),
    dockerHub: api
  })

  it("deletes each tag with the login's token, and says which were absent or refused", async () => {
    const { api, calls } = hub({ 'feature-x': 204, 'rpi-feature-x': 403 })
    const removed = await removeBranchImages(
      ['docker.io/acme/widget:feature-x', 'docker.io/acme/widget:rpi-feature-x', 'docker.io/acme/widget:gone'],
      hubAccess(api)
    )
    expect(removed.map(r => r.result)).toEqual(['removed', 'kept', 'absent'])
    expect(removed[1].why).toMatch(/Docker Hub refused \(403\): the access token needs Read, Write, Delete rights/)
    expect(calls).toEqual([
      'login hub-user hub-secret',
      'delete acme/widget:feature-x hub-token',
      'delete acme/widget:rpi-feature-x hub-token',
      'delete acme/widget:gone hub-token'
    ])
    // The token Docker Hub gave is masked in the log.
    expect(log).toContain('::add-mask::hub-token')
  })

  it('deletes nothing without credentials, or when the login is refused', async () => {
    const none = hub({})
    const [r] = await removeBranchImages(['docker.io/acme/widget:feature-x'], hubAccess(none.api, false))
    expect(r).toMatchObject({ result: 'kept', why: 'no Docker Hub credentials in this run' })
    expect(none.calls).toEqual([])

    const refused = hub({}, { status: 401, token: '' })
    const [k] = await removeBranchImages(['docker.io/acme/widget:feature-x'], hubAccess(refused.api))
    expect(k).toMatchObject({ result: 'kept', why: expect.stringMatching(/refused the login \(401\)/) })
    expect(refused.calls).toEqual(['login hub-user hub-secret'])
  })
})
