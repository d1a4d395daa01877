// The package index: where its pages are, which files it already has, trusted
// publishing, and uploads with twine.
import * as core from '@actions/core'
import { run, type RunResult } from './exec.js'

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

/** The file names the index holds for a project (empty when it has none). */
export async function existingFiles(urls: IndexUrls, name: string): Promise<Set<string>> {
  const url = `${urls.simple}${normalizeName(name)}/`
  const response = await fetch(url, { headers: { Accept: 'application/vnd.pypi.simple.v1+json, text/html;q=0.1' } })
  if (response.status === 404) return new Set()
  if (!response.ok) throw new IndexError(`The index answered ${response.status} for ${url}.`)
  const body = await response.text()
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    const json = JSON.parse(body) as { files?: { filename: string }[] }
    return new Set((json.files ?? []).map(f => f.filename))
  }
  return new Set([...body.matchAll(/<a\b[^>]*>([^<]+)<\/a>/gi)].map(m => m[1].trim()))
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
export async function mintToken(urls: IndexUrls): Promise<string> {
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new IndexError(
      'No pypi-token was given, and trusted publishing needs an OIDC token that this job cannot request: ' +
        'add "permissions: id-token: write" to the job, or pass pypi-token.'
    )
  }
  const audienceResponse = await fetch(`${urls.base}/_/oidc/audience`)
  if (!audienceResponse.ok) {
    throw new IndexError(
      `${urls.base} does not offer trusted publishing (GET /_/oidc/audience answered ${audienceResponse.status}); pass pypi-token.`
    )
  }
  const { audience } = (await audienceResponse.json()) as { audience: string }
  const oidcToken = await core.getIDToken(audience)
  const minted = await fetch(`${urls.base}/_/oidc/mint-token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: oidcToken })
  })
  const body = (await minted.json().catch(() => ({}))) as {
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
  core.setSecret(body.token)
  return body.token
}

/** `python -m twine upload`; the token travels in the environment only. */
export async function upload(python: string, urls: IndexUrls, files: string[], token: string): Promise<RunResult> {
  return run(
    python,
    ['-m', 'twine', 'upload', '--non-interactive', '--disable-progress-bar', '--repository-url', urls.upload, ...files],
    { env: { TWINE_USERNAME: '__token__', TWINE_PASSWORD: token, TWINE_NON_INTERACTIVE: '1' }, allowFailure: true }
  )
}
