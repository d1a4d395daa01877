// The one comment on a branch's open pull request that says how to try its
// development release: found again by a hidden marker and edited, never
// duplicated. Over GitHub's REST API with the workflow's token; a token that may
// not write (a fork, read-only permissions) gives a notice, never a failed release.
import * as core from './runner.js'

export const MARKER = '<!-- dev-release: how to try this branch -->'

export interface Published {
  version: string
  sha: string
  images: { tags: string[]; digest: string; platforms: string[] }[]
  /** `pip install --pre` line's index, when the package went to one. */
  index?: { name: string; simpleUrl: string; isPypi: boolean }
}

/** The comment's Markdown: every image by tag and by digest, the platforms, the pip line, the commit. */
export function commentBody(p: Published): string {
  const lines = [MARKER, `### Try this branch: development release \`${p.version}\``, '']
  for (const image of p.images) {
    const [first] = image.tags
    if (!first) continue
    const name = first.slice(0, first.lastIndexOf(':'))
    lines.push('```sh', `docker pull ${first}`, `docker pull ${name}@${image.digest}   # exactly this build`, '```')
    lines.push(`Platforms: ${image.platforms.join(', ')}`, '')
  }
  if (p.index) {
    const indexArg = p.index.isPypi ? '' : ` --index-url ${p.index.simpleUrl}`
    lines.push('```sh', `pip install --pre${indexArg} "${p.index.name}==${p.version}"`, '```', '')
  }
  lines.push(`Built from ${p.sha}.`)
  return lines.join('\n') + '\n'
}

interface Api {
  base: string
  token: string
  repository: string
}

async function call(api: Api, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${api.base}${path}`, {
    method,
    headers: { ...core.githubHeaders(api.token), ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(30_000)
  })
}

/** Keep the comment on the branch's open pull request in this repository; returns what was done. */
export async function commentOnPullRequest(
  branch: string,
  body: string,
  api: Api
): Promise<'created' | 'updated' | 'no pull request' | 'not allowed'> {
  const [owner] = api.repository.split('/')
  const pulls = await call(
    api,
    'GET',
    `/repos/${api.repository}/pulls?state=open&head=${encodeURIComponent(`${owner}:${branch}`)}`
  )
  if (!pulls.ok) return denied(pulls)
  const [pull] = (await pulls.json()) as { number: number }[]
  if (!pull) return 'no pull request'
  let existing: number | undefined
  for (let page = 1; existing === undefined; page++) {
    const response = await call(
      api,
      'GET',
      `/repos/${api.repository}/issues/${pull.number}/comments?per_page=100&page=${page}`
    )
    if (!response.ok) return denied(response)
    const comments = (await response.json()) as { id: number; body?: string }[]
    existing = comments.find(c => c.body?.startsWith(MARKER))?.id
    if (comments.length < 100) break
  }
  const response =
    existing === undefined
      ? await call(api, 'POST', `/repos/${api.repository}/issues/${pull.number}/comments`, { body })
      : await call(api, 'PATCH', `/repos/${api.repository}/issues/comments/${existing}`, { body })
  if (!response.ok) return denied(response)
  return existing === undefined ? 'created' : 'updated'
}

function denied(response: Response): 'not allowed' {
  if (response.status === 401 || response.status === 403 || response.status === 404) {
    core.notice(
      `Could not comment on the pull request (${response.status}): the token may not write there. Give the job "permissions: pull-requests: write"; a fork's run has no such token, and the release stands without the comment.`
    )
    return 'not allowed'
  }
  throw new Error(`GitHub's API answered ${response.status}.`)
}
