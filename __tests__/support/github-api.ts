// GitHub's REST API as documented, over real HTTP, with the parts that hurt users:
// lists in pages (per_page 30 by default, 100 at most) with Link headers in
// GitHub's order and id-based URLs (/repositories/<id>/…, /organizations/<id>/…)
// that a client must follow rather than rebuild; 404 for a package the token may
// not see; rate-limit answers with their headers; an author on every comment;
// 403 for GET /user with an installation token (GITHUB_TOKEN); the repository's
// branches, and 404 for all of the repository to a token that cannot see it. Also the registry
// side of ghcr.io (manifests by tag and digest), where, as on ghcr.io, a version's name is the digest of the
// manifest it serves: tests name versions by labels (sha256:aaa), and the stand-in speaks of them by the real digest
// of their bytes (real()). It keeps every request it received.
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { close, listen } from './http.js'

export interface ApiRequest {
  method: string
  path: string
  authorization?: string
  body?: { body?: string }
  /** The status the stand-in answered. */
  status?: number
}

export interface Comment {
  id: number
  body: string
  user: { login: string; type: 'User' | 'Bot' }
}

export interface PackageVersion {
  id: number
  name: string
  metadata: { container: { tags: string[] } }
}

const REPO_ID = 424242
const ORG_ID = 7001
const USER_ID = 9001

export class GitHubApi {
  readonly requests: ApiRequest[] = []
  /** branch → open pull request number */
  readonly pulls = new Map<string, number>()
  /** pull number → comments, oldest first */
  readonly comments = new Map<number, Comment[]>()
  /** ghcr.io packages: "orgs/acme/widget" → versions (GitHub's package versions API), newest first as GitHub lists them. */
  readonly packages = new Map<string, PackageVersion[]>()
  /** ghcr.io's registry side: a multi-platform version's digest → its platform images' digests. */
  readonly manifests = new Map<string, string[]>()
  /** Children of an index that are buildx attestation manifests. */
  readonly attestations = new Set<string>()
  /** API paths (pathname) whose requests are accepted and never answered: GitHub having a bad minute. */
  readonly stalls = new Set<string>()
  /** Tags the registry already points elsewhere than the versions list says (a push the list has not caught up with). */
  readonly moved = new Map<string, string>()
  /** Tokens that may write; others get 403 on writes, as a read-only GITHUB_TOKEN does. */
  readonly writers = new Set<string>()
  /** Tokens of people (GET /user answers their login); any other token is an installation's, as GITHUB_TOKEN is. */
  readonly people = new Map<string, string>()
  /** Tokens that may not see the packages: GitHub answers 404, never 403, for what it hides. */
  readonly blind = new Set<string>()
  /** The next API requests answered with a rate limit: 'primary' (403, x-ratelimit-remaining 0) or 'secondary' (429, retry-after); 'none' lets one through. */
  readonly limits: ('primary' | 'secondary' | 'none')[] = []
  /** Seconds from now to the rate limit's reset (x-ratelimit-reset). */
  resetIn = 1
  /** The repository's branches (GET /repos/{owner}/{repo}/branches, in pages), in GitHub's order: by name. */
  branches: string[] = ['main']
  /** Tokens that may not see the repository: GitHub answers 404 for it, as for one that does not exist. */
  readonly outsiders = new Set<string>()
  /** Bundles stored through the attestations API (POST /repos/{owner}/{repo}/attestations), with their ids. */
  readonly stored: { id: number; bundle: Record<string, unknown> }[] = []
  private nextId = 100
  private server?: Server
  url = ''

  constructor(
    readonly owner: string,
    readonly repo: string
  ) {}

  /** An id for a new comment or version, higher than any before, as GitHub's are. */
  id(): number {
    const taken = [...this.comments.values(), ...this.packages.values()].flat().map(x => x.id)
    this.nextId = Math.max(this.nextId, ...taken.map(id => id + 1))
    return this.nextId++
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', c => chunks.push(c as Buffer))
      req.on('end', () => this.answer(req, res, Buffer.concat(chunks).toString()))
    })
    this.url = `http://${await listen(this.server)}`
    return this
  }

  async stop(): Promise<void> {
    await close(this.server)
  }

  private answer(req: IncomingMessage, res: ServerResponse, text: string): void {
    const url = new URL(req.url ?? '/', 'http://x')
    const registry = url.pathname.startsWith('/v2/')
    const request: ApiRequest = {
      method: req.method ?? '',
      path: `${url.pathname}${url.search}`,
      authorization: req.headers.authorization,
      body: text && !registry ? JSON.parse(text) : undefined
    }
    this.requests.push(request)
    const reset = Math.floor(Date.now() / 1000) + this.resetIn
    const send = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      request.status = status
      res.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        ...(registry
          ? {}
          : {
              'x-ratelimit-limit': '5000',
              'x-ratelimit-remaining': '4000',
              'x-ratelimit-reset': String(reset),
              'x-ratelimit-resource': 'core'
            }),
        ...headers
      })
      res.end(value === undefined ? undefined : JSON.stringify(value))
    }
    const token = (req.headers.authorization ?? '').replace(/^(Bearer|token) /i, '')
    if (registry) return this.registry(req, res, url, text, request)

    if (this.stalls.has(url.pathname)) {
      request.status = 0
      return void req.resume() // read what comes, answer nothing
    }
    const limit = this.limits.shift()
    if (limit === 'primary')
      return send(
        403,
        {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: 'https://docs.github.com/rest'
        },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }
      )
    if (limit === 'secondary')
      return send(
        429,
        { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
        { 'retry-after': '1' }
      )

    // GitHub's id-based page URLs lead to the same lists.
    const path = url.pathname
      .replace(`/repositories/${REPO_ID}/`, `/repos/${this.owner}/${this.repo}/`)
      .replace(/^\/organizations\/\d+\//, `/orgs/${this.owner}/`)
      .replace(/^\/user\/\d+\/packages\//, `/users/${this.owner}/packages/`)
    const repo = `/repos/${this.owner}/${this.repo}`
    const page = (list: unknown[], idPath: string) => {
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100)
      const at = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1)
      const last = Math.max(Math.ceil(list.length / perPage), 1)
      const link = (n: number) => {
        const next = new URL(`${this.url}${idPath}`)
        for (const [k, v] of url.searchParams) if (k !== 'page') next.searchParams.set(k, v)
        next.searchParams.set('page', String(n))
        return `<${next}>`
      }
      const links: string[] = []
      if (at > 1) links.push(`${link(at - 1)}; rel="prev"`)
      if (at < last) links.push(`${link(at + 1)}; rel="next"`, `${link(last)}; rel="last"`)
      if (at > 1) links.push(`${link(1)}; rel="first"`)
      send(200, list.slice((at - 1) * perPage, at * perPage), links.length ? { link: links.join(', ') } : {})
    }

    if (path.startsWith(`${repo}/`) && this.outsiders.has(token)) return send(404, { message: 'Not Found' })
    if (req.method === 'GET' && path === `${repo}/branches`) {
      const branches = [...this.branches].sort().map(name => ({
        name,
        commit: { sha: createHash('sha1').update(name).digest('hex'), url: `${this.url}${repo}/commits/${name}` },
        protected: name === 'main'
      }))
      return page(branches, `/repositories/${REPO_ID}/branches`)
    }
    if (req.method === 'POST' && path === `${repo}/attestations`) {
      // A token without attestations: write gets what GitHub answers a GITHUB_TOKEN lacking it.
      if (!this.writers.has(token)) return send(403, { message: 'Resource not accessible by integration' })
      const bundle = (request.body as { bundle?: Record<string, unknown> } | undefined)?.bundle
      if (!bundle?.mediaType) return send(422, { message: 'Invalid request: bundle is missing or malformed' })
      const id = this.id()
      this.stored.push({ id, bundle })
      return send(201, { id })
    }
    // Octokit sends the digest's colon encoded (%3A); GitHub takes it either way.
    const listed = new RegExp(`^${repo}/attestations/(sha256(?::|%3A)[0-9a-f]{64})$`, 'i').exec(path)
    if (req.method === 'GET' && listed) {
      // Cursor pages (per_page 30 by default, 100 at most; `after` in the next Link), 404 where none is stored.
      const found = this.stored.filter(s => subjectDigests(s.bundle).includes(decodeURIComponent(listed[1])))
      if (!found.length) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100)
      const from = Number(Buffer.from(url.searchParams.get('after') ?? '', 'base64url').toString() || 0)
      const items = found.slice(from, from + perPage).map(s => ({
        bundle: s.bundle,
        repository_id: REPO_ID,
        bundle_url: `${this.url}/attestations/${s.id}/bundle`
      }))
      const next = new URL(`${this.url}${path}`)
      next.searchParams.set('per_page', String(perPage))
      next.searchParams.set('after', Buffer.from(String(from + perPage)).toString('base64url'))
      return send(200, { attestations: items }, from + perPage < found.length ? { link: `<${next}>; rel="next"` } : {})
    }
    if (req.method === 'GET' && path === '/user') {
      const login = this.people.get(token)
      if (!login) return send(403, { message: 'Resource not accessible by integration' })
      return send(200, { login, id: 1, type: 'User' })
    }
    if (req.method === 'GET' && path === `${repo}/pulls`) {
      const head = url.searchParams.get('head') ?? ''
      const branch = head.startsWith(`${this.owner}:`) ? head.slice(this.owner.length + 1) : ''
      const number = url.searchParams.get('state') === 'open' ? this.pulls.get(branch) : undefined
      return page(number === undefined ? [] : [{ number, head: { ref: branch } }], `/repositories/${REPO_ID}/pulls`)
    }
    const list = new RegExp(`^${repo}/issues/(\\d+)/comments$`).exec(path)
    if (list && req.method === 'GET')
      return page(this.comments.get(Number(list[1])) ?? [], `/repositories/${REPO_ID}/issues/${list[1]}/comments`)
    if (list && req.method === 'POST') {
      if (!this.writers.has(token)) return send(403, { message: 'Resource not accessible by integration' })
      const comment: Comment = { id: this.id(), body: request.body?.body ?? '', user: this.author(token) }
      this.comments.set(Number(list[1]), [...(this.comments.get(Number(list[1])) ?? []), comment])
      return send(201, comment)
    }
    const edit = new RegExp(`^${repo}/issues/comments/(\\d+)$`).exec(path)
    if (edit && req.method === 'PATCH') {
      if (!this.writers.has(token)) return send(403, { message: 'Resource not accessible by integration' })
      for (const comments of this.comments.values()) {
        const comment = comments.find(c => c.id === Number(edit[1]))
        if (comment) {
          comment.body = request.body?.body ?? ''
          return send(200, comment)
        }
      }
      return send(404, { message: 'Not Found' })
    }
    const versions = /^\/(orgs|users)\/([^/]+)\/packages\/container\/([^/]+)\/versions(?:\/(\d+))?$/.exec(path)
    if (versions) {
      const key = `${versions[1]}/${versions[2]}/${decodeURIComponent(versions[3])}`
      const found = this.packages.get(key)
      // GitHub hides what a token may not see: 404, as for a package that does not exist.
      if (!found || this.blind.has(token)) return send(404, { message: 'Package not found.' })
      if (req.method === 'GET' && !versions[4]) {
        const idPath =
          versions[1] === 'orgs'
            ? `/organizations/${ORG_ID}/packages/container/${versions[3]}/versions`
            : `/user/${USER_ID}/packages/container/${versions[3]}/versions`
        // A version's name is its manifest's digest, as on ghcr.io.
        return page(
          found.map(v => ({ ...v, name: this.real(v.name) })),
          idPath
        )
      }
      if (req.method === 'DELETE' && versions[4]) {
        if (!this.writers.has(token)) return send(403, { message: 'Must have admin rights to Repository.' })
        const at = found.findIndex(v => v.id === Number(versions[4]))
        if (at < 0) return send(404, { message: 'Not Found' })
        found.splice(at, 1)
        request.status = 204
        res.writeHead(204)
        return void res.end()
      }
    }
    send(404, { message: 'Not Found' })
  }

  private author(token: string): Comment['user'] {
    const login = this.people.get(token)
    return login ? { login, type: 'User' } : { login: 'github-actions[bot]', type: 'Bot' }
  }

  /** Manifests pushed to the registry side, by digest: their own bytes. */
  private readonly pushed = new Map<string, string>()

  /**
   * What the registry serves for a version named `label` by a test: a pushed manifest's own bytes; a list of its
   * platform images (manifests), by their real digests; or a leaf that names the label (an image, an attestation).
   */
  private body(label: string): string {
    const pushed = this.pushed.get(label)
    if (pushed) return pushed
    const children = this.manifests.get(label)
    if (!children)
      return JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        annotations: { label }
      })
    return JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: children.map(child =>
        this.attestations.has(child)
          ? {
              digest: this.real(child),
              platform: { os: 'unknown', architecture: 'unknown' },
              annotations: { 'vnd.docker.reference.type': 'attestation-manifest' }
            }
          : { digest: this.real(child), platform: { os: 'linux', architecture: 'amd64' } }
      ),
      annotations: { label }
    })
  }

  /** The digest ghcr.io would name the version a test labelled `label` by: that of the bytes it serves. */
  real(label: string): string {
    return `sha256:${createHash('sha256').update(this.body(label)).digest('hex')}`
  }

  private versionsOf(owner: string, name: string): PackageVersion[] | undefined {
    return this.packages.get(`orgs/${owner}/${name}`) ?? this.packages.get(`users/${owner}/${name}`)
  }

  /** ghcr.io's registry side: manifests by digest or tag, and a pushed manifest becoming a new version. */
  private registry(req: IncomingMessage, res: ServerResponse, url: URL, text: string, request: ApiRequest): void {
    const m = /^\/v2\/([^/]+)\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname)
    const list = m && this.versionsOf(m[1], m[2])
    const fail = (status: number, code: string) => {
      request.status = status
      res.writeHead(status, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ code }] }))
    }
    if (!m || !list) return fail(404, 'NAME_UNKNOWN')
    if (req.method === 'PUT') {
      // A pushed manifest is a new version carrying the tag, which leaves the others.
      const digest = `sha256:${createHash('sha256').update(text).digest('hex')}`
      this.pushed.set(digest, text)
      for (const v of list) v.metadata.container.tags = v.metadata.container.tags.filter(t => t !== m[3])
      list.unshift({ id: this.id(), name: digest, metadata: { container: { tags: [m[3]] } } })
      request.status = 201
      res.writeHead(201, { 'Docker-Content-Digest': digest })
      return void res.end()
    }
    if (req.method !== 'GET') return fail(405, 'UNSUPPORTED')
    // By digest (the real one) or by tag, to the version a test labelled.
    const label = m[3].startsWith('sha256:')
      ? list.find(v => this.real(v.name) === m[3])?.name
      : (this.moved.get(m[3]) ?? list.find(v => v.metadata.container.tags.includes(m[3]))?.name)
    if (!label) return fail(404, 'MANIFEST_UNKNOWN')
    const body = this.body(label)
    request.status = 200
    res.writeHead(200, {
      'Content-Type':
        (JSON.parse(body) as { mediaType?: string }).mediaType ?? 'application/vnd.oci.image.index.v1+json',
      'Docker-Content-Digest': this.real(label)
    })
    res.end(body)
  }
}

/** The sha256 digests (sha256:…) a stored bundle's in-toto statement is about. */
function subjectDigests(bundle: Record<string, unknown>): string[] {
  const payload = (bundle.dsseEnvelope as { payload?: string } | undefined)?.payload ?? ''
  try {
    const statement = JSON.parse(Buffer.from(payload, 'base64').toString()) as {
      subject?: { digest?: { sha256?: string } }[]
    }
    return (statement.subject ?? []).map(s => `sha256:${s.digest?.sha256 ?? ''}`)
  } catch {
    return []
  }
}
