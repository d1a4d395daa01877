// The registry's HTTP API (the OCI distribution spec), for what docker's CLI
// cannot answer: which tags an image already has. Token auth as registries do
// it: a 401 names a realm, which hands out a bearer token for the scope.
import { createHash } from 'node:crypto'
import { isLoopback, splitRegistry } from '../plan/image-names.js'
import { PermanentError } from '../plan/retry.js'
import { cappedBody, MAX_BLOB, MAX_MANIFEST } from './capped-body.js'

export interface RegistryCredentials {
  username: string
  password: string
}

export interface ImageLocation {
  /** Where the API answers: `https://ghcr.io`, `http://127.0.0.1:5000`. */
  base: string
  /** The repository path: `acme/widget`, `library/redis`. */
  repository: string
}

/** Where an image's registry answers, by Docker's rules (docker.io, library/, loopback over plain HTTP). */
export function imageLocation(image: string): ImageLocation {
  const { registry: host, path: parts } = splitRegistry(image)
  if (host === 'docker.io' || host === 'index.docker.io') {
    return {
      base: 'https://registry-1.docker.io',
      repository: parts.length === 1 ? `library/${parts[0]}` : parts.join('/')
    }
  }
  const loopback = isLoopback(host.replace(/:\d+$/, ''))
  return { base: `${loopback ? 'http' : 'https'}://${host}`, repository: parts.join('/') }
}

/** An OCI content digest: what a registry names a manifest or blob by. */
export const digestOf = (data: Buffer | string) => `sha256:${createHash('sha256').update(data).digest('hex')}`

/** A list entry's platform as Docker writes it: os/architecture[/variant]; undefined for an entry without one. */
export function platformOf(entry: Pick<Descriptor, 'platform'>): string | undefined {
  const p = entry.platform
  return p && [p.os, p.architecture, p.variant].filter(Boolean).join('/')
}

/** Server errors a read is tried again after, and the waits before each try. */
const SERVER_ERRORS = new Set([500, 502, 503, 504])
const READ_RETRY_MS = [500, 1500]

export class RegistryApiError extends Error {}

/**
 * A manifest's digest, from its bytes: never the registry's word alone (Docker-Content-Digest), which a registry, or
 * anyone on the way to a plain-http one, could set to any image's digest to get it signed or read back as ours.
 * Fetched by digest, the bytes must hash to it; a header that disagrees with the bytes is an error either way.
 */
function checkedDigest(body: Buffer, reference: string, header: string | null, at: ImageLocation): string {
  const digest = digestOf(body)
  const claimed = reference.startsWith('sha256:') ? reference : header
  if (claimed && claimed !== digest)
    throw new RegistryApiError(
      `The registry served ${at.repository}:${reference} as ${claimed}, but its bytes are ${digest}: a manifest is trusted by its bytes only.`
    )
  return digest
}

/** An entry of a manifest list (an OCI descriptor): what it points at, and for an image, its platform. */
export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  artifactType?: string
  annotations?: Record<string, string>
  platform?: { os: string; architecture: string; variant?: string }
}

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ')

interface Challenge {
  scheme: string
  params: Record<string, string>
}

/** `Bearer realm="…",service="…",scope="…"` */
export function parseChallenge(header: string): Challenge {
  const [scheme, ...rest] = header.trim().split(/\s+/)
  const params: Record<string, string> = {}
  for (const m of rest.join(' ').matchAll(/([a-zA-Z]+)="([^"]*)"/g)) params[m[1].toLowerCase()] = m[2]
  return { scheme: scheme.toLowerCase(), params }
}

/** A client for one repository, authenticated on the first 401. */
export class RegistryApi {
  private authorization?: string

  constructor(
    readonly location: ImageLocation,
    private readonly credentials?: RegistryCredentials,
    private readonly timeoutMs = 30_000
  ) {}

  private basic(): string | undefined {
    if (!this.credentials?.username) return undefined
    return `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`
  }

  async request(path: string, init: RequestInit = {}, scope = 'pull'): Promise<Response> {
    const target = new URL(path, `${this.location.base}/v2/`)
    // A path the registry handed over (a Link's next page, an upload's Location) may name any host: the login goes to
    // the registry's own origin alone.
    if (target.origin !== new URL(this.location.base).origin)
      throw new RegistryApiError(
        `The registry ${this.location.base} pointed to ${target.origin}, another origin: its credentials go to the registry alone, so that request is not made.`
      )
    const url = target.toString()
    const once = () =>
      fetch(url, {
        ...init,
        headers: {
          ...(init.headers as Record<string, string>),
          ...(this.authorization ? { Authorization: this.authorization } : {})
        },
        signal: AbortSignal.timeout(this.timeoutMs)
      })
    // A read the registry fails with a server error is asked again, twice: a registry under concurrent pushes of the
    // same content (distribution's filesystem storage) answers 500 for a moment. A write is never sent twice.
    const reads = !init.method || init.method === 'GET' || init.method === 'HEAD'
    const send = async () => {
      for (let attempt = 0; ; attempt++) {
        const answer = await once()
        if (!reads || !SERVER_ERRORS.has(answer.status) || attempt >= READ_RETRY_MS.length) return answer
        await answer.body?.cancel()
        await new Promise(resolve => setTimeout(resolve, READ_RETRY_MS[attempt]))
      }
    }
    let response = await send()
    if (response.status !== 401) return response
    await response.body?.cancel()
    const challenge = parseChallenge(response.headers.get('www-authenticate') ?? '')
    if (challenge.scheme === 'basic') {
      this.authorization = this.basic()
    } else if (challenge.scheme === 'bearer' && challenge.params.realm) {
      this.authorization = await this.token(challenge, scope)
    } else {
      return response
    }
    if (!this.authorization) return response
    response = await send()
    return response
  }

  private async token(challenge: Challenge, scope: string): Promise<string | undefined> {
    const realm = new URL(challenge.params.realm)
    // The login goes to the realm (Docker Hub's is auth.docker.io): never in the clear, except on this machine.
    if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && isLoopback(realm.hostname)))
      throw new RegistryApiError(
        `The registry ${this.location.base} names ${realm.origin} as its token service: a login goes there over https only (or to this machine's loopback).`
      )
    if (challenge.params.service) realm.searchParams.set('service', challenge.params.service)
    realm.searchParams.set('scope', `repository:${this.location.repository}:${scope}`)
    const basic = this.basic()
    const response = await fetch(realm, {
      headers: basic ? { Authorization: basic } : {},
      signal: AbortSignal.timeout(this.timeoutMs)
    })
    if (!response.ok)
      throw new RegistryApiError(
        `The registry's token service answered ${response.status} for ${this.location.repository}.`
      )
    const body = (await response.json()) as { token?: string; access_token?: string }
    const token = body.token ?? body.access_token
    return token ? `Bearer ${token}` : undefined
  }

  /** What a tag or digest resolves to in the registry: the digest, its media type and size, and a list's platforms. */
  async manifest(reference: string): Promise<
    | {
        digest: string
        mediaType: string
        size: number
        platforms: string[]
        children: string[]
        attestations: string[]
        /** A list's own entries, as it holds them. */
        manifests: Descriptor[]
      }
    | undefined
  > {
    const response = await this.request(`${this.location.repository}/manifests/${reference}`, {
      headers: { Accept: MANIFEST_TYPES }
    })
    if (response.status === 404) return undefined
    if (!response.ok)
      throw new RegistryApiError(
        `The registry answered ${response.status} for ${this.location.repository}:${reference}.`
      )
    const bytes = await cappedBody(response, MAX_MANIFEST, `The manifest ${this.location.repository}:${reference}`)
    const digest = checkedDigest(bytes, reference, response.headers.get('docker-content-digest'), this.location)
    const body = bytes.toString('utf8')
    const manifests = (JSON.parse(body) as { manifests?: Descriptor[] }).manifests ?? []
    const children = manifests.map(m => m.digest)
    // buildx's attestation manifests: children of the manifest list that are referrers of another child.
    const attestations = manifests
      .filter(m => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest')
      .map(m => m.digest)
    const platforms = manifests.filter(m => m.platform && m.platform.os !== 'unknown').map(m => platformOf(m)!)
    // Its descriptor, as a manifest that refers to it names it (an OCI referrer's subject).
    const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]
    return { digest, mediaType, size: bytes.length, platforms, children, attestations, manifests }
  }

  /** A platform image's manifest: its config and its layers. */
  async imageManifest(digest: string): Promise<{ config: Descriptor; layers: Descriptor[] }> {
    const response = await this.request(`${this.location.repository}/manifests/${digest}`, {
      headers: { Accept: MANIFEST_TYPES }
    })
    if (!response.ok)
      throw new RegistryApiError(`The registry answered ${response.status} for ${this.location.repository}@${digest}.`)
    const bytes = await cappedBody(response, MAX_MANIFEST, `The manifest ${this.location.repository}@${digest}`)
    checkedDigest(bytes, digest, response.headers.get('docker-content-digest'), this.location)
    const body = JSON.parse(bytes.toString('utf8')) as { config?: Descriptor; layers?: Descriptor[] }
    if (!body.config) throw new RegistryApiError(`${this.location.repository}@${digest} is no image manifest.`)
    return { config: body.config, layers: body.layers ?? [] }
  }

  /** A blob's bytes (a config, a layer), checked against its digest. */
  async blob(digest: string): Promise<Buffer> {
    const response = await this.request(`${this.location.repository}/blobs/${digest}`)
    if (!response.ok)
      throw new RegistryApiError(
        `The registry answered ${response.status} for blob ${digest} of ${this.location.repository}.`
      )
    const data = await cappedBody(response, MAX_BLOB, `Blob ${digest} of ${this.location.repository}`)
    if (digestOf(data) !== digest)
      throw new RegistryApiError(`Blob ${digest} of ${this.location.repository} arrived as ${digestOf(data)}.`)
    return data
  }

  /**
   * Delete a tag, where the registry deletes tags (the OCI distribution spec
   * lets it refuse). Never deletes by digest: another tag or list may hold it.
   */
  async deleteTag(tag: string): Promise<'deleted' | 'refused'> {
    const response = await this.request(
      `${this.location.repository}/manifests/${tag}`,
      { method: 'DELETE' },
      'pull,push,delete'
    )
    await response.body?.cancel()
    return response.status === 202 || response.status === 200 ? 'deleted' : 'refused'
  }

  /** Put a manifest under a tag (the tag moves to it); returns its digest. */
  async putManifest(tag: string, body: string, mediaType: string): Promise<string> {
    const response = await this.request(
      `${this.location.repository}/manifests/${tag}`,
      { method: 'PUT', headers: { 'Content-Type': mediaType }, body },
      'pull,push'
    )
    await response.body?.cancel()
    if (response.status !== 201 && response.status !== 200)
      throw new RegistryApiError(
        `The registry answered ${response.status} to putting ${this.location.repository}:${tag}.`
      )
    return response.headers.get('docker-content-digest') ?? digestOf(body)
  }

  /** Delete a manifest by digest (and with it every tag that points at it): only when nothing else points at it. */
  async deleteManifest(digest: string): Promise<number> {
    const response = await this.request(
      `${this.location.repository}/manifests/${digest}`,
      { method: 'DELETE' },
      'pull,push,delete'
    )
    await response.body?.cancel()
    return response.status
  }

  /** Every tag of the repository (empty when it does not exist yet), following pagination. */
  async tags(): Promise<string[]> {
    const tags: string[] = []
    let path: string | undefined = `${this.location.repository}/tags/list?n=1000`
    while (path) {
      const response: Response = await this.request(path)
      if (response.status === 404) return tags
      if (response.status === 401 || response.status === 403) {
        throw new PermanentError(
          `The registry refused to list the tags of ${this.location.repository} (${response.status}): check registry-username and registry-password.`
        )
      }
      if (!response.ok)
        throw new RegistryApiError(
          `The registry answered ${response.status} listing the tags of ${this.location.repository}.`
        )
      const body = (await response.json()) as { tags?: string[] | null }
      tags.push(...(body.tags ?? []))
      // Link: </v2/acme/widget/tags/list?n=1000&last=x>; rel="next"
      const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1]
      path = next ? new URL(next, this.location.base).toString() : undefined
    }
    return tags
  }
}
