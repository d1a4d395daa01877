// The triggering event, reduced to what the planner needs: its shape, under the plan that reads it (outside/event.ts
// reads it from the runner's variables and the payload file; the command line builds it from git).
export interface ReleaseEvent {
  /** `push`, `workflow_dispatch`, `pull_request`, … */
  name: string
  /** Full ref: `refs/heads/<branch>` or `refs/tags/<tag>`. */
  ref: string
  /** The commit the event is about (GITHUB_SHA). */
  sha: string
  /** `owner/repo`. */
  repository: string
  /** The repository's numeric ID (GITHUB_REPOSITORY_ID), where the runner gives it: signatures must name it. */
  repositoryId?: string
  /** Who started the run (GITHUB_ACTOR): ghcr.io's user where the workflow's token logs in. */
  actor?: string
  /** The workflow runs in a fork of the repository. */
  fork: boolean
  /** A push that deleted its ref. */
  deleted: boolean
  /** URL of the repository, for image labels and links. */
  repositoryUrl: string
  /** A pull request's head branch (GITHUB_HEAD_REF); '' for other events. */
  headRef?: string
  /** A pull request's head repository (`owner/repo`): another one is a fork's. */
  headRepository?: string
  /** The branch a delete event deleted. */
  deletedBranch?: string
  /** A pull_request event's activity (closed, …). */
  action?: string
  /** A workflow_run event's run: the event that started it, and the repository its head commit came from. */
  run?: { event: string; headRepository?: string }
}
