// `dev-release verify --rebuild`: the release built again from nothing, as a stranger would build it, and held
// against what was published. A clone of the commit (every tag, none of this work tree's changes), the package built
// and staged by the release's own steps, every image built without any cache and pushed the way a release pushes it,
// but into a registry of this run's own on loopback (scratch-registry.ts): a registry's digests are what a
// comparison needs, and nothing leaves the machine. Then each file's sha256 against the index's, each platform
// image's digest against the published list's.
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import * as runner from '../outside/runner.js'
import { Git } from '../outside/git.js'
import { existingFiles, fileVersion, indexUrls, type IndexFiles } from '../outside/package-index.js'
import { imageLocation, platformOf, RegistryApi } from '../outside/registry-api.js'
import { ScratchRegistry } from '../outside/scratch-registry.js'
import { splitRegistry } from '../plan/image-names.js'
import {
  imageCredentialsFor,
  type ImageSettings,
  type IndexSettings,
  type StepSettings
} from '../plan/step-settings.js'
import type { Plan, StepId } from '../plan/plan.js'
import { normalizeVersion } from '../versions/pep440.js'
import type { Check } from './check.js'
import { realOutside, type Outside } from './effects.js'
import { pushImages } from './push-images.js'
import type { Workspace } from './outcome.js'
import { buildPython, stageBuilt } from './python-build.js'

/** Build the plan's release again in a clone at its commit; one check per file and per platform image. */
export async function rebuild(
  plan: Plan,
  { python, image, index }: Pick<StepSettings, 'python' | 'image' | 'index'>,
  site: Workspace,
  outside: Outside = realOutside,
  /** The index's files, where verify read them already. */
  held?: () => Promise<IndexFiles>
): Promise<Check[]> {
  const dir = mkdtempSync(join(site.temp, 'dev-release-rebuild-'))
  const scratch = await new ScratchRegistry(site.temp).start()
  try {
    const clone = join(dir, basename(site.workspace))
    await new Git(site.workspace, python.timeouts.request).cloneAt(clone, plan.sha)
    const epoch = plan.commitEpoch ?? (await new Git(clone, python.timeouts.request).commit(plan.sha))?.epoch
    const there: Workspace = { ...site, workspace: clone }
    const { plan: again, image: scratchImage } = intoScratch({ ...plan, commitEpoch: epoch }, image, scratch.host)
    const runs = (id: StepId) => plan.steps.some(s => s.id === id && !s.skippedBecause)
    const checks: Check[] = []

    if (runs('python-build')) {
      const built = await buildPython(again, python, there)
      checks.push(
        ...(runs('index-upload')
          ? await compareDists(plan, index, built.name, built.files, held).catch((error: Error) => [
              { ok: false, line: `the index's files cannot be read to compare the rebuilt ones: ${error.message}` }
            ])
          : built.files.map(file => ({
              ok: true,
              line: `rebuilt ${basename(file)}: not on an index in this plan (publish-pypi false), compared through the image only`
            })))
      )
      if (runs('stage')) await stageBuilt(built.files, again, python, there)
    }
    if (runs('docker')) {
      if (!site.repositoryUrl)
        runner.warning(
          "origin is no GitHub repository's URL: the rebuilt image's url and source labels are empty, so its digests cannot be a GitHub release's. Rebuild in a clone of the repository from GitHub."
        )
      await runner.group(`Rebuild ${plan.imageRefs[0]} without a cache, into ${scratch.host}`, () =>
        pushImages(again, scratchImage, there, outside)
      )
      const pairs = [plan.image, ...plan.moreImages.map(m => m.image)].map(image => ({
        published: image,
        rebuilt: scratchName(image, scratch.host)
      }))
      const tag = plan.imageRefs[0].slice(plan.image.length + 1)
      for (const pair of pairs) checks.push(...(await compareImages(pair, tag, image, scratch.host)))
    }
    return checks
  } finally {
    await scratch.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** An image's name in the scratch registry. */
function scratchName(image: string, host: string): string {
  return `${host}/rebuild/${splitRegistry(image).path.join('/')}`
}

/**
 * The plan and image settings of the rebuild: one tag (no latest, which would ask the real registry), every image renamed
 * into the scratch registry, no mirrors, no logins, no cache, nothing signed, nothing uploaded.
 */
function intoScratch(plan: Plan, image: ImageSettings, host: string): { plan: Plan; image: ImageSettings } {
  const rename = (image: string) => scratchName(image, host)
  const tag = plan.imageRefs[0]?.slice(plan.image.length) ?? ''
  return {
    plan: {
      ...plan,
      image: rename(plan.image),
      imageRefs: tag ? [`${rename(plan.image)}${tag}`] : [],
      mirrors: [],
      moreImages: plan.moreImages.map(m => ({ image: rename(m.image), mirrors: [] }))
    },
    image: {
      ...image,
      image: rename(image.image),
      registry: host,
      mirrors: [],
      registryLogins: [],
      registryUsername: '',
      registryPassword: '',
      moreImages: image.moreImages.map(m => ({ ...m, image: rename(m.image), registry: host, mirrors: [] })),
      cacheFrom: [],
      cacheTo: [],
      noCache: true,
      mode: 'all'
    }
  }
}

/** Each rebuilt file against the index's file of that name. */
async function compareDists(
  plan: Plan,
  index: IndexSettings,
  name: string,
  files: string[],
  read?: () => Promise<IndexFiles>
): Promise<Check[]> {
  const held = await (read ? read() : existingFiles(indexUrls(index.url), name, index.timeouts.request))
  const version = normalizeVersion(plan.distVersion ?? plan.version)
  const ofVersion = [...held.keys()].filter(file => fileVersion(file) === version)
  return files.map(path => {
    const file = basename(path)
    const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex')
    const theirs = held.get(file)?.sha256
    if (theirs === sha256) return { ok: true, line: `rebuilt ${file}: the index's bytes (sha256:${sha256})` }
    return {
      ok: false,
      line: theirs
        ? `rebuilt ${file} is sha256:${sha256}, but the index's is sha256:${theirs}`
        : `rebuilt ${file} (sha256:${sha256}), which the index does not hold (it holds ${ofVersion.join(', ') || 'no file of this version'})`
    }
  })
}

/** The rebuilt list's platform images against the published list's, platform by platform, then the lists. */
async function compareImages(
  pair: { published: string; rebuilt: string },
  tag: string,
  image: ImageSettings,
  host: string
): Promise<Check[]> {
  const timeout = image.timeouts.request
  const published = await new RegistryApi(
    imageLocation(pair.published),
    imageCredentialsFor(image, pair.published),
    timeout
  ).manifest(tag)
  const rebuilt = await new RegistryApi(imageLocation(pair.rebuilt), undefined, timeout).manifest(tag)
  const ref = `${pair.published}:${tag}`
  if (!published) return [{ ok: false, line: `${ref} does not resolve: there is nothing to compare the rebuild with` }]
  if (!rebuilt) return [{ ok: false, line: `the rebuild of ${ref} left no image in ${host}` }]
  const byPlatform = (list: typeof published) =>
    new Map(list.manifests.filter(m => m.platform && m.platform.os !== 'unknown').map(m => [platformOf(m)!, m.digest]))
  const theirs = byPlatform(published)
  const ours = byPlatform(rebuilt)
  const checks: Check[] = []
  for (const [platform, digest] of ours) {
    const other = theirs.get(platform)
    checks.push(
      other === digest
        ? { ok: true, line: `rebuilt ${ref} ${platform}: the published image (${digest})` }
        : {
            ok: false,
            line: other
              ? `rebuilt ${ref} ${platform} is ${digest}, but the published one is ${other}`
              : `rebuilt ${ref} ${platform} (${digest}), which the published list does not hold`
          }
    )
  }
  // buildx's provenance entries record when they were built: with provenance on, only the platform images compare.
  if (!image.provenance)
    checks.push(
      rebuilt.digest === published.digest
        ? { ok: true, line: `rebuilt ${ref}: the published manifest list (${published.digest})` }
        : {
            ok: false,
            line: `rebuilt ${ref} is the list ${rebuilt.digest}, but the published one is ${published.digest}`
          }
    )
  return checks
}
