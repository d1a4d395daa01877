// A release read back: what the plan of a ref would have published, held against what the registry and the index
// serve now. Every planned tag resolves to one manifest list with exactly the planned platforms (all tags of an
// image to the same list, latest among them where the plan moves it); each platform image's version and revision
// labels are the plan's; the distribution files in its layers are the index's bytes; the index has the sdist and the
// wheel. One line per check, naming the tag, platform or file that is wrong. Reads only.
import { basename } from 'node:path'
import { layerTar, tarFiles } from '../outside/layer-files.js'
import { DIST_FILE } from '../outside/stage.js'
import {
  projectFilesOnce,
  fileProvenance,
  fileVersion,
  indexUrls,
  normalizeName,
  type IndexFiles
} from '../outside/package-index.js'
import { imageLocation, platformOf, RegistryApi, type Descriptor } from '../outside/registry-api.js'
import { subjectName } from '../plan/image-attestation.js'
import { imageCredentialsFor, type StepSettings } from '../plan/step-settings.js'
import type { Plan } from '../plan/plan.js'
import { normalizeVersion } from '../versions/pep440.js'
import { shellQuote } from '../versions/words.js'
import { attestDecision, pep740AsBundle, type Pep740Attestation } from '../plan/dist-attestations.js'
import { baseLayersOf, baseNotAsked, sharedLayers, type BaseLayers, type BaseOf } from './base-layers.js'
import type { Check } from './check.js'
import { distAttestation, imageProvenance, type AttestationAccess } from './verify-attestations.js'

export type { Check }

export interface VerifyAccess {
  /** A registry client for an image name, with that registry's login. */
  registry: (image: string) => RegistryApi
  /** The index's files of the project (undefined: the index is not part of this release). */
  index?: () => Promise<IndexFiles>
  /** The project's name on the index: a file of it in an image's layers must be one the index holds. */
  distName?: string
  /** The layers each image (by its first name) shares with its Dockerfile's base, which are not read. */
  baseOf?: (image: string) => BaseOf | undefined
  /** buildx's attestation manifests are expected in the lists (provenance is on). */
  provenance: boolean
  /** The signatures to check (attest-image, attest-dists), and the repository whose workflows signed them. */
  attestations?: AttestationAccess & { repository: string }
}

/** Every check of a published release. */
export async function verifyRelease(plan: Plan, access: VerifyAccess): Promise<Check[]> {
  const checks: Check[] = []
  const tags = plan.imageRefs.map(ref => ref.slice(plan.image.length + 1))
  const version = normalizeVersion(plan.distVersion ?? plan.version) ?? plan.version

  // The index first: its files are what the images must hold.
  let held: [string, string | undefined][] | undefined
  if (access.index) {
    const files = await access.index()
    held = [...files].filter(([name]) => fileVersion(name) === version).map(([name, f]) => [name, f.sha256])
    for (const [kind, test] of [
      ['sdist', (n: string) => n.endsWith('.tar.gz')],
      ['wheel', (n: string) => n.endsWith('.whl')]
    ] as const) {
      const found = held.filter(([name]) => test(name)).map(([name]) => name)
      checks.push(
        found.length
          ? { ok: true, line: `the index has the ${kind} of ${version}: ${found.join(', ')}` }
          : {
              ok: false,
              line: `the index has no ${kind} of ${version} (it holds ${held.map(h => h[0]).join(', ') || 'no file of it'})`
            }
      )
    }
    if (access.attestations?.dist)
      for (const [name, sha256] of held) checks.push(await distAttestation(name, sha256, access.attestations))
  }

  const groups = [[plan.image, ...plan.mirrors], ...plan.moreImages.map(i => [i.image, ...i.mirrors])]
  for (const names of groups) {
    let list: { ref: string; digest: string; api: RegistryApi } | undefined
    for (const name of names) {
      const api = access.registry(name)
      for (const tag of tags) {
        const ref = `${name}:${tag}`
        const found = await api.manifest(tag).catch((error: Error) => error)
        if (found instanceof Error) {
          checks.push({ ok: false, line: `${ref} cannot be read: ${found.message}` })
          continue
        }
        if (!found) {
          checks.push({ ok: false, line: `${ref} does not resolve: the registry has no such tag` })
          continue
        }
        // dev-release pushes a list, one entry per platform; a single image (pushed another way) holds the platform
        // its config names, and is read back as that.
        const single = !found.manifests.length ? await readImage(api, found.digest) : undefined
        const platforms = single ? [single.platform] : found.platforms
        const problems: string[] = []
        const missing = plan.platforms.filter(p => !platforms.includes(p))
        const extra = platforms.filter(p => !plan.platforms.includes(p))
        if (missing.length) problems.push(`lacks ${missing.join(', ')}`)
        if (extra.length) problems.push(`holds ${extra.join(', ')}, which the plan does not`)
        const unknown = found.manifests.filter(
          m => m.platform?.os === 'unknown' && !(access.provenance && found.attestations.includes(m.digest))
        )
        if (unknown.length)
          problems.push(`has ${unknown.length} unknown/unknown entr${unknown.length === 1 ? 'y' : 'ies'}`)
        if (list && found.digest !== list.digest)
          problems.push(`points at ${found.digest}, but ${list.ref} at ${list.digest}`)
        checks.push(
          problems.length
            ? { ok: false, line: `${ref} ${problems.join('; ')} (planned: ${plan.platforms.join(', ')})` }
            : {
                ok: true,
                line: `${ref} → ${found.digest}: ${single ? `a single ${single.platform} image (its config's platform), not a list` : platforms.join(', ')}`
              }
        )
        list ??= { ref, digest: found.digest, api }
      }
    }
    if (list)
      checks.push(
        ...(await platformImages(
          list.ref,
          list.digest,
          list.api,
          plan,
          held,
          access.distName,
          access.baseOf?.(names[0])
        ))
      )
    if (list && access.attestations?.image)
      checks.push(await imageProvenance(list.ref, list.digest, access.attestations, access.attestations.repository))
  }
  return checks
}

/** A platform image: its layers, and from its config its labels and its platform (os/architecture[/variant]). */
async function readImage(
  api: RegistryApi,
  digest: string
): Promise<{ platform: string; labels: Record<string, string>; layers: Descriptor[] }> {
  const image = await api.imageManifest(digest)
  const config = JSON.parse((await api.blob(image.config.digest)).toString('utf8')) as {
    os?: string
    architecture?: string
    variant?: string
    config?: { Labels?: Record<string, string> }
  }
  const platform = platformOf({
    platform: { os: config.os ?? 'unknown', architecture: config.architecture ?? 'unknown', variant: config.variant }
  })!
  return { platform, labels: config.config?.Labels ?? {}, layers: image.layers }
}

/** Each platform image of a list (or the single image): its labels, and the distribution files in its layers against the index's. */
async function platformImages(
  ref: string,
  digest: string,
  api: RegistryApi,
  plan: Plan,
  held: [string, string | undefined][] | undefined,
  distName: string | undefined,
  baseOf: BaseOf | undefined
): Promise<Check[]> {
  const list = await api.manifest(digest)
  const entries = list?.manifests.length ? list.manifests : [{ digest }]
  // The platform images side by side (each one's layers in turn), their checks in the list's order.
  const each = await Promise.all(
    entries.map(async (entry): Promise<Check[]> => {
      if ('platform' in entry && (!platformOf(entry) || entry.platform?.os === 'unknown')) return []
      const image = await readImage(api, entry.digest)
      // A list's entry names the platform; a single image's config does.
      const platform = 'platform' in entry ? platformOf(entry)! : image.platform
      const { labels } = image
      const version = labels['org.opencontainers.image.version']
      const revision = labels['org.opencontainers.image.revision']
      const checks: Check[] = [
        version === plan.version && revision === plan.sha
          ? { ok: true, line: `${ref} ${platform}: labels version ${version}, revision ${revision}` }
          : {
              ok: false,
              line: `${ref} ${platform}: labels version ${version ?? '(none)'}, revision ${revision ?? '(none)'}; the plan's are ${plan.version} and ${plan.sha}`
            }
      ]
      if (!held) return checks
      const base = await baseOf?.(platform)
      return [...checks, ...(await distFilesIn(`${ref} ${platform}`, image.layers, api, new Map(held), distName, base))]
    })
  )
  return each.flat()
}

/**
 * The project's distribution files in an image's layers, each against the index's: the same bytes as the index's file
 * of that name, and none the index lacks. The layers the image shares with its base, digest for digest, are the
 * base's bytes, not this build's, and are not read. An image that holds none of the files was not compared (a build
 * stage may install and drop them), which fails nothing and holds nothing.
 */
async function distFilesIn(
  where: string,
  layers: { digest: string; mediaType: string }[],
  api: RegistryApi,
  wanted: Map<string, string | undefined>,
  distName: string | undefined,
  base: BaseLayers | undefined
): Promise<Check[]> {
  const project = distName ? normalizeName(distName) : undefined
  const ours = (name: string) =>
    wanted.has(name) || (project !== undefined && DIST_FILE.test(name) && distNameOf(name) === project)
  const found: { path: string; sha256: string }[] = []
  const skipped = base ? sharedLayers(layers, base.layers) : 0
  for (const layer of layers.slice(skipped)) {
    for (const file of tarFiles(layerTar(await api.blob(layer.digest), layer.mediaType)))
      if (ours(basename(file.path))) found.push(file)
  }
  const read = skipped
    ? ` (its ${skipped} bottom layer${skipped === 1 ? ' is' : 's are'} ${base!.image}'s: not read)`
    : base?.notAsked
      ? ` (every layer read: ${base.image}'s are not told apart, as ${base.notAsked})`
      : ''
  if (!found.length) {
    const names = [...wanted.keys()]
    return [
      {
        ok: true,
        notCompared: true,
        line: `${where}: ${names.length ? `no file of the index's ${names.join(', ')}` : 'no distribution file of the project'} in its layers${read} (a build stage may install and drop them): not compared`
      }
    ]
  }
  return found.map(file => {
    const name = basename(file.path)
    if (!wanted.has(name))
      return {
        ok: false,
        line: `${where}: /${file.path} is not on the index (it holds ${[...wanted.keys()].join(', ') || 'no file of this version'}): the image holds a package the index does not publish`
      }
    const theirs = wanted.get(name)
    return theirs === file.sha256
      ? { ok: true, line: `${where}: /${file.path} is the index's (sha256:${file.sha256})${read}` }
      : {
          ok: false,
          line: `${where}: /${file.path} is sha256:${file.sha256}, but the index's ${name} is sha256:${theirs ?? '(not stated)'}`
        }
  })
}

/** The normalized project name a wheel's or sdist's file name starts with. */
function distNameOf(file: string): string {
  const base = file.replace(/\.(whl|tar\.gz)$/, '')
  // A wheel's name is everything before its version; an sdist's, everything before the last dash.
  const name = file.endsWith('.whl') ? base.split('-')[0] : base.slice(0, base.lastIndexOf('-'))
  return normalizeName(name)
}

/** What a user can run alone to check the same things. */
export function verifyCommands(
  plan: Plan,
  repository: string,
  index: { simple: string; name: string } | undefined,
  attested: boolean
): string[] {
  const ref = plan.imageRefs[0]
  const lines: string[] = []
  // Every value quoted for a shell: a person pastes these lines, and names come from the repository's files.
  const q = shellQuote
  if (index) {
    const version = plan.distVersion ?? plan.version
    const wanted = `${q(index.simple)} ${q(`${index.name}==${version}`)}`
    lines.push(
      // --isolated: no pip.conf or PIP_* variable adds an index (an extra-index-url would fetch another project's file).
      `pip download --isolated --no-deps --only-binary :all: --index-url ${wanted} -d dists && sha256sum dists/*`,
      `pip download --isolated --no-deps --no-binary :all: --index-url ${wanted} -d dists && sha256sum dists/*`
    )
  }
  if (ref) {
    lines.push(`docker buildx imagetools inspect ${q(ref)}`)
    if (attested) {
      // The source and the commit, not only the signing workflow (a reusable workflow's callers share it).
      lines.push(`gh attestation verify ${q(`oci://${ref}`)} -R ${q(repository)} --source-digest ${q(plan.sha)}`)
      lines.push(
        `cosign verify-attestation --type slsaprovenance1 --certificate-oidc-issuer https://token.actions.githubusercontent.com --certificate-identity-regexp ${q(`^https://github.com/${repository}/`)} --certificate-github-workflow-repository ${q(repository)} --certificate-github-workflow-sha ${q(plan.sha)} ${q(subjectName(plan.image))}@<digest>`
      )
    }
  }
  return lines
}

/** What of a release is signed, and so read back with its signatures. */
export interface Attested {
  image: boolean
  dists: boolean
}

/** What the plan of a release signs: attest-image, and attest-dists where this upload would sign. */
export function plannedAttestations(
  plan: Plan,
  { index, attestations }: Pick<StepSettings, 'index' | 'attestations'>
): Attested {
  return {
    image: attestations.image !== 'false',
    dists: attestDecision({ mode: attestations.dists, type: plan.type, uploadUrl: index.url, token: !!index.token })
      .sign
  }
}

export interface ReadBackSources {
  /** The repository's ID, where the runner says it: a signature must name it. */
  repositoryId?: string
  /** The index's files of the project, read once for this and a rebuild (dev-release verify --rebuild). */
  held?: () => Promise<IndexFiles>
  /** A file of the plan's commit (its Dockerfiles, for their bases); without it every layer is read. */
  fileAt?: (path: string) => Promise<string | undefined>
  /** On one of GitHub's hosted runners (RUNNER_ENVIRONMENT), whose Docker Hub reads count against no pull limit. */
  githubHosted?: boolean
}

/**
 * The checks of a plan's release, against the registries and the index the settings name. `distName` is the
 * project's name on the index; without one (no Python package, or publish-pypi false) the index is not read.
 * `attested`: what was signed, checked against Sigstore's trusted root for `repository`'s workflows, for its own
 * source (`repositoryId`, where the runner says it) at the plan's commit.
 */
export function readBack(
  plan: Plan,
  { image, index, attestations: signed }: Pick<StepSettings, 'image' | 'index' | 'attestations'>,
  distName: string | undefined,
  repository: string,
  attested: Attested,
  { repositoryId, held, fileAt, githubHosted }: ReadBackSources = {}
): Promise<Check[]> {
  const uploads = plan.steps.some(s => s.id === 'index-upload' && !s.skippedBecause)
  const urls = indexUrls(index.url)
  const timeout = index.timeouts.request
  const indexFiles = uploads && distName ? (held ?? projectFilesOnce(urls, distName, timeout)) : undefined
  const version = plan.distVersion ?? plan.version
  const attestations = {
    repository,
    check: async (bundle: unknown) =>
      (await import('../outside/sigstore-verify.js')).verifyBundle(
        bundle,
        { repository, repositoryId, commit: plan.sha },
        timeout
      ),
    image:
      attested.image && plan.imageRefs.length
        ? async (digest: string) => {
            const { attestationBundles, github } = await import('../outside/github.js')
            return attestationBundles(github(signed.githubToken, timeout), repository, digest)
          }
        : undefined,
    dist:
      attested.dists && indexFiles
        ? async (filename: string) => {
            const file = (await indexFiles()).get(filename) ?? {}
            const served = await fileProvenance(urls, { name: distName!, version }, filename, file, timeout)
            return served?.flatMap(b => b.attestations.map(a => pep740AsBundle(a as Pep740Attestation)))
          }
        : undefined
  }
  const registry = (name: string) => new RegistryApi(imageLocation(name), imageCredentialsFor(image, name), timeout)
  // Each image's Dockerfile, target and build args, by its first name: its base is what the read-back skips.
  const builds = new Map([[image.image, image], ...image.moreImages.map(spec => [spec.image, spec] as const)])
  return verifyRelease(plan, {
    registry,
    baseOf: name => {
      const build = builds.get(name)
      // Docker Hub is asked only where its reads count against no address's pull limit (baseNotAsked).
      const notAsked = (base: string) =>
        baseNotAsked(base, { loggedIn: !!imageCredentialsFor(image, base), githubHosted: !!githubHosted })
      return build && fileAt && baseLayersOf(() => fileAt(build.dockerfile), build, registry, notAsked)
    },
    index: indexFiles,
    distName,
    provenance: image.provenance,
    attestations: attestations.image || attestations.dist ? attestations : undefined
  })
}
