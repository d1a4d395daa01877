// The local registry started by scripts/services.sh, read over its HTTP API:
// manifest lists, their platforms, and the files inside an image's layers.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

export interface RegistryAccess {
  host: string
  username: string
  password: string
}

const STATE = process.env.DEV_RELEASE_STATE ?? '/var/lib/dev-release'

/** The local registry (`registry2`: the second one, with a login of its own). */
export function localRegistry(name: 'registry' | 'registry2' = 'registry'): RegistryAccess {
  let text: string
  try {
    text = readFileSync(`${STATE}/${name}.env`, 'utf8')
  } catch {
    throw new Error(`No local registry: run "bash scripts/services.sh" first (it writes ${STATE}/registry.env).`)
  }
  const env = Object.fromEntries(
    text
      .split('\n')
      .filter(Boolean)
      .map(l => l.split(/=(.*)/s).slice(0, 2))
  )
  return { host: env.REGISTRY, username: env.REGISTRY_USERNAME, password: env.REGISTRY_PASSWORD }
}

const INDEX_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ')

export interface ManifestList {
  digest: string
  manifests: { digest: string; platform: string }[]
  annotations: Record<string, string>
}

export class RegistryClient {
  constructor(readonly access: RegistryAccess) {}

  private async get(path: string): Promise<Response> {
    const auth = Buffer.from(`${this.access.username}:${this.access.password}`).toString('base64')
    return fetch(`http://${this.access.host}/v2/${path}`, {
      headers: { Authorization: `Basic ${auth}`, Accept: INDEX_TYPES }
    })
  }

  /** A manifest or blob as JSON (`manifests/<ref>`, `blobs/<digest>`), any OCI media type; throws unless found. */
  async json(repository: string, path: string): Promise<unknown> {
    const response = await this.get(`${repository}/${path}`)
    if (!response.ok) throw new Error(`the registry answered ${response.status} for ${repository}/${path}`)
    return JSON.parse(await response.text())
  }

  /** The manifest list a tag points at, or undefined when there is no such tag. */
  async manifestList(repository: string, tag: string): Promise<ManifestList | undefined> {
    const response = await this.get(`${repository}/manifests/${tag}`)
    if (response.status === 404) return undefined
    if (!response.ok) throw new Error(`registry answered ${response.status} for ${repository}:${tag}`)
    const body = (await response.json()) as {
      manifests?: { digest: string; platform: { os: string; architecture: string; variant?: string } }[]
      annotations?: Record<string, string>
    }
    return {
      digest: response.headers.get('docker-content-digest') ?? '',
      annotations: body.annotations ?? {},
      manifests: (body.manifests ?? []).map(m => ({
        digest: m.digest,
        platform: [m.platform.os, m.platform.architecture, m.platform.variant].filter(Boolean).join('/')
      }))
    }
  }

  /** Put the manifest `from` points at under the tag `to` as well (what `docker tag` and a push would do). */
  async retag(repository: string, from: string, to: string): Promise<void> {
    const response = await this.get(`${repository}/manifests/${from}`)
    const body = Buffer.from(await response.arrayBuffer())
    const auth = Buffer.from(`${this.access.username}:${this.access.password}`).toString('base64')
    const put = await fetch(`http://${this.access.host}/v2/${repository}/manifests/${to}`, {
      method: 'PUT',
      headers: { Authorization: `Basic ${auth}`, 'Content-Type': response.headers.get('content-type') ?? '' },
      body
    })
    if (!put.ok) throw new Error(`registry answered ${put.status} putting ${repository}:${to}`)
  }

  /** Every file path in the image for one platform (all layers). */
  async files(repository: string, tag: string, platform: string): Promise<string[]> {
    const list = await this.manifestList(repository, tag)
    const entry = list?.manifests.find(m => m.platform === platform)
    if (!entry) throw new Error(`${repository}:${tag} has no ${platform} image`)
    const manifest = (await (await this.get(`${repository}/manifests/${entry.digest}`)).json()) as {
      layers: { digest: string }[]
    }
    const paths: string[] = []
    for (const layer of manifest.layers) {
      const blob = Buffer.from(await (await this.get(`${repository}/blobs/${layer.digest}`)).arrayBuffer())
      paths.push(...execFileSync('tar', ['-tzf', '-'], { input: blob, encoding: 'utf8' }).split('\n').filter(Boolean))
    }
    return paths
  }

  async labels(repository: string, tag: string, platform: string): Promise<Record<string, string>> {
    const list = await this.manifestList(repository, tag)
    const entry = list?.manifests.find(m => m.platform === platform)
    const manifest = (await (await this.get(`${repository}/manifests/${entry!.digest}`)).json()) as {
      config: { digest: string }
    }
    const config = (await (await this.get(`${repository}/blobs/${manifest.config.digest}`)).json()) as {
      config?: { Labels?: Record<string, string> }
    }
    return config.config?.Labels ?? {}
  }
}
