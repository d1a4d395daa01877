// The image step's decisions without dockerd or a registry: a fake engine and registry record every call and
// answer as scripted, so each test states what the step asked of them, what it did with the answers, and why.
// The end-to-end suites (images, classic-store, distributed, faults) run the same code against real parts.
import { jest } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ReleaseEvent } from '../src/outside/event.js'
import { DockerError } from '../src/outside/docker.js'
import { validInputs, type Inputs } from '../src/plan/inputs.js'
import { classify } from '../src/plan/trigger.js'
import { makePlan } from '../src/plan/planner.js'
import type { Plan } from '../src/plan/plan.js'
import { PermanentError } from '../src/plan/retry.js'
import type { Outside } from '../src/steps/effects.js'
import { captureLog, digestOf, FakeEngine, FakeRegistry } from './support/fake-outside.js'
import { closeImageEngine, openImageEngine, pushImages, registryVersions } from '../src/steps/push-images.js'
import { previewImagePush } from '../src/steps/image-build.js'
import type { Workspace } from '../src/steps/outcome.js'

const IMAGE = 'registry.test/acme/widget'

/** Everything the run wrote through the runner's protocol, one workflow command or line per entry. */
const log: string[] = []
let restore: () => void
beforeEach(() => {
  log.length = 0
  restore = captureLog(log)
})
afterAll(() => restore())
const said = (kind: 'warning' | 'notice') => log.filter(l => l.startsWith(`::${kind}::`)).join('\n')

function setUp(given: Record<string, string> = {}, branch = 'feature/x') {
  const registry = new FakeRegistry()
  const engine = new FakeEngine(registry)
  const opened: string[][] = []
  const outside: Outside = {
    openEngine: async (_temp, registries) => (opened.push(registries), engine),
    registry: () => registry,
    referrers: () => async () => {
      throw new Error('the image step attaches no referrer')
    },
    index: { files: async () => new Map(), download: async () => {} },
    ghcr: async () => {
      throw new Error('the image step reads no package versions')
    },
    dockerHub: () => {
      throw new Error('the image step uses no Docker Hub API')
    }
  }
  const values: Record<string, string> = {
    image: IMAGE,
    platforms: 'linux/amd64,linux/arm64',
    'registry-username': 'ci',
    'registry-password': 'secret',
    ...given
  }
  const inputs: Inputs = validInputs(name => values[name] ?? '', 'acme/widget')
  const event: ReleaseEvent = {
    name: 'push',
    ref: `refs/heads/${branch}`,
    sha: 'a'.repeat(40),
    repository: 'acme/widget',
    fork: false,
    deleted: false,
    repositoryUrl: 'https://github.com/acme/widget'
  }
  const plan: Plan = makePlan(event, inputs, classify(event, ['master']), {
    passedOver: [],
    today: '2026-11-28',
    commitCount: 3,
    nearest: { tag: '1.2.3', version: '1.2.3', distance: 3 },
    tagVersions: ['1.2.3'],
    hasPythonProject: true
  })
  const temp = mkdtempSync(join(tmpdir(), 'image-steps-'))
  const site: Workspace = {
    workspace: temp,
    temp,
    repositoryUrl: 'https://github.com/acme/widget',
    repository: 'acme/widget',
    tagVersions: async () => []
  }
  return { engine, registry, outside, opened, inputs, plan, site }
}

describe('the image step, with a fake engine and registry', () => {
  it('pushes every platform in one build on the containerd store, and reports the digest the registry holds', async () => {
    const { engine, outside, opened, inputs, plan, site } = setUp()
    const pushed = await pushImages(plan, inputs, site, outside)
    expect(plan.imageRefs).toEqual([`${IMAGE}:feature-x`])
    expect(opened).toEqual([['registry.test']])
    expect(engine.calls).toEqual([
      'inspectBuilder',
      'login registry.test ci',
      'hasContainerdStore',
      'registerQemu linux/arm64',
      'build linux/amd64,linux/arm64'
    ])
    expect(pushed).toMatchObject({ refs: [`${IMAGE}:feature-x`], digest: digestOf(1), more: [] })
    expect(pushed.how).toMatch(/in one build on the docker driver \(containerd image store\)/)
    expect(engine.disposed).toBe(true)
  })

  it.each([true, false])(
    'releases one platform as a manifest list of one entry, under every tag (containerd store: %s)',
    async containerd => {
      const { engine, registry, outside, inputs, plan, site } = setUp({ platforms: 'linux/amd64', tags: 'edge' })
      engine.containerd = containerd
      const pushed = await pushImages(plan, inputs, site, outside)
      const refs = [`${IMAGE}:feature-x`, `${IMAGE}:edge`]
      expect(plan.imageRefs).toEqual(refs)
      // buildx pushed the single image; imagetools made the list of it under every tag.
      // The store is asked for the layer times (Docker 26 clamps none: nothing is asked of buildx for them).
      expect(engine.calls).toEqual([
        'inspectBuilder',
        'login registry.test ci',
        'hasContainerdStore',
        'build linux/amd64',
        `createManifestList ${refs.join(',')}`
      ])
      expect(engine.builds[0].rewriteTimestamp).toBeUndefined()
      expect(engine.lists).toEqual([{ refs, sources: [`${IMAGE}@${digestOf(1)}`] }])
      expect(registry.manifests.get('feature-x')).toMatchObject({ digest: digestOf(9), platforms: ['linux/amd64'] })
      expect(registry.manifests.get('edge')?.manifests).toHaveLength(1)
      expect(pushed).toMatchObject({ refs, digest: digestOf(9), platforms: ['linux/amd64'] })
    }
  )

  it('a buildx that copies a single image instead of making a list of it fails the release, naming buildx', async () => {
    const { engine, registry, outside, inputs, plan, site } = setUp({ platforms: 'linux/amd64' })
    // buildx before 0.12: imagetools create with one source is a carbon copy.
    engine.createManifestList = async (refs: string[], sources: string[]) => {
      engine.lists.push({ refs, sources })
      for (const ref of refs) registry.put(ref.split(':').pop()!, sources[0].split('@')[1], ['linux/amd64'], false)
      return { code: 0, stdout: '', stderr: '' }
    }
    await expect(pushImages(plan, inputs, site, outside)).rejects.toThrow(
      /imagetools create copied .*:feature-x as the single image it is, where buildx 0\.12 and later make a manifest list of it \(github.com\/docker\/buildx v0\.29\.1\): update buildx/
    )
    expect(engine.lists).toHaveLength(1) // not tried again: the same buildx copies again
  })

  it('on the classic store starts its own builder; where that fails, builds each platform and joins them', async () => {
    const { engine, registry, outside, inputs, plan, site } = setUp()
    engine.containerd = false
    engine.bootstrap = { code: 1, stdout: '', stderr: 'no moby/buildkit image' }
    registry.deleteAnswer = 'refused'
    const pushed = await pushImages(plan, inputs, site, outside)
    expect(engine.calls.filter(c => c.startsWith('build'))).toEqual(['build linux/amd64', 'build linux/arm64'])
    expect(engine.builds.map(b => b.tags)).toEqual([
      [`${IMAGE}:feature-x--linux-amd64`],
      [`${IMAGE}:feature-x--linux-arm64`]
    ])
    // The list is made from the staging tags' digests as the registry holds them, under the branch's tag.
    expect(engine.lists).toEqual([
      { refs: [`${IMAGE}:feature-x`], sources: [`${IMAGE}@${digestOf(1)}`, `${IMAGE}@${digestOf(2)}`] }
    ])
    expect(registry.deletes).toEqual(['feature-x--linux-amd64', 'feature-x--linux-arm64'])
    expect(said('warning')).toMatch(/could not start: no moby\/buildkit image/)
    expect(said('notice')).toMatch(/deletes no tags, so the per-platform staging tags stay/)
    expect(pushed.digest).toBe(digestOf(9))
  })

  it('uses its own builder once it starts, and registers QEMU for what that builder lacks (a failure is a warning)', async () => {
    const { engine, outside, inputs, plan, site } = setUp({ platforms: 'linux/amd64,linux/arm64,linux/riscv64' })
    engine.containerd = false
    engine.qemu = { code: 1, stdout: '', stderr: 'binfmt: permission denied' }
    await pushImages(plan, inputs, site, outside)
    expect(engine.calls).toContain('inspectBuilder dev-release')
    expect(engine.calls).toContain('registerQemu linux/riscv64')
    expect(engine.builds[0].builder).toBe('dev-release')
    expect(said('warning')).toMatch(/registering QEMU for them failed \(binfmt: permission denied\)/)
  })

  it('pushes again when the registry lacks a platform after the push', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
    try {
      const { engine, registry, outside, inputs, plan, site } = setUp()
      registry.dropOnce = ['linux/arm64']
      const pushing = pushImages(plan, inputs, site, outside)
      await jest.advanceTimersByTimeAsync(3000)
      const pushed = await pushing
      expect(engine.calls.filter(c => c.startsWith('build'))).toHaveLength(2)
      expect(log.join('\n')).toMatch(/lacks linux\/arm64 after the push\); attempt 2 of 3/)
      expect(pushed.digest).toBe(digestOf(2))
    } finally {
      jest.useRealTimers()
    }
  })

  it("never takes a digest the build did not push: the registry's other digest is tried again, then the step fails", async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
    try {
      const { engine, registry, outside, inputs, plan, site } = setUp()
      // Another push in between (or a registry serving other bytes): the tag resolves to a list this build never made.
      registry.moveAfterReads = { tag: 'feature-x', reads: 0, digest: digestOf(7) }
      const pushing = pushImages(plan, inputs, site, outside)
      const failed = expect(pushing).rejects.toThrow(
        `The registry's ${IMAGE}:feature-x is ${digestOf(7)}, but this build pushed ${digestOf(3)}: another push came in between`
      )
      await jest.advanceTimersByTimeAsync(12_000)
      await failed
      expect(engine.calls.filter(c => c.startsWith('build'))).toHaveLength(3)
    } finally {
      jest.useRealTimers()
    }
  })

  it('does not retry a registry that refuses the credentials, and names the fix for ghcr.io', async () => {
    const { engine, outside, inputs, plan, site } = setUp({ image: 'ghcr.io/acme/widget' })
    engine.buildAnswers = [new DockerError('failed', 'ERROR: failed to push: 403 Forbidden')]
    const failure = pushImages(plan, inputs, site, outside)
    await expect(failure).rejects.toThrow(PermanentError)
    await expect(failure).rejects.toThrow(/refused the push: .*403 Forbidden.*packages: write/)
    expect(engine.builds).toHaveLength(1)
    expect(engine.disposed).toBe(true)
  })

  it('stops at a refused login before building anything, naming the inputs', async () => {
    const { engine, outside, inputs, plan, site } = setUp()
    engine.loginAnswer = { code: 1, stdout: '', stderr: 'Error response from daemon: unauthorized: incorrect username' }
    await expect(pushImages(plan, inputs, site, outside)).rejects.toThrow(
      /Authentication failed for registry registry.test as "ci" .*registry-username and registry-password/
    )
    expect(engine.builds).toEqual([])
  })

  it("installs buildx where the runner has none, and a pull request's check logs in nowhere and pushes nothing", async () => {
    const { engine, outside, inputs, plan, site } = setUp()
    engine.builder = undefined
    const verify: Plan = { ...plan, type: 'verify', imageRefs: [] }
    const built = await pushImages(verify, inputs, site, outside)
    expect(engine.calls.slice(0, 3)).toEqual(['inspectBuilder', 'installBuildx', 'inspectBuilder'])
    expect(engine.calls.some(c => c.startsWith('login'))).toBe(false)
    expect(engine.builds.map(b => [b.cacheOnly, b.tags])).toEqual([[true, []]])
    expect(built).toMatchObject({ refs: [], digest: '' })
  })

  it('opened ahead (once Python has built), asks what the engine is at once and logs in only in the image step', async () => {
    const { engine, outside, inputs, plan, site } = setUp()
    let versions = 0
    engine.serverVersion = async () => {
      versions++
      return engine.dockerVersion
    }
    const opened = openImageEngine(plan, inputs, site, outside)
    await opened
    // The read-only questions, all at once; no login while the project's build code may be running.
    expect(engine.calls).toEqual(['inspectBuilder', 'hasContainerdStore'])
    expect(versions).toBe(1)
    const pushed = await pushImages(plan, inputs, site, outside, opened)
    // The step asks none of them again.
    expect(engine.calls).toEqual([
      'inspectBuilder',
      'hasContainerdStore',
      'login registry.test ci',
      'registerQemu linux/arm64',
      'build linux/amd64,linux/arm64'
    ])
    expect(versions).toBe(1)
    expect(pushed.digest).toBe(digestOf(1))
    expect(engine.disposed).toBe(true)
  })

  it('opened ahead where buildx is missing: installs it in the image step, and asks the builder again', async () => {
    const { engine, outside, inputs, plan, site } = setUp()
    engine.builder = undefined
    const opened = openImageEngine(plan, inputs, site, outside)
    await pushImages(plan, inputs, site, outside, opened)
    expect(engine.calls.slice(0, 4)).toEqual([
      'inspectBuilder',
      'hasContainerdStore',
      'installBuildx',
      'inspectBuilder'
    ])
  })

  it("an engine opened ahead whose step never comes (the Python build failed) is disposed of, its answers' failures unreported", async () => {
    const { engine, outside, inputs, plan, site } = setUp()
    engine.inspectBuilder = async () => {
      throw new Error('dockerd is not running')
    }
    const opened = await openImageEngine(plan, inputs, site, outside)
    closeImageEngine(opened)
    expect(engine.disposed).toBe(true)
    // Asked where the step needs it, the failure is the step's.
    await expect(opened.inspectBuilder()).rejects.toThrow('dockerd is not running')
  })

  it("copies the list under the other names, skipping a registry listed without a password (a fork's run)", async () => {
    const { engine, outside, inputs, plan, site } = setUp({
      image: `${IMAGE},mirror.test/acme/widget,other.test/acme/widget`,
      'registry-logins': 'mirror.test ci2 pass2\nother.test ci3 '
    })
    const pushed = await pushImages(plan, inputs, site, outside)
    expect(engine.calls.filter(c => c.startsWith('login'))).toEqual(['login registry.test ci', 'login mirror.test ci2'])
    expect(engine.lists).toEqual([
      { refs: ['mirror.test/acme/widget:feature-x'], sources: [`${IMAGE}@${digestOf(1)}`] }
    ])
    expect(pushed.refs).toEqual([`${IMAGE}:feature-x`, 'mirror.test/acme/widget:feature-x'])
    expect(said('notice')).toMatch(/other.test\/acme\/widget: no credentials for other.test/)
  })

  it('a platform job pushes by digest and writes the digest for the merge job', async () => {
    const { engine, outside, inputs, plan, site } = setUp({ mode: 'platform', platforms: 'linux/arm64' })
    engine.builder = { name: 'ci', driver: 'docker-container', platforms: ['linux/amd64', 'linux/arm64'] }
    const pushed = await pushImages(plan, inputs, site, outside)
    expect(engine.builds[0].byDigest).toEqual({ image: IMAGE })
    const dir = join(site.temp, 'dev-release-digests')
    expect(readdirSync(dir)).toEqual([digestOf(1).slice(7)])
    expect(readFileSync(join(dir, digestOf(1).slice(7)), 'utf8')).toBe('linux/arm64\n')
    expect(pushed).toMatchObject({ refs: [], digest: digestOf(1), platforms: ['linux/arm64'] })
  })

  it('the merge job tags nothing when a platform arrived twice or not at all', async () => {
    const { engine, outside, inputs, plan, site } = setUp({ mode: 'merge' })
    const dir = join(site.temp, 'dev-release-digests')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(dir)
    writeFileSync(join(dir, '1'.repeat(64)), 'linux/amd64\n')
    writeFileSync(join(dir, '2'.repeat(64)), 'linux/amd64\n')
    await expect(pushImages(plan, inputs, site, outside)).rejects.toThrow(
      /linux\/amd64 arrived 2 times .*linux\/arm64 is missing.*Nothing was tagged/
    )
    expect(engine.lists).toEqual([])
  })

  it("the merge job takes the merged list only where it holds exactly the platform jobs' images", async () => {
    const { engine, outside, inputs, plan, site } = setUp({ mode: 'merge' })
    const dir = join(site.temp, 'dev-release-digests')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(dir)
    writeFileSync(join(dir, '1'.repeat(64)), 'linux/amd64\n')
    writeFileSync(join(dir, '2'.repeat(64)), 'linux/arm64\n')
    const merged = await pushImages(plan, inputs, site, outside)
    expect(merged.digest).toBe(digestOf(9))
    // A registry that serves the tag as a list of another image: the merge fails, and nothing is signed for it.
    engine.listedImages = [`sha256:${'1'.repeat(64)}`, `sha256:${'7'.repeat(64)}`]
    await expect(pushImages(plan, inputs, site, outside)).rejects.toThrow(
      `The merged ${IMAGE}:feature-x holds sha256:${'1'.repeat(64)}, sha256:${'7'.repeat(64)}, but the platform jobs pushed sha256:${'1'.repeat(64)}, sha256:${'2'.repeat(64)}`
    )
  })

  it("a dry run's preview starts nothing, and says what happens if the action's own builder cannot start", async () => {
    const { engine, inputs, plan } = setUp()
    engine.containerd = false
    const preview = await previewImagePush(plan, inputs, engine)
    expect(engine.calls).toEqual(['inspectBuilder', 'hasContainerdStore'])
    expect(preview).toMatch(/once the action has started that builder; if it cannot: .*built one by one/)
  })
})

describe("the registry's versions, before latest moves", () => {
  it('are the versions its tags name', async () => {
    const { registry, outside, inputs } = setUp()
    registry.tagsAnswer = ['1.2.3', 'latest', 'feature-x', 'v2.0.0']
    expect(await registryVersions(inputs, outside)).toEqual(['1.2.3', '2.0.0'])
  })

  it('are none, with a warning, when the registry cannot be read', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
    try {
      const { registry, outside, inputs } = setUp()
      registry.tagsAnswer = new Error('connect ECONNREFUSED')
      const reading = registryVersions(inputs, outside)
      await jest.advanceTimersByTimeAsync(12_000)
      expect(await reading).toEqual([])
      expect(said('warning')).toMatch(/Could not read the tags of registry.test\/acme\/widget \(connect ECONNREFUSED\)/)
    } finally {
      jest.useRealTimers()
    }
  })
})
