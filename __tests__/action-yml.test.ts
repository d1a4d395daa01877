// action.yml is the contract with users: it must declare every input the code
// reads, and its defaults must mean the same as the code's own defaults.
import { readFileSync } from 'node:fs'
import { load } from 'js-yaml'
import { validInputs } from '../src/plan/inputs.js'
import { withTables } from '../scripts/readme-tables.js'

interface ActionYml {
  runs: { using: string; main: string; post?: string; 'post-if'?: string }
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}

const action = load(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as ActionYml

describe('action.yml', () => {
  it('runs the bundle on node24, and again as a post step that always runs (to clean up after a killed step)', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/index.js',
      'post-if': 'always()'
    })
  })

  it('keeps every description short (the details are in docs/), and names the inputs as the docker and pypa actions do', () => {
    const long = Object.entries({ ...action.inputs, ...action.outputs })
      .map(([name, spec]) => [name, spec.description.replace(/\s+/g, ' ').trim().length] as const)
      .filter(([, length]) => length > 300)
    expect(long).toEqual([])
    // build-push-action's file, metadata-action's latest values.
    expect(action.inputs.file).toBeDefined()
    expect(action.inputs.dockerfile).toBeUndefined()
    expect(action.inputs.latest.description).toMatch(/auto .*; true, .*; false/)
  })

  it('declares every input the code reads', () => {
    const read = new Set<string>()
    validInputs(name => (read.add(name), ''), 'acme/widget')
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort())
  })

  it('has defaults that mean what the code does without them', () => {
    // A default the runner evaluates (${{ github.token }}) is compared as the value it stands for.
    const runnerValues: Record<string, string> = { '${{ github.token }}': 'the-workflow-token' }
    const withDefaults = validInputs(
      name => runnerValues[action.inputs[name]?.default ?? ''] ?? action.inputs[name]?.default ?? '',
      'acme/widget'
    )
    expect(withDefaults).toEqual(
      validInputs(name => (name === 'github-token' ? 'the-workflow-token' : ''), 'acme/widget')
    )
  })

  it('declares the outputs', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(
      ['release-type', 'reason', 'version', 'docker-tags', 'digest', 'dists', 'platform', 'dists-dir'].sort()
    )
  })

  it("is what docs/inputs.md's tables of inputs and outputs say (npm run docs writes them)", () => {
    const readme = readFileSync(new URL('../docs/inputs.md', import.meta.url), 'utf8')
    expect(readme).toBe(withTables(readme, action))
    expect(readme).toContain('| `dry-run` | `false` |') // the tables are there at all
  })
})
