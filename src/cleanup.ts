// A deleted branch's image tags, removed from a registry that speaks the
// distribution API: the tag itself where the registry deletes tags, else the
// manifest by digest when no other tag points at it, else nothing (and why).
import * as core from './runner.js'
import { splitRegistry } from './image.js'
import { imageLocation, RegistryApi, type RegistryCredentials } from './registry-api.js'

export interface Removal {
  ref: string
  result: 'removed' | 'absent' | 'kept'
  why?: string
}

export interface CleanupAccess {
  /** Credentials for a registry (its host as in the image name). */
  credentials: (registry: string) => RegistryCredentials | undefined
  /** GitHub's API, for ghcr.io's packages: base URL and token. */
  github: { base: string; token: string }
  /** Docker Hub's API base URL. */
  dockerHub: string
  /** Where ghcr.io's registry API answers (its manifests name a multi-platform version's platform images). */
  ghcrRegistry: string
  timeoutMs: number
}

/** Remove `refs` (image:tag), one repository at a time; every other tag stays. */
export async function removeTags(refs: string[], access: CleanupAccess): Promise<Removal[]> {
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
    const location = imageLocation(image)
    const api = new RegistryApi(location, access.credentials(host), access.timeoutMs)
    for (const tag of tags) {
      const ref = `${image}:${tag}`
      try {
        removals.push({ ref, ...(await removeOne(api, tag, tags)) })
      } catch (error) {
        removals.push({ ref, result: 'kept', why: (error as Error).message })
      }
    }
  }
  for (const r of removals.filter(r => r.result === 'kept')) core.warning(`${r.ref} stays: ${r.why}`)
  return removals
}

async function removeOne(api: RegistryApi, tag: string, ours: string[]): Promise<Omit<Removal, 'ref'>> {
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

async function json(url: string, init: RequestInit, timeoutMs: number): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
  const text = await response.text()
  let body: unknown
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    body = text
  }
  return { status: response.status, body }
}

/**
 * ghcr.io: GitHub's packages API. A version carrying only tags of this branch is deleted; one that carries
 * another tag too stays (the API can delete a version, not take one tag off it).
 */
async function fromGhcr(image: string, tags: string[], access: CleanupAccess): Promise<Removal[]> {
  const [, owner, ...rest] = image.split('/')
  const pkg = encodeURIComponent(rest.join('/'))
  const headers = core.githubHeaders(access.github.token)
  let versions: { id: number; name: string; metadata?: { container?: { tags?: string[] } } }[] | undefined
  let base = ''
  for (const scope of ['orgs', 'users']) {
    base = `${access.github.base}/${scope}/${owner}/packages/container/${pkg}/versions`
    const r = await json(`${base}?per_page=100`, { headers }, access.timeoutMs)
    if (r.status === 200) {
      versions = r.body as typeof versions
      break
    }
    if (r.status === 401 || r.status === 403) {
      return tags.map(tag => ({
        ref: `${image}:${tag}`,
        result: 'kept' as const,
        why: `GitHub refused to list the package's versions (${r.status}): the token needs read and delete access to the package (permissions: packages: write, and the package's admin access for this repository)`
      }))
    }
  }
  if (!versions)
    return tags.map(tag => ({ ref: `${image}:${tag}`, result: 'absent' as const, why: 'no such package on ghcr.io' }))
  const removals: Removal[] = []
  for (const tag of tags) {
    const ref = `${image}:${tag}`
    const version = versions.find(v => v.metadata?.container?.tags?.includes(tag))
    if (!version) {
      removals.push({ ref, result: 'absent', why: 'no version carries this tag' })
      continue
    }
    const others = (version.metadata?.container?.tags ?? []).filter(t => !tags.includes(t))
    if (others.length) {
      // ghcr.io can delete a version but not take one tag off it: the tag is moved to an empty index, which then goes.
      removals.push({ ref, ...(await untag(image, tag, version, others, base, headers, access)) })
      continue
    }
    // A multi-platform version's platform images are untagged versions of their own: they go too, unless another
    // tagged version still lists them. Read before the deletion, while the registry still has the list.
    const remaining = versions.filter(
      v => v !== version && (v.metadata?.container?.tags ?? []).some(t => !tags.includes(t))
    )
    const orphans = await platformVersions(registry(image, access), version, remaining, versions)
    const r = await json(`${base}/${version.id}`, { method: 'DELETE', headers }, access.timeoutMs)
    if (r.status === 204 || r.status === 200) {
      const gone: string[] = []
      for (const orphan of orphans) {
        const d = await json(`${base}/${orphan.id}`, { method: 'DELETE', headers }, access.timeoutMs)
        if (d.status === 204 || d.status === 200) gone.push(orphan.name)
      }
      removals.push({
        ref,
        result: 'removed',
        why: `version ${version.name} deleted${gone.length ? `, with its platform images ${gone.join(', ')}` : ''}`
      })
    } else if (r.status === 404) removals.push({ ref, result: 'absent', why: 'removed meanwhile' })
    else
      removals.push({
        ref,
        result: 'kept',
        why: `GitHub refused to delete version ${version.name} (${r.status}): the token needs admin access to the package`
      })
  }
  return removals
}

type Version = { id: number; name: string; metadata?: { container?: { tags?: string[] } } }

/** An OCI index of nothing: it needs no blobs, so any registry takes it. */
const EMPTY_INDEX = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  manifests: []
})

async function untag(
  image: string,
  tag: string,
  version: Version,
  others: string[],
  base: string,
  headers: Record<string, string>,
  access: CleanupAccess
): Promise<Omit<Removal, 'ref'>> {
  try {
    const placeholder = await registry(image, access).putManifest(
      tag,
      EMPTY_INDEX,
      'application/vnd.oci.image.index.v1+json'
    )
    const listed = await json(`${base}?per_page=100`, { headers }, access.timeoutMs)
    const moved = ((listed.body as Version[] | undefined) ?? []).find(v => v.name === placeholder)
    if (!moved)
      return {
        result: 'kept',
        why: `the tag was moved to an empty index ${placeholder}, which GitHub does not list yet; delete it by hand`
      }
    const d = await json(`${base}/${moved.id}`, { method: 'DELETE', headers }, access.timeoutMs)
    if (d.status !== 204 && d.status !== 200)
      return { result: 'kept', why: `GitHub refused to delete the placeholder version ${placeholder} (${d.status})` }
    return { result: 'removed', why: `untagged: ${version.name} keeps ${others.join(', ')}` }
  } catch (error) {
    return {
      result: 'kept',
      why: `the version also carries ${others.join(', ')}, and moving the tag off it failed (${(error as Error).message})`
    }
  }
}

function registry(image: string, access: CleanupAccess): RegistryApi {
  const location = imageLocation(image)
  return new RegistryApi({ ...location, base: access.ghcrRegistry }, access.credentials('ghcr.io'), access.timeoutMs)
}

/** The untagged versions that are `version`'s platform images and that no version in `remaining` lists. */
async function platformVersions(
  api: RegistryApi,
  version: Version,
  remaining: Version[],
  all: Version[]
): Promise<Version[]> {
  const children = async (v: Version) => (await api.manifest(v.name).catch(() => undefined))?.children ?? []
  const own = await children(version)
  if (!own.length) return []
  const kept = new Set((await Promise.all(remaining.map(children))).flat())
  return all.filter(v => !(v.metadata?.container?.tags ?? []).length && own.includes(v.name) && !kept.has(v.name))
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
  const login = await json(
    `${access.dockerHub}/v2/users/login`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: credentials.username, password: credentials.password })
    },
    access.timeoutMs
  )
  const token = (login.body as { token?: string } | undefined)?.token
  if (login.status !== 200 || !token) {
    return tags.map(tag => ({
      ref: `${image}:${tag}`,
      result: 'kept' as const,
      why: `Docker Hub refused the login (${login.status}): use an access token with Read, Write, Delete rights`
    }))
  }
  core.setSecret(token)
  const removals: Removal[] = []
  for (const tag of tags) {
    const ref = `${image}:${tag}`
    const r = await json(
      `${access.dockerHub}/v2/repositories/${repository}/tags/${tag}/`,
      { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } },
      access.timeoutMs
    )
    if (r.status === 204 || r.status === 200) removals.push({ ref, result: 'removed', why: 'the tag was deleted' })
    else if (r.status === 404) removals.push({ ref, result: 'absent', why: 'Docker Hub has no such tag' })
    else
      removals.push({
        ref,
        result: 'kept',
        why: `Docker Hub refused (${r.status}): the access token needs Read, Write, Delete rights`
      })
  }
  return removals
}
