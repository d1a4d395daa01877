// The one comment on a branch's open pull request that says how to try its
// development release: found again by a hidden marker and edited, never
// duplicated. Over GitHub's REST API with the workflow's token; a token that may
// not write (a fork, read-only permissions) gives a notice, never a failed release.
import * as runner from '../outside/runner.js'
import { githubStatus, type GitHub } from '../outside/github.js'

export const MARKER = '<!-- dev-release: how to try this branch -->'

export interface Published {
  version: string
  sha: string
  images: { refs: string[]; digest: string; platforms: string[] }[]
  /** `pip install --pre` line's index, when the package went to one. */
  index?: { name: string; simpleUrl: string; isPypi: boolean }
  /** The command that reads this release back. */
  verify?: string
}

/** The comment's Markdown: every image by tag and by digest, the platforms, the pip line, the commit. */
export function commentBody(p: Published): string {
  const lines = [MARKER, `### Try this branch: development release \`${p.version}\``, '']
  for (const image of p.images) {
    const [first] = image.refs
    if (!first) continue
    const name = first.slice(0, first.lastIndexOf(':'))
    lines.push('```sh', `docker pull ${first}`, `docker pull ${name}@${image.digest}   # exactly this build`, '```')
    lines.push(`Platforms: ${image.platforms.join(', ')}`, '')
  }
  if (p.index) {
    const indexArg = p.index.isPypi ? '' : ` --index-url ${p.index.simpleUrl}`
    lines.push('```sh', `pip install --pre${indexArg} "${p.index.name}==${p.version}"`, '```', '')
  }
  if (p.verify) lines.push('Check that what stands under these names is this build:', '```sh', p.verify, '```', '')
  lines.push(`Built from ${p.sha}.`)
  return lines.join('\n') + '\n'
}

/** The repository (`owner/repo`) and a client of GitHub's API with the workflow's token. */
interface Target {
  repository: string
  api: GitHub
}

/**
 * Who the token acts as. A user's token says so (`GET /user`); an installation token, GITHUB_TOKEN among them,
 * may not ask (403) and writes as `github-actions[bot]`.
 */
async function actingLogin(api: GitHub): Promise<string> {
  try {
    return (await api.rest.users.getAuthenticated()).data.login
  } catch (error) {
    if (githubStatus(error) === 403 || githubStatus(error) === 401) return 'github-actions[bot]'
    throw error
  }
}

/**
 * Keep the comment on the branch's open pull request in this repository; returns what was done. Only a comment
 * the token's own identity wrote and that starts with the marker is the action's: a marker in anyone else's
 * comment is ignored (it could otherwise steer what the action edits, and keep its own words around it).
 */
export async function commentOnPullRequest(
  branch: string,
  body: string,
  { repository, api }: Target
): Promise<'created' | 'updated' | 'no pull request' | 'not allowed'> {
  const [owner, repo] = repository.split('/')
  try {
    const pulls = await api.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:${branch}`, per_page: 1 })
    const [pull] = pulls.data
    if (!pull) return 'no pull request'
    const me = await actingLogin(api)
    const comments = await api.paginate(api.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pull.number,
      per_page: 100
    })
    const existing = comments.find(c => c.user?.login === me && c.body?.startsWith(MARKER))?.id
    if (existing === undefined) await api.rest.issues.createComment({ owner, repo, issue_number: pull.number, body })
    else await api.rest.issues.updateComment({ owner, repo, comment_id: existing, body })
    return existing === undefined ? 'created' : 'updated'
  } catch (error) {
    const status = githubStatus(error)
    if (status === 401 || status === 403 || status === 404) {
      runner.notice(
        `Could not comment on the pull request (${status}): the token may not write there. Give the job "permissions: pull-requests: write"; a fork's run has no such token, and the release stands without the comment.`
      )
      return 'not allowed'
    }
    throw error
  }
}
