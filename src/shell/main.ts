// The action: read the event and inputs, plan, then report (dry run) or publish.
import * as runner from '../outside/runner.js'
import { eventFromEnvironment } from '../outside/event.js'
import { stopAll } from '../outside/exec.js'
import { forget } from '../outside/leftovers.js'
import { unstage } from '../outside/stage.js'
import { liveBranches, readFacts, tagVersions } from './facts.js'
import { ensureFullHistory } from './full-history.js'
import { Git } from '../outside/git.js'
import { InputError, parseInputs, type Inputs } from '../plan/inputs.js'
import { stepSettings, type StepSettings } from '../plan/step-settings.js'
import type { Outcome, Workspace } from '../steps/outcome.js'
import type { Check } from '../steps/check.js'
import type { Attested } from '../steps/verify.js'
import type { IndexFiles } from '../outside/package-index.js'
import type { ReleaseEvent } from '../outside/event.js'
import { locateDockerfile, preflight } from './preflight.js'
import { allRefs, type LiveBranches, type Plan } from '../plan/plan.js'
import { classify } from '../plan/trigger.js'
import { makePlan } from '../plan/planner.js'
import { readVersioning, type ProjectVersioning } from '../outside/project-files.js'
import { failedMarkdown, planMarkdown, planText, verifyCommand } from '../plan/summary.js'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const SECRET_INPUTS = ['registry-password', 'pypi-token', 'dev-pypi-token', 'github-token']

/** What one run works from: the runner's variables for the action, git and the command line for the CLI. */
export interface RunContext {
  event: ReleaseEvent
  /** An input's raw text, '' when not given. */
  input: (name: string) => string
  workspace: string
  /** A directory for the build's files (RUNNER_TEMP). */
  temp: string
  /** `dev-release verify`: read what the plan would have published back, instead of publishing. */
  verify?: boolean
  /** `dev-release verify --rebuild`: and build it again, in a clone at the commit, to compare. */
  rebuild?: boolean
  /** Run from the command line, not by a runner: advice names the CLI's options and variables. */
  commandLine?: boolean
}

/**
 * Why an upload by trusted publishing (no token given) cannot happen here, if it cannot: it needs the job's OIDC
 * token, which a runner hands out only with permissions: id-token: write, and a terminal never has.
 */
function trustedPublishingGap(token: string, commandLine: boolean): string | undefined {
  if (token || runner.canRequestIdToken()) return undefined
  return commandLine
    ? 'The upload would use trusted publishing (no token is given), which needs the OIDC token of a GitHub Actions job; a terminal has none. To upload from here, set DEV_RELEASE_PYPI_TOKEN (DEV_RELEASE_DEV_PYPI_TOKEN for dev-pypi-url) to an API token of the index, or give --publish-pypi false.'
    : 'The upload would use trusted publishing (no pypi-token is given), but this job cannot request an OIDC token: add permissions: id-token: write to the job (and a trusted publisher on the index), or pass pypi-token.'
}

/** The context the runner gives an action: GITHUB_* and INPUT_* variables, and the event payload file. */
export function runnerContext(): RunContext {
  return {
    event: eventFromEnvironment(process.env),
    input: runner.getInput,
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    temp: process.env.RUNNER_TEMP || tmpdir()
  }
}

/** How a run ended: a failure's reason is what the log, the summary and the command line end with. */
export interface RunResult {
  ok: boolean
  error?: string
  /** The plan, where the run got as far as making one (the command line's --json writes it). */
  plan?: Plan
}

/** One run: plan, then report (dry run) or publish. Resolves to how it ended (a failure is also reported). */
export async function mainStep(makeContext: () => RunContext = runnerContext): Promise<RunResult> {
  // The job summary, written once at the end, so that a failure's reason stands at its top.
  const summary: string[] = []
  let failureShown = false
  let planned: Plan | undefined
  try {
    const { event, input, workspace, temp, verify, rebuild, commandLine } = makeContext()
    // Mask secrets before anything can print them.
    for (const name of SECRET_INPUTS) {
      const value = input(name)
      if (value) runner.setSecret(value)
    }
    for (const line of input('registry-logins').split('\n')) {
      const password = line.trim().split(/\s+/)[2]
      if (password) runner.setSecret(password)
    }
    // Under debug logging (ACTIONS_STEP_DEBUG): the event as the action read it, and below, the plan.
    runner.debug(`Event: ${JSON.stringify(event)}`)
    const parsed = parseInputs(input, event.repository, event.actor)
    const { problems } = parsed
    const located = locateDockerfile(parsed.inputs, workspace)
    const { inputs } = located
    if (located.notice) inputs.notices.push(located.notice)
    // The project's version settings are read only where the event can release (a pull request never reads them).
    let project: ProjectVersioning | undefined
    const versioning = () =>
      (project ??= readVersioning(join(workspace, inputs.pythonProject), inputs.tagPrefix, process.env))
    const trigger = classify(
      event,
      inputs.skipBranches,
      () => versioning().versioning.rules,
      inputs.pullRequests,
      inputs.cleanup,
      inputs.cleanupOnClose
    )
    const builds = trigger.type !== 'skip' && trigger.type !== 'cleanup'
    // Everything wrong with the inputs in one error, before anything is published.
    if (builds || event.ref.startsWith('refs/tags/')) problems.push(...versioning().problems)
    if (builds) problems.push(...(located.problem ? [located.problem] : []), ...(await preflight(inputs, workspace)))
    // A build job's code could ask the runner for the job's OIDC token, and trade it for a PyPI upload token.
    if (builds && inputs.mode === 'build' && runner.canRequestIdToken())
      problems.push(
        'This job of mode build can request an OIDC token (permissions: id-token: write), and its build code could trade it for an upload token: give id-token: write to the publishing job only (permissions at the job level).'
      )
    if (problems.length) throw new InputError(problems)

    let facts
    if (builds) {
      const git = new Git(workspace, inputs.timeouts.request)
      await ensureFullHistory(git, runner.info)
      const { config, rules } = versioning().versioning
      facts = await readFacts(git, trigger, event.sha, {
        pythonProject: inputs.pythonProject,
        rules,
        ownDescribe: rules.describe !== config.describe ? config.describe : undefined,
        needsCommitTime: config.scheme === 'calver-by-date' || inputs.devNumber === 'commit-time'
      })
    }
    // A cleanup removes nothing another live branch maps to, and a branch's image tag is no other live branch's:
    // the remote says which branches live.
    let live: LiveBranches | undefined
    const tagsBranch = trigger.type === 'dev' && inputs.publishDocker && inputs.mode !== 'build'
    if (trigger.type === 'cleanup' || tagsBranch) {
      const git = new Git(workspace, inputs.timeouts.request)
      const read = (token: string) => liveBranches(event.repository, token, git, inputs.timeouts.request)
      // A release asks git first (one request, no API quota spent on every push), GitHub's API where git cannot.
      live = trigger.type === 'cleanup' ? await read(inputs.githubToken) : await read('')
      if (tagsBranch && 'error' in live && inputs.githubToken) live = await read(inputs.githubToken)
    }
    const plan = makePlan(event, inputs, trigger, facts, project?.versioning, live)
    planned = plan
    plan.notices.push(...(project?.notices ?? []))
    plan.warnings.push(...(project?.warnings ?? []))
    const settings = stepSettings(inputs, plan.type)
    if (inputs.dryRun && plan.steps.some(step => step.id === 'docker' && !step.skippedBecause)) {
      // The engine is asked, read only, so that the dry run shows how the image would be pushed.
      const { previewPush } = await import('../steps/executor.js')
      plan.imagePush = await previewPush(plan, settings.image, temp).catch(
        (error: Error) => `decided where it runs (the engine here did not answer: ${error.message.split('\n')[0]})`
      )
    }
    const upload = plan.steps.find(step => step.id === 'index-upload' && !step.skippedBecause)
    if (upload) {
      // Trusted publishing needs the job's OIDC token: without one, say so before anything is built or pushed.
      const gap = trustedPublishingGap(settings.index.token, !!commandLine)
      if (gap && inputs.dryRun) plan.warnings.push(gap)
      else if (gap) plan.errors.push(gap)
    }
    if (inputs.dryRun && upload) {
      // The index's page is read (a read: nothing is published), so that the plan says what the upload would do.
      const { previewUpload } = await import('../steps/index-review.js')
      const { existingFiles, indexUrls } = await import('../outside/package-index.js')
      const urls = indexUrls(settings.index.url)
      const name = project?.info?.name
      const preview = await previewUpload(plan, urls, name, () =>
        existingFiles(urls, name!, settings.index.timeouts.request)
      )
      plan.indexPreview = preview.line
      if (preview.skip) upload.skippedBecause = preview.skip
    }
    runner.debug(`Plan: ${JSON.stringify(plan)}`)
    // Where the steps work: the checkout, the run's temp, what the project says.
    const site = (): Workspace => ({
      workspace,
      temp,
      repositoryUrl: event.repositoryUrl,
      repository: event.repository,
      project: project?.info,
      tagVersions: () => tagVersions(new Git(workspace, inputs.timeouts.request), versioning().versioning.rules)
    })
    if (verify) {
      // The index's page of the project, read once for the read-back and the rebuild's comparison.
      const name = project?.info?.name
      const { indexUrls, projectFilesOnce } = await import('../outside/package-index.js')
      const held = name
        ? projectFilesOnce(indexUrls(settings.index.url), name, settings.index.timeouts.request)
        : undefined
      const failed = await verifyPublished(plan, settings, name, event, 'planned', workspace, held)
      if (rebuild && (plan.type === 'release' || plan.type === 'dev'))
        failed.push(...(await rebuildPublished(plan, settings, site(), held)))
      if (failed.length) throw new Error(`${failed.length} checks failed: ${failed.join('; ')}`)
      return { ok: true, plan: planned }
    }
    summary.push(...report(plan, inputs.dryRun))
    if (plan.errors.length) throw new InputError(plan.errors)
    if (plan.type === 'skip' || inputs.dryRun) return { ok: true, plan: planned }

    // Publishing code (Docker, the index, the tool cache) loads only when there is something to publish.
    const { emptyOutcome, execute } = await import('../steps/executor.js')
    const { failureMarkdown, outcomeMarkdown } = await import('../steps/outcome-summary.js')
    const outcome = emptyOutcome()
    let done: Plan
    // A cancelled job: stop every program the action started, so that nothing more is pushed or uploaded.
    let cancelled: string | undefined
    const cancel = (signal: NodeJS.Signals) => {
      cancelled = signal
      runner.info(`${signal}: the job is being cancelled; stopping the release.`)
      void stopAll()
    }
    process.on('SIGTERM', cancel).on('SIGINT', cancel)
    try {
      done = await execute(plan, settings, site(), outcome)
    } catch (error) {
      // Whatever was published before the failure is in the outputs: a workflow can tell what is out there.
      setPublishedOutputs(outcome)
      const message = error instanceof Error ? error.message : String(error)
      const why = cancelled ? `The job was cancelled (${cancelled}) and the release stopped. ${message}` : message
      // What was done and what was not, for the person who reads the failed job.
      summary.push(failureMarkdown(plan, outcome, why))
      failureShown = true
      throw new Error(why, { cause: error })
    } finally {
      process.off('SIGTERM', cancel).off('SIGINT', cancel)
      // The work tree as the run found it: the staged files go, and the pkg directories staging made (a killed run
      // leaves them to the post step).
      unstage(outcome.staged, outcome.stagedDirs ?? [])
      for (const file of outcome.staged) forget('staged', file)
      for (const dir of outcome.stagedDirs ?? []) forget('staged-dir', dir)
    }
    const pushed = pushedTags(outcome)
    // A cleanup's are the tags it removed: one kept (another tag holds its image) is not in the output.
    const removed = (outcome.removed ?? []).filter(r => r.result === 'removed').map(r => r.ref)
    runner.setOutput(
      'docker-tags',
      (done.type === 'cleanup' ? removed : pushed.length ? pushed : done.imageRefs).join('\n')
    )
    runner.setOutput('digest', outcome.digest)
    runner.setOutput('dists', outcome.dists.join('\n'))
    if (inputs.mode === 'platform') runner.setOutput('platform', inputs.platforms[0])
    if (outcome.distsDir) runner.setOutput('dists-dir', outcome.distsDir)
    summary.push(outcomeMarkdown(done, outcome, settings.index.url))
    if (
      inputs.verify &&
      (done.type === 'release' || done.type === 'dev') &&
      inputs.mode !== 'platform' &&
      inputs.mode !== 'build' &&
      (outcome.image || outcome.uploads.length)
    ) {
      // Another build's files under a shared .devN are not this image's: the index is left out then.
      const taken = outcome.uploads.some(u => u.result === 'skipped' && /another build/.test(u.why ?? ''))
      const failed = await verifyPublished(
        onlyPushed(done, pushed),
        settings,
        taken ? undefined : outcome.distName,
        event,
        // What this run signed: a run that uploaded without attestations (a reusable workflow's) has none to read.
        { image: !!outcome.imageAttestations?.length, dists: outcome.uploads.some(u => u.logIndex) },
        workspace
      )
      if (failed.length) throw new Error(`The release read back differs from what was published: ${failed.join('; ')}`)
    }
    if (done.type === 'dev' && inputs.comment && inputs.githubToken && inputs.mode !== 'build')
      await tellThePullRequest(done, outcome, inputs, settings.index.url, event)
    return { ok: true, plan: planned }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    runner.setFailed(message)
    if (!failureShown) summary.unshift(failedMarkdown('dev-release failed', message))
    return { ok: false, error: message, plan: planned }
  } finally {
    if (summary.length) await runner.appendSummary(summary.join('\n'))
  }
}

/** The release read back, one line per check; the lines of the checks that failed. */
async function verifyPublished(
  plan: Plan,
  settings: StepSettings,
  distName: string | undefined,
  { repository, repositoryId }: Pick<ReleaseEvent, 'repository' | 'repositoryId'>,
  attested: Attested | 'planned',
  workspace: string,
  held?: () => Promise<IndexFiles>
): Promise<string[]> {
  if (plan.type !== 'release' && plan.type !== 'dev') {
    runner.info(`Nothing to verify: ${plan.reason}`)
    return []
  }
  const { plannedAttestations, readBack, verifyCommands } = await import('../steps/verify.js')
  const { indexUrls } = await import('../outside/package-index.js')
  const started = Date.now()
  const checks = await runner.group(`Read back ${plan.imageRefs[0] ?? plan.version}`, async () => {
    const signed = attested === 'planned' ? plannedAttestations(plan, settings) : attested
    // The Dockerfiles as the commit has them: a verify of an older ref reads that ref's, not the work tree's.
    const git = new Git(workspace, settings.index.timeouts.request)
    const fileAt = (path: string) => git.fileAt(plan.sha, path)
    const githubHosted = process.env.RUNNER_ENVIRONMENT === 'github-hosted'
    return printed(
      await readBack(plan, settings, distName, repository, signed, { repositoryId, held, fileAt, githubHosted })
    )
  })
  // Its cost, for the benchmark's share of a release (a debug line: the log stays the same).
  runner.debug(`Read back in ${Date.now() - started} ms`)
  const simple = indexUrls(settings.index.url).simple
  const commands = verifyCommands(
    plan,
    repository,
    distName ? { simple, name: distName } : undefined,
    settings.attestations.image !== 'false'
  )
  runner.info(`To check it yourself:\n${commands.map(line => `  ${line}`).join('\n')}`)
  const failed = checks.filter(c => !c.ok).map(c => c.line)
  const notCompared = checks.filter(c => c.notCompared).length
  if (!failed.length)
    runner.info(
      `All ${checks.length - notCompared} checks hold${notCompared ? ` (${notCompared} not compared: nothing to compare)` : ''}.`
    )
  return failed
}

/** The release built again from its commit and compared with what was published; the lines that differ. */
async function rebuildPublished(
  plan: Plan,
  settings: StepSettings,
  site: Workspace,
  held?: () => Promise<IndexFiles>
): Promise<string[]> {
  const { rebuild } = await import('../steps/rebuild.js')
  const checks = printed(await rebuild(plan, settings, site, undefined, held))
  const failed = checks.filter(c => !c.ok).map(c => c.line)
  if (!failed.length) runner.info(`The rebuild is the same bytes: all ${checks.length} comparisons hold.`)
  return failed
}

/** Checks as the log shows them, one line each. */
function printed(checks: Check[]): Check[] {
  for (const check of checks) runner.info(`${check.notCompared ? '--  ' : check.ok ? 'ok  ' : 'FAIL'} ${check.line}`)
  return checks
}

/** The plan's image names that this run pushed: a name whose registry had no login in this run (a fork's) was skipped. */
function onlyPushed(plan: Plan, pushed: string[]): Plan {
  const names = new Set(pushed.map(ref => ref.slice(0, ref.lastIndexOf(':'))))
  return {
    ...plan,
    mirrors: plan.mirrors.filter(name => names.has(name)),
    moreImages: plan.moreImages
      .filter(i => names.has(i.image))
      .map(i => ({ ...i, mirrors: i.mirrors.filter(name => names.has(name)) }))
  }
}

/** Every tag pushed, of every image, under every name. */
function pushedTags(outcome: Outcome): string[] {
  return outcome.image ? [outcome.image, ...(outcome.image.more ?? [])].flatMap(i => i.refs) : []
}

/** After a failure: the image pushed (its digest and tags) and the files the index took, each only where it happened. */
function setPublishedOutputs(outcome: Outcome): void {
  runner.setOutput('docker-tags', pushedTags(outcome).join('\n'))
  runner.setOutput('digest', outcome.digest)
  runner.setOutput(
    'dists',
    outcome.uploads
      .filter(u => u.result === 'uploaded')
      .map(u => u.file)
      .join('\n')
  )
}

/** The comment on the branch's pull request: never a reason for the release to fail. */
async function tellThePullRequest(
  plan: Plan,
  outcome: Outcome,
  inputs: Inputs,
  indexUrl: string,
  event: ReleaseEvent
): Promise<void> {
  const { commentBody, commentOnPullRequest } = await import('../steps/pull-request-comment.js')
  const { github } = await import('../outside/github.js')
  const images = outcome.image ? [outcome.image, ...(outcome.image.more ?? [])] : []
  // The index the executor uploaded to, as it found it.
  const simple = outcome.indexSimple
  const uploaded = outcome.uploads.some(u => u.result === 'uploaded' || /re-run/.test(u.why ?? ''))
  const body = commentBody({
    version: plan.version,
    sha: plan.sha,
    images,
    verify: verifyCommand(plan, indexUrl),
    index:
      uploaded && outcome.distName && simple
        ? { name: outcome.distName, simpleUrl: simple, isPypi: simple === 'https://pypi.org/simple/' }
        : undefined
  })
  const branch = event.ref.replace(/^refs\/heads\//, '')
  try {
    const done = await commentOnPullRequest(branch, body, {
      repository: event.repository,
      api: github(inputs.githubToken, inputs.timeouts.request)
    })
    if (done === 'created' || done === 'updated')
      runner.info(`The pull request's comment on how to try this branch is ${done}.`)
  } catch (error) {
    runner.warning(`Could not comment on the pull request: ${(error as Error).message}`)
  }
}

/** The plan in the log and the outputs; returns what goes into the job summary. */
function report(plan: Plan, dryRun: boolean): string[] {
  for (const warning of plan.warnings) runner.warning(warning)
  for (const notice of plan.notices) runner.notice(notice)
  runner.startGroup(dryRun ? 'Release plan (dry run: nothing is published)' : 'Release plan')
  runner.info(planText(plan))
  runner.endGroup()

  runner.setOutput('release-type', plan.type)
  runner.setOutput('reason', plan.reason)
  runner.setOutput('version', plan.version)
  runner.setOutput('docker-tags', allRefs(plan).join('\n'))
  runner.setOutput('digest', '')
  runner.setOutput('dists', '')
  runner.setOutput('platform', '')
  runner.setOutput('dists-dir', '')

  // A release's own summary comes after it; a plan that stops here shows itself (below the reason it stops).
  if (!dryRun && plan.type !== 'skip' && !plan.errors.length) return []
  if (dryRun && plan.type !== 'skip') runner.info('Dry run: nothing was built, pushed or uploaded.')
  const heading =
    plan.type === 'skip' ? 'dev-release: nothing to release' : `dev-release plan${dryRun ? ' (dry run)' : ''}`
  return [planMarkdown(plan, heading)]
}
