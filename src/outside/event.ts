// The triggering event, reduced to what the planner needs, read the way the
// runner hands it over: GITHUB_* variables and the event payload file. (Read by
// hand rather than through @actions/github, whose octokit the plan never needs.)
import { readFileSync } from 'node:fs'
import type { ReleaseEvent } from '../plan/release-event.js'

export type { ReleaseEvent }

interface Payload {
  repository?: { fork?: boolean; html_url?: string }
  deleted?: boolean
  /** A delete event's ref (a short name) and what it was. */
  ref?: string
  ref_type?: string
  /** A pull_request event's activity: opened, synchronize, closed, … */
  action?: string
  pull_request?: { head?: { repo?: { full_name?: string } | null } }
  workflow_run?: { event?: string; head_repository?: { full_name?: string } | null }
}

/** The event from the runner's variables (`env`) and the payload file they name. */
export function eventFromEnvironment(env: NodeJS.ProcessEnv): ReleaseEvent {
  let payload: Payload = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Payload
    } catch {
      // No payload (a local run): the variables alone say enough.
    }
  }
  const repository = env.GITHUB_REPOSITORY ?? ''
  return {
    name: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    repository,
    ...(env.GITHUB_REPOSITORY_ID ? { repositoryId: env.GITHUB_REPOSITORY_ID } : {}),
    ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
    fork: payload.repository?.fork === true,
    deleted: payload.deleted === true,
    repositoryUrl: payload.repository?.html_url ?? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repository}`,
    headRef: env.GITHUB_HEAD_REF ?? '',
    headRepository: payload.pull_request?.head?.repo?.full_name,
    deletedBranch: env.GITHUB_EVENT_NAME === 'delete' && payload.ref_type === 'branch' ? payload.ref : undefined,
    action: payload.action,
    ...(payload.workflow_run
      ? {
          run: {
            event: payload.workflow_run.event ?? '',
            headRepository: payload.workflow_run.head_repository?.full_name
          }
        }
      : {})
  }
}
