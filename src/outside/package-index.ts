// The package index: where its pages are, which files it already has, trusted
// publishing, and uploads with twine.
import * as runner from './runner.js'
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { formatDuration, type RunResult } from './exec.js'
import { runPython } from './python.js'
import { cappedBody, MAX_BLOB } from './capped-body.js'
import { normalizeVersion } from '../versions/pep440.js'
import { plural } from '../versions/words.js'

export interface IndexUrls {
  upload: string
  /** PEP 503 simple index root. */
  simple: string
  /** Where the /_/oidc/ endpoints live. */
  base: string
  /** A person's page for a release. */
  page(name: string, version: string): string
}

/** PyPI's upload host differs from its site; any other index serves both from one place. */
export function indexUrls(uploadUrl: string): IndexUrls {
  const url = new URL(uploadUrl)
  if (url.host === 'upload.pypi.org') {
    return {
      upload: uploadUrl,
      simple: 'https://pypi.org/simple/',
      base: 'https://pypi.org',
      page: (name, version) => `https://pypi.org/project/${normalizeName(name)}/${version}/`
    }
  }
  const simplePath = url.pathname.replace(/\/legacy\/?$/, '/').replace(/\/?$/, '/') + 'simple/'
  const simple = new URL(simplePath, url.origin).toString()
  return {
    upload: uploadUrl,
    simple,
    base: url.origin,
    page: (name, version) =>
      url.host === 'test.pypi.org'
        ? `https://test.pypi.org/project/${normalizeName(name)}/${version}/`
        : `${simple}${normalizeName(name)}/`
  }
}

/** The normalized version in a distribution file name: `name-1.0-py3-none-any.whl`, `name-1.0.tar.gz`. */
export function fileVersion(file: string): string | undefined {
  const raw = file.endsWith('.whl')
    ? file.split('-')[1]
    : file
        .replace(/\.(tar\.gz|zip)$/, '')
        .split('-')
        .pop()
  return raw ? normalizeVersion(raw) : undefined
}

/** PEP 503 name normalization. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

export class IndexError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'IndexError'
  }
}

/** A file on the index: its sha256 and where to download it, as far as the page says. */
export interface IndexFile {
  sha256?: string
  url?: string
  /** PEP 740: where the index serves the file's provenance (its attestations), where it says. */
  provenance?: string
  /** PEP 700: when the index took the file (ISO 8601), where its JSON page says (pypi.org's does). */
  uploadTime?: string
}

/** File name → what the index says of it. */
export type IndexFiles = Map<string, IndexFile>

/** The files of a project's page: PEP 691 JSON (as pypi.org serves it) or PEP 503 HTML. */
export function parseProjectPage(body: string, contentType: string, pageUrl: string): IndexFiles {
  const files: IndexFiles = new Map()
  const absolute = (href: string | undefined) =>
    href ? new URL(decodeEntities(href), pageUrl).toString().replace(/#.*$/, '') : undefined
  if (contentType.includes('json')) {
    const json = JSON.parse(body) as {
      files?: {
        filename: string
        url?: string
        hashes?: Record<string, string>
        provenance?: string | null
        'upload-time'?: string
      }[]
    }
    for (const f of json.files ?? [])
      files.set(f.filename, {
        sha256: f.hashes?.sha256?.toLowerCase(),
        url: absolute(f.url),
        provenance: absolute(f.provenance ?? undefined),
        ...(f['upload-time'] ? { uploadTime: f['upload-time'] } : {})
      })
    return files
  }
  for (const m of body.matchAll(/<a\b([^>]*)>([^<]+)<\/a>/gi)) {
    const href = /href\s*=\s*["']([^"']*)["']/.exec(m[1])?.[1]
    const sha256 = /#sha256=([0-9a-fA-F]{64})/.exec(href ?? '')?.[1]?.toLowerCase()
    const provenance = /data-provenance\s*=\s*["']([^"']*)["']/.exec(m[1])?.[1]
    files.set(decodeEntities(m[2].trim()), { sha256, url: absolute(href), provenance: absolute(provenance) })
  }
  return files
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
}

/** The project's files on the index, read on the first call and kept: one read serves every check of one run. */
export function projectFilesOnce(urls: IndexUrls, name: string, timeoutMs: number): () => Promise<IndexFiles> {
  let read: Promise<IndexFiles> | undefined
  return () => (read ??= existingFiles(urls, name, timeoutMs))
}

/** The files the index holds for a project (empty when it has none). */
export async function existingFiles(urls: IndexUrls, name: string, timeoutMs: number): Promise<IndexFiles> {
  const url = `${urls.simple}${normalizeName(name)}/`
  const response = await fetch(url, {
    headers: { Accept: 'application/vnd.pypi.simple.v1+json, text/html;q=0.1' },
    signal: AbortSignal.timeout(timeoutMs)
  }).catch(error => {
    if ((error as Error).name === 'TimeoutError')
      throw new IndexError(`${url} did not answer within ${formatDuration(timeoutMs)}`)
    throw error
  })
  if (response.status === 404) return new Map()
  if (!response.ok) throw new IndexError(`The index answered ${response.status} for ${url}.`)
  return parseProjectPage(await response.text(), response.headers.get('content-type') ?? '', url)
}

/**
 * PEP 740: a file's attestations as the index serves them, at the URL its page gives (or PyPI's Integrity API
 * path); undefined where the index has none (404).
 */
export async function fileProvenance(
  urls: IndexUrls,
  project: { name: string; version: string },
  filename: string,
  file: IndexFile,
  timeoutMs: number
): Promise<{ publisher?: Record<string, unknown>; attestations: unknown[] }[] | undefined> {
  const url =
    file.provenance ??
    `${urls.base}/integrity/${normalizeName(project.name)}/${project.version}/${encodeURIComponent(filename)}/provenance`
  const response = await fetch(url, {
    headers: { Accept: 'application/vnd.pypi.integrity.v1+json, application/json;q=0.9' },
    signal: AbortSignal.timeout(timeoutMs)
  })
  if (response.status === 404) return undefined
  if (!response.ok) throw new IndexError(`The index answered ${response.status} for ${url}.`)
  const body = (await response.json()) as {
    attestation_bundles?: { publisher?: Record<string, unknown>; attestations?: unknown[] }[]
  }
  return (body.attestation_bundles ?? []).map(b => ({ publisher: b.publisher, attestations: b.attestations ?? [] }))
}

const OIDC_ERRORS: Record<string, string> = {
  'not-enabled': 'trusted publishing is not enabled on this index',
  'invalid-publisher':
    "no trusted publisher on the index matches this workflow: add one in the project's publishing settings (owner, repository, workflow file name, environment), or give pypi-token",
  'invalid-pending-publisher': 'the pending publisher does not match this workflow, or the project name is taken',
  'invalid-token': "the index refused GitHub's OIDC token",
  'invalid-payload': 'the index could not read the token request'
}

/**
 * Trusted publishing: a GitHub OIDC token for the index's audience, exchanged
 * for a short-lived upload token, which is masked at once.
 */
export async function mintToken(urls: IndexUrls, timeoutMs: number): Promise<string> {
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new IndexError(
      'No pypi-token was given, and trusted publishing needs an OIDC token that this job cannot request: ' +
        'add "permissions: id-token: write" to the job, or pass pypi-token.'
    )
  }
  // Each request has the request deadline: an index that accepts the connection and never answers ends the job.
  const within = async <T>(what: string, request: () => Promise<T>): Promise<T> =>
    request().catch((error: Error) => {
      if (error.name === 'TimeoutError')
        throw new IndexError(
          `Trusted publishing: ${what} did not answer within ${formatDuration(timeoutMs)} (request-timeout).`
        )
      throw error
    })
  // No redirect is followed: fetch would send the job's OIDC token, a POST body, on to wherever a 307 points.
  const audienceResponse = await within(`${urls.base}/_/oidc/audience`, () =>
    fetch(`${urls.base}/_/oidc/audience`, { redirect: 'error', signal: AbortSignal.timeout(timeoutMs) })
  ).catch(refusedRedirect(`${urls.base}/_/oidc/audience`))
  if (!audienceResponse.ok) {
    throw new IndexError(
      `${urls.base} does not offer trusted publishing (GET /_/oidc/audience answered ${audienceResponse.status}); pass pypi-token.`
    )
  }
  const { audience } = (await audienceResponse.json()) as { audience: string }
  const problem = audienceProblem(urls.base, audience)
  if (problem) throw new IndexError(problem)
  const oidcToken = await within("the runner's OIDC token endpoint", () => runner.getIDToken(audience, timeoutMs))
  const minted = await within(`${urls.base}/_/oidc/mint-token`, () =>
    fetch(`${urls.base}/_/oidc/mint-token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: oidcToken }),
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs)
    })
  ).catch(refusedRedirect(`${urls.base}/_/oidc/mint-token`))
  const body = (await within(`${urls.base}/_/oidc/mint-token`, () => minted.json()).catch(error => {
    if (error instanceof IndexError) throw error
    return {}
  })) as {
    token?: string
    message?: string
    errors?: { code: string; description: string }[]
  }
  if (!minted.ok || !body.token) {
    const reasons = (body.errors ?? []).map(e => `${OIDC_ERRORS[e.code] ?? e.code} (${e.description})`)
    throw new IndexError(
      `Trusted publishing to ${urls.base} failed: ${reasons.join('; ') || body.message || `HTTP ${minted.status}`}.`
    )
  }
  runner.setSecret(body.token)
  return body.token
}

/** Where PyPI's own audiences may come from: a token minted for them uploads to the real PyPI or TestPyPI. */
const PYPI_AUDIENCES: Record<string, string> = { pypi: 'https://pypi.org', testpypi: 'https://test.pypi.org' }

/**
 * Why an index's audience must not be asked for: PyPI's audiences from any other host, which could replay the job's
 * token to PyPI for an upload token of the real project. Undefined where the audience is the index's own.
 */
export function audienceProblem(base: string, audience: string): string | undefined {
  const home = PYPI_AUDIENCES[audience]
  if (!home || new URL(base).origin === home) return undefined
  return `Trusted publishing: ${base} asks for an OIDC token for the audience "${audience}", which is ${home}'s: a token for it would let that index upload to ${home} as this repository. Nothing was requested; check pypi-url, or pass pypi-token.`
}

/** A redirect on the trusted-publishing exchange ends it: nothing is sent on. */
function refusedRedirect(url: string): (error: Error) => never {
  return error => {
    const cause = (error as Error & { cause?: Error }).cause
    if (error.name === 'TypeError' && /redirect/i.test(`${error.message} ${cause?.message ?? ''}`))
      throw new IndexError(
        `Trusted publishing: ${url} answered with a redirect, which is not followed (the job's OIDC token would go on to where it points); give the index's own upload URL as pypi-url.`
      )
    throw error
  }
}

/** `python -m twine upload`; the token travels in the environment only. */
export function twineArgs(urls: IndexUrls, files: string[], attestations: string[] = []): string[] {
  // --verbose: twine shows the index's own reason for a refusal only then.
  return [
    '-m',
    'twine',
    'upload',
    '--non-interactive',
    '--disable-progress-bar',
    '--verbose',
    '--repository-url',
    urls.upload,
    // Each file's <file>.publish.attestation goes with it (twine 5.1 and later).
    ...(attestations.length ? ['--attestations'] : []),
    ...files,
    ...attestations
  ]
}

/** The environment twine needs: the token (nowhere else), and plain, unwrapped output. */
export function twineEnv(token: string): Record<string, string> {
  return {
    TWINE_USERNAME: '__token__',
    TWINE_PASSWORD: token,
    TWINE_NON_INTERACTIVE: '1',
    COLUMNS: '1000',
    NO_COLOR: '1',
    TERM: 'dumb'
  }
}

export async function upload(
  python: string,
  urls: IndexUrls,
  files: string[],
  token: string,
  timeoutMs: number,
  attestations: string[] = []
): Promise<RunResult> {
  return runPython(python, twineArgs(urls, files, attestations), {
    env: twineEnv(token),
    allowFailure: true,
    timeoutMs,
    what: `Uploading ${plural(files.length, 'file')} to ${urls.upload}`
  })
}

export interface TwineFailure {
  /** The status line: `400 File already exists …`. */
  status?: string
  /** What the index said, from the status line and the body. */
  reason: string
  auth: boolean
  /** Worth another try: a 5xx, or no answer at all. */
  transient: boolean
}

// twine's log may carry colour codes (rich colours it for a terminal, or where FORCE_COLOR says so).
// eslint-disable-next-line no-control-regex
const ANSI_COLOUR = /\x1b\[[0-9;]*m/g

/** twine's log as records: a line at the margin, and the indented lines that continue it (rich wraps at 80 columns). */
function logRecords(output: string): string[] {
  const records: string[] = []
  for (const line of output.replace(ANSI_COLOUR, '').split('\n')) {
    if (!line.trim()) continue
    if (/^\s/.test(line) && records.length) records[records.length - 1] += ` ${line.trim()}`
    else records.push(line.trim())
  }
  return records.map(r => r.replace(/^(INFO|DEBUG|WARNING|ERROR)\s+/, ''))
}

/** What went wrong in a failed twine upload, from its (verbose) output. */
export function readTwineFailure(output: string): TwineFailure {
  const records = logRecords(output)
  // Verbose twine logs "Response from <url>: <the status line the index sent>", then the index's body.
  const at = records.findLastIndex(r => r.startsWith('Response from '))
  const httpError = records.findLast(r => r.startsWith('HTTPError: '))
  const status =
    at >= 0
      ? records[at].replace(/^Response from \S+:\s*/, '')
      : /^HTTPError: (\d{3} .*?) from \S+/.exec(httpError ?? '')?.[1]
  const next = at >= 0 ? records[at + 1] : undefined
  const body = next && !/^(HTTPError|Uploading|Retry)\b/.test(next) ? next : ''
  const reason =
    status && body && !status.includes(body)
      ? `${status}: ${body}`
      : status ||
        body ||
        records.findLast(r => /^[\w.]*(Error|Exception)\b/.test(r)) ||
        records.slice(-2).join(' ') ||
        output.trim()
  const code = Number(/^\d{3}/.exec(status ?? '')?.[0])
  return {
    status,
    reason,
    auth: code === 401 || code === 403 || /invalid or non-existent authentication|\bforbidden\b/i.test(output),
    // Without an HTTP status, only a failure on the way to the index is worth another try: a twine that cannot start
    // (an ImportError, a traceback of its own) fails the same way every time.
    transient: code ? code >= 500 : NETWORK_FAILURE.test(output)
  }
}

/** What requests and urllib3 say when the index could not be reached or stopped answering. */
const NETWORK_FAILURE =
  /ConnectionError|Connect(ion)?Timeout|ReadTimeout|timed out|Connection (refused|reset|aborted)|Max retries exceeded|RemoteDisconnected|ProtocolError|IncompleteRead|BrokenPipe|Temporary failure in name resolution|Name or service not known|SSLError|EOF occurred/i

/** Download a file the index holds into `path`, checking its sha256 where the index states one. */
export async function downloadFile(file: IndexFile, name: string, path: string, timeoutMs: number): Promise<void> {
  if (!file.url) throw new IndexError(`The index gives no address for ${name}.`)
  const response = await fetch(file.url, { signal: AbortSignal.timeout(timeoutMs) })
  if (!response.ok) throw new IndexError(`The index answered ${response.status} for ${file.url}.`)
  const bytes = await cappedBody(response, MAX_BLOB, `${name} from the index`)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  if (file.sha256 && sha256 !== file.sha256)
    throw new IndexError(`${name} from the index does not match the sha256 its page states.`)
  writeFileSync(path, bytes)
}
