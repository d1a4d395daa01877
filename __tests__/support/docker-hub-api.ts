// Docker Hub's API for deleting tags, as documented, over real HTTP: a login that
// hands out a token (POST /v2/users/login), and tag deletion with it. Keeps every request.
import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { close, listen } from './http.js'

export class DockerHubApi {
  readonly requests: { method: string; path: string; authorization?: string; body?: Record<string, string> }[] = []
  /** "namespace/repo" → tags */
  readonly tags = new Map<string, Set<string>>()
  /** username → password (an access token) and whether it may delete. */
  readonly users = new Map<string, { password: string; canDelete: boolean }>()
  private readonly sessions = new Map<string, string>()
  private server?: Server
  url = ''

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', c => chunks.push(c as Buffer))
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString()
        const body = text ? (JSON.parse(text) as Record<string, string>) : undefined
        this.requests.push({
          method: req.method ?? '',
          path: req.url ?? '',
          authorization: req.headers.authorization,
          body
        })
        const reply = (status: number, value?: unknown) => {
          res.writeHead(status, { 'Content-Type': 'application/json' })
          res.end(value === undefined ? '' : JSON.stringify(value))
        }
        if (req.method === 'POST' && req.url === '/v2/users/login') {
          const user = this.users.get(body?.username ?? '')
          if (!user || user.password !== body?.password)
            return reply(401, { detail: 'Incorrect authentication credentials' })
          const token = `jwt-${randomBytes(8).toString('hex')}`
          this.sessions.set(token, body!.username)
          return reply(200, { token })
        }
        const tag = /^\/v2\/repositories\/([^/]+\/[^/]+)\/tags\/([^/]+)\/$/.exec(req.url ?? '')
        if (req.method === 'DELETE' && tag) {
          const who = this.sessions.get((req.headers.authorization ?? '').replace(/^Bearer /, ''))
          if (!who) return reply(401, { detail: 'authentication required' })
          if (!this.users.get(who)?.canDelete) return reply(403, { detail: 'insufficient scope' })
          const tags = this.tags.get(tag[1])
          if (!tags?.delete(tag[2])) return reply(404, { detail: 'Tag not found' })
          return reply(204)
        }
        reply(404, { detail: 'Not found' })
      })
    })
    this.url = `http://${await listen(this.server)}`
    return this
  }

  async stop(): Promise<void> {
    await close(this.server)
  }
}
