// Reads from git (and the work tree) the facts the planner needs; reads only (full-history.ts fetches first).
import { join } from 'node:path'
import type { Git } from '../outside/git.js'
import { lastLines } from '../outside/exec.js'
import { HistoryError } from './full-history.js'
import { findProject } from '../outside/project-files.js'
import type { Facts, LiveBranches, Trigger } from '../plan/plan.js'
import type { DescribeOptions } from '../versions/version-config.js'
import { describeAdmits, tagVersion, versionFromTag, type TagRules } from '../versions/tag-rules.js'

export interface FactOptions {
  pythonProject: string
  rules: TagRules
  /** The describe options of the project's own configuration, when the rules narrowed them to a prefix. */
  ownDescribe?: DescribeOptions
  /** The plan needs the commit's date (calver-by-date). */
  needsCommitTime?: boolean
}

/**
 * The normalized versions of this package's version tags, in the whole repository: the tags its own rules admit
 * (tag_regex, tag-prefix, and the git_describe_command's --match and --exclude), so that another package's higher
 * release in a monorepo never holds back `latest`, a channel or a backport.
 */
export async function tagVersions(git: Git, rules: TagRules): Promise<string[]> {
  return (await git.tags())
    .filter(t => describeAdmits(rules.describe, t))
    .map(t => versionFromTag(t, rules))
    .filter((v): v is string => v !== undefined)
}

export async function readFacts(git: Git, trigger: Trigger, sha: string, options: FactOptions): Promise<Facts> {
  const missing = () =>
    new HistoryError(
      `Commit ${sha} is not in the repository at ${git.cwd}. Check out the commit the workflow runs for.`
    )
  const { rules } = options
  const facts: Facts = {
    passedOver: [],
    commitCount: 0,
    tagVersions: [],
    hasPythonProject: findProject(join(git.cwd, options.pythonProject)) !== undefined,
    today: buildDate(process.env.SOURCE_DATE_EPOCH)
  }
  // The commit's time is read here only where the plan needs it (a release, calver-by-date); git describe
  // checks the commit itself, and publishing reads the time when it builds.
  let commit = sha
  if (trigger.type === 'release' || options.needsCommitTime) {
    const found = await git.commit(sha)
    if (!found) throw missing()
    facts.commitEpoch = found.epoch
    facts.commitDate = found.date
    commit = found.sha
  }
  if (trigger.type === 'release') {
    facts.tagVersions = await tagVersions(git, rules)
    // Another version tag on the same commit: git describe (so setuptools_scm) may pick that one there.
    const here = await git.tagsAt(commit)
    const versions = here.filter(t => tagVersion(t, rules) !== undefined && describeAdmits(rules.describe, t))
    if (versions.some(t => t !== trigger.tag)) {
      const others = here.filter(t => !versions.includes(t))
      const picked = await git.describe(commit, rules.describe, others)
      if (picked && picked.distance === 0 && picked.tag !== trigger.tag) facts.describedHere = picked.tag
    }
  }
  if (trigger.type === 'dev' || trigger.type === 'verify') {
    // git describe picks the nearest tag; where that one is no version of this
    // package (setuptools_scm would crash), leave it out and ask again.
    for (;;) {
      const described = await git.describe(commit, rules.describe, facts.passedOver).catch(error => {
        throw /not a valid object name|not a valid commit/i.test((error as Error).message) ? missing() : error
      })
      if (!described) break
      const tag = described.tag.replace(/^(debian|upstream)\//, '')
      const version = tagVersion(tag, rules)
      if (version !== undefined) {
        facts.nearest = { tag: described.tag, version, distance: described.distance }
        break
      }
      facts.passedOver.push(described.tag)
    }
    if (!facts.nearest) facts.commitCount = await git.countCommits(commit)
    if (options.ownDescribe) {
      const own = await git.describe(commit, options.ownDescribe)
      if (own && own.tag !== facts.nearest?.tag) facts.ownNearest = own.tag
    }
  }
  return facts
}

/** setuptools_scm's "now": SOURCE_DATE_EPOCH when set, else the clock; a UTC date. */
function buildDate(epoch: string | undefined): string {
  const seconds = epoch && /^\d+$/.test(epoch) ? Number(epoch) : Date.now() / 1000
  return new Date(seconds * 1000).toISOString().slice(0, 10)
}

/**
 * The branches the repository has now, for a cleanup: through GitHub's API with the token the action has (no
 * checkout needed, and a checkout with persist-credentials: false is no obstacle), else `git ls-remote --heads origin`.
 */
export async function liveBranches(
  repository: string,
  token: string,
  git: Git,
  timeoutMs: number
): Promise<LiveBranches> {
  if (!token) {
    return git
      .remoteBranches()
      .then(names => ({ names }))
      .catch((error: Error) => ({ error: `git ls-remote --heads origin: ${gitReason(error.message)}` }))
  }
  const { branchNames, github, githubStatus } = await import('../outside/github.js')
  try {
    return { names: await branchNames(github(token, timeoutMs), repository) }
  } catch (error) {
    const why =
      githubStatus(error) === 404
        ? `GitHub answers 404 for the branches of ${repository}: the github-token cannot see the repository (the job needs contents: read)`
        : `GitHub's list of the branches of ${repository}: ${lastLine((error as Error).message)}`
    return { error: why }
  }
}

/** git's own reason (its first fatal: line, as in "'origin' does not appear to be a git repository"), else its last line. */
function gitReason(text: string): string {
  return /^fatal: (.*)$/m.exec(text)?.[1] ?? lastLine(text)
}

function lastLine(text: string): string {
  return lastLines({ stdout: '', stderr: text }, 1)
}
