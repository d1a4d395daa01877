import type { ReleaseEvent } from '../src/outside/event.js'
import { parseInputs, validInputs } from '../src/plan/inputs.js'
import { classify } from '../src/plan/trigger.js'
import { commitTimeNumber } from '../src/plan/plan-version.js'
import { makePlan } from '../src/plan/planner.js'
import type { Facts, LiveBranches } from '../src/plan/plan.js'

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
    const i = { ...inputs, latest: latest as 'auto' | 'true' | 'false' }
    return makePlan(e, i, classify(e, SKIP), facts({ tagVersions }))
  }

  it('tags the highest final release latest', () => {
    expect(release('1.1.0', ['1.0.0', '1.1.0']).imageRefs).toEqual([
      'ghcr.io/acme/widget:1.1.0',
      'ghcr.io/acme/widget:latest'
    ])
  })

  it('does not move latest for a backport, a pre-release or latest: false', () => {
    const backport = release('0.9.5', ['0.9.4', '1.1.0', '0.9.5'])
    expect(backport.imageRefs).toEqual(['ghcr.io/acme/widget:0.9.5'])
    expect(backport.latestReason).toMatch(/1\.1\.0 is a higher release/)
    expect(release('1.2.0rc1', ['1.1.0', '1.2.0rc1']).imageRefs).toEqual(['ghcr.io/acme/widget:1.2.0rc1'])
    expect(release('1.2.0', ['1.1.0', '1.2.0'], 'false').imageRefs).toEqual(['ghcr.io/acme/widget:1.2.0'])
    // A pre-release above it does not hold a final release back.
    expect(release('1.2.0', ['1.2.0', '1.3.0rc1']).imageRefs).toContain('ghcr.io/acme/widget:latest')
  })

  it('moves latest to every final release with latest: true (metadata-action’s), never to a pre-release', async () => {
    const backport = release('0.9.5', ['0.9.4', '1.1.0', '0.9.5'], 'true')
    expect(backport.imageRefs).toEqual(['ghcr.io/acme/widget:0.9.5', 'ghcr.io/acme/widget:latest'])
    expect(backport.latestReason).toBe('moved: input latest is true, and 0.9.5 is a final release')
    expect(release('1.2.0rc1', ['1.1.0', '1.2.0rc1'], 'true').imageRefs).toEqual(['ghcr.io/acme/widget:1.2.0rc1'])
    // The registry's or the index's higher release holds it back only under auto.
    const { holdLatest } = await import('../src/plan/latest.js')
    expect(holdLatest(backport, ['1.1.0'], 'the registry').imageRefs).toContain('ghcr.io/acme/widget:latest')
    expect(holdLatest(release('0.9.5', ['0.9.5']), ['1.1.0'], 'the registry').imageRefs).toEqual([
      'ghcr.io/acme/widget:0.9.5'
    ])
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
      imageRefs: ['ghcr.io/acme/widget:feature-implement-doodad']
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
    expect(plan.steps.find(s => s.id === 'index-upload')?.skippedBecause).toMatch(/tag "1.2.3"/)
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
    expect(plan.imageRefs).toEqual([])
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
      imageRefs: [],
      steps: []
    })
  })
})

describe('one owner per tag', () => {
  const TAGS = [
    '{{major}}.{{minor}}',
    'stable on release',
    'sha-{{sha7}} on release',
    'nightly on dev',
    'edge on branch develop',
    'rpi-{{branch}} on dev',
    'sha-{{sha7}} on dev'
  ].join('\n')
  const inputs = validInputs(name => (name === 'tags' ? TAGS : ''), 'acme/widget')
  const facts: Facts = {
    passedOver: [],
    today: '2026-11-24',
    commitCount: 9,
    tagVersions: ['1.2.3'],
    hasPythonProject: true,
    nearest: { tag: '1.2.3', version: '1.2.3', distance: 2 }
  }
  const plan = (ref: string) => {
    const e = event('push', ref)
    return makePlan(e, inputs, classify(e, SKIP), facts)
  }
  const owners = (ref: string) => plan(ref).owners.map(o => `${o.tag} ${o.owner}`)

  it('gives a release its version, latest, aliases and traceable tags, each with its owner', () => {
    expect(owners('refs/tags/1.2.3')).toEqual([
      '1.2.3 release',
      'latest latest',
      '1.2 alias',
      'stable alias',
      'sha-aaaaaaa traceable'
    ])
  })

  it.each([
    ['stable', 'branch-stable'],
    ['edge', 'branch-edge'],
    ['nightly', 'branch-nightly'],
    ['sha-1234abc', 'branch-sha-1234abc'],
    ['rpi-x', 'branch-rpi-x'],
    ['1.2', 'branch-1.2'],
    ['123-fix-login-bug', '123-fix-login-bug']
  ])('a branch named %s never takes a tag another owner has: %s', (branch, tag) => {
    const p = plan(`refs/heads/${branch}`)
    expect(p.owners[0]).toEqual({ tag, owner: 'branch', what: `branch ${branch}` })
    // The plain name, where pushed at all, is the channel's or the alias's, never the branch's.
    if (branch !== tag) expect(p.owners.find(o => o.tag === branch)?.owner ?? 'none').not.toBe('branch')
  })

  it('shows every tag with its owner in the dry run', async () => {
    const { planText } = await import('../src/plan/summary.js')
    expect(planText(plan('refs/heads/develop'))).toMatch(
      /Tag owners +develop: branch develop\n +nightly: channel "nightly" on dev\n +edge: channel "edge" on branch develop\n +rpi-develop: branch develop \("rpi-\{\{branch\}\}"\)\n +sha-aaaaaaa: traceable "sha-\{\{sha7\}\}" on dev/
    )
  })

  describe('a branch whose image tag another live branch maps to is refused', () => {
    const dev = (branch: string, live?: LiveBranches) => {
      const e = event('push', `refs/heads/${branch}`)
      return makePlan(e, inputs, classify(e, SKIP), facts, undefined, live)
    }

    it.each([
      ['feature/x', 'feature-x', 'feature-x, rpi-feature-x'],
      ['feature-x', 'feature/x', 'feature-x, rpi-feature-x'],
      ['1.0', 'branch-1.0', 'branch-1.0, rpi-branch-1.0']
    ])('%s beside %s (both %s)', (branch, other, tag) => {
      const p = dev(branch, { names: ['main', branch, other] })
      expect(p.errors).toEqual([
        `Branch "${branch}" shares image tags with the live branch "${other}" (${tag}): each would overwrite the other's image, so nothing is published. Rename one of the branches, or delete the one no longer used.`
      ])
    })

    it('publishes where no other branch shares a tag, and says where the branches could not be read', () => {
      expect(dev('feature/x', { names: ['main', 'feature/x', 'feature/y'] }).errors).toEqual([])
      const unread = dev('feature/x', { error: 'git ls-remote --heads origin: no origin' })
      expect(unread.errors).toEqual([])
      expect(unread.notices).toContain(
        'Not checked whether another branch maps to the image tags of "feature/x" (git ls-remote --heads origin: no origin).'
      )
    })
  })

  describe('cleanup removes only what the deleted branch alone owns', () => {
    const deleted = (branch: string, live: LiveBranches | undefined, via: 'delete' | 'close' = 'delete') =>
      makePlan(
        event('delete', 'refs/heads/main', { deletedBranch: branch }),
        inputs,
        { type: 'cleanup', branch, via },
        undefined,
        undefined,
        live
      )

    it('takes the branch tag and its {{branch}} tags, never a channel, alias or commit tag', () => {
      const p = deleted('develop', { names: ['main'] })
      expect(p.imageRefs).toEqual(['ghcr.io/acme/widget:develop', 'ghcr.io/acme/widget:rpi-develop'])
      expect(p.steps[0].skippedBecause).toBeUndefined()
    })

    it('keeps a tag that a live branch maps to as well', () => {
      const p = deleted('feature/x', { names: ['main', 'feature-x'] })
      expect(p.imageRefs).toEqual([])
      expect(p.notices).toContain('feature-x stays: the live branch "feature-x" has that tag too.')
      expect(p.notices).toContain('rpi-feature-x stays: the live branch "feature-x" has that tag too.')
    })

    it('removes nothing, and says why, where the live branches cannot be read', () => {
      const p = deleted('feature/x', { error: "fatal: 'origin' does not appear to be a git repository" })
      expect(p.imageRefs).toEqual([])
      expect(p.steps[0].skippedBecause).toMatch(/the remote's branches cannot be read \(fatal: 'origin'/)
      expect(p.warnings[0]).toMatch(/Cleanup of "feature\/x": .*nothing is removed/)
    })

    it('removes nothing for a deleted branch that exists again; a closed pull request of a live branch cleans up', () => {
      expect(deleted('feature/x', { names: ['feature/x'] }).steps[0].skippedBecause).toMatch(
        /exists on the remote again/
      )
      expect(deleted('feature/x', { names: ['feature/x'] }, 'close').imageRefs).toEqual([
        'ghcr.io/acme/widget:feature-x',
        'ghcr.io/acme/widget:rpi-feature-x'
      ])
    })

    it('finds the look-alike branch under the prefix too', () => {
      expect(deleted('nightly', { names: [] }).imageRefs).toEqual([
        'ghcr.io/acme/widget:branch-nightly',
        'ghcr.io/acme/widget:rpi-branch-nightly'
      ])
    })
  })

  it("skips a fork's closed pull request, and a deleted git tag", () => {
    const closed = event('pull_request', 'refs/pull/7/merge', {
      action: 'closed',
      headRef: 'feature/x',
      headRepository: 'mallory/widget'
    })
    const trigger = classify(closed, SKIP, undefined, 'skip', true, true)
    expect(trigger).toMatchObject({ type: 'skip', reason: expect.stringMatching(/from a fork \(mallory\/widget\)/) })
    expect(classify({ ...closed, headRepository: 'acme/widget' }, SKIP, undefined, 'skip', true, true)).toEqual({
      type: 'cleanup',
      branch: 'feature/x',
      via: 'close'
    })
    // A deleted fork's pull request: GitHub sends head.repo null. Nothing proves the branch this repository's.
    expect(classify({ ...closed, headRepository: undefined }, SKIP, undefined, 'skip', true, true)).toMatchObject({
      type: 'skip',
      reason: expect.stringMatching(
        /head repository is gone \(a deleted fork\) or unknown: its branch "feature\/x" cannot be proven/
      )
    })
    const tag = classify(event('delete', 'refs/heads/main'), SKIP, undefined, 'skip', true)
    expect(tag).toMatchObject({ type: 'skip', reason: 'A deleted tag removes nothing: release images stay.' })
  })
})

describe('dev-number: commit-time', () => {
  const at = (devNumber: string, distance: number) => {
    const inputs = validInputs(name => (name === 'dev-number' ? devNumber : ''), 'acme/widget')
    const e = event('push', 'refs/heads/feature/x')
    return makePlan(e, inputs, classify(e, SKIP), {
      passedOver: [],
      today: '2026-11-28',
      commitCount: 9,
      tagVersions: ['1.2.3'],
      hasPythonProject: true,
      nearest: { tag: '1.2.3', version: '1.2.3', distance },
      commitEpoch: Date.UTC(2026, 10, 28, 19, 45, 1) / 1000
    })
  }
  it("numbers a development release by the commit's UTC time", () => {
    expect(commitTimeNumber(Date.UTC(2026, 10, 28, 19, 45, 1) / 1000)).toBe(20261128194501)
    const plan = at('commit-time', 3)
    expect(plan.version).toBe('1.2.4.dev20261128194501')
    expect(plan.versionSource).toMatch(/3 commits, dev-number commit-time: 20261128194501 \(the commit's UTC time\)/)
  })
  it('keeps the tag at its tag, and the distance by default', () => {
    expect(at('commit-time', 0).version).toBe('1.2.3')
    expect(at('distance', 3).version).toBe('1.2.4.dev3')
  })
  it('sorts later commits higher, and below the next release', async () => {
    const { compareVersions } = await import('../src/versions/pep440.js')
    expect(compareVersions('1.2.4.dev20261128194501', '1.2.4.dev20261128194502')).toBeLessThan(0)
    expect(compareVersions('1.2.4.dev20261128194501', '1.2.4')).toBeLessThan(0)
    expect(compareVersions('1.2.4.dev20261128194501', '1.2.3')).toBeGreaterThan(0)
  })
  it('refuses another value, naming the input', () => {
    const { problems } = parseInputs(name => (name === 'dev-number' ? 'time' : ''), 'acme/widget')
    expect(problems).toEqual([expect.stringMatching(/^Input "dev-number" is "time"; use distance .* or commit-time/)])
  })
})
