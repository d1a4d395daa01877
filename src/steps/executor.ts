// Carries out a plan step by step: Python build, staging, Docker, package index.
// The index comes last: image tags can be pushed again by a re-run, uploaded
// files cannot. A failure before it leaves only what a re-run overwrites: the
// image tags already pushed (`latest` among them, for a release).
import * as core from '../outside/runner.js'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { classifyBuildxFailure } from '../plan/buildx-output.js'
import { imageLabels } from '../plan/labels.js'
import { stagingTag } from '../plan/docker-tags.js'
import {
  decideImagePush,
  needsStoreFact,
  wantsOwnBuilder,
  type EngineFacts,
  type ImagePush,
  type PushRequest
} from '../plan/image-push.js'
import {
  BUILDER_NAME,
  Docker,
  DockerError,
  samePlatform,
  unsupportedPlatforms,
  type BuildOptions,
  type Builder
} from '../outside/docker.js'
import { indexFor, type Inputs, type RegistryLogin } from '../plan/inputs.js'
import { distFiles, uploadToIndex, UploadError, type Upload } from './index-upload.js'
import {
  downloadFile,
  existingFiles,
  fileVersion,
  IndexError,
  indexUrls,
  type IndexFiles,
  type IndexUrls
} from '../outside/package-index.js'
import { normalizeVersion } from '../versions/pep440.js'
import { removeTags, type Removal } from './cleanup.js'
import { allTags, holdLatest, reviewAgainstIndex, type Plan, type StepId } from '../plan/planner.js'
import { imageLocation, RegistryApi } from '../outside/registry-api.js'
import { versionAdvice, type ProjectInfo } from '../versions/pyproject.js'
import { Git } from '../outside/git.js'
import { canonicalPlatform } from '../plan/platforms.js'
import { forget, remember } from '../outside/leftovers.js'
import { findProject } from '../outside/project-files.js'
import type { Python } from '../outside/python.js'
import { isAuthFailure, PermanentError, withRetries } from '../plan/retry.js'
import { stageDists } from '../outside/stage.js'
import { lastLines } from '../outside/exec.js'
import { plural } from '../versions/words.js'

export interface Environment {
  /** The checkout (GITHUB_WORKSPACE); relative inputs are relative to it. */
  workspace: string
  /** A directory that outlives no run (RUNNER_TEMP). */
  temp: string
  repositoryUrl: string
  /** `owner/repo`. */
  repository: string
  /** What pyproject.toml says, for advice when a build carries another version. */
  project?: ProjectInfo
  /** The versions this package's tags name (read from git only when the index needs them). */
  tagVersions: () => Promise<string[]>
}

export type { Upload }

export interface Outcome {
  /** Steps finished, in order, and the one under way (the one that failed, after a failure). */
  completed: StepId[]
  current?: StepId
  /** Base names of the built distribution files. */
  dists: string[]
  /** A deleted branch's tags, and what became of each. */
  removed?: Removal[]
  /** The files staged into the pkg directories. */
  staged: string[]
  distName?: string
  digest: string
  /** The image pushed (its tags under every name); `more`: the other images of the images input. */
  image?: {
    tags: string[]
    digest: string
    platforms: string[]
    /** How it was pushed (src/plan/image-push.ts), in one sentence. */
    how?: string
    more?: { tags: string[]; digest: string; platforms: string[] }[]
  }
  uploads: Upload[]
  indexPage?: string
  /** The index's simple page root, where pip finds what was uploaded. */
  indexSimple?: string
}

interface Built {
  python: Python
  files: string[]
  name: string
}

export function emptyOutcome(): Outcome {
  return { completed: [], dists: [], staged: [], digest: '', uploads: [] }
}

/**
 * Carry out the plan. `outcome` is filled in as the steps finish, so that a
 * failure can still report what was done. Returns the plan as carried out
 * (the index can hold `latest` back).
 */
export async function execute(
  plan: Plan,
  inputs: Inputs,
  env: Environment,
  outcome: Outcome = emptyOutcome()
): Promise<Plan> {
  if (plan.type === 'cleanup') {
    outcome.current = 'cleanup'
    const logins = registryLogins(inputs)
    const login = (host: string) => logins.find(l => l.registry === host && l.username && l.password)
    outcome.removed = await removeTags(allTags(plan), {
      credentials: login,
      github: { token: inputs.githubToken || inputs.registryPassword },
      // Docker Hub's API lives beside its registry; the variable points tests at a stand-in.
      dockerHub: process.env.DEV_RELEASE_DOCKER_HUB_API || 'https://hub.docker.com',
      ghcrRegistry: process.env.DEV_RELEASE_GHCR_REGISTRY || 'https://ghcr.io',
      timeoutMs: inputs.timeouts.request
    })
    outcome.completed.push('cleanup')
    outcome.current = undefined
    return plan
  }
  // The commit's time stamps everything built from it (SOURCE_DATE_EPOCH, created): a re-run builds the same bytes.
  if (plan.commitEpoch === undefined)
    plan = { ...plan, commitEpoch: (await new Git(env.workspace, inputs.timeouts.request).commit(plan.sha))?.epoch }
  const runs = (id: StepId) => plan.steps.some(s => s.id === id && !s.skippedBecause)
  const step = async (id: StepId, body: () => Promise<void>) => {
    outcome.current = id
    await body()
    outcome.completed.push(id)
    outcome.current = undefined
  }

  let built: Built | undefined
  if (runs('python-build')) {
    await step('python-build', async () => {
      built = await buildPython(plan, inputs, env)
      outcome.dists = built.files.map(f => basename(f))
      outcome.distName = built.name
    })
  } else {
    const why = plan.steps.find(s => s.id === 'python-build')?.skippedBecause
    if (why) core.notice(`No Python build: ${why}.`)
  }

  // Before anything is published: where the version stands on the index.
  let present: IndexFiles | undefined
  let urls: IndexUrls | undefined
  if (built && runs('pypi')) {
    urls = indexUrls(indexFor(plan.type, inputs).url)
    const simple = urls.simple
    present = await readIndex(urls, built.name, inputs).catch(error => {
      throw new IndexError(
        `The index's page at ${simple} cannot be read (${reason(error)}). Nothing was published: the index is read before anything is pushed.`
      )
    })
    const onIndex = [...present.keys()].map(fileVersion).filter((v): v is string => !!v)
    const review = reviewAgainstIndex(plan, inputs.versionChecks, onIndex, await env.tagVersions())
    for (const warning of review.warnings) core.warning(warning)
    if (review.errors.length) throw new IndexError(review.errors.join(' '))
    plan = review.plan
  }

  if (built && present && runs('stage')) {
    // A re-run: the image gets exactly the bytes the index already holds (an sdist never rebuilds byte for byte).
    const held = await heldByIndex(plan, built, present, env, inputs)
    if (held) built = { ...built, files: held }
  }

  if (built && runs('stage')) {
    await step('stage', async () => {
      const dirs = inputs.pkgDirs.map(d => resolve(env.workspace, d))
      const tracked = await new Git(env.workspace, inputs.timeouts.request).trackedFiles(dirs)
      outcome.staged = dirs.flatMap(dir => built!.files.map(file => join(dir, basename(file))))
      for (const file of outcome.staged) remember('staged', file)
      const removed = stageDists(dirs, built!.files, plan.commitEpoch, tracked)
      core.info(
        `Staged ${outcome.dists.join(', ')} into ${inputs.pkgDirs.join(', ')}${removed.length ? ` (removed ${plural(removed.length, 'earlier file')})` : ''}.`
      )
    })
  }

  if (runs('docker') && plan.dockerTags.some(t => t.endsWith(':latest'))) {
    // The registry may know a higher release than this clone does (two tags pushed close together).
    plan = holdLatest(plan, await registryVersions(inputs), `the registry (${inputs.image})`)
  }

  if (runs('docker')) {
    await step('docker', async () => {
      outcome.image = await pushImage(plan, inputs, env)
      outcome.digest = outcome.image.digest
    })
  }

  if (built) {
    const pypi = plan.steps.find(s => s.id === 'pypi')
    if (urls && present) {
      outcome.indexPage = urls.page(built.name, normalizeVersion(plan.version) ?? plan.version)
      outcome.indexSimple = urls.simple
      const name = built.name
      await step('pypi', async () => {
        outcome.uploads = await uploadToIndex(plan.type, plan.version, distFiles(built!.files), present!, {
          urls: urls!,
          python: built!.python.interpreter,
          token: indexFor(plan.type, inputs).token,
          timeoutMs: inputs.timeouts.upload,
          requestTimeoutMs: inputs.timeouts.request,
          read: () => readIndex(urls!, name, inputs)
        }).catch((error: Error) => {
          // What arrived before the failure is published: the outputs and the summary say so.
          if (error instanceof UploadError) outcome.uploads = error.uploaded.map(file => ({ file, result: 'uploaded' }))
          throw error
        })
      })
    } else {
      outcome.uploads = built.files.map(f => ({ file: basename(f), result: 'skipped', why: pypi?.skippedBecause }))
    }
  }
  return plan
}

/**
 * Where the index already holds every file of this build (a re-run of a release,
 * or of this very dev build: its wheel is byte-identical), those files, downloaded;
 * otherwise undefined.
 */
async function heldByIndex(
  plan: Plan,
  built: Built,
  present: IndexFiles,
  env: Environment,
  inputs: Inputs
): Promise<string[] | undefined> {
  const ours = distFiles(built.files)
  if (!ours.every(f => present.has(f.name))) return undefined
  const wheel = ours.find(f => f.name.endsWith('.whl'))
  if (plan.type === 'dev' && present.get(wheel?.name ?? '')?.sha256 !== wheel?.sha256) return undefined
  const dir = mkdtempSync(join(env.temp, 'dev-release-held-'))
  const files = ours.map(f => join(dir, f.name))
  await withRetries(
    'Downloading the files the index holds',
    () =>
      Promise.all(ours.map((f, i) => downloadFile(present.get(f.name)!, f.name, files[i], inputs.timeouts.request))),
    core.info
  )
  core.info(`The index already holds ${ours.map(f => f.name).join(', ')}: the image gets exactly those files.`)
  return files
}

function credentials(inputs: Inputs) {
  return inputs.registryUsername ? { username: inputs.registryUsername, password: inputs.registryPassword } : undefined
}

/** The versions the image's tags name; none, with a warning, when the registry cannot be read. */
async function registryVersions(inputs: Inputs): Promise<string[]> {
  const api = new RegistryApi(imageLocation(inputs.image), credentials(inputs), inputs.timeouts.request)
  try {
    const tags = await withRetries(`Reading the tags of ${inputs.image}`, () => api.tags(), core.info)
    return tags.map(normalizeVersion).filter((v): v is string => v !== undefined)
  } catch (error) {
    core.warning(
      `Could not read the tags of ${inputs.image} (${reason(error)}); latest follows this clone's tags only.`
    )
    return []
  }
}

/** The cause of a failed fetch ("fetch failed" alone says nothing). */
function reason(error: unknown): string {
  const e = error as Error & { cause?: { message?: string; code?: string } }
  return [e.message, e.cause?.code ?? e.cause?.message].filter(Boolean).join(': ')
}

function readIndex(urls: IndexUrls, name: string, inputs: Inputs): Promise<IndexFiles> {
  return withRetries(`Reading ${urls.simple}`, () => existingFiles(urls, name, inputs.timeouts.request), core.info)
}

async function buildPython(plan: Plan, inputs: Inputs, env: Environment): Promise<Built> {
  // One chunk with preflight, which loads it on demand too (a static import here would bundle it twice).
  const { Python, PythonError } = await import('../outside/python.js')
  const python = new Python(inputs.python) // preflight checked that it runs
  const project = findProject(resolve(env.workspace, inputs.pythonProject))
  if (!project) throw new PythonError(`No pyproject.toml or setup.py in "${inputs.pythonProject}".`)
  const tools = await python.withTools(env.temp, core.info, inputs.timeouts.build)
  const outDir = mkdtempSync(join(env.temp, 'dev-release-dist-'))

  core.startGroup(`Build the Python package at ${plan.version}`)
  let files: string[]
  try {
    files = await tools.build(
      project,
      plan.version,
      outDir,
      inputs.pythonBuildArgs,
      plan.commitEpoch,
      inputs.timeouts.build
    )
  } finally {
    core.endGroup()
  }

  const metadata = await tools.readMetadata(files)
  const wrong = metadata.filter(m => normalizeVersion(m.version) !== normalizeVersion(plan.version))
  if (wrong.length) {
    const names = wrong.map(m => `${basename(m.file)} (${m.version})`).join(', ')
    throw new PythonError(
      `The build carries another version than this release (${plan.version}): ${names}. ` +
        `The package must take its version from git: ${env.project ? versionAdvice(env.project) : 'use setuptools_scm (dynamic = ["version"]).'}`
    )
  }
  core.info(`Built ${files.map(f => basename(f)).join(', ')}.`)
  return { python: tools, files, name: metadata[0].name }
}

/** Every registry the image goes to, with the credentials given for it (empty where none were). */
function registryLogins(inputs: Inputs): RegistryLogin[] {
  const logins: RegistryLogin[] = [
    { registry: inputs.registry, username: inputs.registryUsername, password: inputs.registryPassword }
  ]
  const names = [
    ...inputs.mirrors,
    ...inputs.moreImages.flatMap(i => [{ name: i.image, registry: i.registry }, ...i.mirrors])
  ]
  for (const { registry } of names) {
    if (logins.some(l => l.registry === registry)) continue
    logins.push(inputs.registryLogins.find(l => l.registry === registry) ?? { registry, username: '', password: '' })
  }
  return logins
}

async function pushImage(plan: Plan, inputs: Inputs, env: Environment): Promise<NonNullable<Outcome['image']>> {
  const logins = plan.type === 'verify' ? [] : registryLogins(inputs).filter(l => l.username && l.password)
  const docker = await Docker.open(
    env.temp,
    logins.map(l => l.registry),
    inputs.timeouts
  )
  remember('docker-config', docker.configDir)
  try {
    // One buildx start tells both that buildx is there and what the current builder is.
    let current = await docker.inspectBuilder()
    if (!current) {
      core.info('docker buildx is missing: installing a pinned release.')
      await docker.installBuildx()
      current = await docker.inspectBuilder()
      if (!current) throw new DockerError('docker buildx is still missing after installing it.')
    }
    // Which buildx builds: the first thing to know when a build behaves differently elsewhere.
    core.info(`${await docker.buildxVersion()}, builder ${current.name} (${current.driver} driver)`)
    if (plan.type !== 'verify') {
      if (!inputs.registryUsername || !inputs.registryPassword) {
        core.notice(
          `No registry credentials given: pushing to ${inputs.registry} with the runner's own docker login, if any.`
        )
      }
      for (const l of logins) await login(docker, l)
    }
    // Each image of the step in turn, from the same staged package: the first is the step's image.
    const images: NonNullable<Outcome['image']>[] = []
    for (const spec of [undefined, ...inputs.moreImages]) {
      // Each image is read back from its own registry with that registry's login, never the first image's.
      const own = spec && logins.find(l => l.registry === spec.registry)
      const i = spec
        ? {
            ...inputs,
            ...spec,
            moreImages: [],
            registryUsername: own?.username ?? '',
            registryPassword: own?.password ?? ''
          }
        : inputs
      const p = spec
        ? {
            ...plan,
            image: spec.image,
            mirrors: spec.mirrors.map(m => m.name),
            dockerTags: plan.dockerTags.map(t => `${spec.image}${t.slice(plan.image.length)}`)
          }
        : plan
      const pushed = await pushPrimary(docker, current, p, i, env)
      const copies =
        p.type === 'verify' || i.mode === 'platform' || !i.mirrors.length
          ? []
          : await copyToMirrors(docker, p, i, pushed)
      images.push({ ...pushed, tags: [...pushed.tags, ...copies] })
    }
    return { ...images[0], more: images.slice(1) }
  } finally {
    docker.dispose()
    forget('docker-config', docker.configDir)
  }
}

/**
 * The same manifest list under the image's other names (one build): every tag under each. A name whose
 * registry has a login line with an empty password (a fork's run) is skipped with a notice.
 */
async function copyToMirrors(
  docker: Docker,
  plan: Plan,
  inputs: Inputs,
  pushed: { tags: string[]; digest: string }
): Promise<string[]> {
  const copied: string[] = []
  const logins = registryLogins(inputs)
  for (const mirror of inputs.mirrors) {
    const login = logins.find(l => l.registry === mirror.registry)
    const listed =
      mirror.registry === inputs.registry || inputs.registryLogins.some(l => l.registry === mirror.registry)
    if (listed && login && !(login.username && login.password)) {
      core.notice(
        `${mirror.name}: no credentials for ${mirror.registry} in this run (a fork has no secrets), so this name is skipped.`
      )
      continue
    }
    const tags = pushed.tags.map(tag => `${mirror.name}${tag.slice(plan.image.length)}`)
    const source = `${plan.image}@${pushed.digest}`
    await createList(docker, mirror.registry, tags, [source], {}, `Copy ${source} to ${tags.join(', ')}`)
    copied.push(...tags)
  }
  return copied
}

/** Build and push under the image's first name (or merge, or build a pull request's images), as decided first. */
async function pushPrimary(
  docker: Docker,
  current: Builder,
  plan: Plan,
  inputs: Inputs,
  env: Environment
): Promise<NonNullable<Outcome['image']>> {
  const { push, builder } = await decidePush(docker, plan, inputs, current)
  const labels = imageLabels({
    plan,
    project: env.project,
    repository: env.repository,
    repositoryUrl: env.repositoryUrl,
    extra: inputs.labels
  })
  return { ...(await carryOutPush(push, builder, labels, docker, plan, inputs, env)), how: push.why }
}

async function carryOutPush(
  push: ImagePush,
  builder: string | undefined,
  labels: Record<string, string>,
  docker: Docker,
  plan: Plan,
  inputs: Inputs,
  env: Environment
): Promise<NonNullable<Outcome['image']>> {
  if (push.how === 'merge') return await mergeImages(docker, plan, inputs, env, labels)
  const platform = inputs.platforms[0]
  const tags = push.how === 'staging-tag' ? [stagingTag(plan.dockerTags[0], platform)] : plan.dockerTags
  const build: BuildOptions = {
    builder,
    context: resolve(env.workspace, inputs.context),
    dockerfile: resolve(env.workspace, inputs.dockerfile),
    platforms: inputs.platforms,
    tags,
    byDigest: push.how === 'by-digest' ? { image: plan.image } : undefined,
    cacheFrom: inputs.cacheFrom,
    cacheTo: inputs.cacheTo,
    labels,
    annotations: labels,
    buildArgs: inputs.buildArgs,
    target: inputs.target || undefined,
    provenance: inputs.provenance,
    sourceDateEpoch: plan.commitEpoch,
    metadataFile: join(docker.configDir, 'metadata.json')
  }
  if (push.how === 'cache-only' || push.how === 'cache-only-each-platform')
    return await verifyBuild(docker, inputs, { ...build, tags: [], cacheOnly: true }, push.how !== 'cache-only')
  const registry = new RegistryApi(imageLocation(plan.image), credentials(inputs), inputs.timeouts.request)
  if (push.how === 'each-platform') return await pushEachPlatform(docker, registry, plan, inputs, build)
  const title =
    inputs.mode === 'platform'
      ? `Build ${platform} and push it ${push.how === 'by-digest' ? 'by digest' : `as ${tags[0]}`}`
      : `Build ${inputs.platforms.join(', ')} and push ${tags.join(', ')}`
  const digest = await withRetries(
    title,
    () =>
      inGroup(title, async () => {
        const built = await buildOnce(docker, build, inputs.registry)
        if (build.byDigest) return built
        // The digest is what the tag resolves to in the registry, not what buildx wrote down (after a
        // retried push the two can differ); a list that lacks a platform is pushed again.
        const pushed = await registry.manifest(tags[0].slice(plan.image.length + 1))
        const lacking =
          inputs.platforms.length > 1
            ? inputs.platforms.filter(p => !pushed?.platforms.some(q => samePlatform(p, q)))
            : []
        if (!pushed || lacking.length) {
          throw new DockerError(
            `The registry's ${tags[0]} ${pushed ? `lacks ${lacking.join(', ')}` : 'is missing'} after the push`
          )
        }
        return pushed.digest
      }),
    core.info
  )

  if (inputs.mode === 'platform') {
    const dir = digestsDir(inputs, env)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, digest.replace(/^sha256:/, '')), `${platform}\n`)
    core.info(`Wrote ${platform} ${digest} to ${dir} for the merge job.`)
    return { tags: [], digest, platforms: [platform] }
  }
  // buildx pushed exactly these platforms in one manifest list (the tests read it back from the registry).
  return { tags: plan.dockerTags, digest, platforms: inputs.platforms }
}

async function login(docker: Docker, { registry, username, password }: RegistryLogin): Promise<void> {
  await withRetries(
    `Logging in to ${registry}`,
    async () => {
      const result = await docker.login(registry, username, password)
      if (result.code === 0) return
      const why = lastLines(result, 1)
      if (isAuthFailure(result.stderr)) {
        throw new PermanentError(
          `Authentication failed for registry ${registry} as "${username}" (${why}). Check registry-username and registry-password (or registry-logins).`
        )
      }
      throw new DockerError(`Logging in to ${registry} failed: ${why}`)
    },
    core.info
  )
}

/** A pull request's images: every platform built, the result kept in the build cache only. */
async function verifyBuild(
  docker: Docker,
  inputs: Inputs,
  build: BuildOptions,
  perPlatform: boolean
): Promise<NonNullable<Outcome['image']>> {
  const rounds = perPlatform ? inputs.platforms.map(p => [p]) : [inputs.platforms]
  for (const platforms of rounds) {
    const title = `Build ${platforms.join(', ')} (nothing is pushed)`
    await withRetries(
      title,
      () => inGroup(title, () => buildOnce(docker, { ...build, platforms }, inputs.registry)),
      core.info
    )
  }
  return { tags: [], digest: '', platforms: inputs.platforms }
}

/**
 * One build per platform with the docker driver, each under a staging tag, then one manifest list
 * from them (what mode merge does across jobs), then the staging tags go where the registry allows it.
 */
async function pushEachPlatform(
  docker: Docker,
  registry: RegistryApi,
  plan: Plan,
  inputs: Inputs,
  build: BuildOptions
): Promise<NonNullable<Outcome['image']>> {
  const sources: string[] = []
  const staging: string[] = []
  for (const platform of inputs.platforms) {
    const tag = stagingTag(plan.dockerTags[0], platform)
    const title = `Build ${platform} and push it as ${tag}`
    const digest = await withRetries(
      title,
      () =>
        inGroup(title, async () => {
          await buildOnce(docker, { ...build, platforms: [platform], tags: [tag] }, inputs.registry)
          const pushed = await registry.manifest(tag.slice(plan.image.length + 1))
          if (!pushed) throw new DockerError(`The registry has no ${tag} after the push`)
          return pushed.digest
        }),
      core.info
    )
    sources.push(`${plan.image}@${digest}`)
    staging.push(tag)
  }
  await joinPlatforms(docker, plan, inputs, sources, build.annotations ?? {})
  const kept: string[] = []
  for (const tag of staging) {
    const result = await registry.deleteTag(tag.slice(plan.image.length + 1)).catch(() => 'refused' as const)
    if (result !== 'deleted') kept.push(tag)
  }
  if (kept.length) {
    core.notice(
      `The registry deletes no tags, so the per-platform staging tags stay: ${kept.join(', ')}. The manifest list holds their images; remove the tags with the registry's own tools if they are in the way.`
    )
  }
  const pushed = await registry.manifest(plan.dockerTags[0].slice(plan.image.length + 1))
  if (!pushed) throw new DockerError(`The registry has no ${plan.dockerTags[0]} after the merge.`)
  return { tags: plan.dockerTags, digest: pushed.digest, platforms: pushed.platforms }
}

/**
 * A dry run's view of how the image would be pushed: the engine is asked (read only), nothing is started; where the
 * action would start a builder of its own, the preview says so and what happens if it cannot.
 */
export async function previewPush(plan: Plan, inputs: Inputs, temp: string): Promise<string> {
  const docker = await Docker.open(temp, [], inputs.timeouts)
  try {
    const current = await docker.inspectBuilder()
    if (!current) return 'decided where it runs (docker buildx is not installed here; the action installs it)'
    const request = pushRequest(plan, inputs)
    const facts = await engineFacts(docker, request, current)
    if (!wantsOwnBuilder(request, facts)) return decideImagePush(request, facts).why
    const started = decideImagePush(request, { ...facts, ownBuilderError: '' }).why
    const refused = decideImagePush(request, { ...facts, ownBuilderError: 'it could not start' }).why
    return `${started}, once the action has started that builder; if it cannot: ${refused}`
  } finally {
    docker.dispose()
  }
}

function pushRequest(plan: Plan, inputs: Inputs): PushRequest {
  return { mode: inputs.mode, platforms: inputs.platforms, verify: plan.type === 'verify' }
}

/** What the decision needs to know of the engine, asked only where it matters. */
async function engineFacts(docker: Docker, request: PushRequest, current: Builder): Promise<EngineFacts> {
  const facts: EngineFacts = { driver: current.driver }
  if (needsStoreFact(request, facts)) facts.containerdStore = await docker.hasContainerdStore()
  return facts
}

/**
 * How the image is pushed (src/plan/image-push.ts decides; this asks the engine only what the decision needs, and starts
 * the action's own builder where the current one cannot do it); registers QEMU where platforms are missing.
 */
async function decidePush(
  docker: Docker,
  plan: Plan,
  inputs: Inputs,
  current: Builder
): Promise<{ push: ImagePush; builder?: string }> {
  const request = pushRequest(plan, inputs)
  const facts = await engineFacts(docker, request, current)
  if (wantsOwnBuilder(request, facts)) {
    const created = await docker.bootstrapContainerBuilder(inputs.buildkitImage)
    facts.ownBuilderError = created.code === 0 ? '' : lastLines(created, 1) || `exit ${created.code}`
    if (created.code === 0) {
      remember('builder', BUILDER_NAME)
      current = (await docker.inspectBuilder(BUILDER_NAME)) ?? current
    }
  }
  const push = decideImagePush(request, facts)
  core.info(`Image push: ${push.why}.`)
  if (push.warning) core.warning(push.warning)
  const missing = push.how === 'merge' ? [] : unsupportedPlatforms(current, inputs.platforms)
  if (missing.length) {
    const qemu = await docker.registerQemu(missing, inputs.binfmtImage)
    if (qemu.code !== 0) {
      core.warning(
        `The builder lists no ${missing.join(', ')}, and registering QEMU for them failed (${lastLines(qemu, 1)}). ` +
          'Trying the build anyway: steps that run no foreign binaries need no emulation.'
      )
    }
  }
  return { push, builder: push.ownBuilder ? BUILDER_NAME : undefined }
}

async function buildOnce(docker: Docker, build: BuildOptions, registry: string): Promise<string> {
  try {
    return await docker.buildAndPush(build)
  } catch (error) {
    if (!(error instanceof DockerError)) throw error
    // Only a registry that is away or failing is worth another try; a broken build is not.
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

/** What to check when a registry refuses: for ghcr.io, the workflow's permissions and the package's access. */
function authAdvice(registry: string): string {
  return registry === 'ghcr.io'
    ? "Check registry-username and registry-password; with GITHUB_TOKEN the job needs permissions: packages: write, and an existing package must grant this repository write access (the package's settings, Manage Actions access)."
    : 'Check registry-username and registry-password, and that this user may push to the image.'
}

async function inGroup<T>(title: string, body: () => Promise<T>): Promise<T> {
  core.startGroup(title)
  try {
    return await body()
  } finally {
    core.endGroup()
  }
}

function digestsDir(inputs: Inputs, env: Environment): string {
  return inputs.digestsDir ? resolve(env.workspace, inputs.digestsDir) : join(env.temp, 'dev-release-digests')
}

/** One tagged manifest list from platform images pushed by digest or under staging tags. */
async function joinPlatforms(
  docker: Docker,
  plan: Plan,
  inputs: Inputs,
  sources: string[],
  annotations: Record<string, string>
): Promise<void> {
  await createList(
    docker,
    inputs.registry,
    plan.dockerTags,
    sources,
    annotations,
    `Merge ${inputs.platforms.join(', ')} into ${plan.dockerTags.join(', ')}`
  )
}

/** `imagetools create`, with bounded retries for a registry failing for a moment; a refusal names the fix. */
async function createList(
  docker: Docker,
  registry: string,
  tags: string[],
  sources: string[],
  annotations: Record<string, string>,
  title: string
): Promise<void> {
  await withRetries(
    title,
    () =>
      inGroup(title, async () => {
        const result = await docker.createManifestList(tags, sources, annotations)
        if (result.code === 0) return
        const failure = classifyBuildxFailure(result.stdout + result.stderr)
        if (failure.kind === 'auth')
          throw new PermanentError(
            `The registry ${registry} refused ${tags[0]}: ${failure.line}. ${authAdvice(registry)}`
          )
        if (failure.kind !== 'transient') throw new PermanentError(`${title} failed: ${failure.line}`)
        throw new DockerError(`${title} failed: ${failure.line}`)
      }),
    core.info
  )
}

/** Every platform exactly once, from the files the platform jobs wrote; then one tagged manifest list. */
async function mergeImages(
  docker: Docker,
  plan: Plan,
  inputs: Inputs,
  env: Environment,
  annotations: Record<string, string>
): Promise<NonNullable<Outcome['image']>> {
  const dir = digestsDir(inputs, env)
  const found = new Map<string, string[]>()
  const files = existsSync(dir) ? readdirSync(dir).filter(f => /^[0-9a-f]{64}$/.test(f)) : []
  for (const file of files) {
    // A platform job may spell it linux/arm64/v8: one platform, one name.
    const platform = canonicalPlatform(readFileSync(join(dir, file), 'utf8').trim())
    found.set(platform, [...(found.get(platform) ?? []), `sha256:${file}`])
  }
  const problems: string[] = []
  for (const platform of inputs.platforms) {
    const digests = found.get(platform) ?? []
    if (digests.length === 0) problems.push(`${platform} is missing: no platform job delivered it`)
    if (digests.length > 1) problems.push(`${platform} arrived ${digests.length} times (${digests.join(', ')})`)
  }
  for (const platform of found.keys()) {
    if (!inputs.platforms.includes(platform)) problems.push(`${platform} arrived but is not in platforms`)
  }
  if (problems.length) {
    throw new DockerError(`Cannot merge the platform images in ${dir}: ${problems.join('; ')}. Nothing was tagged.`)
  }
  const sources = inputs.platforms.map(p => `${plan.image}@${found.get(p)![0]}`)
  await joinPlatforms(docker, plan, inputs, sources, annotations)
  const pushed = await docker.inspectImage(plan.dockerTags[0])
  return { tags: plan.dockerTags, digest: pushed.digest, platforms: pushed.platforms }
}
