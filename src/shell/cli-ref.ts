// Which ref and commit the command line works on: the current branch or tag, or --ref resolved as git resolves a
// name. A ref the repository does not have is an error, never HEAD: a release of a mistyped tag would publish HEAD's
// content under that version, and an index never gives a file back.
import type { Git } from '../outside/git.js'
import { versionFromTag } from '../versions/tag-rules.js'

/** A command line that cannot be carried out as given: exit 2, nothing run. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export interface ResolvedRef {
  /** The full ref: refs/heads/<branch> or refs/tags/<tag>. */
  ref: string
  /** Its commit; undefined only where the ref need not exist (a deleted branch's cleanup). */
  sha?: string
  /** Said before the plan: where the ref was found, when not where it was asked for. */
  note?: string
}

/** The ref a push of the current state would have: the branch, or a version tag at a detached HEAD. */
async function currentRef(git: Git): Promise<string> {
  const branch = await git.currentBranch()
  if (branch) return `refs/heads/${branch}`
  const tags = await git.tagsAt('HEAD')
  const tag = tags.find(t => versionFromTag(t)) ?? tags[0]
  if (tag) return `refs/tags/${tag}`
  throw new UsageError(
    'HEAD is neither on a branch nor at a tag: give --ref refs/heads/<branch> or --ref refs/tags/<tag>.'
  )
}

/** A branch's commit: the local branch, else origin's (a clone has only its default branch checked out). */
async function branchCommit(git: Git, branch: string): Promise<{ sha: string; remote: boolean } | undefined> {
  const local = await git.resolveCommit(`refs/heads/${branch}`)
  if (local) return { sha: local, remote: false }
  const remote = await git.resolveCommit(`refs/remotes/origin/${branch}`)
  return remote ? { sha: remote, remote: true } : undefined
}

/**
 * The ref and commit for `command`. Without --ref: the current branch or tag, at HEAD (or --sha). With --ref: a full
 * refs/heads/ or refs/tags/ ref, or a short name git resolves to exactly one of them; a ref the repository lacks is an
 * error unless --sha names the commit. A cleanup takes a branch that is gone: it need not exist, but a tag is refused.
 */
export async function resolveRef(
  git: Git,
  command: string,
  given: string | undefined,
  sha: string | undefined
): Promise<ResolvedRef> {
  if (command === 'cleanup') return cleanupRef(git, given)
  if (given === undefined) {
    const ref = await currentRef(git)
    return { ref, sha: sha ?? (await git.resolveCommit('HEAD')) }
  }
  const full = /^refs\/(heads|tags)\/(.+)$/.exec(given)
  if (given.startsWith('refs/') && !full)
    throw new UsageError(
      `--ref ${given} is neither a branch nor a tag; give refs/heads/<branch>, refs/tags/<tag> or the short name.`
    )
  if (full) {
    const [, kind, name] = full
    if (kind === 'tags') {
      const commit = await git.resolveCommit(given)
      if (commit) return { ref: given, sha: sha ?? commit }
      if (sha) return { ref: given, sha }
      throw new UsageError(
        `--ref ${given}: the repository has no tag "${name}" (git tag --list shows its tags; git fetch --tags brings origin's). Give --sha <commit> to plan a commit as that tag.`
      )
    }
    const branch = await branchCommit(git, name)
    if (branch)
      return {
        ref: given,
        sha: sha ?? branch.sha,
        note: branch.remote ? `Branch "${name}" is not checked out here: origin/${name} is planned.` : undefined
      }
    if (sha) return { ref: given, sha }
    throw new UsageError(
      `--ref ${given}: the repository has no branch "${name}", here or on origin (git branch --all lists them). Give --sha <commit> to plan a commit as that branch.`
    )
  }
  // A short name, as git resolves one: a tag or a branch; both is ambiguous.
  const tag = await git.resolveCommit(`refs/tags/${given}`)
  const branch = await branchCommit(git, given)
  if (tag && branch)
    throw new UsageError(
      `--ref ${given} names both the tag refs/tags/${given} and the branch ${branch.remote ? 'refs/remotes/origin/' : 'refs/heads/'}${given}; give the full ref.`
    )
  if (tag) return { ref: `refs/tags/${given}`, sha: sha ?? tag }
  if (branch)
    return {
      ref: `refs/heads/${given}`,
      sha: sha ?? branch.sha,
      note: branch.remote ? `Branch "${given}" is not checked out here: origin/${given} is planned.` : undefined
    }
  throw new UsageError(
    `--ref ${given}: the repository has no tag or branch of that name (git tag --list and git branch --all show what it has).${sha ? ' With --sha, give the full ref (refs/heads/… or refs/tags/…) to say which it is.' : ''}`
  )
}

/** A cleanup's ref: the deleted branch, by its full or short name; it need not exist any more, but is no tag. */
async function cleanupRef(git: Git, given: string | undefined): Promise<ResolvedRef> {
  if (!given) throw new UsageError('cleanup needs the branch: --ref feature/x.')
  if (given.startsWith('refs/tags/') || (given.startsWith('refs/') && !given.startsWith('refs/heads/')))
    throw new UsageError(
      `--ref ${given} is not a branch: cleanup removes the image tags of a deleted branch (release tags stay); give --ref feature/x.`
    )
  const name = given.replace(/^refs\/heads\//, '')
  if (name === given && (await git.resolveCommit(`refs/tags/${name}`)) && !(await branchCommit(git, name)))
    throw new UsageError(
      `--ref ${given} is a tag here, not a branch: cleanup removes the image tags of a deleted branch (release tags stay). Give --ref refs/heads/${name} if a branch of that name was deleted.`
    )
  return { ref: `refs/heads/${name}` }
}
