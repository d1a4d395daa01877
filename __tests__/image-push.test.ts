// How the image is pushed, decided from the inputs and what the engine says, before anything is built.
import {
  decideImagePush,
  needsStoreFact,
  wantsOwnBuilder,
  type EngineFacts,
  type PushRequest
} from '../src/plan/image-push.js'

const all = (platforms = ['linux/amd64', 'linux/arm64'], verify = false): PushRequest => ({
  mode: 'all',
  platforms,
  verify
})
const platform: PushRequest = { mode: 'platform', platforms: ['linux/arm64'], verify: false }

describe('how the image is pushed', () => {
  type Row = [string, string, boolean, PushRequest, EngineFacts]
  const rows: Row[] = [
    [
      'a multi-platform release on a containerd store',
      'one-build',
      false,
      all(),
      { driver: 'docker', containerdStore: true }
    ],
    [
      'one platform on the docker driver, whatever the store',
      'one-build',
      false,
      all(['linux/amd64']),
      { driver: 'docker' }
    ],
    ['a docker-container builder already current', 'one-build', false, all(), { driver: 'docker-container' }],
    [
      'the classic store, with its own builder started',
      'one-build',
      true,
      all(),
      { driver: 'docker', containerdStore: false, ownBuilderError: '' }
    ],
    [
      'the classic store, its own builder refused',
      'each-platform',
      false,
      all(),
      { driver: 'docker', containerdStore: false, ownBuilderError: 'no image' }
    ],
    ['mode platform on a docker-container builder', 'by-digest', false, platform, { driver: 'docker-container' }],
    ['mode platform, its own builder started', 'by-digest', true, platform, { driver: 'docker', ownBuilderError: '' }],
    [
      'mode platform, its own builder refused',
      'staging-tag',
      false,
      platform,
      { driver: 'docker', ownBuilderError: 'no image' }
    ],
    ['mode merge', 'merge', false, { ...platform, mode: 'merge' }, { driver: 'docker' }],
    [
      'a pull request on a containerd store',
      'cache-only',
      false,
      all(undefined, true),
      { driver: 'docker', containerdStore: true }
    ],
    [
      'a pull request on the classic store',
      'cache-only-each-platform',
      false,
      all(undefined, true),
      { driver: 'docker', containerdStore: false, ownBuilderError: 'x' }
    ]
  ]
  it.each(rows)('%s: %s (own builder: %s)', (_name, how, ownBuilder, request, facts) => {
    const push = decideImagePush(request, facts)
    expect({ how: push.how, ownBuilder: push.ownBuilder }).toEqual({ how, ownBuilder })
    expect(push.why).toMatch(/\S/)
  })

  it('warns where it falls back, naming why the builder could not start', () => {
    const fallback = decideImagePush(all(), {
      driver: 'docker',
      containerdStore: false,
      ownBuilderError: 'pull access denied'
    })
    expect(fallback.warning).toMatch(
      /without the containerd image store \(a docker-container builder could not start: pull access denied\)/
    )
    expect(decideImagePush(all(), { driver: 'docker', containerdStore: true }).warning).toBeUndefined()
  })

  it('asks the engine only what the decision needs', () => {
    expect(needsStoreFact(all(), { driver: 'docker' })).toBe(true)
    expect(needsStoreFact(all(['linux/amd64']), { driver: 'docker' })).toBe(false)
    expect(needsStoreFact(all(), { driver: 'docker-container' })).toBe(false)
    expect(needsStoreFact(platform, { driver: 'docker' })).toBe(false)
    expect(wantsOwnBuilder(all(), { driver: 'docker', containerdStore: true })).toBe(false)
    expect(wantsOwnBuilder(all(), { driver: 'docker', containerdStore: false })).toBe(true)
    expect(wantsOwnBuilder(platform, { driver: 'docker' })).toBe(true)
    expect(wantsOwnBuilder({ ...platform, verify: true }, { driver: 'docker' })).toBe(false)
    expect(wantsOwnBuilder(platform, { driver: 'docker-container' })).toBe(false)
  })
})
