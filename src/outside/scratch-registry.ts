// A registry of the run's own, on loopback, for as long as a rebuild takes: buildx pushes the rebuilt image there
// exactly as a release pushes it, so that its digests are the ones a registry would serve, and nothing leaves the
// machine. The part of the distribution API a push and a read use (chunked and monolithic blob uploads, manifests
// by tag and by digest), blobs kept in a temporary directory, no login.
import { randomUUID } from 'node:crypto'
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { join } from 'node:path'
import { digestOf } from './registry-api.js'

export class ScratchRegistry {
  private server?: Server
  private readonly dir: string
  private readonly manifests = new Map<string, { type: string; body: Buffer }>()
  /** `host:port` on 127.0.0.1, once started. */
  host = ''

  constructor(temp: string) {
    this.dir = mkdtempSync(join(temp, 'dev-release-scratch-registry-'))
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        try {
          this.answer(req, res, Buffer.concat(chunks))
        } catch (error) {
          res.writeHead(500, { 'Content-Type': 'text/plain' }).end((error as Error).message)
        }
      })
    })
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject)
      this.server!.listen(0, '127.0.0.1', () => resolve())
    })
    const address = this.server.address()
    this.host = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    return this
  }

  async stop(): Promise<void> {
    await new Promise<void>(resolve => (this.server ? this.server.close(() => resolve()) : resolve()))
    this.server?.closeAllConnections()
    rmSync(this.dir, { recursive: true, force: true })
  }

  private answer(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://scratch')
    const method = req.method ?? 'GET'
    const send = (status: number, headers: Record<string, string | number> = {}, data?: Buffer) => {
      res.writeHead(status, { 'Docker-Distribution-API-Version': 'registry/2.0', ...headers })
      res.end(method === 'HEAD' ? undefined : data)
    }
    if (url.pathname === '/v2/' || url.pathname === '/v2') return send(200, { 'Content-Type': 'application/json' })
    const upload = /^\/v2\/(.+)\/blobs\/uploads\/([^/]*)$/.exec(url.pathname)
    if (upload) return this.upload(method, upload[1], upload[2], url, body, send)
    const blob = /^\/v2\/(.+)\/blobs\/(sha256:[0-9a-f]{64})$/.exec(url.pathname)
    if (blob && (method === 'GET' || method === 'HEAD')) {
      const path = this.blobPath(blob[2])
      if (!existsSync(path)) return send(404)
      const size = statSync(path).size
      return send(
        200,
        { 'Content-Length': size, 'Docker-Content-Digest': blob[2], 'Content-Type': 'application/octet-stream' },
        method === 'GET' ? readFileSync(path) : undefined
      )
    }
    const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname)
    if (manifest && method === 'PUT') {
      const digest = digestOf(body)
      const stored = { type: req.headers['content-type'] ?? 'application/json', body }
      this.manifests.set(`${manifest[1]}@${digest}`, stored)
      this.manifests.set(`${manifest[1]}:${manifest[2]}`, stored)
      return send(201, { Location: `/v2/${manifest[1]}/manifests/${digest}`, 'Docker-Content-Digest': digest })
    }
    if (manifest && (method === 'GET' || method === 'HEAD')) {
      const ref = manifest[2].startsWith('sha256:') ? `${manifest[1]}@${manifest[2]}` : `${manifest[1]}:${manifest[2]}`
      const stored = this.manifests.get(ref)
      if (!stored)
        return send(
          404,
          { 'Content-Type': 'application/json' },
          Buffer.from('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}')
        )
      const digest = digestOf(stored.body)
      return send(
        200,
        { 'Content-Type': stored.type, 'Content-Length': stored.body.length, 'Docker-Content-Digest': digest },
        stored.body
      )
    }
    send(404)
  }

  /** Blob uploads: POST starts one (or is the whole blob, with ?digest=), PATCH appends, PUT ends it with its digest. */
  private upload(
    method: string,
    name: string,
    id: string,
    url: URL,
    body: Buffer,
    send: (status: number, headers?: Record<string, string | number>, data?: Buffer) => void
  ): void {
    if (method === 'POST') {
      const mount = url.searchParams.get('mount')
      if (mount && existsSync(this.blobPath(mount)))
        return send(201, { Location: `/v2/${name}/blobs/${mount}`, 'Docker-Content-Digest': mount })
      const uuid = randomUUID()
      writeFileSync(this.uploadPath(uuid), body)
      const digest = url.searchParams.get('digest')
      if (digest) return this.finish(name, uuid, digest, send)
      return send(202, { Location: `/v2/${name}/blobs/uploads/${uuid}`, Range: '0-0', 'Docker-Upload-UUID': uuid })
    }
    if (!id || !existsSync(this.uploadPath(id))) return send(404)
    appendFileSync(this.uploadPath(id), body)
    if (method === 'PATCH') {
      const size = statSync(this.uploadPath(id)).size
      return send(202, { Location: `/v2/${name}/blobs/uploads/${id}`, Range: `0-${Math.max(size - 1, 0)}` })
    }
    if (method === 'PUT') return this.finish(name, id, url.searchParams.get('digest') ?? '', send)
    send(405)
  }

  private finish(
    name: string,
    uuid: string,
    digest: string,
    send: (status: number, headers?: Record<string, string | number>) => void
  ): void {
    const path = this.uploadPath(uuid)
    const actual = digestOf(readFileSync(path))
    if (actual !== digest) {
      rmSync(path, { force: true })
      return send(400)
    }
    renameSync(path, this.blobPath(digest))
    send(201, { Location: `/v2/${name}/blobs/${digest}`, 'Docker-Content-Digest': digest })
  }

  private uploadPath(uuid: string): string {
    return join(this.dir, `upload-${uuid.replace(/[^0-9a-f-]/gi, '')}`)
  }

  private blobPath(digest: string): string {
    return join(this.dir, digest.replace(':', '-'))
  }
}
