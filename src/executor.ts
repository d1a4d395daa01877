// Carries out a plan step by step.
import type { Inputs } from './inputs.js'
import type { Plan } from './planner.js'

export async function execute(plan: Plan, _inputs: Inputs): Promise<void> {
  const steps = plan.steps.filter(s => !s.skip).map(s => s.title)
  throw new Error(
    `This version of dev-release plans releases but cannot publish them yet (${steps.length} steps planned). Set dry-run: true.`
  )
}
