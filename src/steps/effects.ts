// What the steps ask of the outside world, as small interfaces. The modules in src/outside/ are the real ones
// (realOutside); unit tests hand in fakes, so that every decision a step makes (how to push, what to fall back
// to, what to retry, what a re-run skips) is tested without dockerd, a registry or an index.
import { Docker, type BuildOptions, type Builder, type Timeouts } from '../outside/docker.js'
import type { RunResult } from '../outside/exec.js'
import { imageLocation, RegistryApi, type RegistryCredentials } from '../outside/registry-api.js'
import type { Referrer } from '../outside/referrers.js'
import {
  downloadFile,
  existingFiles,
  type IndexFile,
  type IndexFiles,
  type IndexUrls
} from '../outside/package-index.js'

/** The Docker engine and buildx, through a DOCKER_CONFIG of the run's own (docker.ts). */
export interface ImageEngine {
  readonly configDir: string
  inspectBuilder(name?: string): Promise<Builder | undefined>
  installBuildx(): Promise<void>
  buildxVersion(): Promise<string>
  login(registry: string, username: string, password: string): Promise<RunResult>
  hasContainerdStore(): Promise<boolean>
  bootstrapContainerBuilder(image: string): Promise<RunResult>
  registerQemu(platforms: string[], image: string): Promise<RunResult>
  /** Build (and push, unless cacheOnly); the digest buildx wrote down. */
  buildAndPush(options: BuildOptions): Promise<string>
  createManifestList(tags: string[], sources: string[], annotations: Record<string, string>): Promise<RunResult>
  inspectImage(ref: string): Promise<{ digest: string; platforms: string[] }>
  dispose(): void
}

/** One image's repository in its registry, read over the distribution API. */
export interface ImageRegistry {
  /** What a tag resolves to; undefined where the registry has no such tag. */
  manifest(tag: string): Promise<{ digest: string; platforms: string[] } | undefined>
  deleteTag(tag: string): Promise<'deleted' | 'refused'>
  tags(): Promise<string[]>
  /** Delete a manifest by digest; the registry's status (202 deleted, 404 gone, 405 deletion disabled, …). */
  deleteManifest(digest: string): Promise<number>
}

/** The package index's simple pages and files. */
export interface PackageIndex {
  files(urls: IndexUrls, name: string, timeoutMs: number): Promise<IndexFiles>
  download(file: IndexFile, name: string, to: string, timeoutMs: number): Promise<void>
}

/** An artifact attached to an image's manifest list in its registry, as an OCI referrer. */
export type AttachReferrer = (
  image: string,
  subjectDigest: string,
  artifact: { artifactType: string; data: Buffer; annotations: Record<string, string> }
) => Promise<Referrer>

export interface Outside {
  openEngine(temp: string, loginRegistries: string[], timeouts: Timeouts): Promise<ImageEngine>
  registry(image: string, credentials: RegistryCredentials | undefined, timeoutMs: number): ImageRegistry
  referrers(credentials: (image: string) => RegistryCredentials | undefined, timeoutMs: number): AttachReferrer
  index: PackageIndex
}

export const realOutside: Outside = {
  openEngine: (temp, registries, timeouts) => Docker.open(temp, registries, timeouts),
  registry: (image, credentials, timeoutMs) => new RegistryApi(imageLocation(image), credentials, timeoutMs),
  referrers: (credentials, timeoutMs) => async (image, subjectDigest, artifact) => {
    const { attachReferrer } = await import('../outside/referrers.js')
    const api = new RegistryApi(imageLocation(image), credentials(image), timeoutMs)
    return attachReferrer(api, subjectDigest, artifact)
  },
  index: { files: existingFiles, download: downloadFile }
}
