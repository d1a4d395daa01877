// The local registry started by scripts/services.sh, read over its HTTP API:
// manifest lists, their platforms, and the files inside an image's layers.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

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
    return fetch(`http://${this.access.host}/v2/${path}`, {
      headers: { Authorization: this.authorization(), Accept: INDEX_TYPES }
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
    await this.putManifest(repository, to, await response.text(), response.headers.get('content-type') ?? '')
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

  /**
   * Push a manifest list under `tag` through the registry's API, as a build would: one image per platform, a gzip
   * layer per directory (files owned by root, times at the epoch). Bases for tests and the benchmark, without a hub
   * to pull one from. Returns the list's digest.
   */
  async pushImage(repository: string, tag: string, images: { platform: string; layers: string[] }[]): Promise<string> {
    const entries = []
    for (const { platform, layers } of images) {
      const [os, architecture, variant] = platform.split('/')
      const descriptors = []
      const diffIds = []
      for (const dir of layers) {
        const tar = execFileSync(
          'tar',
          ['-C', dir, '--sort=name', '--mtime=@0', '--owner=0', '--group=0', '--numeric-owner', '-cf', '-', '.'],
          { maxBuffer: 2 ** 31 }
        )
        diffIds.push(sha256(tar))
        const gz = gzipSync(tar, { level: 1 })
        descriptors.push({
          mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: await this.putBlob(repository, gz),
          size: gz.length
        })
      }
      const config = Buffer.from(
        JSON.stringify({
          architecture,
          os,
          ...(variant ? { variant } : {}),
          config: {},
          rootfs: { type: 'layers', diff_ids: diffIds },
          history: layers.map(dir => ({ created_by: `test layer ${dir}` }))
        })
      )
      const manifest = JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: {
          mediaType: 'application/vnd.oci.image.config.v1+json',
          digest: await this.putBlob(repository, config),
          size: config.length
        },
        layers: descriptors
      })
      entries.push({
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: await this.putManifest(
          repository,
          sha256(manifest),
          manifest,
          'application/vnd.oci.image.manifest.v1+json'
        ),
        size: Buffer.byteLength(manifest),
        platform: { os, architecture, ...(variant ? { variant } : {}) }
      })
    }
    const index = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: entries
    })
    return this.putManifest(repository, tag, index, 'application/vnd.oci.image.index.v1+json')
  }

  private authorization(): string {
    return `Basic ${Buffer.from(`${this.access.username}:${this.access.password}`).toString('base64')}`
  }

  private async putBlob(repository: string, data: Buffer): Promise<string> {
    const digest = sha256(data)
    const base = `http://${this.access.host}/v2/${repository}/blobs`
    const headers = { Authorization: this.authorization() }
    if ((await fetch(`${base}/${digest}`, { method: 'HEAD', headers })).ok) return digest
    const started = await fetch(`${base}/uploads/`, { method: 'POST', headers })
    if (started.status !== 202) throw new Error(`registry answered ${started.status} starting an upload`)
    const location = new URL(started.headers.get('location')!, `http://${this.access.host}`)
    location.searchParams.set('digest', digest)
    const put = await fetch(location, {
      method: 'PUT',
      headers: { ...headers, 'Content-Type': 'application/octet-stream' },
      body: data
    })
    if (put.status !== 201) throw new Error(`registry answered ${put.status} for blob ${digest}`)
    return digest
  }

  private async putManifest(repository: string, reference: string, body: string, type: string): Promise<string> {
    const put = await fetch(`http://${this.access.host}/v2/${repository}/manifests/${reference}`, {
      method: 'PUT',
      headers: { Authorization: this.authorization(), 'Content-Type': type },
      body
    })
    if (put.status !== 201) throw new Error(`registry answered ${put.status} putting ${repository}:${reference}`)
    return sha256(body)
  }
}

const sha256 = (data: Buffer | string) => `sha256:${createHash('sha256').update(data).digest('hex')}`
