// An HTTP proxy in front of the local registry that answers the next N
// requests with a server error: a registry having a bad minute. Or a mirror that rewrites the manifest lists it
// serves (one that drops a platform), with the digest of what it serves.
import { createHash } from 'node:crypto'
import { createServer, request, type Server } from 'node:http'
import { close, listen } from './http.js'

export class FaultyProxy {
  private server?: Server
  private failures = 0
  private failing: (method: string, path: string) => boolean = () => true
  private failStatus = 500
  /** Requests for which this is true are accepted and never answered. */
  private stalls?: (method: string, path: string) => boolean
  readonly stalled: string[] = []
  /** Every request received, as `METHOD /path`. */
  readonly requests: string[] = []
  /** Manifest lists fetched by tag are served as this makes them. */
  private rewrite?: (list: { manifests: { platform?: { architecture?: string } }[] }) => object
  host = ''

  constructor(readonly target: string) {}

  /** Answer the next `count` requests (of those `which` picks) with `status`. */
  fail(count: number, which: (method: string, path: string) => boolean = () => true, status = 500): void {
    this.failures = count
    this.failing = which
    this.failStatus = status
  }

  /** How many of the injected faults are still to come. */
  failuresLeft(): number {
    return this.failures
  }

  /** Accept matching requests and never answer them: a server that hangs. */
  stall(which: (method: string, path: string) => boolean = () => true): void {
    this.stalls = which
  }

  /** Serve every manifest list fetched by tag (GET /v2/…/manifests/<tag>) rewritten by `how`. */
  rewriteLists(how: (list: { manifests: { platform?: { architecture?: string } }[] }) => object): void {
    this.rewrite = how
  }

  async start(): Promise<this> {
    const [hostname, port] = this.target.split(':')
    this.server = createServer((req, res) => {
      this.requests.push(`${req.method} ${req.url}`)
      if (this.stalls?.(req.method ?? '', req.url ?? '')) {
        this.stalled.push(`${req.method} ${req.url}`)
        req.resume() // read what comes, answer nothing
        return
      }
      if (this.failures > 0 && this.failing(req.method ?? '', req.url ?? '')) {
        this.failures--
        res.writeHead(this.failStatus, { 'Content-Type': 'text/plain' })
        return void res.end('injected fault')
      }
      // The Host header is kept: the registry writes it into the Location of uploads.
      const upstream = request(
        { hostname, port: Number(port), path: req.url, method: req.method, headers: req.headers },
        answer => {
          const byTag = req.method === 'GET' && /\/manifests\/(?!sha256:)[^/]+$/.test(req.url ?? '')
          if (!this.rewrite || !byTag || answer.statusCode !== 200) {
            res.writeHead(answer.statusCode ?? 502, answer.headers)
            return void answer.pipe(res)
          }
          const chunks: Buffer[] = []
          answer.on('data', (c: Buffer) => chunks.push(c))
          answer.on('end', () => {
            const list = JSON.parse(Buffer.concat(chunks).toString()) as { manifests?: [] }
            const body = Buffer.from(
              list.manifests ? JSON.stringify(this.rewrite!(list as never)) : Buffer.concat(chunks)
            )
            const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`
            res.writeHead(200, { ...answer.headers, 'content-length': body.length, 'docker-content-digest': digest })
            res.end(body)
          })
        }
      )
      upstream.on('error', () => {
        res.writeHead(502)
        res.end()
      })
      req.pipe(upstream)
    })
    this.host = `${await listen(this.server)}`
    return this
  }

  async stop(): Promise<void> {
    await close(this.server)
  }
}

/** A loopback port on which nothing listens. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  const port = Number((await listen(server)).split(':')[1])
  await close(server)
  return port
}
