// GitHub's REST API, through @actions/github (Octokit): GITHUB_API_URL (GitHub
// Enterprise Server too), the runner's proxy settings, every page of a list
// (Link headers), retries of server errors, and rate limits waited out, but only
// within the request deadline. Every request has that deadline.
import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import * as runner from './runner.js'

export type GitHub = ReturnType<typeof getOctokit>

/** What went wrong with a call, where GitHub answered: its status, and the message it gave. */
export function githubStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' && (error as { response?: unknown }).response !== undefined ? status : undefined
}

/** Whether GitHub refused a call for its rate limit (and the wait was longer than the deadline allows). */
export function rateLimited(error: unknown): boolean {
  const status = githubStatus(error)
  const headers = (error as { response?: { headers?: Record<string, string> } }).response?.headers ?? {}
  return status === 429 || (status === 403 && headers['x-ratelimit-remaining'] === '0')
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>

/**
 * A fetch whose every call ends after `timeoutMs`. The error is an AbortError, which Octokit passes on as it is:
 * a stalled request is not retried (it would only stall again).
 */
function withDeadline(fetch: Fetch, timeoutMs: number): Fetch {
  return async (url, init = {}) => {
    const deadline = AbortSignal.timeout(timeoutMs)
    const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline
    try {
      return await fetch(url, { ...init, signal })
    } catch (error) {
      if (!deadline.aborted) throw error
      const stalled = new Error(
        `GitHub's API did not answer ${init.method ?? 'GET'} ${new URL(url).pathname} within ${Math.round(timeoutMs / 1000)} s (request-timeout).`
      )
      stalled.name = 'AbortError'
      throw stalled
    }
  }
}

/** A client for `token`; `timeoutMs` bounds every request and every wait for a rate limit. */
export function github(token: string, timeoutMs: number): GitHub {
  const request = defaults.request as { agent?: unknown; fetch?: Fetch }
  const waitOut =
    (what: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
      const call = `${options.method ?? 'GET'} ${options.url ?? ''}`
      if (retryCount < 3 && retryAfter * 1000 <= timeoutMs) {
        runner.info(`GitHub's ${what}: waiting ${retryAfter} s, then ${call} again.`)
        return true
      }
      runner.warning(
        `GitHub's ${what} asks to wait ${retryAfter} s before ${call}, longer than request-timeout allows (or tried ${retryCount + 1} times): giving up on it.`
      )
      return false
    }
  return getOctokit(
    token,
    {
      baseUrl: runner.githubApi(),
      request: { agent: request.agent, fetch: withDeadline(request.fetch ?? fetch, timeoutMs) },
      throttle: { onRateLimit: waitOut('rate limit'), onSecondaryRateLimit: waitOut('secondary rate limit') },
      // Rate limits are the throttling plugin's to wait out, within the deadline; the retry plugin takes server errors.
      retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] }
    },
    retry,
    throttling
  )
}

/** Store a Sigstore bundle with GitHub's attestations API (the job needs attestations: write); its id. */
export async function storeAttestation(api: GitHub, repository: string, bundle: object): Promise<number> {
  const [owner, repo] = repository.split('/')
  const response = await api.request('POST /repos/{owner}/{repo}/attestations', {
    owner,
    repo,
    bundle: bundle as never
  })
  return (response.data as { id: number }).id
}

/** The repository's branches now, every page (the job needs contents: read; GitHub answers 404 to a token that cannot see it). */
export async function branchNames(api: GitHub, repository: string): Promise<string[]> {
  const [owner, repo] = repository.split('/')
  const branches = await api.paginate('GET /repos/{owner}/{repo}/branches', { owner, repo, per_page: 100 })
  return branches.map(b => b.name)
}

/**
 * The Sigstore bundles GitHub stores for a subject digest in the repository, every page (none: GitHub answers
 * 404). A listing that links a bundle instead of holding it (newer API versions) counts as one without a bundle.
 */
export async function attestationBundles(api: GitHub, repository: string, digest: string): Promise<unknown[]> {
  const [owner, repo] = repository.split('/')
  const bundles: unknown[] = []
  try {
    for await (const page of api.paginate.iterator('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
      owner,
      repo,
      subject_digest: digest,
      per_page: 100
    }))
      for (const item of (page.data as unknown as { attestations?: { bundle?: unknown }[] }).attestations ?? [])
        bundles.push(item.bundle ?? null)
  } catch (error) {
    if (githubStatus(error) === 404) return []
    throw error
  }
  return bundles
}
