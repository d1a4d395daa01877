// Fakes of what the steps are handed (src/steps/effects.ts): a Docker engine and a registry that record every
// call and answer as a test scripts them. A push through the fake engine leaves its tags in the fake registry, as
// a real push does, so that the steps' read-back sees what a registry would.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BuildOptions, Builder } from '../../src/outside/docker.js'
import type { RunResult } from '../../src/outside/exec.js'
import type { ImageEngine, ImageRegistry } from '../../src/steps/effects.js'
import { runnerSink, useSink } from '../../src/outside/runner.js'

export const ok: RunResult = { code: 0, stdout: '', stderr: '' }
export const digestOf = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`

export class FakeEngine implements ImageEngine {
  readonly configDir = mkdtempSync(join(tmpdir(), 'fake-engine-'))
  calls: string[] = []
  builds: BuildOptions[] = []
  lists: { refs: string[]; sources: string[] }[] = []
  builder: Builder | undefined = { name: 'default', driver: 'docker', platforms: ['linux/amd64'] }
  containerd = true
  bootstrap: RunResult = ok
  qemu: RunResult = ok
  /** Answers for each build in turn: a digest, or an error to throw. */
  buildAnswers: (string | Error)[] = []
  loginAnswer: RunResult = ok
  disposed = false
  constructor(private readonly registry: FakeRegistry) {}

  async inspectBuilder(name?: string) {
    this.calls.push(`inspectBuilder ${name ?? ''}`.trim())
    return name ? { name, driver: 'docker-container', platforms: ['linux/amd64', 'linux/arm64'] } : this.builder
  }
  async installBuildx() {
    this.calls.push('installBuildx')
    this.builder = { name: 'default', driver: 'docker', platforms: ['linux/amd64'] }
  }
  async buildxVersion() {
    return 'github.com/docker/buildx v0.29.1'
  }
  async login(registry: string, username: string) {
    this.calls.push(`login ${registry} ${username}`)
    return this.loginAnswer
  }
  /** The engine's version, as docker version names it. */
  dockerVersion = '26.1.5'
  async serverVersion() {
    return this.dockerVersion
  }
  async hasContainerdStore() {
    this.calls.push('hasContainerdStore')
    return this.containerd
  }
  async bootstrapContainerBuilder() {
    this.calls.push('bootstrapContainerBuilder')
    return this.bootstrap
  }
  async registerQemu(platforms: string[]) {
    this.calls.push(`registerQemu ${platforms.join(',')}`)
    return this.qemu
  }
  async buildAndPush(options: BuildOptions) {
    this.calls.push(`build ${options.platforms.join(',')}`)
    this.builds.push(options)
    const answer = this.buildAnswers.shift() ?? digestOf(this.builds.length)
    if (answer instanceof Error) throw answer
    // What a real push leaves in the registry: each tag resolves to the list of the platforms built, or for one
    // platform without attestations, to the single image.
    const list = options.platforms.length > 1 || options.provenance
    if (!options.cacheOnly && !options.byDigest)
      for (const ref of options.tags) this.registry.put(ref.split(':').pop()!, answer, options.platforms, list)
    return answer
  }
  async createManifestList(refs: string[], sources: string[]) {
    this.calls.push(`createManifestList ${refs.join(',')}`)
    this.lists.push({ refs, sources })
    // One list of the sources' platforms (those the registry knows; else the two a platform matrix builds).
    const known = sources.flatMap(source => this.registry.platformsOf(source.split('@').pop()!) ?? [])
    const platforms = known.length ? known : ['linux/amd64', 'linux/arm64']
    for (const ref of refs) this.registry.put(ref.split(':').pop()!, digestOf(9), platforms, true)
    return ok
  }
  /** What the last list made holds: the images it was made from (or, set here, what a registry serves instead). */
  listedImages?: string[]
  async inspectImage() {
    const images = this.listedImages ?? (this.lists.at(-1)?.sources ?? []).map(s => s.split('@').pop()!)
    return { digest: digestOf(9), platforms: ['linux/amd64', 'linux/arm64'], images }
  }
  dispose() {
    this.disposed = true
  }
}

export class FakeRegistry implements ImageRegistry {
  readonly manifests = new Map<string, { digest: string; platforms: string[]; manifests: { digest: string }[] }>()
  deletes: string[] = []
  deleteAnswer: 'deleted' | 'refused' = 'deleted'
  tagsAnswer: string[] | Error = []
  /** Platforms a push silently leaves out (a registry that lost part of a list). */
  dropOnce: string[] = []
  /** A tag holds a list of `platforms` (list), or the single image of its one platform (a list's entries: none). */
  put(tag: string, digest: string, platforms: string[], list = true) {
    const dropped = platforms.filter(p => !this.dropOnce.includes(p))
    this.dropOnce = []
    const manifests = list ? dropped.map(p => ({ digest: `${digest}~${p}` })) : []
    this.manifests.set(tag, { digest, platforms: list ? dropped : [], manifests })
    this.platformsByDigest.set(digest, dropped)
  }
  private readonly platformsByDigest = new Map<string, string[]>()
  platformsOf(digest: string): string[] | undefined {
    return this.platformsByDigest.get(digest)
  }
  reads = 0
  async manifest(tag: string) {
    this.reads++
    const move = this.moveAfterReads
    if (move && move.tag === tag && this.reads > move.reads)
      this.manifests.set(tag, { digest: move.digest, platforms: [], manifests: [] })
    return this.manifests.get(tag)
  }
  async deleteTag(tag: string) {
    this.deletes.push(tag)
    if (this.deleteAnswer === 'deleted') this.manifests.delete(tag)
    return this.deleteAnswer
  }
  async tags() {
    if (this.tagsAnswer instanceof Error) throw this.tagsAnswer
    return this.tagsAnswer.length ? this.tagsAnswer : [...this.manifests.keys()]
  }
  /** Statuses for deleteManifest, in turn (202 where none is left); each call recorded. */
  manifestDeletes: string[] = []
  deleteManifestAnswers: number[] = []
  /** A push in between: after this many manifest reads, the tag moves to another digest. */
  moveAfterReads?: { tag: string; reads: number; digest: string }
  async deleteManifest(digest: string) {
    this.manifestDeletes.push(digest)
    const status = this.deleteManifestAnswers.shift() ?? 202
    if (status === 202) for (const [tag, m] of this.manifests) if (m.digest === digest) this.manifests.delete(tag)
    return status
  }
}

/**
 * Everything the code under test writes through the runner's protocol, one entry per line or workflow command
 * (`::warning::…`), from here until the returned function puts the runner's own sink back.
 */
export function captureLog(log: string[]): () => void {
  useSink({
    write: text => void log.push(text.trim()),
    command: (name, message) => void log.push(`::${name}::${message}`),
    output: () => {},
    summary: async () => {},
    state: () => {}
  })
  return () => useSink(runnerSink)
}
