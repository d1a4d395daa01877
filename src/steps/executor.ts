// Carries out a plan, step by step: Python build, the index read, staging, the image, the index upload; or a
// deleted branch's cleanup. The index comes last: image tags can be pushed again by a re-run, uploaded files
// cannot. A failure before it leaves only what a re-run overwrites: the image tags already pushed (`latest`
// among them, for a release). Each step is a module of its own; what they touch outside comes in `outside`.
import { endpoints } from '../outside/endpoints.js'
import * as runner from '../outside/runner.js'
import { basename } from 'node:path'
import { Git } from '../outside/git.js'
import { normalizeVersion } from '../versions/pep440.js'
import { indexFor, type Inputs } from '../plan/inputs.js'
import { allRefs, type Plan, type StepId } from '../plan/plan.js'
import { holdLatest } from '../plan/latest.js'
import { removeBranchImages } from './cleanup.js'
import { realOutside, type Outside } from './effects.js'
import { previewImagePush } from './image-build.js'
import { credentialsFor, pushImages, registryVersions } from './push-images.js'
import { heldByIndex, readIndex, reviewIndex, type IndexReview } from './index-review.js'
import { distFiles } from './dist-files.js'
import { uploadToIndex, UploadError } from './index-upload.js'
import { emptyOutcome, type Outcome, type Workspace } from './outcome.js'
import { attestImage, type ImageSigning } from './attest-image.js'
import { splitRegistry } from '../plan/image-names.js'
import { buildPython, stageBuilt, type Built } from './python-build.js'

export { emptyOutcome, type Outcome, type Workspace }

/**
 * Carry out the plan. `outcome` is filled in as the steps finish, so that a failure can still report what was
 * done. Returns the plan as carried out (the index can hold `latest` back).
 */
export async function execute(
  plan: Plan,
  inputs: Inputs,
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
  if (plan.type === 'cleanup') {
    outcome.removed = await step('cleanup', () =>
      removeBranchImages(allRefs(plan), {
        credentials: host => credentialsFor(inputs, host),
        github: { token: inputs.githubToken || inputs.registryPassword },
        dockerHub: endpoints().dockerHub,
        ghcrRegistry: endpoints().ghcrRegistry,
        timeoutMs: inputs.timeouts.request,
        registry: (image, credentials) => outside.registry(image, credentials, inputs.timeouts.request)
      })
    )
    return plan
  }
  // The commit's time stamps everything built from it (SOURCE_DATE_EPOCH, created): a re-run builds the same bytes.
  if (plan.commitEpoch === undefined)
    plan = { ...plan, commitEpoch: (await new Git(site.workspace, inputs.timeouts.request).commit(plan.sha))?.epoch }
  const runs = (id: StepId) => plan.steps.some(s => s.id === id && !s.skippedBecause)

  let built: Built | undefined
  if (runs('python-build')) {
    built = await step('python-build', () => buildPython(plan, inputs, site))
    outcome.dists = built.files.map(f => basename(f))
    outcome.distName = built.name
  } else {
    const why = plan.steps.find(s => s.id === 'python-build')?.skippedBecause
    if (why) runner.notice(`No Python build: ${why}.`)
  }

  // Before anything is published: where the version stands on the index.
  let review: IndexReview | undefined
  if (built && runs('index-upload')) {
    review = await reviewIndex(plan, inputs, built.name, site.tagVersions, outside.index)
    plan = review.plan
  }

  if (built && runs('stage')) {
    // A re-run: the image gets exactly the bytes the index already holds.
    const held = review && (await heldByIndex(plan, built.files, review.present, site.temp, inputs, outside.index))
    const files = held ?? built.files
    outcome.staged = await step('stage', () => stageBuilt(files, plan, inputs, site))
  }

  if (runs('docker') && plan.imageRefs.some(t => t.endsWith(':latest'))) {
    // The registry may know a higher release than this clone does (two tags pushed close together).
    plan = holdLatest(plan, await registryVersions(inputs, outside), `the registry (${inputs.image})`)
  }

  if (runs('docker')) {
    outcome.image = await step('docker', async () => {
      const pushed = await pushImages(plan, inputs, site, outside)
      // The provenance goes with the pushed list: before the index, whose files cannot be taken back.
      if (inputs.attestImage !== 'false' && plan.type !== 'verify' && inputs.mode !== 'platform') {
        outcome.imageAttestations = []
        for (const image of [
          { ...pushed, name: plan.image },
          ...pushed.more.map((m, i) => ({ ...m, name: inputs.moreImages[i].image }))
        ])
          outcome.imageAttestations.push(
            await attestImage(image.name, image.digest, imageSigning(inputs, site, outside, plan.commitEpoch))
          )
      }
      return pushed
    })
    outcome.digest = outcome.image.digest
  }

  if (built && review) {
    const { urls, present } = review
    const name = built.name
    const tools = built.python
    const python = tools.interpreter
    const files = distFiles(built.files)
    const { token } = indexFor(plan.type, inputs)
    outcome.indexPage = urls.page(name, normalizeVersion(plan.version) ?? plan.version)
    outcome.indexSimple = urls.simple
    outcome.uploads = await step('index-upload', () =>
      uploadToIndex(plan.type, plan.version, files, present, {
        urls,
        python,
        token,
        timeoutMs: inputs.timeouts.upload,
        requestTimeoutMs: inputs.timeouts.request,
        read: () => readIndex(outside.index, urls, name, inputs),
        signing: {
          request: {
            mode: inputs.attestDists,
            type: plan.type,
            uploadUrl: urls.upload,
            token: !!token
          },
          timeoutMs: inputs.timeouts.request,
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
export async function previewPush(plan: Plan, inputs: Inputs, temp: string, outside = realOutside): Promise<string> {
  const engine = await outside.openEngine(temp, [], inputs.timeouts)
  try {
    return await previewImagePush(plan, inputs, engine)
  } finally {
    engine.dispose()
  }
}

/** What the image's provenance is signed and stored with: the build's inputs, the token for GitHub's API. */
function imageSigning(inputs: Inputs, site: Workspace, outside: Outside, sourceDateEpoch?: number): ImageSigning {
  const credentials = (image: string) => credentialsFor(inputs, splitRegistry(image).registry)
  return {
    attach: inputs.attestImage === 'registry' ? outside.referrers(credentials, inputs.timeouts.request) : undefined,
    repository: site.repository,
    githubToken: inputs.githubToken,
    timeoutMs: inputs.timeouts.request,
    build: {
      platforms: inputs.platforms,
      dockerfile: inputs.dockerfile,
      context: inputs.context,
      target: inputs.target,
      buildArgNames: inputs.buildArgs.map(arg => arg.split('=')[0]),
      sourceDateEpoch
    }
  }
}
