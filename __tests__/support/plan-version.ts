// The dev version the action plans for a commit, read through the same code
// path as the action (facts from git, then the planner).
import type { ReleaseEvent } from '../../src/event.js'
import { readFacts } from '../../src/facts.js'
import { Git } from '../../src/git.js'
import { readInputs } from '../../src/inputs.js'
import { makePlan, type Plan } from '../../src/planner.js'

const INPUTS = readInputs(() => '', 'acme/widget')

export async function planDev(dir: string, sha: string, branch = 'feature/x'): Promise<Plan> {
  const trigger = { type: 'dev' as const, branch }
  const facts = await readFacts(new Git(dir), trigger, sha, '.')
  const event: ReleaseEvent = {
    name: 'push',
    ref: `refs/heads/${branch}`,
    sha,
    repository: 'acme/widget',
    fork: false,
    deleted: false,
    repositoryUrl: ''
  }
  return makePlan(event, INPUTS, trigger, facts)
}
