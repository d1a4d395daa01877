// How the image is built and pushed under its first name: the push decision (pure, in plan/) decides from what the engine
// says (asked here, only what the decision needs); this carries the decision out: one multi-platform build,
// a platform job's push by digest, a pull request's build into the cache, one build per platform joined into a
// list, or the merge of the platform jobs' images. A dry run previews the decision without starting anything.
import * as runner from '../outside/runner.js'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { BUILDER_NAME, DockerError, type BuildOptions, type Builder } from '../outside/docker.js'
import { lastLines } from '../outside/exec.js'
import { remember } from '../outside/leftovers.js'
import { classifyBuildxFailure } from '../plan/buildx-output.js'
import { stagingTag } from '../plan/docker-tags.js'
import { samePlatform, unsupportedPlatforms } from '../plan/platforms.js'
import {
  decideImagePush,
  needsStoreFact,
  wantsOwnBuilder,
  type EngineFacts,
  type ImagePush,
  type PushRequest
} from '../plan/image-push.js'
import type { ImageSettings } from '../plan/step-settings.js'
import { imageCredentials } from '../plan/image-names.js'
import { imageLabels } from '../plan/labels.js'
import { layerTimes, layerTimesNotice, type LayerTimes } from '../plan/layer-times.js'
import type { Plan } from '../plan/plan.js'
import { PermanentError, withRetries } from '../plan/retry.js'
import type { ImageEngine, ImageRegistry, Outside } from './effects.js'
import { authAdvice, createList, digestsDir, joinPlatforms, mergeImages } from './manifest-lists.js'
import type { PushedImage, Workspace } from './outcome.js'

/** Build and push under the image's first name (or merge, or build a pull request's images), as decided first. */
export async function pushFirstName(
  engine: ImageEngine,
  current: Builder,
  plan: Plan,
  settings: ImageSettings,
  site: Workspace,
  outside: Outside
): Promise<PushedImage> {
  const { push, builder, stamps } = await decidePush(engine, plan, settings, current)
  const labels = imageLabels({
    plan,
    project: site.project,
    repository: site.repository,
    repositoryUrl: site.repositoryUrl,
    extra: settings.labels
  })
  if (push.how === 'merge') return { ...(await mergeImages(engine, plan, settings, site, labels)), how: push.why }
  const registry = outside.registry(plan.image, imageCredentials(settings), settings.timeouts.request)
  return {
    ...(await carryOutBuild(push, builder, labels, engine, registry, plan, settings, site, stamps)),
    how: push.why
  }
}

function pushRequest(plan: Plan, settings: ImageSettings): PushRequest {
  // A build job (mode build) builds no image: the planner skips this step there.
  return {
    mode: settings.mode === 'build' ? 'all' : settings.mode,
    platforms: settings.platforms,
    verify: plan.type === 'verify'
  }
}

/** What the decision needs to know of the engine, asked only where it matters. */
async function engineFacts(engine: ImageEngine, request: PushRequest, current: Builder): Promise<EngineFacts> {
  const facts: EngineFacts = { driver: current.driver }
  if (needsStoreFact(request, facts)) facts.containerdStore = await engine.hasContainerdStore()
  return facts
}

/**
 * A dry run's view of how the image would be pushed: the engine is asked (read only), nothing is started; where the
 * action would start a builder of its own, the preview says so and what happens if it cannot.
 */
export async function previewImagePush(plan: Plan, settings: ImageSettings, engine: ImageEngine): Promise<string> {
  const current = await engine.inspectBuilder()
  if (!current) return 'decided where it runs (docker buildx is not installed here; the action installs it)'
  const request = pushRequest(plan, settings)
  const facts = await engineFacts(engine, request, current)
  if (!wantsOwnBuilder(request, facts)) return decideImagePush(request, facts).why
  const started = decideImagePush(request, { ...facts, ownBuilderError: '' }).why
  const refused = decideImagePush(request, { ...facts, ownBuilderError: 'it could not start' }).why
  return `${started}, once the action has started that builder; if it cannot: ${refused}`
}

/**
 * How the image is pushed: the engine asked only what the decision needs, the action's own builder started where
 * the current one cannot do it; QEMU registered where the builder lacks platforms (a failure there is a warning).
 */
export async function decidePush(
  engine: ImageEngine,
  plan: Plan,
  settings: ImageSettings,
  current: Builder
): Promise<{ push: ImagePush; builder?: string; stamps?: LayerTimes }> {
  const request = pushRequest(plan, settings)
  const facts = await engineFacts(engine, request, current)
  if (wantsOwnBuilder(request, facts)) {
    const created = await engine.bootstrapContainerBuilder(settings.buildkitImage)
    facts.ownBuilderError = created.code === 0 ? '' : lastLines(created, 1) || `exit ${created.code}`
    if (created.code === 0) {
      remember('builder', BUILDER_NAME)
      current = (await engine.inspectBuilder(BUILDER_NAME)) ?? current
    }
  }
  const push = decideImagePush(request, facts)
  runner.info(`Image push: ${push.why}.`)
  if (push.warning) runner.warning(push.warning)
  const missing = push.how === 'merge' ? [] : unsupportedPlatforms(current, settings.platforms)
  if (missing.length) {
    const qemu = await engine.registerQemu(missing, settings.binfmtImage)
    if (qemu.code !== 0) {
      runner.warning(
        `The builder lists no ${missing.join(', ')}, and registering QEMU for them failed (${lastLines(qemu, 1)}). ` +
          'Trying the build anyway: steps that run no foreign binaries need no emulation.'
      )
    }
  }
  const stamps = await layerTimesOf(engine, push, current, facts)
  if (stamps?.rewrite === false) runner.notice(layerTimesNotice(stamps, settings.platforms.length))
  return { push, builder: push.ownBuilder ? BUILDER_NAME : undefined, stamps }
}

/** Whether the builder that pushes can clamp layer times to the commit's: asked only where something is pushed. */
async function layerTimesOf(
  engine: ImageEngine,
  push: ImagePush,
  current: Builder,
  facts: EngineFacts
): Promise<LayerTimes | undefined> {
  if (push.how === 'merge' || push.how === 'cache-only' || push.how === 'cache-only-each-platform') return undefined
  if (push.ownBuilder || current.driver !== 'docker') return layerTimes(current)
  return layerTimes({
    driver: 'docker',
    docker: await engine.serverVersion(),
    containerdStore: facts.containerdStore ?? (await engine.hasContainerdStore())
  })
}

/** One buildx build; its failure sorted into what a retry may mend (a registry away) and what it cannot. */
export async function buildOnce(engine: ImageEngine, build: BuildOptions, registry: string): Promise<string> {
  try {
    return await engine.buildAndPush(build)
  } catch (error) {
    if (!(error instanceof DockerError)) throw error
    const failure = classifyBuildxFailure(error.output || error.message)
    switch (failure.kind) {
      case 'build':
        throw new PermanentError(`The image build failed: ${failure.line}`)
      case 'auth':
        throw new PermanentError(`The registry ${registry} refused the push: ${failure.line}. ${authAdvice(registry)}`)
      case 'transient':
        throw new DockerError(`Pushing to ${registry} failed: ${failure.line}`)
      default:
        throw new PermanentError(`docker buildx build failed: ${failure.line}`)
    }
  }
}

async function carryOutBuild(
  push: ImagePush,
  builder: string | undefined,
  labels: Record<string, string>,
  engine: ImageEngine,
  registry: ImageRegistry,
  plan: Plan,
  settings: ImageSettings,
  site: Workspace,
  stamps?: LayerTimes
): Promise<PushedImage> {
  const platform = settings.platforms[0]
  const refs = push.how === 'staging-tag' ? [stagingTag(plan.imageRefs[0], platform)] : plan.imageRefs
  const build: BuildOptions = {
    builder,
    context: resolve(site.workspace, settings.context),
    dockerfile: resolve(site.workspace, settings.dockerfile),
    platforms: settings.platforms,
    tags: refs,
    byDigest: push.how === 'by-digest' ? { image: plan.image } : undefined,
    cacheFrom: settings.cacheFrom,
    cacheTo: settings.cacheTo,
    labels,
    annotations: labels,
    buildArgs: settings.buildArgs,
    target: settings.target || undefined,
    provenance: settings.provenance,
    sourceDateEpoch: plan.commitEpoch,
    noCache: settings.noCache,
    metadataFile: join(engine.configDir, 'metadata.json'),
    ...(stamps?.rewrite ? { rewriteTimestamp: { unpackFalse: stamps.unpackFalse } } : {})
  }
  if (push.how === 'cache-only' || push.how === 'cache-only-each-platform')
    return await verifyBuild(engine, settings, { ...build, tags: [], cacheOnly: true }, push.how !== 'cache-only')
  if (push.how === 'each-platform') return await pushEachPlatform(engine, registry, plan, settings, build)
  const title =
    settings.mode === 'platform'
      ? `Build ${platform} and push it ${push.how === 'by-digest' ? 'by digest' : `as ${refs[0]}`}`
      : `Build ${settings.platforms.join(', ')} and push ${refs.join(', ')}`
  const digest = await withRetries(
    title,
    () =>
      runner.group(title, async () => {
        const built = await buildOnce(engine, build, settings.registry)
        if (build.byDigest) return built
        // The digest is what the tag resolves to in the registry (read by its bytes), and it must be what this build
        // pushed (buildx's containerimage.digest): another push in between, or a registry serving other bytes, is
        // tried again and never signed. A list that lacks a platform is pushed again.
        const tag = refs[0].slice(plan.image.length + 1)
        let pushed = await registry.manifest(tag)
        if (pushed && pushed.digest !== built) throw notThisBuild(refs[0], pushed.digest, built)
        if (pushed && !pushed.manifests.length && settings.mode === 'all') {
          await listOfOne(engine, settings, refs, `${plan.image}@${pushed.digest}`, build.annotations ?? {})
          pushed = await registry.manifest(tag)
          if (pushed && !pushed.manifests.length)
            throw new PermanentError(
              `docker buildx imagetools create copied ${refs[0]} as the single image it is, where buildx 0.12 and later make a manifest list of it (${await engine.buildxVersion()}): update buildx.`
            )
        }
        // A platform job's image is one image; everything else is a list of exactly the planned platforms.
        const lacking =
          settings.mode === 'all'
            ? settings.platforms.filter(p => !pushed?.platforms.some(q => samePlatform(p, q)))
            : []
        if (!pushed || lacking.length) {
          throw new DockerError(
            `The registry's ${refs[0]} ${pushed ? `lacks ${lacking.join(', ')}` : 'is missing'} after the push`
          )
        }
        return pushed.digest
      }),
    runner.info
  )

  if (settings.mode === 'platform') {
    const dir = digestsDir(settings, site)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, digest.replace(/^sha256:/, '')), `${platform}\n`)
    runner.info(`Wrote ${platform} ${digest} to ${dir} for the merge job.`)
    return { refs: [], digest, platforms: [platform] }
  }
  // buildx pushed exactly these platforms in one manifest list (the tests read it back from the registry).
  return { refs: plan.imageRefs, digest, platforms: settings.platforms }
}

/**
 * One platform is released as every release is: a manifest list, here of one entry, so that every tag, `latest`, the
 * provenance's subject, the read-back and a cleanup see the same shape whatever the number of platforms (and the
 * platform is written in the list, not only in the image's config). buildx pushes a single image for one platform
 * without attestations: `imagetools create` from it makes the list (buildx 0.12 and later prefer an index for one
 * source), under every tag.
 */
async function listOfOne(
  engine: ImageEngine,
  settings: ImageSettings,
  refs: string[],
  source: string,
  annotations: Record<string, string>
): Promise<void> {
  await createList(engine, settings.registry, refs, [source], annotations, `Make ${refs.join(', ')} a manifest list`)
}

/** A tag that resolves to another image than this build pushed: tried again, and never signed. */
function notThisBuild(ref: string, found: string, built: string): DockerError {
  return new DockerError(
    `The registry's ${ref} is ${found}, but this build pushed ${built}: another push came in between, or the registry serves other bytes`
  )
}

/** A pull request's images: every platform built, the result kept in the build cache only. */
async function verifyBuild(
  engine: ImageEngine,
  settings: ImageSettings,
  build: BuildOptions,
  perPlatform: boolean
): Promise<PushedImage> {
  const rounds = perPlatform ? settings.platforms.map(p => [p]) : [settings.platforms]
  for (const platforms of rounds) {
    const title = `Build ${platforms.join(', ')} (nothing is pushed)`
    await withRetries(
      title,
      () => runner.group(title, () => buildOnce(engine, { ...build, platforms }, settings.registry)),
      runner.info
    )
  }
  return { refs: [], digest: '', platforms: settings.platforms }
}

/**
 * One build per platform with the docker driver, each under a staging tag, then one manifest list
 * from them (what mode merge does across jobs), then the staging tags go where the registry allows it.
 */
async function pushEachPlatform(
  engine: ImageEngine,
  registry: ImageRegistry,
  plan: Plan,
  settings: ImageSettings,
  build: BuildOptions
): Promise<PushedImage> {
  const sources: string[] = []
  const staging: string[] = []
  for (const platform of settings.platforms) {
    const ref = stagingTag(plan.imageRefs[0], platform)
    const title = `Build ${platform} and push it as ${ref}`
    const digest = await withRetries(
      title,
      () =>
        runner.group(title, async () => {
          const built = await buildOnce(engine, { ...build, platforms: [platform], tags: [ref] }, settings.registry)
          const pushed = await registry.manifest(ref.slice(plan.image.length + 1))
          if (!pushed) throw new DockerError(`The registry has no ${ref} after the push`)
          if (pushed.digest !== built) throw notThisBuild(ref, pushed.digest, built)
          return pushed.digest
        }),
      runner.info
    )
    sources.push(`${plan.image}@${digest}`)
    staging.push(ref)
  }
  await joinPlatforms(engine, plan, settings, sources, build.annotations ?? {})
  const kept: string[] = []
  for (const ref of staging) {
    const result = await registry.deleteTag(ref.slice(plan.image.length + 1)).catch(() => 'refused' as const)
    if (result !== 'deleted') kept.push(ref)
  }
  if (kept.length) {
    runner.notice(
      `The registry deletes no tags, so the per-platform staging tags stay: ${kept.join(', ')}. The manifest list holds their images; remove the tags with the registry's own tools if they are in the way.`
    )
  }
  const pushed = await registry.manifest(plan.imageRefs[0].slice(plan.image.length + 1))
  if (!pushed) throw new DockerError(`The registry has no ${plan.imageRefs[0]} after the merge.`)
  return { refs: plan.imageRefs, digest: pushed.digest, platforms: pushed.platforms }
}
