// Referrers on the local distribution registry (2.8: no referrers API, so the OCI fallback tag): what others
// attached under sha256-<digest> stays listed, and a fallback index that cannot be read is never replaced.
import { createHash, randomBytes } from 'node:crypto'
import { attachReferrer } from '../src/outside/referrers.js'
import { imageLocation, RegistryApi } from '../src/outside/registry-api.js'
import { FaultyProxy } from './support/faulty-proxy.js'
import { localRegistry, RegistryClient } from './support/registry.js'

const registry = localRegistry()
const client = new RegistryClient(registry)
const credentials = { username: registry.username, password: registry.password }
const repository = `referrers-${randomBytes(4).toString('hex')}`
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const EMPTY = Buffer.from('{}')
const digestOf = (data: Buffer | string) => `sha256:${createHash('sha256').update(data).digest('hex')}`
const api = (host = registry.host) => new RegistryApi(imageLocation(`${host}/${repository}`), credentials, 10_000)
const artifact = (name: string) => ({
  artifactType: 'application/vnd.example.test+json',
  data: Buffer.from(JSON.stringify({ name })),
  annotations: { 'org.example.name': name }
})
const listed = async (subject: string) =>
  (
    (await client.json(repository, `manifests/${subject.replace(':', '-')}`)) as {
      manifests: { digest: string; annotations: Record<string, string> }[]
    }
  ).manifests.map(m => m.annotations['org.example.name'])

/** A subject to attach to: an image manifest with the empty config and no layers. */
async function subjectManifest(): Promise<string> {
  const auth = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`
  const start = await fetch(`http://${registry.host}/v2/${repository}/blobs/uploads/`, {
    method: 'POST',
    headers: { Authorization: auth }
  })
  expect(start.status).toBe(202)
  const upload = new URL(start.headers.get('location')!, `http://${registry.host}`)
  upload.searchParams.set('digest', digestOf(EMPTY))
  const blob = await fetch(upload, {
    method: 'PUT',
    headers: { Authorization: auth, 'Content-Type': 'application/octet-stream' },
    body: EMPTY
  })
  expect(blob.status).toBe(201)
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: digestOf(EMPTY), size: EMPTY.length },
    layers: [],
    annotations: { 'org.example.subject': randomBytes(4).toString('hex') }
  })
  return api().putManifest(digestOf(manifest), manifest, OCI_MANIFEST)
}

it('extends the fallback index: what was attached before stays, the same artifact again is listed once', async () => {
  const subject = await subjectManifest()
  const first = await attachReferrer(api(), subject, artifact('first'))
  expect(first.listedBy).toBe(`the tag ${subject.replace(':', '-')}`)
  await attachReferrer(api(), subject, artifact('second'))
  await attachReferrer(api(), subject, artifact('first'))
  expect(await listed(subject)).toEqual(['second', 'first'])
  const referrer = (await client.json(repository, `manifests/${first.digest}`)) as { subject: { digest: string } }
  expect(referrer.subject.digest).toBe(subject)
})

it('stops, replacing nothing, where the fallback index cannot be read', async () => {
  const subject = await subjectManifest()
  await attachReferrer(api(), subject, artifact('theirs'))
  const proxy = await new FaultyProxy(registry.host).start()
  try {
    const fallback = `/manifests/${subject.replace(':', '-')}`
    // A read is tried three times (a moment's 503 passes): it fails on every one.
    proxy.fail(3, (method, path) => method === 'GET' && path.endsWith(fallback), 503)
    await expect(attachReferrer(api(proxy.host), subject, artifact('ours'))).rejects.toThrow(
      `The registry answered 503 for ${repository}:${subject.replace(':', '-')}.`
    )
    expect(proxy.failuresLeft()).toBe(0)
  } finally {
    await proxy.stop()
  }
  expect(await listed(subject)).toEqual(['theirs'])
})
