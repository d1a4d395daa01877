// The example workflows and this repository's own: valid YAML, and every `with:`
// given to dev-release is an input that action.yml declares.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from 'js-yaml'
import { BUILD_JOB_REFUSES } from '../src/plan/inputs.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const inputs = Object.keys((load(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: object }).inputs)

interface Workflow {
  on: unknown
  permissions?: Record<string, string>
  jobs: Record<
    string,
    { permissions?: Record<string, string>; steps: { uses?: string; with?: Record<string, unknown> }[] }
  >
}

const files = [
  ...readdirSync(join(ROOT, 'examples', 'workflows')).map(f => join('examples', 'workflows', f)),
  ...readdirSync(join(ROOT, '.github', 'workflows')).map(f => join('.github', 'workflows', f))
].filter(f => f.endsWith('.yml'))

const isOurs = (uses?: string) => uses === './' || /^acme\/dev-release@/.test(uses ?? '')

describe.each(files)('%s', file => {
  const workflow = load(readFileSync(join(ROOT, file), 'utf8')) as Workflow

  it('is a workflow', () => {
    expect(workflow.on).toBeDefined()
    expect(Object.keys(workflow.jobs).length).toBeGreaterThan(0)
  })

  it('gives dev-release only inputs that action.yml declares', () => {
    const steps = Object.values(workflow.jobs).flatMap(job => job.steps)
    for (const step of steps.filter(s => isOurs(s.uses))) {
      for (const key of Object.keys(step.with ?? {})) expect(inputs).toContain(key)
    }
  })

  it('gives a build job (mode build) no secret and no id-token: write', () => {
    for (const job of Object.values(workflow.jobs)) {
      const builds = job.steps.filter(s => isOurs(s.uses) && s.with?.mode === 'build')
      if (!builds.length) continue
      for (const step of builds) for (const name of BUILD_JOB_REFUSES) expect(step.with?.[name]).toBeUndefined()
      expect((job.permissions ?? workflow.permissions ?? {})['id-token']).not.toBe('write')
      expect(job.permissions ?? workflow.permissions).toBeDefined() // the default token's permissions are set
    }
  })
})

it('covers the workflows the README promises', () => {
  const examples = files.filter(f => f.startsWith('examples'))
  expect(examples.map(f => f.replace(/^.*\//, '')).sort()).toEqual(
    [
      'cleanup.yml',
      'ghcr.yml',
      'manual.yml',
      'per-platform.yml',
      'release.yml',
      'service-and-flasher.yml',
      'trusted-publishing.yml'
    ].sort()
  )
  // Every example uses the action, and mode platform comes with its merge.
  for (const file of examples) expect(readFileSync(join(ROOT, file), 'utf8')).toMatch(/uses: acme\/dev-release@v1/)
  expect(readFileSync(join(ROOT, '.github', 'workflows', 'self-test.yml'), 'utf8')).toMatch(/uses: \.\//)
})
