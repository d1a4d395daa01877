// docs/migrating.md names every input of the six actions it replaces, and only inputs dev-release has as its own.
import { readFileSync } from 'node:fs'
import { load } from 'js-yaml'

const guide = readFileSync(new URL('../docs/migrating.md', import.meta.url), 'utf8')
const ours = Object.keys(
  (load(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as { inputs: object }).inputs
)

/** Their inputs, from each action's action.yml (the versions docs/workflows.md's examples use). */
const THEIRS: Record<string, string[]> = {
  'docker/setup-qemu-action': ['image', 'platforms', 'cache-image'],
  'docker/setup-buildx-action': [
    'version',
    'name',
    'driver',
    'driver-opts',
    'buildkitd-flags',
    'buildkitd-config',
    'buildkitd-config-inline',
    'install',
    'use',
    'endpoint',
    'platforms',
    'append',
    'keep-state',
    'cache-binary',
    'cleanup'
  ],
  'docker/metadata-action': [
    'context',
    'images',
    'tags',
    'flavor',
    'labels',
    'annotations',
    'sep-tags',
    'sep-labels',
    'sep-annotations',
    'bake-target',
    'github-token'
  ],
  'docker/login-action': ['registry', 'username', 'password', 'ecr', 'scope', 'logout'],
  'docker/build-push-action': [
    'add-hosts',
    'allow',
    'annotations',
    'attests',
    'builder',
    'build-args',
    'build-contexts',
    'cache-from',
    'cache-to',
    'call',
    'cgroup-parent',
    'context',
    'file',
    'labels',
    'load',
    'network',
    'no-cache',
    'no-cache-filters',
    'outputs',
    'platforms',
    'provenance',
    'pull',
    'push',
    'sbom',
    'secrets',
    'secret-envs',
    'secret-files',
    'shm-size',
    'ssh',
    'tags',
    'target',
    'ulimit',
    'github-token'
  ],
  'pypa/gh-action-pypi-publish': [
    'user',
    'password',
    'repository-url',
    'packages-dir',
    'verify-metadata',
    'skip-existing',
    'verbose',
    'print-hash',
    'attestations'
  ]
}

/** The section of the guide for one action: from its heading to the next. */
function section(action: string): string {
  const start = guide.indexOf(`## ${action}\n`)
  const end = guide.indexOf('\n## ', start + 1)
  return start < 0 ? '' : guide.slice(start, end < 0 ? undefined : end)
}

describe.each(Object.entries(THEIRS))('%s', (action, inputs) => {
  it.each(inputs)('maps %s', input => {
    // In the first column of a row: `input`, `input: type=…` or `input` among others.
    const rows = section(action)
      .split('\n')
      .filter(line => line.startsWith('| '))
      .map(line => line.split(' | ')[0])
    expect(rows.some(first => new RegExp(`\`${input}(:[^\`]*)?\``).test(first))).toBe(true)
  })
})

it("names as dev-release's only inputs it has", () => {
  const named = [...guide.matchAll(/^\| [^|]+ \| (.*) \|$/gm)].flatMap(m => [...m[1].matchAll(/`([a-z-]+)(:|`)/g)])
  const inputsNamed = named.map(m => m[1]).filter(name => /-/.test(name) || ours.includes(name))
  // Values and names that are no input: a tag, a prefix, the driver, an output, the command.
  const VALUES = ['feature-x', 'branch-', 'docker-container', 'docker-tags', 'dev-release']
  const notOurs = inputsNamed.filter(name => !ours.includes(name) && !VALUES.includes(name))
  expect([...new Set(notOurs)]).toEqual([])
})
