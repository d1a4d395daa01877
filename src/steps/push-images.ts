// The image step: open the engine with a DOCKER_CONFIG of the run's own, make sure buildx is there, log in to
// every registry the image goes to, then push each image of the images input (each as the push decision says) and copy
// it under its other names. Also what `latest` needs to know first: the versions the registry's tags name.
import * as runner from '../outside/runner.js'
import { DockerError } from '../outside/docker.js'
import { forget, remember } from '../outside/leftovers.js'
import { lastLines } from '../outside/exec.js'
import { completeLogins, imageLogins, type ImageSettings, type RegistryLogin } from '../plan/step-settings.js'
import { imageCredentials } from '../plan/image-names.js'
import type { Plan } from '../plan/plan.js'
import { isAuthFailure, PermanentError, withRetries } from '../plan/retry.js'
import { normalizeVersion } from '../versions/pep440.js'
import type { ImageEngine, Outside } from './effects.js'
import { pushFirstName } from './image-build.js'
import { createList } from './manifest-lists.js'
import { probedEngine } from './probed-engine.js'
import type { PushedImage, Workspace } from './outcome.js'
import { failureReason } from './index-review.js'

/** The versions the image's tags name; none, with a warning, when the registry cannot be read. */
export async function registryVersions(settings: ImageSettings, outside: Outside): Promise<string[]> {
  const registry = outside.registry(settings.image, imageCredentials(settings), settings.timeouts.request)
  try {
    const tags = await withRetries(`Reading the tags of ${settings.image}`, () => registry.tags(), runner.info)
    return tags.map(normalizeVersion).filter((v): v is string => v !== undefined)
  } catch (error) {
    runner.warning(
      `Could not read the tags of ${settings.image} (${failureReason(error)}); latest follows this clone's tags only.`
    )
    return []
  }
}

/** The logins of this step: none for a pull request's check, which pushes nothing. */
function stepLogins(plan: Plan, settings: ImageSettings): RegistryLogin[] {
  return plan.type === 'verify' ? [] : completeLogins(settings)
}

/** The engine, with a DOCKER_CONFIG made for this step's logins, remembered for the post step until disposed of. */
async function openEngineFor(plan: Plan, settings: ImageSettings, site: Workspace, outside: Outside) {
  const registries = stepLogins(plan, settings).map(l => l.registry)
  const engine = await outside.openEngine(site.temp, registries, settings.timeouts)
  remember('docker-config', engine.configDir)
  return engine
}

/**
 * The image step's engine, opened ahead and asked at once what it is (probed-engine.ts): read only, no login. The
 * caller hands it to pushImages, or disposes of it where the step never comes.
 */
export async function openImageEngine(
  plan: Plan,
  settings: ImageSettings,
  site: Workspace,
  outside: Outside
): Promise<ImageEngine> {
  return probedEngine(await openEngineFor(plan, settings, site, outside))
}

/** The step's engine gone, and its DOCKER_CONFIG with it (also where the image step never came to take it). */
export function closeImageEngine(engine: ImageEngine): void {
  engine.dispose()
  forget('docker-config', engine.configDir)
}

export async function pushImages(
  plan: Plan,
  settings: ImageSettings,
  site: Workspace,
  outside: Outside,
  /** The engine openImageEngine opened before (once Python had built); this step disposes of it. */
  opened?: Promise<ImageEngine>
): Promise<PushedImage & { more: PushedImage[] }> {
  const logins = stepLogins(plan, settings)
  const engine = await (opened ?? openEngineFor(plan, settings, site, outside))
  try {
    // One buildx start tells both that buildx is there and what the current builder is.
    let current = await engine.inspectBuilder()
    if (!current) {
      runner.info('docker buildx is missing: installing a pinned release.')
      await engine.installBuildx()
      current = await engine.inspectBuilder()
      if (!current) throw new DockerError('docker buildx is still missing after installing it.')
    }
    // Which buildx builds: the first thing to know when a build behaves differently elsewhere.
    runner.info(`${await engine.buildxVersion()}, builder ${current.name} (${current.driver} driver)`)
    if (plan.type !== 'verify') {
      if (!settings.registryUsername || !settings.registryPassword) {
        runner.notice(
          `No registry credentials given: pushing to ${settings.registry} with the runner's own docker login, if any.`
        )
      }
      for (const l of logins) await login(engine, l)
    }
    // Each image of the step in turn, from the same staged package: the first is the step's image.
    const images: PushedImage[] = []
    for (const spec of [undefined, ...settings.moreImages]) {
      // Each image is read back from its own registry with that registry's login, never the first image's.
      const own = spec && logins.find(l => l.registry === spec.registry)
      const i = spec
        ? {
            ...settings,
            ...spec,
            moreImages: [],
            registryUsername: own?.username ?? '',
            registryPassword: own?.password ?? ''
          }
        : settings
      const p = spec
        ? {
            ...plan,
            image: spec.image,
            mirrors: spec.mirrors.map(m => m.name),
            imageRefs: plan.imageRefs.map(t => `${spec.image}${t.slice(plan.image.length)}`)
          }
        : plan
      const pushed = await pushFirstName(engine, current, p, i, site, outside)
      const copies =
        p.type === 'verify' || i.mode === 'platform' || !i.mirrors.length
          ? []
          : await copyToMirrors(engine, p, i, pushed)
      images.push({ ...pushed, refs: [...pushed.refs, ...copies] })
    }
    return { ...images[0], more: images.slice(1) }
  } finally {
    closeImageEngine(engine)
  }
}

export async function login(engine: ImageEngine, { registry, username, password }: RegistryLogin): Promise<void> {
  await withRetries(
    `Logging in to ${registry}`,
    async () => {
      const result = await engine.login(registry, username, password)
      if (result.code === 0) return
      const why = lastLines(result, 1)
      if (isAuthFailure(result.stderr)) {
        throw new PermanentError(
          `Authentication failed for registry ${registry} as "${username}" (${why}). Check registry-username and registry-password (or registry-logins).`
        )
      }
      throw new DockerError(`Logging in to ${registry} failed: ${why}`)
    },
    runner.info
  )
}

/**
 * The same manifest list under the image's other names (one build): every tag under each. A name whose
 * registry has a login line with an empty password (a fork's run) is skipped with a notice.
 */
export async function copyToMirrors(
  engine: ImageEngine,
  plan: Plan,
  settings: ImageSettings,
  pushed: { refs: string[]; digest: string }
): Promise<string[]> {
  const copied: string[] = []
  const logins = imageLogins(settings)
  for (const mirror of settings.mirrors) {
    const login = logins.find(l => l.registry === mirror.registry)
    const listed =
      mirror.registry === settings.registry || settings.registryLogins.some(l => l.registry === mirror.registry)
    if (listed && login && !(login.username && login.password)) {
      runner.notice(
        `${mirror.name}: no credentials for ${mirror.registry} in this run (a fork has no secrets), so this name is skipped.`
      )
      continue
    }
    const refs = pushed.refs.map(ref => `${mirror.name}${ref.slice(plan.image.length)}`)
    const source = `${plan.image}@${pushed.digest}`
    await createList(engine, mirror.registry, refs, [source], {}, `Copy ${source} to ${refs.join(', ')}`)
    copied.push(...refs)
  }
  return copied
}
