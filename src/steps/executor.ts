// Carries out a plan, step by step: Python build, the index read, staging, the image, the index upload; or a
// deleted branch's cleanup. The index comes last: image tags can be pushed again by a re-run, uploaded files
// cannot. A failure before it leaves only what a re-run overwrites: the image tags already pushed (`latest`
// among them, for a release). Each step is a module of its own; what they touch outside comes in `outside`.
import * as runner from '../outside/runner.js'
import { basename } from 'node:path'
import { Git } from '../outside/git.js'
import { normalizeVersion } from '../versions/pep440.js'
import type { ImageSettings, StepSettings } from '../plan/step-settings.js'
import { imageCredentialsFor } from '../plan/step-settings.js'
import { allRefs, type Plan, type StepId } from '../plan/plan.js'
import { holdLatest } from '../plan/latest.js'
import { removeBranchImages } from './cleanup.js'
import { realOutside, type ImageEngine, type Outside } from './effects.js'
import { previewImagePush } from './image-build.js'
import { closeImageEngine, openImageEngine, pushImages, registryVersions } from './push-images.js'
import { heldByIndex, readIndex, reviewIndex, type IndexReview } from './index-review.js'
import { distFiles } from './dist-files.js'
import { uploadToIndex, UploadError } from './index-upload.js'
import { emptyOutcome, type Outcome, type Workspace } from './outcome.js'
import { attestImage, type ImageSigning } from './attest-image.js'
import { buildPython, stageBuilt, type Built } from './python-build.js'
import { handOver, takeOver } from './build-job.js'

export { emptyOutcome, type Outcome, type Workspace }

/**
 * Carry out the plan. `outcome` is filled in as the steps finish, so that a failure can still report what was
 * done. Returns the plan as carried out (the index can hold `latest` back).
 */
export async function execute(
  plan: Plan,
  settings: StepSettings,
  site: Workspace,
  outcome: Outcome = emptyOutcome(),
  outside: Outside = realOutside
): Promise<Plan> {
  const step = async <T>(id: StepId, body: () => Promise<T>): Promise<T> => {
    outcome.current = id
    const result = await body()
    outcome.completed.push(id)
    outcome.current = undefined
    return result
  }
  const { python, image, index, attestations } = settings
  if (plan.type === 'cleanup') {
    const { logins, githubToken, timeouts } = settings.cleanup
    const credentials = (host: string) => logins.find(l => l.registry === host)
    outcome.removed = await step('cleanup', () =>
      removeBranchImages(allRefs(plan), {
        credentials,
        registry: (name, login) => outside.registry(name, login, timeouts.request),
        ghcr: name => outside.ghcr(name, credentials('ghcr.io'), githubToken, timeouts.request),
        dockerHub: outside.dockerHub(timeouts.request)
      })
    )
    return plan
  }
  // The commit's time stamps everything built from it (SOURCE_DATE_EPOCH, created): a re-run builds the same bytes.
  if (plan.commitEpoch === undefined)
    plan = { ...plan, commitEpoch: (await new Git(site.workspace, python.timeouts.request).commit(plan.sha))?.epoch }
  const runs = (id: StepId) => plan.steps.some(s => s.id === id && !s.skippedBecause)

  let built: Built | undefined
  if (runs('python-build')) {
    // A publishing job takes the build job's files (mode build, then dists-dir): no project code runs here.
    const takes = python.mode !== 'build' && !!python.distsDir
    built = await step('python-build', () => (takes ? takeOver(plan, python, site) : buildPython(plan, python, site)))
    outcome.dists = built.files.map(f => basename(f))
    outcome.distName = built.name
    if (python.mode === 'build') outcome.distsDir = handOver(built, plan, python, site)
  } else {
    const why = plan.steps.find(s => s.id === 'python-build')?.skippedBecause
    if (why) runner.notice(`No Python build: ${why}.`)
  }

  // The image step's engine, opened and asked what it is (its four questions at once) now that Python has built,
  // while the index is read and the files staged: read only, the login waits for the image step. Not during the
  // build: on two cores the questions slow the build by more than they save (BENCHMARKS.md, issue 37).
  let engine: Promise<ImageEngine> | undefined = runs('docker')
    ? openImageEngine(plan, image, site, outside)
    : undefined
  engine?.catch(() => undefined) // awaited, and so reported, by the image step
  let review: IndexReview | undefined
  try {
    // Before anything is published: where the version stands on the index.
    if (built && runs('index-upload')) {
      review = await reviewIndex(plan, index, built.name, site.tagVersions, outside.index)
      plan = review.plan
    }

    if (built && runs('stage')) {
      // A re-run: the image gets exactly the bytes the index already holds.
      const held = review && (await heldByIndex(plan, built.files, review.present, site.temp, index, outside.index))
      const files = held ?? built.files
      const stage = await step('stage', () => stageBuilt(files, plan, python, site))
      outcome.staged = stage.staged
      outcome.stagedDirs = stage.dirs
    }

    if (runs('docker') && plan.imageRefs.some(t => t.endsWith(':latest'))) {
      // The registry may know a higher release than this clone does (two tags pushed close together).
      plan = holdLatest(plan, await registryVersions(image, outside), `the registry (${image.image})`)
    }

    if (runs('docker')) {
      outcome.image = await step('docker', async () => {
        const opened = engine
        engine = undefined
        const pushed = await pushImages(plan, image, site, outside, opened)
        // The provenance goes with the pushed list: before the index, whose files cannot be taken back.
        if (attestations.image !== 'false' && plan.type !== 'verify' && image.mode !== 'platform') {
          outcome.imageAttestations = []
          for (const one of [
            { ...pushed, name: plan.image },
            ...pushed.more.map((m, i) => ({ ...m, name: image.moreImages[i].image }))
          ])
            outcome.imageAttestations.push(
              await attestImage(one.name, one.digest, imageSigning(settings, site, outside, plan.commitEpoch))
            )
        }
        return pushed
      })
      outcome.digest = outcome.image.digest
    }
  } finally {
    // A step before the image failed: the engine opened for it goes (the image step disposes of it itself).
    const unused = engine && (await engine.catch(() => undefined))
    if (unused) closeImageEngine(unused)
  }

  if (built && review) {
    const { urls, present } = review
    const name = built.name
    const tools = built.python
    const files = distFiles(built.files)
    const { token } = index
    outcome.indexPage = urls.page(name, normalizeVersion(plan.version) ?? plan.version)
    outcome.indexSimple = urls.simple
    outcome.uploads = await step('index-upload', () =>
      uploadToIndex(plan.type, plan.version, files, present, {
        urls,
        python: tools.interpreter,
        token,
        timeoutMs: index.timeouts.upload,
        requestTimeoutMs: index.timeouts.request,
        read: () => readIndex(outside.index, urls, name, index),
        signing: {
          request: {
            mode: attestations.dists,
            type: plan.type,
            uploadUrl: urls.upload,
            token: !!token
          },
          timeoutMs: index.timeouts.request,
          twineVersion: () => tools.twineVersion()
        }
      }).catch((error: Error) => {
        // What arrived before the failure is published: the outputs and the summary say so.
        if (error instanceof UploadError) outcome.uploads = error.uploaded.map(file => ({ file, result: 'uploaded' }))
        throw error
      })
    )
  } else if (built) {
    const why = plan.steps.find(s => s.id === 'index-upload')?.skippedBecause
    outcome.uploads = built.files.map(f => ({ file: basename(f), result: 'skipped', why }))
  }
  return plan
}

/** A dry run's view of how the image would be pushed (the engine asked, read only; nothing started). */
export async function previewPush(
  plan: Plan,
  image: ImageSettings,
  temp: string,
  outside = realOutside
): Promise<string> {
  const engine = await outside.openEngine(temp, [], image.timeouts)
  try {
    return await previewImagePush(plan, image, engine)
  } finally {
    engine.dispose()
  }
}

/** What the image's provenance is signed and stored with: the build's inputs, the token for GitHub's API. */
function imageSigning(
  { image, attestations }: StepSettings,
  site: Workspace,
  outside: Outside,
  sourceDateEpoch?: number
): ImageSigning {
  const credentials = (name: string) => imageCredentialsFor(image, name)
  return {
    attach: attestations.image === 'registry' ? outside.referrers(credentials, image.timeouts.request) : undefined,
    repository: site.repository,
    githubToken: attestations.githubToken,
    timeoutMs: image.timeouts.request,
    build: {
      platforms: image.platforms,
      dockerfile: image.dockerfile,
      context: image.context,
      target: image.target,
      buildArgNames: image.buildArgs.map(arg => arg.split('=')[0]),
      sourceDateEpoch
    }
  }
}
