// The layers an image shares with the image its Dockerfile starts from: the read-back skips them. Shared means the
// same blob digests, in the same order, as the base's own manifest for that platform lists now, so what is skipped
// is byte for byte the base's (a registry serves a blob only as the bytes of its digest). A base that cannot be
// read, or has moved since the build, shares fewer layers or none: more is read, never less checked.
import { stageBase, type DockerfileBuild } from '../plan/dockerfile-base.js'
import { splitReference, splitRegistry } from '../plan/image-names.js'
import { samePlatform } from '../plan/platforms.js'
import { platformOf, type Descriptor, type RegistryApi } from '../outside/registry-api.js'

export interface BaseLayers {
  /** The base as the Dockerfile names it, for the check's line. */
  image: string
  /** Its layers' digests, bottom first. */
  layers: string[]
  /** Why its registry was not asked (none of its layers are skipped then). */
  notAsked?: string
}

/**
 * Why a base's registry is not asked for the base's manifests: Docker Hub counts every manifest read as a pull against
 * the limit of an address without a login (10 an hour), which the next build on a self-hosted runner would meet.
 * GitHub's hosted runners are exempt, and a login for docker.io has a limit of its own.
 */
export function baseNotAsked(image: string, { loggedIn, githubHosted }: { loggedIn: boolean; githubHosted: boolean }) {
  if (splitRegistry(splitReference(image).name).registry !== 'docker.io' || loggedIn || githubHosted) return undefined
  return "Docker Hub counts each manifest read against this address's pull limit without a login"
}

/** A platform image's base layers, or undefined where its base cannot be told (every layer is read then). */
export type BaseOf = (platform: string) => Promise<BaseLayers | undefined>

/**
 * The bases of one image's platforms, from its Dockerfile (read once) and its build's target and build args, each
 * base read with `registry`'s login for its name (anonymous where none is given, as docker pulls it).
 */
export function baseLayersOf(
  dockerfile: () => Promise<string | undefined>,
  build: Omit<DockerfileBuild, 'platform'>,
  registry: (name: string) => RegistryApi,
  /** Why a base's registry is not to be asked (baseNotAsked); undefined: ask it. */
  notAsked: (image: string) => string | undefined = () => undefined
): BaseOf {
  let text: Promise<string | undefined> | undefined
  const lists = new Map<string, Promise<{ api: RegistryApi; entries: Descriptor[]; digest: string } | undefined>>()
  return async platform => {
    text ??= dockerfile().catch(() => undefined)
    const source = await text
    const base = source === undefined ? undefined : stageBase(source, { ...build, platform })
    if (!base) return undefined
    if (base === 'scratch') return { image: 'scratch', layers: [] }
    const why = notAsked(base.image)
    if (why) return { image: base.image, layers: [], notAsked: why }
    const { name, reference } = splitReference(base.image)
    if (!lists.has(base.image)) {
      const api = registry(name)
      lists.set(
        base.image,
        api
          .manifest(reference)
          .then(found => found && { api, entries: found.manifests, digest: found.digest })
          .catch(() => undefined)
      )
    }
    const list = await lists.get(base.image)
    if (!list) return undefined
    const entry = list.entries.length ? list.entries.find(e => matches(platformOf(e), platform))?.digest : list.digest
    if (!entry) return undefined
    const image = await list.api.imageManifest(entry).catch(() => undefined)
    return image && { image: base.image, layers: image.layers.map(l => l.digest) }
  }
}

/** A base list's entry for a platform as Docker picks it: `linux/arm` is `linux/arm/v7` there. */
function matches(entry: string | undefined, platform: string): boolean {
  const armV7 = (p: string) => p.replace(/^(\w+\/arm)$/, '$1/v7')
  return entry !== undefined && samePlatform(armV7(entry), armV7(platform))
}

/** How many of an image's bottom layers are the base's, digest for digest. */
export function sharedLayers(layers: { digest: string }[], base: string[]): number {
  let n = 0
  while (n < layers.length && n < base.length && layers[n].digest === base[n]) n++
  return n
}
