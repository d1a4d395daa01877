// The trigger: what the event asks for, from the event alone, before git is read.
import type { ReleaseEvent } from './release-event.js'
import type { Trigger } from './plan.js'
import { DEFAULT_TAG_REGEX } from '../versions/tag-regex.js'
import { defaultRules, describeAdmits, tagVersion, type TagRules } from '../versions/tag-rules.js'
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']
const REF_EVENTS = ['push', 'workflow_dispatch']

/** Decide from the event alone whether this is a release, a dev release or nothing. */
export function classify(
  event: ReleaseEvent,
  skipBranches: string[],
  tagRules: TagRules | (() => TagRules) = defaultRules,
  pullRequests: 'build' | 'skip' = 'skip',
  cleanup = false,
  cleanupOnClose = false
): Trigger {
  if (event.name === 'pull_request' && event.action === 'closed') {
    const branch = event.headRef ?? ''
    // Only a head proven to be this repository's owns the branch's tags: a deleted fork's head is null.
    if (event.headRepository !== event.repository)
      return {
        type: 'skip',
        reason: event.headRepository
          ? `The closed pull request came from a fork (${event.headRepository}): its branch "${branch}" is not this repository's, so nothing is removed.`
          : `The closed pull request's head repository is gone (a deleted fork) or unknown: its branch "${branch}" cannot be proven this repository's, so nothing is removed.`
      }
    if (cleanupOnClose && cleanup && branch) return { type: 'cleanup', branch, via: 'close' }
    return {
      type: 'skip',
      reason: `The pull request from "${branch}" was closed; there is nothing to build${cleanupOnClose ? '' : ' (cleanup-on-close is false: its tags go when the branch is deleted)'}.`
    }
  }
  if (event.name === 'delete') {
    if (!event.deletedBranch) return { type: 'skip', reason: 'A deleted tag removes nothing: release images stay.' }
    if (!cleanup)
      return {
        type: 'skip',
        reason: `Branch "${event.deletedBranch}" was deleted; cleanup is false, so its image tags stay.`
      }
    return { type: 'cleanup', branch: event.deletedBranch, via: 'delete' }
  }
  if (event.name === 'pull_request' && pullRequests === 'build') {
    // Forks included: nothing is logged in to, pushed or uploaded, so no secret is needed.
    return { type: 'verify', branch: event.headRef || event.ref }
  }
  if (PULL_REQUEST_EVENTS.includes(event.name)) {
    const why =
      event.name === 'pull_request_target'
        ? "pull_request_target runs with the repository's secrets, so it never builds or publishes a pull request's code"
        : 'pull-requests is skip'
    return { type: 'skip', reason: `Pull requests never publish (${why}); a release needs a push or a manual run.` }
  }
  if (event.name === 'workflow_run' && event.run && PULL_REQUEST_EVENTS.includes(event.run.event)) {
    const fork = event.run.headRepository && event.run.headRepository !== event.repository
    return {
      type: 'skip',
      reason: `This workflow_run was started by a pull request${fork ? ` from a fork (${event.run.headRepository})` : ''}, and runs with the repository's secrets: it never builds or publishes the pull request's code. Build pull requests with pull-requests: build on the pull_request event, where nothing is published.`
    }
  }
  if (event.fork) {
    return { type: 'skip', reason: `This run is in a fork of the repository; only the repository itself publishes.` }
  }
  if (!REF_EVENTS.includes(event.name)) {
    return { type: 'skip', reason: `Event "${event.name}" does not publish; only push and workflow_dispatch do.` }
  }
  if (event.deleted) {
    return { type: 'skip', reason: `The push deleted ${event.ref}; there is nothing to release.` }
  }
  if (event.ref.startsWith('refs/tags/')) {
    const tag = event.ref.slice('refs/tags/'.length)
    // Only a tag needs the project's tag rules (read from its files).
    const rules = typeof tagRules === 'function' ? tagRules() : tagRules
    if (rules.prefix && !tag.startsWith(rules.prefix)) {
      return {
        type: 'skip',
        reason: `Tag "${tag}" belongs to another package: this package's tags start with "${rules.prefix}".`
      }
    }
    const version = tagVersion(tag, rules)
    if (version === undefined) {
      const regex =
        rules.tagRegex.source === DEFAULT_TAG_REGEX ? '' : ` of this package (tag_regex ${rules.tagRegex.source})`
      return { type: 'skip', reason: `Tag "${tag}" is not a version${regex}, so it releases nothing.` }
    }
    if (!describeAdmits(rules.describe, tag)) {
      return {
        type: 'skip',
        reason: `Tag "${tag}" is left out by the git_describe_command's --match/--exclude patterns, so setuptools_scm never counts it as a version; it releases nothing.`
      }
    }
    return { type: 'release', tag, version }
  }
  if (event.ref.startsWith('refs/heads/')) {
    const branch = event.ref.slice('refs/heads/'.length)
    const rule = skipBranches.find(pattern => matchesBranch(pattern, branch))
    if (rule !== undefined) {
      return {
        type: 'skip',
        reason: `Branch "${branch}" is in skip-branches: its commits were already released from the branch they came from, and its tags release themselves.`
      }
    }
    return { type: 'dev', branch }
  }
  return { type: 'skip', reason: `Ref "${event.ref}" is neither a branch nor a tag.` }
}

/** skip-branches entries are names, where `*` stands for any run of characters. */
function matchesBranch(pattern: string, branch: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`)
  return regex.test(branch)
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Turn the trigger and what git says into the plan. */
