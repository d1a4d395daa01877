// GitHub's REST API for pull request comments, as documented, over real HTTP: the
// pulls list by head, an issue's comments, creating and editing a comment. It keeps
// every request it received (method, path, body, token) for the tests to check.
import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { close, listen } from './http.js'

export interface ApiRequest {
  method: string
  path: string
  authorization?: string
  body?: { body?: string }
}

export class GitHubApi {
  readonly requests: ApiRequest[] = []
  /** branch → open pull request number */
  readonly pulls = new Map<string, number>()
  /** pull number → comments */
  readonly comments = new Map<number, { id: number; body: string }[]>()
  /** ghcr.io packages: "orgs/acme/widget" → versions (GitHub's package versions API). */
  readonly packages = new Map<string, { id: number; name: string; metadata: { container: { tags: string[] } } }[]>()
  /** ghcr.io's registry side: a multi-platform version's digest → its platform images' digests. */
  readonly manifests = new Map<string, string[]>()
  /** Tokens that may write; others get 403 on writes, as a read-only GITHUB_TOKEN does. */
  readonly writers = new Set<string>()
  private nextId = 100
  private server?: Server
  url = ''

  constructor(
    readonly owner: string,
    readonly repo: string
  ) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', c => chunks.push(c as Buffer))
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://x')
        const text = Buffer.concat(chunks).toString()
        const request: ApiRequest = {
          method: req.method ?? '',
          path: `${url.pathname}${url.search}`,
          authorization: req.headers.authorization,
          body: text && !url.pathname.startsWith('/v2/') ? JSON.parse(text) : undefined
        }
        this.requests.push(request)
        const json = (status: number, value: unknown) => {
          res.writeHead(status, { 'Content-Type': 'application/json' })
          res.end(JSON.stringify(value))
        }
        const token = (req.headers.authorization ?? '').replace(/^Bearer /, '')
        const repo = `/repos/${this.owner}/${this.repo}`
        if (req.method === 'GET' && url.pathname === `${repo}/pulls`) {
          const head = url.searchParams.get('head') ?? ''
          const branch = head.startsWith(`${this.owner}:`) ? head.slice(this.owner.length + 1) : ''
          const number = url.searchParams.get('state') === 'open' ? this.pulls.get(branch) : undefined
          return json(200, number === undefined ? [] : [{ number, head: { ref: branch } }])
        }
        const list = new RegExp(`^${repo}/issues/(\\d+)/comments$`).exec(url.pathname)
        if (list && req.method === 'GET') return json(200, this.comments.get(Number(list[1])) ?? [])
        if (list && req.method === 'POST') {
          if (!this.writers.has(token)) return json(403, { message: 'Resource not accessible by integration' })
          const comment = { id: this.nextId++, body: request.body?.body ?? '' }
          this.comments.set(Number(list[1]), [...(this.comments.get(Number(list[1])) ?? []), comment])
          return json(201, comment)
        }
        const put = /^\/v2\/([^/]+)\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname)
        if (put && req.method === 'PUT') {
          // The registry side of ghcr.io: a pushed manifest is a new version carrying the tag, which leaves the others.
          const list = this.packages.get(`orgs/${put[1]}/${put[2]}`) ?? this.packages.get(`users/${put[1]}/${put[2]}`)
          if (!list) return json(404, { errors: [{ code: 'NAME_UNKNOWN' }] })
          const digest = `sha256:${createHash('sha256').update(text).digest('hex')}`
          for (const v of list) v.metadata.container.tags = v.metadata.container.tags.filter(t => t !== put[3])
          list.push({ id: this.nextId++, name: digest, metadata: { container: { tags: [put[3]] } } })
          res.writeHead(201, { 'Docker-Content-Digest': digest })
          return void res.end()
        }
        const manifest = /^\/v2\/(.+)\/manifests\/(sha256:[0-9a-z]+)$/.exec(url.pathname)
        if (manifest && req.method === 'GET') {
          const children = this.manifests.get(manifest[2])
          if (!children) return json(404, { errors: [{ code: 'MANIFEST_UNKNOWN' }] })
          res.writeHead(200, {
            'Content-Type': 'application/vnd.oci.image.index.v1+json',
            'Docker-Content-Digest': manifest[2]
          })
          return void res.end(
            JSON.stringify({
              schemaVersion: 2,
              manifests: children.map(digest => ({ digest, platform: { os: 'linux', architecture: 'amd64' } }))
            })
          )
        }
        const versions = /^\/(orgs|users)\/([^/]+)\/packages\/container\/([^/]+)\/versions(?:\/(\d+))?$/.exec(
          url.pathname
        )
        if (versions) {
          const key = `${versions[1]}/${versions[2]}/${decodeURIComponent(versions[3])}`
          const list = this.packages.get(key)
          if (!list) return json(404, { message: 'Package not found.' })
          if (req.method === 'GET' && !versions[4]) return json(200, list)
          if (req.method === 'DELETE' && versions[4]) {
            if (!this.writers.has(token)) return json(403, { message: 'Must have admin rights to Repository.' })
            const at = list.findIndex(v => v.id === Number(versions[4]))
            if (at < 0) return json(404, { message: 'Not Found' })
            list.splice(at, 1)
            res.writeHead(204)
            return void res.end()
          }
        }
        const edit = new RegExp(`^${repo}/issues/comments/(\\d+)$`).exec(url.pathname)
        if (edit && req.method === 'PATCH') {
          if (!this.writers.has(token)) return json(403, { message: 'Resource not accessible by integration' })
          for (const comments of this.comments.values()) {
            const comment = comments.find(c => c.id === Number(edit[1]))
            if (comment) {
              comment.body = request.body?.body ?? ''
              return json(200, comment)
            }
          }
          return json(404, { message: 'Not Found' })
        }
        json(404, { message: 'Not Found' })
      })
    })
    this.url = `http://${await listen(this.server)}`
    return this
  }

  async stop(): Promise<void> {
    await close(this.server)
  }
}
