// The triggering event, reduced to what the planner needs. Read from the
// runner's context (GITHUB_* variables and the event payload).
import type * as github from '@actions/github'

type Context = typeof github.context

export interface ReleaseEvent {
  /** `push`, `workflow_dispatch`, `pull_request`, … */
  name: string
  /** Full ref: `refs/heads/<branch>` or `refs/tags/<tag>`. */
  ref: string
  /** The commit the event is about (GITHUB_SHA). */
  sha: string
  /** `owner/repo`. */
  repository: string
  /** The workflow runs in a fork of the repository. */
  fork: boolean
  /** A push that deleted its ref. */
  deleted: boolean
  /** URL of the repository, for image labels and links. */
  repositoryUrl: string
}

export function eventFromContext(context: Context): ReleaseEvent {
  const payload = context.payload as {
    repository?: { fork?: boolean; html_url?: string }
    deleted?: boolean
  }
  const repository = process.env.GITHUB_REPOSITORY ?? ''
  return {
    name: context.eventName ?? '',
    ref: context.ref ?? '',
    sha: context.sha ?? '',
    repository,
    fork: payload.repository?.fork === true,
    deleted: payload.deleted === true,
    repositoryUrl: payload.repository?.html_url ?? `${context.serverUrl}/${repository}`
  }
}
