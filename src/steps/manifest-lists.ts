// Manifest lists made from images already in the registry: the platform jobs' images merged into one tagged
// list (mode merge, and one build per platform), and the same list copied under the image's other names.
import * as runner from '../outside/runner.js'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { DockerError } from '../outside/docker.js'
import { classifyBuildxFailure } from '../plan/buildx-output.js'
import type { ImageSettings } from '../plan/step-settings.js'
import type { Plan } from '../plan/plan.js'
import { canonicalPlatform } from '../plan/platforms.js'
import { PermanentError, withRetries } from '../plan/retry.js'
import type { ImageEngine } from './effects.js'
import type { PushedImage, Workspace } from './outcome.js'

/** What to check when a registry refuses: for ghcr.io, the workflow's permissions and the package's access. */
export function authAdvice(registry: string): string {
  return registry === 'ghcr.io'
    ? "Check registry-username and registry-password; with GITHUB_TOKEN the job needs permissions: packages: write, and an existing package must grant this repository write access (the package's settings, Manage Actions access)."
    : 'Check registry-username and registry-password, and that this user may push to the image.'
}

/** Where platform jobs write their digests and the merge job reads them. */
export function digestsDir(settings: ImageSettings, site: Workspace): string {
  return settings.digestsDir ? resolve(site.workspace, settings.digestsDir) : join(site.temp, 'dev-release-digests')
}

/** `imagetools create`, with bounded retries for a registry failing for a moment; a refusal names the fix. */
export async function createList(
  engine: ImageEngine,
  registry: string,
  refs: string[],
  sources: string[],
  annotations: Record<string, string>,
  title: string
): Promise<void> {
  await withRetries(
    title,
    () =>
      runner.group(title, async () => {
        const result = await engine.createManifestList(refs, sources, annotations)
        if (result.code === 0) return
        const failure = classifyBuildxFailure(result.stdout + result.stderr)
        if (failure.kind === 'auth')
          throw new PermanentError(
            `The registry ${registry} refused ${refs[0]}: ${failure.line}. ${authAdvice(registry)}`
          )
        if (failure.kind !== 'transient') throw new PermanentError(`${title} failed: ${failure.line}`)
        throw new DockerError(`${title} failed: ${failure.line}`)
      }),
    runner.info
  )
}

/** One tagged manifest list from platform images pushed by digest or under staging tags. */
export async function joinPlatforms(
  engine: ImageEngine,
  plan: Plan,
  settings: ImageSettings,
  sources: string[],
  annotations: Record<string, string>
): Promise<void> {
  await createList(
    engine,
    settings.registry,
    plan.imageRefs,
    sources,
    annotations,
    `Merge ${settings.platforms.join(', ')} into ${plan.imageRefs.join(', ')}`
  )
}

/**
 * The platform jobs' digests (one file per platform image, named by its digest, holding its platform), checked:
 * every platform exactly once and none that is not asked for. Throws before anything is tagged.
 */
export function readDigests(dir: string, platforms: string[]): Map<string, string> {
  const found = new Map<string, string[]>()
  const files = existsSync(dir) ? readdirSync(dir).filter(f => /^[0-9a-f]{64}$/.test(f)) : []
  for (const file of files) {
    // A platform job may spell it linux/arm64/v8: one platform, one name.
    const platform = canonicalPlatform(readFileSync(join(dir, file), 'utf8').trim())
    found.set(platform, [...(found.get(platform) ?? []), `sha256:${file}`])
  }
  const problems: string[] = []
  for (const platform of platforms) {
    const digests = found.get(platform) ?? []
    if (digests.length === 0) problems.push(`${platform} is missing: no platform job delivered it`)
    if (digests.length > 1) problems.push(`${platform} arrived ${digests.length} times (${digests.join(', ')})`)
  }
  for (const platform of found.keys()) {
    if (!platforms.includes(platform)) problems.push(`${platform} arrived but is not in platforms`)
  }
  if (problems.length) {
    throw new DockerError(`Cannot merge the platform images in ${dir}: ${problems.join('; ')}. Nothing was tagged.`)
  }
  return new Map([...found].map(([platform, digests]) => [platform, digests[0]]))
}

/** Every platform exactly once, from the files the platform jobs wrote; then one tagged manifest list. */
export async function mergeImages(
  engine: ImageEngine,
  plan: Plan,
  settings: ImageSettings,
  site: Workspace,
  annotations: Record<string, string>
): Promise<PushedImage> {
  const found = readDigests(digestsDir(settings, site), settings.platforms)
  const sources = settings.platforms.map(p => `${plan.image}@${found.get(p)!}`)
  await joinPlatforms(engine, plan, settings, sources, annotations)
  const pushed = await engine.inspectImage(plan.imageRefs[0])
  // The list must hold exactly the images the platform jobs pushed (with buildx's provenance on, their sources are
  // lists of their own, whose images the merged list holds instead): else it is not signed.
  const expected = [...found.values()].sort()
  if (!settings.provenance && pushed.images.slice().sort().join() !== expected.join())
    throw new PermanentError(
      `The merged ${plan.imageRefs[0]} holds ${pushed.images.join(', ') || 'no platform image'}, but the platform jobs pushed ${expected.join(', ')}: another push came in between, or the registry serves other bytes; nothing is signed.`
    )
  return { refs: plan.imageRefs, digest: pushed.digest, platforms: pushed.platforms }
}
