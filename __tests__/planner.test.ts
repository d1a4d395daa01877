import type { ReleaseEvent } from '../src/event.js'
import { validInputs } from '../src/inputs.js'
import { classify, makePlan, type Facts } from '../src/planner.js'

const SKIP = ['master', 'main']

function event(name: string, ref: string, extra: Partial<ReleaseEvent> = {}): ReleaseEvent {
  return {
    name,
    ref,
    sha: 'a'.repeat(40),
    repository: 'acme/widget',
    fork: false,
    deleted: false,
    repositoryUrl: 'https://github.com/acme/widget',
    ...extra
  }
}

describe('classify: the trigger rules', () => {
  it.each([
    ['push', 'refs/tags/1.2.3', 'release', '1.2.3'],
    ['push', 'refs/tags/v1.2.3', 'release', '1.2.3'],
    ['push', 'refs/tags/1.2.3-rc.1', 'release', '1.2.3rc1'],
    ['push', 'refs/tags/widget-2.0.0', 'release', '2.0.0'],
    ['workflow_dispatch', 'refs/tags/v1.0', 'release', '1.0']
  ])('%s of %s is a release of %s', (name, ref, type, version) => {
    expect(classify(event(name, ref), SKIP)).toEqual({ type, tag: ref.slice(10), version })
  })

  it.each([
    ['push', 'refs/heads/feature/x', 'feature/x'],
    ['push', 'refs/heads/develop', 'develop'],
    ['workflow_dispatch', 'refs/heads/feature/y', 'feature/y']
  ])('%s of %s is a dev release', (name, ref, branch) => {
    expect(classify(event(name, ref), SKIP)).toEqual({ type: 'dev', branch })
  })

  it.each([
    [event('push', 'refs/heads/master'), /already released from the branch they came from/],
    [event('push', 'refs/heads/main'), /already released/],
    [event('workflow_dispatch', 'refs/heads/master'), /already released/],
    [event('push', 'refs/tags/nightly'), /Tag "nightly" is not a version/],
    [event('push', 'refs/tags/build2023'), /build2023/],
    [event('pull_request', 'refs/pull/1/merge'), /Pull requests never publish/],
    [event('pull_request_target', 'refs/heads/main'), /Pull requests never publish/],
    [event('push', 'refs/heads/feature/x', { fork: true }), /fork/],
    [event('push', 'refs/tags/1.0.0', { fork: true }), /fork/],
    [event('schedule', 'refs/heads/develop'), /Event "schedule"/],
    [event('release', 'refs/tags/1.0.0'), /Event "release"/],
    [event('push', 'refs/heads/feature/x', { deleted: true }), /deleted/],
    [event('push', 'refs/notes/x'), /neither a branch nor a tag/]
  ])('%j is skipped', (e, reason) => {
    const trigger = classify(e, SKIP)
    expect(trigger.type).toBe('skip')
    expect(trigger.type === 'skip' && trigger.reason).toMatch(reason)
  })

  it('matches skip-branches entries with * wildcards, literally otherwise', () => {
    expect(classify(event('push', 'refs/heads/release/1.x'), ['release/*']).type).toBe('skip')
    expect(classify(event('push', 'refs/heads/releaseX1'), ['release.1']).type).toBe('dev')
  })
})

describe('makePlan', () => {
  const inputs = validInputs(() => '', 'acme/widget')
  const facts = (extra: Partial<Facts> = {}): Facts => ({
    passedOver: [],
    today: '2026-11-24',
    commitCount: 0,
    tagVersions: [],
    hasPythonProject: true,
    ...extra
  })

  function release(version: string, tagVersions: string[], latest = 'auto') {
    const e = event('push', `refs/tags/${version}`)
    const i = { ...inputs, latest: latest as 'auto' | 'false' }
    return makePlan(e, i, classify(e, SKIP), facts({ tagVersions }))
  }

  it('tags the highest final release latest', () => {
    expect(release('1.1.0', ['1.0.0', '1.1.0']).dockerTags).toEqual(['acme/widget:1.1.0', 'acme/widget:latest'])
  })

  it('does not move latest for a backport, a pre-release or latest: false', () => {
    const backport = release('0.9.5', ['0.9.4', '1.1.0', '0.9.5'])
    expect(backport.dockerTags).toEqual(['acme/widget:0.9.5'])
    expect(backport.latestReason).toMatch(/1\.1\.0 is a higher release/)
    expect(release('1.2.0rc1', ['1.1.0', '1.2.0rc1']).dockerTags).toEqual(['acme/widget:1.2.0rc1'])
    expect(release('1.2.0', ['1.1.0', '1.2.0'], 'false').dockerTags).toEqual(['acme/widget:1.2.0'])
    // A pre-release above it does not hold a final release back.
    expect(release('1.2.0', ['1.2.0', '1.3.0rc1']).dockerTags).toContain('acme/widget:latest')
  })

  it('plans a dev release from the nearest tag', () => {
    const e = event('push', 'refs/heads/feature/implement-doodad')
    const plan = makePlan(
      e,
      inputs,
      classify(e, SKIP),
      facts({ nearest: { tag: 'v1.2.3', version: '1.2.3', distance: 5 } })
    )
    expect(plan).toMatchObject({
      type: 'dev',
      version: '1.2.4.dev5',
      dockerTags: ['acme/widget:feature-implement-doodad']
    })
    expect(plan.reason).toMatch(/5 commits after tag "v1.2.3"/)
    expect(plan.steps.every(s => !s.skippedBecause)).toBe(true)
  })

  it('leaves the index to the tag build when a branch commit is a release tag', () => {
    const e = event('push', 'refs/heads/develop')
    const plan = makePlan(
      e,
      inputs,
      classify(e, SKIP),
      facts({ nearest: { tag: '1.2.3', version: '1.2.3', distance: 0 } })
    )
    expect(plan.version).toBe('1.2.3')
    expect(plan.steps.find(s => s.id === 'pypi')?.skippedBecause).toMatch(/tag "1.2.3"/)
    expect(plan.steps.find(s => s.id === 'docker')?.skippedBecause).toBeUndefined()
  })

  it('warns when it had to pass over tags that are no version', () => {
    const e = event('push', 'refs/heads/develop')
    const plan = makePlan(
      e,
      inputs,
      classify(e, SKIP),
      facts({ passedOver: ['build2023'], nearest: { tag: '1.0', version: '1.0', distance: 3 } })
    )
    expect(plan.version).toBe('1.1.dev3')
    expect(plan.warnings[0]).toMatch(/"build2023".*counts from tag "1.0"/)
  })

  it('skips the Python steps without a project, and Docker when publish-docker is false', () => {
    const e = event('push', 'refs/heads/develop')
    const plan = makePlan(
      e,
      { ...inputs, publishDocker: false },
      classify(e, SKIP),
      facts({ hasPythonProject: false, commitCount: 4 })
    )
    expect(plan.version).toBe('0.1.dev4')
    expect(plan.dockerTags).toEqual([])
    expect(plan.steps.map(s => s.skippedBecause)).toEqual([
      expect.stringMatching(/no pyproject.toml/),
      expect.stringMatching(/no pyproject.toml/),
      'publish-docker is false',
      expect.stringMatching(/no pyproject.toml/)
    ])
  })

  it('plans nothing for a skip', () => {
    const e = event('push', 'refs/heads/master')
    expect(makePlan(e, inputs, classify(e, SKIP))).toMatchObject({
      type: 'skip',
      version: '',
      dockerTags: [],
      steps: []
    })
  })
})
