// A deleted branch's image tags, removed from a registry that speaks the
// distribution API: the tag itself where the registry deletes tags, else the
// manifest by digest when no other tag points at it, else nothing (and why).
import * as runner from '../outside/runner.js'
import { ghcrPackageOf, splitRegistry } from '../plan/image-names.js'
import { PackageApiError } from '../outside/package-api-error.js'
import type { RegistryCredentials } from '../outside/registry-api.js'
import type {
  DockerHubApi,
  Ghcr,
  ImageRegistry,
  ListRegistry,
  PackageVersion as Version,
  PackageVersions
} from './effects.js'

export interface Removal {
  ref: string
  result: 'removed' | 'absent' | 'kept'
  why?: string
}

export interface CleanupAccess {
  /** Credentials for a registry (its host as in the image name). */
  credentials: (registry: string) => RegistryCredentials | undefined
  /** A registry that speaks the distribution API, for one image (the real one, or a fake in unit tests). */
  registry: (image: string, credentials: RegistryCredentials | undefined) => ImageRegistry
  /** ghcr.io for an image: its package's versions (GitHub's packages API), and its registry. */
  ghcr: (image: string) => Promise<Ghcr>
  /** Docker Hub's own API, which deletes tags. */
  dockerHub: DockerHubApi
}

/** Remove `refs` (image:tag), one repository at a time; every other tag stays. */
export async function removeBranchImages(refs: string[], access: CleanupAccess): Promise<Removal[]> {
  const removals: Removal[] = []
  const byImage = new Map<string, string[]>()
  for (const ref of refs) {
    const at = ref.lastIndexOf(':')
    byImage.set(ref.slice(0, at), [...(byImage.get(ref.slice(0, at)) ?? []), ref.slice(at + 1)])
  }
  for (const [image, tags] of byImage) {
    const host = splitRegistry(image).registry
    if (host === 'ghcr.io') {
      removals.push(...(await fromGhcr(image, tags, access)))
      continue
    }
    if (host === 'docker.io') {
      removals.push(...(await fromDockerHub(image, tags, access)))
      continue
    }
    const api = access.registry(image, access.credentials(host))
    for (const tag of tags) {
      const ref = `${image}:${tag}`
      try {
        removals.push({ ref, ...(await removeOne(api, tag, tags)) })
      } catch (error) {
        removals.push({ ref, result: 'kept', why: (error as Error).message })
      }
    }
  }
  for (const r of removals.filter(r => r.result === 'kept')) runner.warning(`${r.ref} stays: ${r.why}`)
  return removals
}

async function removeOne(api: ImageRegistry, tag: string, ours: string[]): Promise<Omit<Removal, 'ref'>> {
  const found = await api.manifest(tag)
  if (!found) return { result: 'absent', why: 'the registry has no such tag (removed before, or never pushed)' }
  if ((await api.deleteTag(tag)) === 'deleted') return { result: 'removed', why: 'the tag was deleted' }
  // The registry deletes no tags: the manifest may go, but only when no other tag points at it.
  const others: string[] = []
  for (const other of await api.tags()) {
    if (other === tag || ours.includes(other)) continue
    if ((await api.manifest(other))?.digest === found.digest) others.push(other)
  }
  if (others.length)
    return {
      result: 'kept',
      why: `the registry deletes no tags, and ${others.join(', ')} still point${others.length === 1 ? 's' : ''} at ${found.digest}`
    }
  // Reading every other tag took a while: a push in between may have moved this one to a new image.
  const now = await api.manifest(tag)
  if (!now) return { result: 'absent', why: 'removed meanwhile' }
  if (now.digest !== found.digest) return movedMeanwhile(now.digest)
  const status = await api.deleteManifest(found.digest)
  if (status === 202 || status === 200)
    return { result: 'removed', why: `no other tag pointed at ${found.digest}, which was deleted` }
  if (status === 404) return { result: 'absent', why: 'removed meanwhile' }
  if (status === 405)
    return {
      result: 'kept',
      why: 'the registry does not allow deleting (for a distribution registry: storage.delete.enabled)'
    }
  if (status === 401 || status === 403)
    return { result: 'kept', why: `the registry refused the deletion (${status}): the credentials need delete rights` }
  return { result: 'kept', why: `the registry answered ${status} to deleting ${found.digest}` }
}

/** A tag a push moved after it was read: it is not the branch's old image any more. */
function movedMeanwhile(digest: string): Omit<Removal, 'ref'> {
  return { result: 'kept', why: `the tag moved to ${digest} after it was read (a push in between)` }
}

const tagsOf = (v: Version) => v.metadata?.container?.tags ?? []
/** A signature, attestation or SBOM stored beside an image under a `sha256-<digest>…` tag (cosign, the referrers fallback). */
const isReferrer = (v: Version) => tagsOf(v).some(t => /^sha256-[0-9a-f]{64}/.test(t))

/**
 * ghcr.io: GitHub's packages API, every page read before anything is decided. A version carrying only tags of
 * this branch is deleted, with its platform images that no other tagged version (on any page) lists; one that
 * carries another tag too keeps it (the tag alone is moved off). Referrers (`sha256-*` tags, attestations) stay.
 */
async function fromGhcr(image: string, tags: string[], access: CleanupAccess): Promise<Removal[]> {
  const { name } = ghcrPackageOf(image)
  const { versions: pkg, registry: registryApi } = await access.ghcr(image)
  const keepAll = (why: string) => tags.map(tag => ({ ref: `${image}:${tag}`, result: 'kept' as const, why }))
  let versions: Version[] | undefined
  try {
    versions = await pkg.versions()
  } catch (error) {
    // GitHub's refusal, as the package API named it (PackageApiError); anything else could not be read at all.
    const { status, rateLimited } = error instanceof PackageApiError ? error : { status: undefined, rateLimited: false }
    if (rateLimited)
      return keepAll(
        `GitHub's rate limit (${status}) asked for a longer wait than request-timeout allows; run the cleanup again later`
      )
    if (status === 401 || status === 403)
      return keepAll(
        `GitHub refused to list the package's versions (${status}): the token needs read and delete access to the package (permissions: packages: write, and the package's admin access for this repository)`
      )
    return keepAll(`the package's versions could not be read (${(error as Error).message})`)
  }
  if (!versions)
    return keepAll(
      `GitHub shows no package ${name} to this token (404): it does not exist, or the token may not see it. Give the job "permissions: packages: write" and, in the package's settings, "Manage Actions access", the repository admin access`
    )
  const removals: Removal[] = []
  for (const tag of tags) {
    const ref = `${image}:${tag}`
    const version = versions.find(v => tagsOf(v).includes(tag))
    if (!version) {
      removals.push({ ref, result: 'absent', why: 'no version carries this tag' })
      continue
    }
    const others = tagsOf(version).filter(t => !tags.includes(t))
    if (others.length) {
      // ghcr.io can delete a version but not take one tag off it: the tag is moved to an empty manifest list, which then goes.
      removals.push({ ref, ...(await untag(tag, version, others, pkg, registryApi)) })
      continue
    }
    // A multi-platform version's platform images are untagged versions of their own: they go too, unless another
    // tagged version still lists them. Read before the deletion, while the registry still has the list.
    const remaining = versions.filter(v => v !== version && tagsOf(v).some(t => !tags.includes(t)))
    const { orphans, kept } = await platformVersions(registryApi, version, remaining, versions)
    // A push between the listing and now moved the tag: it is not the branch's old image any more. A tag that cannot
    // be read again may have moved too: nothing is deleted on a guess.
    const now = await registryApi.manifest(tag).catch((error: Error) => error)
    if (now instanceof Error) {
      removals.push({
        ref,
        result: 'kept',
        why: `the tag could not be read again before the deletion (${now.message})`
      })
      continue
    }
    if (now && now.digest !== version.name) {
      removals.push({ ref, ...movedMeanwhile(now.digest) })
      continue
    }
    const status = await pkg.remove(version.id)
    if (status === 204 || status === 200) {
      const gone: string[] = []
      for (const orphan of orphans) {
        const s = await pkg.remove(orphan.id)
        if (s === 204 || s === 200) gone.push(orphan.name)
      }
      removals.push({
        ref,
        result: 'removed',
        why:
          `version ${version.name} deleted${gone.length ? `, with its platform images ${gone.join(', ')}` : ''}` +
          (kept.length ? `; ${kept.join('; ')}` : '')
      })
    } else if (status === 404) removals.push({ ref, result: 'absent', why: 'removed meanwhile' })
    else
      removals.push({
        ref,
        result: 'kept',
        why: `GitHub refused to delete version ${version.name} (${status}): the token needs admin access to the package`
      })
  }
  return removals
}

/** A manifest list (an OCI image index) of nothing: it needs no blobs, so any registry takes it. */
const EMPTY_LIST = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  manifests: []
})

async function untag(
  tag: string,
  version: Version,
  others: string[],
  pkg: PackageVersions,
  api: ListRegistry
): Promise<Omit<Removal, 'ref'>> {
  try {
    const now = await api.manifest(tag)
    if (now && now.digest !== version.name) return movedMeanwhile(now.digest)
    const placeholder = await api.putManifest(tag, EMPTY_LIST, 'application/vnd.oci.image.index.v1+json')
    const moved = ((await pkg.versions()) ?? []).find(v => v.name === placeholder)
    if (!moved)
      return {
        result: 'kept',
        why: `the tag was moved to an empty manifest list ${placeholder}, which GitHub does not list yet; delete it by hand`
      }
    const status = await pkg.remove(moved.id)
    if (status !== 204 && status !== 200)
      return { result: 'kept', why: `GitHub refused to delete the placeholder version ${placeholder} (${status})` }
    return { result: 'removed', why: `untagged: ${version.name} keeps ${others.join(', ')}` }
  } catch (error) {
    return {
      result: 'kept',
      why: `the version also carries ${others.join(', ')}, and moving the tag off it failed (${(error as Error).message})`
    }
  }
}

/** Run `work` over `items`, a few at a time (a package of hundreds of versions is read without a burst). */
async function inBatches<T, R>(items: T[], work: (item: T) => Promise<R>, size = 8): Promise<R[]> {
  const out: R[] = []
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(work))))
  return out
}

/**
 * The untagged versions that are `version`'s platform images and that no version in `remaining` lists, and why
 * any others stay: its attestation manifests (referrers are never deleted).
 */
async function platformVersions(
  api: ListRegistry,
  version: Version,
  remaining: Version[],
  all: Version[]
): Promise<{ orphans: Version[]; kept: string[] }> {
  // A manifest that cannot be read is no proof that nothing lists a platform image: then every one of them stays.
  const read = (v: Version) => api.manifest(v.name).catch((error: Error) => error)
  const own = await read(version)
  if (own instanceof Error)
    return { orphans: [], kept: [`its platform images stay: its list could not be read (${own.message})`] }
  if (!own?.children.length) return { orphans: [], kept: [] }
  const lists = await inBatches(remaining, read)
  const unread = lists.filter((m): m is Error => m instanceof Error)
  if (unread.length)
    return {
      orphans: [],
      kept: [
        `its platform images stay: ${unread.length} other tagged version${unread.length === 1 ? '' : 's'} could not be read (${unread[0].message}), and may list them`
      ]
    }
  const listed = new Set(lists.flatMap(m => (m instanceof Error ? [] : (m?.children ?? []))))
  const candidates = all.filter(v => !tagsOf(v).length && !isReferrer(v) && own.children.includes(v.name))
  const kept: string[] = []
  const shared = candidates.filter(v => listed.has(v.name))
  if (shared.length)
    kept.push(
      `${shared.map(v => v.name).join(', ')} stay${shared.length === 1 ? 's' : ''}: another tagged version lists ${shared.length === 1 ? 'it' : 'them'}`
    )
  const attestations = candidates.filter(v => own.attestations.includes(v.name))
  if (attestations.length)
    kept.push(`its attestation manifests ${attestations.map(v => v.name).join(', ')} stay: cleanup deletes no referrer`)
  return { orphans: candidates.filter(v => !listed.has(v.name) && !own.attestations.includes(v.name)), kept }
}

/** Docker Hub: its own API deletes a tag, with a token from the registry credentials (it needs delete rights). */
async function fromDockerHub(image: string, tags: string[], access: CleanupAccess): Promise<Removal[]> {
  const path = image.replace(/^docker\.io\//, '')
  const repository = path.includes('/') ? path : `library/${path}`
  const credentials = access.credentials('docker.io')
  if (!credentials)
    return tags.map(tag => ({
      ref: `${image}:${tag}`,
      result: 'kept' as const,
      why: 'no Docker Hub credentials in this run'
    }))
  const login = await access.dockerHub.login(credentials.username, credentials.password)
  const token = login.token
  if (login.status !== 200 || !token) {
    return tags.map(tag => ({
      ref: `${image}:${tag}`,
      result: 'kept' as const,
      why: `Docker Hub refused the login (${login.status}): use an access token with Read, Write, Delete rights`
    }))
  }
  runner.setSecret(token)
  const removals: Removal[] = []
  for (const tag of tags) {
    const ref = `${image}:${tag}`
    const status = await access.dockerHub.deleteTag(repository, tag, token)
    if (status === 204 || status === 200) removals.push({ ref, result: 'removed', why: 'the tag was deleted' })
    else if (status === 404) removals.push({ ref, result: 'absent', why: 'Docker Hub has no such tag' })
    else
      removals.push({
        ref,
        result: 'kept',
        why: `Docker Hub refused (${status}): the access token needs Read, Write, Delete rights`
      })
  }
  return removals
}
