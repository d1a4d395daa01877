// A deleted branch's image tags, removed from a registry that speaks the
// distribution API: the tag itself where the registry deletes tags, else the
// manifest by digest when no other tag points at it, else nothing (and why).
import * as core from './runner.js'
import { imageLocation, RegistryApi, type RegistryCredentials } from './registry-api.js'

export interface Removal {
  ref: string
  result: 'removed' | 'absent' | 'kept'
  why?: string
}

/** Remove `refs` (image:tag), one registry repository at a time; every other tag stays. */
export async function removeTags(refs: string[], credentials: (registryHost: string) => RegistryCredentials | undefined, timeoutMs: number): Promise<Removal[]> {
  const removals: Removal[] = []
  const byImage = new Map<string, string[]>()
  for (const ref of refs) {
    const at = ref.lastIndexOf(':')
    byImage.set(ref.slice(0, at), [...(byImage.get(ref.slice(0, at)) ?? []), ref.slice(at + 1)])
  }
  for (const [image, tags] of byImage) {
    const location = imageLocation(image)
    const api = new RegistryApi(location, credentials(new URL(location.base).host), timeoutMs)
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
  if (others.length) return { result: 'kept', why: `the registry deletes no tags, and ${others.join(', ')} still point${others.length === 1 ? 's' : ''} at ${found.digest}` }
  const status = await api.deleteManifest(found.digest)
  if (status === 202 || status === 200) return { result: 'removed', why: `no other tag pointed at ${found.digest}, which was deleted` }
  if (status === 404) return { result: 'absent', why: 'removed meanwhile' }
  if (status === 405) return { result: 'kept', why: 'the registry does not allow deleting (for a distribution registry: storage.delete.enabled)' }
  if (status === 401 || status === 403) return { result: 'kept', why: `the registry refused the deletion (${status}): the credentials need delete rights` }
  return { result: 'kept', why: `the registry answered ${status} to deleting ${found.digest}` }
}
