// A package index for tests that speaks PyPI's real protocols over HTTP, so that
// real twine uploads to it and real pip installs from it:
// - legacy upload: POST multipart `:action=file_upload`, basic auth `__token__`;
//   `400 File already exists` for a different file under a taken name, 200 for an identical one; since July 2026
//   (warehouse#19727) `400 Uploading new files to releases older than 14 days is not allowed.` and one sdist per
//   release, in Warehouse's order (an identical file first: warehouse#20260; `closedReleaseFirst` is the order of
//   the days before it, when an identical re-upload to an old release got the 400 too, warehouse#20251);
// - PEP 503 simple index and the files themselves;
// - trusted publishing: /_/oidc/audience and /_/oidc/mint-token;
// - a stand-in for the runner's OIDC token URL (ACTIONS_ID_TOKEN_REQUEST_URL), issuing tokens with GitHub's claims;
// - PEP 740: an upload's `attestations` field, verified as PyPI does (against a TestSigstore's trusted root, the
//   trusted publisher's identity, the file's name and digest), and refused with an API token.
import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { promisify } from 'node:util'
import { close, listen } from './http.js'
import { tempDir } from './repo.js'
import type { Pep740, TestSigstore } from './sigstore.js'

export interface StoredFile {
  filename: string
  name: string
  version: string
  content: Buffer
  sha256: string
  /** The PEP 740 attestations it came with, as verified. */
  attestations?: Pep740[]
  /** When the index took it, ms since the epoch (PEP 700's upload-time on the JSON page). */
  uploaded: number
}

export interface Request {
  method: string
  path: string
  status: number
}

export class TestIndex {
  readonly files = new Map<string, StoredFile>()
  readonly requests: Request[] = []
  /** Upload tokens the index accepts. */
  readonly tokens = new Set<string>()
  /** Trusted publishing: is a publisher configured for the repository? */
  publisherConfigured = true
  readonly audience = 'test-index'
  /** The runner's side: the request token, and the OIDC tokens it handed out. */
  readonly runnerRequestToken = `runner-${randomBytes(8).toString('hex')}`
  /** Tokens handed out, and the audience each was for. */
  private readonly oidcTokens = new Map<string, string>()
  /** The claims of the job's OIDC tokens, as GitHub sets them (a workflow of this repository, on a tag). */
  claims: Record<string, string> = {
    iss: 'https://token.actions.githubusercontent.com',
    repository: 'acme/widget',
    repository_owner: 'acme',
    workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/tags/1.2.3',
    job_workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/tags/1.2.3',
    ref: 'refs/tags/1.2.3',
    sha: 'a'.repeat(40),
    event_name: 'push',
    repository_id: '424242',
    repository_owner_id: '7001',
    repository_visibility: 'public',
    runner_environment: 'github-hosted',
    run_id: '9000001',
    run_attempt: '1'
  }
  /** The trusted publisher's identity, where it is not the tokens' own workflow (a publisher set up for another). */
  publisher?: string
  /** Where attestations are verified (unset: an upload with attestations is refused, as an index without PEP 740 would). */
  sigstore?: TestSigstore
  /** Tokens minted by trusted publishing (PyPI takes attestations only with these). */
  private readonly minted = new Set<string>()
  /** Fault switch: answer the next N uploads with this status. */
  private faults: { count: number; status: number } = { count: 0, status: 500 }
  /** The runner's token endpoint: answer the next requests with these statuses (a 503 of GitHub's), then tokens. */
  readonly oidcFailures: number[] = []
  /** Paths (pathname) whose requests are accepted and never answered: an index that hangs there. */
  readonly stalls = new Set<string>()
  /** When each release (`name==version`) got its first file, ms since the epoch. */
  readonly created = new Map<string, number>()
  /** Warehouse's order of 8 and 9 July 2026: the closed-release check before the identical-file one. */
  closedReleaseFirst = false
  /** Uploads of matching files are refused with this status and reason. */
  private refusal?: { match: RegExp; status: number; reason: string }
  private server?: Server
  url = ''

  constructor(token?: string) {
    if (token) this.tokens.add(token)
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch(error => {
        res.statusCode = 500
        res.end(String(error))
      })
    })
    this.url = `http://${await listen(this.server)}`
    return this
  }

  async stop(): Promise<void> {
    await close(this.server)
  }

  get uploadUrl(): string {
    return `${this.url}/legacy/`
  }

  get simpleUrl(): string {
    return `${this.url}/simple/`
  }

  /** Environment a job with `id-token: write` has. */
  get oidcEnv(): Record<string, string> {
    return {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${this.url}/_runner/idtoken?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.runnerRequestToken
    }
  }

  failUploads(count: number, status = 500): void {
    this.faults = { count, status }
  }

  /** Refuse uploads of files whose name matches, as Warehouse refuses them: the reason in the status line and the body. */
  refuseUploads(match: RegExp, status: number, reason: string): void {
    this.refusal = { match, status, reason }
  }

  stopRefusing(): void {
    this.refusal = undefined
  }

  /** Make a release's first upload, and its files, `days` days older. */
  backdate(name: string, version: string, days: number): void {
    const key = `${normalize(name)}==${version}`
    this.created.set(key, (this.created.get(key) ?? Date.now()) - days * 86_400_000)
    for (const f of this.files.values())
      if (f.name === normalize(name) && f.version === version) f.uploaded -= days * 86_400_000
  }

  versions(name: string): string[] {
    return [...new Set([...this.files.values()].filter(f => f.name === normalize(name)).map(f => f.version))].sort()
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    if (this.stalls.has(url.pathname)) {
      this.requests.push({ method: req.method ?? '', path: url.pathname, status: 0 })
      req.resume() // read what comes, answer nothing
      return
    }
    const body = await readBody(req)
    const reply = (status: number, text: string, type = 'text/plain') => {
      this.requests.push({ method: req.method ?? '', path: url.pathname, status })
      // Warehouse puts the reason of a 4xx into the status line too (twine shows that line).
      if (status >= 400 && status < 500 && !text.includes('\n'))
        res.writeHead(status, `${text}`, { 'Content-Type': type })
      else res.writeHead(status, { 'Content-Type': type })
      res.end(text)
    }
    const json = (status: number, value: unknown) => reply(status, JSON.stringify(value), 'application/json')

    if (req.method === 'POST' && url.pathname === '/legacy/') return this.upload(req, body, reply)
    if (req.method === 'GET' && url.pathname === '/simple/') {
      const names = [...new Set([...this.files.values()].map(f => f.name))]
      return reply(200, page(names.map(n => `<a href="/simple/${n}/">${n}</a>`)), 'text/html')
    }
    const project = /^\/simple\/([^/]+)\/$/.exec(url.pathname)
    if (req.method === 'GET' && project) {
      const files = [...this.files.values()].filter(f => f.name === normalize(project[1]))
      if (!files.length) return reply(404, 'Not Found')
      // PEP 691: JSON where the client asks for it first (pip, and the action do), as pypi.org answers; with PEP 700's
      // upload-time, which only the JSON page carries.
      if (prefersJson(req.headers.accept ?? ''))
        return reply(
          200,
          JSON.stringify({
            meta: { 'api-version': '1.1' },
            name: normalize(project[1]),
            versions: [...new Set(files.map(f => f.version))],
            files: files.map(f => ({
              filename: f.filename,
              url: `/files/${f.filename}`,
              hashes: { sha256: f.sha256 },
              'upload-time': new Date(f.uploaded).toISOString(),
              ...(f.attestations ? { provenance: integrityPath(f) } : {})
            }))
          }),
          'application/vnd.pypi.simple.v1+json'
        )
      return reply(
        200,
        page(
          files.map(f => {
            // PEP 740: a file with attestations names where its provenance is, as PyPI's pages do.
            const provenance = f.attestations ? ` data-provenance="${integrityPath(f)}"` : ''
            return `<a href="/files/${f.filename}#sha256=${f.sha256}"${provenance}>${f.filename}</a>`
          })
        ),
        'text/html'
      )
    }
    // PyPI's Integrity API: a file's attestations, grouped by the trusted publisher that uploaded them; 404 without.
    const integrity = /^\/integrity\/([^/]+)\/([^/]+)\/([^/]+)\/provenance$/.exec(url.pathname)
    if (req.method === 'GET' && integrity) {
      const stored = this.files.get(decodeURIComponent(integrity[3]))
      if (!stored?.attestations || stored.name !== normalize(integrity[1]) || stored.version !== integrity[2])
        return json(404, { message: 'No provenance available' })
      const workflow = String(this.claims.job_workflow_ref ?? '')
      return json(200, {
        version: 1,
        attestation_bundles: [
          {
            publisher: {
              kind: 'GitHub',
              repository: this.claims.repository,
              workflow: workflow.replace(/@.*$/, '').split('/').pop(),
              environment: null
            },
            attestations: stored.attestations
          }
        ]
      })
    }
    const file = /^\/files\/([^/]+)$/.exec(url.pathname)
    if (req.method === 'GET' && file && this.files.has(file[1])) {
      this.requests.push({ method: 'GET', path: url.pathname, status: 200 })
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' })
      return void res.end(this.files.get(file[1])!.content)
    }
    if (req.method === 'GET' && url.pathname === '/_/oidc/audience') return json(200, { audience: this.audience })
    if (req.method === 'POST' && url.pathname === '/_/oidc/mint-token') {
      const { token } = JSON.parse(body.toString() || '{}') as { token?: string }
      if (!token || this.oidcTokens.get(token) !== this.audience) {
        return json(422, {
          message: 'Token request failed',
          errors: [{ code: 'invalid-token', description: 'malformed or invalid token' }]
        })
      }
      if (!this.publisherConfigured) {
        return json(422, {
          message: 'Token request failed',
          errors: [{ code: 'invalid-publisher', description: 'valid token, but no corresponding publisher' }]
        })
      }
      const minted = `pypi-minted-${randomBytes(12).toString('hex')}`
      this.tokens.add(minted)
      this.minted.add(minted)
      return json(200, { success: true, token: minted })
    }
    if (req.method === 'GET' && url.pathname === '/_runner/idtoken') {
      if (req.headers.authorization !== `Bearer ${this.runnerRequestToken}`)
        return json(401, { message: 'bad request token' })
      const audience = url.searchParams.get('audience') ?? ''
      if (audience !== this.audience && audience !== 'sigstore') return json(400, { message: 'unexpected audience' })
      const failure = this.oidcFailures.shift()
      if (failure) return json(failure, { message: 'injected fault' })
      const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
      const now = Math.floor(Date.now() / 1000)
      const claims = { ...this.claims, aud: audience, sub: `repo:${this.claims.repository}:ref:${this.claims.ref}` }
      const value = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ ...claims, iat: now, exp: now + 300, jti: randomBytes(8).toString('hex') })}.${randomBytes(32).toString('base64url')}`
      this.oidcTokens.set(value, audience)
      return json(200, { value })
    }
    return reply(404, 'Not Found')
  }

  /** Whether this stand-in issued `token` for `audience` (the local Fulcio asks). */
  issued(token: string, audience: string): boolean {
    return this.oidcTokens.get(token) === audience
  }

  private upload(req: IncomingMessage, body: Buffer, reply: (status: number, text: string) => void): void {
    const auth = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString()
    const [user, ...rest] = auth.split(':')
    if (user !== '__token__' || !this.tokens.has(rest.join(':'))) {
      return reply(403, 'Invalid or non-existent authentication information.')
    }
    if (this.faults.count > 0) {
      this.faults.count--
      return reply(this.faults.status, 'Injected fault')
    }
    const form = parseMultipart(body, req.headers['content-type'] ?? '')
    if (form.fields[':action'] !== 'file_upload') return reply(400, 'Unknown action')
    const content = form.files.content
    if (!content) return reply(400, 'Upload payload does not have a file.')
    if (this.refusal?.match.test(content.filename)) return reply(this.refusal.status, this.refusal.reason)
    const sha256 = createHash('sha256').update(content.data).digest('hex')
    if (form.fields.sha256_digest && form.fields.sha256_digest !== sha256)
      return reply(400, 'The digest supplied does not match')
    let attestations: Pep740[] | undefined
    if (form.fields.attestations !== undefined) {
      const refuse = (why: string) => reply(400, `Invalid attestations supplied during upload: ${why}`)
      if (!this.minted.has(auth.split(':').slice(1).join(':')))
        return refuse('Attestations are only supported when using Trusted Publishing')
      if (!this.sigstore) return refuse('this index takes no attestations')
      try {
        attestations = JSON.parse(form.fields.attestations) as Pep740[]
        if (attestations.length !== 1) return refuse(`${attestations.length} attestations, not one`)
        const identity = this.publisher ?? `https://github.com/${this.claims.job_workflow_ref}`
        for (const a of attestations) this.sigstore.verifyPep740(a, { name: content.filename, sha256 }, identity)
      } catch (error) {
        return refuse((error as Error).message)
      }
    }
    const name = normalize(form.fields.name ?? '')
    const version = form.fields.version ?? ''
    const release = `${name}==${version}`
    const created = this.created.get(release)
    const closed = created !== undefined && created < Date.now() - 14 * 86_400_000
    const refuseClosed = () => reply(400, 'Uploading new files to releases older than 14 days is not allowed.')
    if (this.closedReleaseFirst && closed) return refuseClosed()
    const existing = this.files.get(content.filename)
    if (existing) {
      if (existing.sha256 === sha256) return reply(200, 'OK')
      return reply(
        400,
        `File already exists ('${content.filename}'). See ${this.url}/help/#file-name-reuse for more information.`
      )
    }
    if (closed) return refuseClosed()
    const sdists = [...this.files.values()].filter(
      f => f.name === name && f.version === version && f.filename.endsWith('.tar.gz')
    )
    if (content.filename.endsWith('.tar.gz') && sdists.length)
      return reply(400, 'Only one sdist may be uploaded per release.')
    if (created === undefined) this.created.set(release, Date.now())
    this.files.set(content.filename, {
      filename: content.filename,
      name,
      version,
      content: content.data,
      sha256,
      attestations,
      uploaded: Date.now()
    })
    reply(200, 'OK')
  }
}

/** Whether an Accept header ranks PEP 691's JSON above HTML (q values, then order). */
function prefersJson(accept: string): boolean {
  const ranked = accept
    .split(',')
    .map((part, i) => {
      const [type, ...params] = part.trim().split(';')
      const q = Number(/q=([\d.]+)/.exec(params.join(';'))?.[1] ?? 1)
      return { type: type.trim(), q, i }
    })
    .filter(r => r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
  return ranked[0]?.type === 'application/vnd.pypi.simple.v1+json'
}

function integrityPath(f: StoredFile): string {
  return `/integrity/${f.name}/${f.version}/${encodeURIComponent(f.filename)}/provenance`
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

function page(links: string[]): string {
  return `<!DOCTYPE html>\n<html><body>\n${links.join('<br/>\n')}\n</body></html>\n`
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', c => chunks.push(c as Buffer))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

interface Multipart {
  fields: Record<string, string>
  files: Record<string, { filename: string; data: Buffer }>
}

function parseMultipart(body: Buffer, contentType: string): Multipart {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1]
  const result: Multipart = { fields: {}, files: {} }
  if (!boundary) return result
  const delimiter = Buffer.from(`--${boundary}`)
  let start = body.indexOf(delimiter)
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length)
    if (next < 0) break
    const part = body.subarray(start + delimiter.length + 2, next - 2) // skip CRLF after the delimiter and before the next
    const split = part.indexOf('\r\n\r\n')
    const headers = part.subarray(0, split).toString()
    const data = part.subarray(split + 4)
    const name = /name="([^"]*)"/.exec(headers)?.[1]
    const filename = /filename="([^"]*)"/.exec(headers)?.[1]
    if (name !== undefined) {
      if (filename !== undefined) result.files[name] = { filename, data }
      else result.fields[name] = data.toString()
    }
    start = next
  }
  return result
}

/** What `pip download` (the real pip, no cache) fetches from `index`: the files' names, comma separated. */
export async function pipDownload(index: TestIndex, ...args: string[]): Promise<string> {
  const dest = tempDir('dev-release-pip-')
  const common = ['-m', 'pip', 'download', '--quiet', '--no-deps', '--no-cache-dir', '--dest', dest]
  await promisify(execFile)('python3', [...common, '--index-url', index.simpleUrl, ...args])
  return readdirSync(dest).join(',')
}
