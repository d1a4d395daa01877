// The two-job release as data: what mode build plans, which inputs it refuses, and what the publishing job checks the
// build job's list against. two-jobs.e2e runs both jobs.
import type { ReleaseEvent } from '../src/outside/event.js'
import { distsListProblems, parseDistsList, type DistsList } from '../src/plan/dists-list.js'
import { parseInputs, validInputs } from '../src/plan/inputs.js'
import { classify } from '../src/plan/trigger.js'
import { makePlan } from '../src/plan/planner.js'
import type { Facts } from '../src/plan/plan.js'

const SHA = 'a'.repeat(40)
const event = (ref: string, name = 'push'): ReleaseEvent => ({
  name,
  ref,
  sha: SHA,
  repository: 'acme/widget',
  fork: false,
  deleted: false,
  repositoryUrl: 'https://github.com/acme/widget'
})
const facts: Facts = {
  passedOver: [],
  today: '2026-12-06',
  commitCount: 9,
  tagVersions: ['1.2.3'],
  hasPythonProject: true,
  nearest: { tag: '1.2.3', version: '1.2.3', distance: 2 }
}

function plan(given: Record<string, string>, ref = 'refs/heads/feature/x', name = 'push') {
  const inputs = validInputs(input => given[input] ?? '', 'acme/widget')
  const e = event(ref, name)
  return makePlan(e, inputs, classify(e, ['main'], undefined, inputs.pullRequests), facts)
}
const steps = (p: ReturnType<typeof plan>) => p.steps.map(s => `${s.id}: ${s.skippedBecause ?? 'runs'}`)

describe('mode build', () => {
  it('builds the package for the publishing job, and stages, pushes and uploads nothing', () => {
    const p = plan({ mode: 'build', 'dists-dir': 'dists' })
    expect(p.version).toBe('1.2.4.dev2')
    expect(p.steps[0].title).toBe('Build sdist and wheel of "." at 1.2.4.dev2, into dists for the publishing job')
    expect(steps(p)).toEqual([
      'python-build: runs',
      'stage: mode build: the publishing job does it, with the files this job leaves in dists-dir',
      'docker: mode build: the publishing job does it, with the files this job leaves in dists-dir',
      'index-upload: mode build: the publishing job does it, with the files this job leaves in dists-dir'
    ])
    expect(p.owners).toEqual([])
    expect(p.imageRefs).toEqual([])
  })

  it('builds a pull request’s package too, for the image build that checks it', () => {
    const p = plan({ mode: 'build' }, 'refs/pull/7/merge', 'pull_request')
    expect(p.type).toBe('verify')
    expect(steps(p).slice(0, 3)).toEqual([
      'python-build: runs',
      'stage: mode build: the publishing job does it, with the files this job leaves in dists-dir',
      'docker: mode build: the publishing job does it, with the files this job leaves in dists-dir'
    ])
  })

  it.each(['pypi-token', 'dev-pypi-token', 'registry-password', 'registry-logins'])(
    'refuses %s, which its build code could read',
    input => {
      const { problems } = parseInputs(name => (name === 'mode' ? 'build' : name === input ? 'secret' : ''), 'acme/w')
      expect(problems).toEqual([
        `Input "${input}" is given to a job of mode build, whose build code could read it (from the step's environment): give it to the publishing job only, and remove it here.`
      ])
    }
  )

  it('takes the build job’s files in a publishing job, and builds nothing', () => {
    const p = plan({ 'dists-dir': 'dists' }, 'refs/tags/1.2.3')
    expect(p.steps[0]).toEqual({
      id: 'python-build',
      title:
        'Take the sdist and wheel the build job made at 1.2.3 from dists, checked against this commit and version (no Python build runs here)',
      skippedBecause: undefined
    })
    expect(steps(p).slice(1)).toEqual(['stage: runs', 'docker: runs', 'index-upload: runs'])
  })
})

describe("the build job's list", () => {
  const list: DistsList = {
    format: 1,
    project: 'widget',
    version: '1.2.4.dev2',
    commit: SHA,
    files: [
      { name: 'widget-1.2.4.dev2-py3-none-any.whl', sha256: '1'.repeat(64) },
      { name: 'widget-1.2.4.dev2.tar.gz', sha256: '2'.repeat(64) }
    ]
  }
  const present = list.files.map(f => f.name)

  it('holds for the same commit, version (spelt either way) and files', () => {
    expect(distsListProblems(list, { sha: SHA, version: '1.2.4.dev2' }, present)).toEqual([])
    expect(distsListProblems({ ...list, version: '1.2.4-dev2' }, { sha: SHA, version: '1.2.4.dev2' }, present)).toEqual(
      []
    )
  })

  it('names another commit, another version, a missing file and an added one', () => {
    const problems = distsListProblems(
      { ...list, commit: 'b'.repeat(40), version: '1.2.4.dev1' },
      { sha: SHA, version: '1.2.4.dev2' },
      [present[0], 'widget-9.9.9-py3-none-any.whl']
    )
    expect(problems).toEqual([
      `the build job built commit ${'b'.repeat(40)}, but this job releases ${SHA}: pass the artifact of this run's build job`,
      "the build job built version 1.2.4.dev1, but this job's plan is 1.2.4.dev2 (was a tag pushed between the jobs? run both again)",
      'widget-1.2.4.dev2.tar.gz listed but not there',
      "widget-9.9.9-py3-none-any.whl there but not listed (only the build job's files are released)"
    ])
  })

  it.each([
    ['no JSON', 'not json', 'is not JSON'],
    ['another format', JSON.stringify({ ...list, format: 2 }), 'is not a list of format 1'],
    ['no commit', JSON.stringify({ ...list, commit: undefined }), 'lacks the project, version or commit'],
    ['no files', JSON.stringify({ ...list, files: [] }), 'lists no files'],
    [
      'a path for a name',
      JSON.stringify({ ...list, files: [{ name: '../../etc/x.whl', sha256: '1'.repeat(64) }] }),
      'lists "../../etc/x.whl", which is no dist\'s file name with a sha256'
    ],
    [
      'no sha256',
      JSON.stringify({ ...list, files: [{ name: 'w-1.whl', sha256: 'xyz' }] }),
      'lists "w-1.whl", which is no dist\'s file name with a sha256'
    ]
  ])('refuses a list with %s', (_what, text, why) => {
    expect(parseDistsList(text)).toBe(why)
  })

  it('reads a list back as written', () => {
    expect(parseDistsList(JSON.stringify(list))).toEqual(list)
  })
})
