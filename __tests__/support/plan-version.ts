// The dev version the action plans for a commit, read through the same code
// path as the action (the project's version settings, facts from git, then the planner).
import type { ReleaseEvent } from '../../src/outside/event.js'
import { readFacts } from '../../src/shell/facts.js'
import { Git } from '../../src/outside/git.js'
import { validInputs } from '../../src/plan/inputs.js'
import { defaultVersioning, type Plan, type Versioning } from '../../src/plan/plan.js'
import { makePlan } from '../../src/plan/planner.js'
import { readVersioning } from '../../src/outside/project-files.js'
import type { EnvVariables } from '../../src/versions/version-config.js'
import { tagVersion } from '../../src/versions/tag-rules.js'

const INPUTS = validInputs(() => '', 'acme/widget')

/** The versioning that the project in `dir` configures; throws when the action would refuse it. */
export function projectVersioning(dir: string, env: EnvVariables = {}, tagPrefix = ''): Versioning {
  const project = readVersioning(dir, tagPrefix, env)
  if (project.problems.length) throw new Error(project.problems.join('\n'))
  return project.versioning
}

/** The plan of a push of `tag` (a version tag of this package) at its commit. */
export async function planRelease(
  dir: string,
  tag: string,
  versioning: Versioning = defaultVersioning()
): Promise<Plan> {
  const version = tagVersion(tag, versioning.rules)
  if (version === undefined) throw new Error(`${tag} is no version tag`)
  const trigger = { type: 'release' as const, tag, version }
  const sha = new Git(dir).resolveCommit(`refs/tags/${tag}`)
  const commit = (await sha)!
  const facts = await readFacts(new Git(dir), trigger, commit, { pythonProject: '.', rules: versioning.rules })
  return makePlan(pushOf(`refs/tags/${tag}`, commit), { ...INPUTS, versionChecks: 'warn' }, trigger, facts, versioning)
}

function pushOf(ref: string, sha: string): ReleaseEvent {
  return { name: 'push', ref, sha, repository: 'acme/widget', fork: false, deleted: false, repositoryUrl: '' }
}

export async function planDev(
  dir: string,
  sha: string,
  branch = 'feature/x',
  versioning: Versioning = defaultVersioning()
): Promise<Plan> {
  const trigger = { type: 'dev' as const, branch }
  const { config, rules } = versioning
  const facts = await readFacts(new Git(dir), trigger, sha, {
    pythonProject: '.',
    rules,
    ownDescribe: rules.describe !== config.describe ? config.describe : undefined,
    needsCommitTime: config.scheme === 'calver-by-date'
  })
  return makePlan(pushOf(`refs/heads/${branch}`, sha), { ...INPUTS, versionChecks: 'warn' }, trigger, facts, versioning)
}
