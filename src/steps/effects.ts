// What the steps ask of the outside world, as small interfaces. The modules in src/outside/ are the real ones
// (realOutside); unit tests hand in fakes, so that every decision a step makes (how to push, what to fall back
// to, what to retry, what a re-run skips) is tested without dockerd, a registry or an index.
import { Docker, type BuildOptions, type Builder, type Timeouts } from '../outside/docker.js'
import { DockerHub } from '../outside/docker-hub.js'
import { endpoints } from '../outside/endpoints.js'
import type { RunResult } from '../outside/exec.js'
import { imageLocation, RegistryApi, type RegistryCredentials } from '../outside/registry-api.js'
import type { PackageVersion } from '../outside/ghcr-packages.js'
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
  /** The Docker engine's version, '' where it does not answer. */
  serverVersion(): Promise<string>
  bootstrapContainerBuilder(image: string): Promise<RunResult>
  registerQemu(platforms: string[], image: string): Promise<RunResult>
  /** Build (and push, unless cacheOnly); the digest buildx wrote down. */
  buildAndPush(options: BuildOptions): Promise<string>
  createManifestList(tags: string[], sources: string[], annotations: Record<string, string>): Promise<RunResult>
  /** A pushed list: its digest, its platforms, and the digests of its platform images. */
  inspectImage(ref: string): Promise<{ digest: string; platforms: string[]; images: string[] }>
  dispose(): void
}

/** One image's repository in its registry, read over the distribution API. */
export interface ImageRegistry {
  /** What a tag resolves to (a list's entries; none for a single image); undefined where the registry has no such tag. */
  manifest(tag: string): Promise<{ digest: string; platforms: string[]; manifests: { digest: string }[] } | undefined>
  deleteTag(tag: string): Promise<'deleted' | 'refused'>
  tags(): Promise<string[]>
  /** Delete a manifest by digest; the registry's status (202 deleted, 404 gone, 405 deletion disabled, …). */
  deleteManifest(digest: string): Promise<number>
}

/** A registry read for a manifest list's children, where a tag can be moved onto a manifest: ghcr.io's, in cleanup. */
export interface ListRegistry {
  manifest(reference: string): Promise<{ digest: string; children: string[]; attestations: string[] } | undefined>
  /** Put a manifest under a tag; its digest. */
  putManifest(tag: string, body: string, mediaType: string): Promise<string>
}

export type { PackageVersion }

/**
 * One container package's versions, through GitHub's packages API. `versions` throws, where GitHub refused, an
 * error with its `status` and whether it was the `rateLimited` answer.
 */
export interface PackageVersions {
  /** Every version, every page; undefined where GitHub shows no such package (404). */
  versions(): Promise<PackageVersion[] | undefined>
  /** Delete a version; GitHub's status. */
  remove(id: number): Promise<number>
}

/** ghcr.io for one image: its package's versions, and its registry. */
export interface Ghcr {
  versions: PackageVersions
  registry: ListRegistry
}

/** Docker Hub's own API: a login for a token, and a tag deleted with it. */
export interface DockerHubApi {
  login(username: string, password: string): Promise<{ status: number; token?: string }>
  deleteTag(repository: string, tag: string, token: string): Promise<number>
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
  /** ghcr.io for an image, with the registry's credentials and the token for GitHub's packages API. */
  ghcr(image: string, credentials: RegistryCredentials | undefined, token: string, timeoutMs: number): Promise<Ghcr>
  dockerHub(timeoutMs: number): DockerHubApi
}

export const realOutside: Outside = {
  openEngine: (temp, registries, timeouts) => Docker.open(temp, registries, timeouts),
  registry: (image, credentials, timeoutMs) => new RegistryApi(imageLocation(image), credentials, timeoutMs),
  referrers: (credentials, timeoutMs) => async (image, subjectDigest, artifact) => {
    const { attachReferrer } = await import('../outside/referrers.js')
    const api = new RegistryApi(imageLocation(image), credentials(image), timeoutMs)
    return attachReferrer(api, subjectDigest, artifact)
  },
  index: { files: existingFiles, download: downloadFile },
  // Octokit loads only for a cleanup of a ghcr.io image: a release never needs it.
  ghcr: async (image, credentials, token, timeoutMs) => {
    const { GhcrPackage } = await import('../outside/ghcr-packages.js')
    const location = { ...imageLocation(image), base: endpoints().ghcrRegistry }
    return {
      versions: new GhcrPackage(image, token, timeoutMs),
      registry: new RegistryApi(location, credentials, timeoutMs)
    }
  },
  dockerHub: timeoutMs => new DockerHub(endpoints().dockerHub, timeoutMs)
}
