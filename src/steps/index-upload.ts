// The package index step: which files go up (a re-run completes a half-finished
// upload; another build's files under the same dev version are left alone),
// twine with bounded retries, and an error that says what is on the index and
// what is not, in the index's own words.
import * as runner from '../outside/runner.js'
import {
  fileVersion,
  IndexError,
  mintToken,
  readTwineFailure,
  upload,
  type IndexFiles,
  type IndexUrls
} from '../outside/package-index.js'
import { normalizeVersion } from '../versions/pep440.js'
import type { ReleaseType } from '../plan/plan.js'
import { isPermanent, PermanentError, withRetries } from '../plan/retry.js'
import { attestDists, type Signing } from './attest-dists.js'
import type { DistFile } from './dist-files.js'

export type { DistFile }

export interface Upload {
  file: string
  result: 'uploaded' | 'skipped'
  why?: string
  /** Uploaded with a PEP 740 attestation: its transparency log entry. */
  logIndex?: string
}

export type UploadDecision = { kind: 'upload'; todo: DistFile[]; present: DistFile[] } | { kind: 'taken'; why: string }

/**
 * What to upload, given what the index holds. A release uploads what is missing.
 * A dev version already on the index is this build's when its wheel is
 * byte-identical (a re-run, or a half-finished upload: the rest goes up);
 * otherwise another branch reached this .devN first, and nothing goes up.
 */
export function decideUploads(type: ReleaseType, version: string, ours: DistFile[], index: IndexFiles): UploadDecision {
  const present = ours.filter(f => index.has(f.name))
  const todo = ours.filter(f => !index.has(f.name))
  if (type === 'dev') {
    // File names carry the normalized version (normalize = false keeps it as written everywhere else).
    const sameVersion = [...index.keys()].filter(name => fileVersion(name) === normalizeVersion(version))
    const wheel = ours.find(f => f.name.endsWith('.whl'))
    const ourBuild = wheel !== undefined && index.get(wheel.name)?.sha256 === wheel.sha256
    if (sameVersion.length && !ourBuild) {
      return {
        kind: 'taken',
        why: `${version} is another build's (its files on the index: ${sameVersion.join(', ')}): another branch or commit reached this .dev number first`
      }
    }
  }
  return { kind: 'upload', todo, present }
}

export interface IndexStep {
  urls: IndexUrls
  python: string
  token: string
  /** Deadline of one twine run. */
  timeoutMs: number
  /** Deadline of each request of the trusted-publishing exchange. */
  requestTimeoutMs: number
  /** Reads the index again (after a failed attempt). */
  read: () => Promise<IndexFiles>
  /** PEP 740 attestations: what attest-dists asks, and how to sign. */
  signing?: Signing
}

/** Upload what the decision says, retrying transient faults with only what has not arrived. */
export async function uploadToIndex(
  type: ReleaseType,
  version: string,
  ours: DistFile[],
  index: IndexFiles,
  step: Omit<IndexStep, 'token'> & { token?: string }
): Promise<Upload[]> {
  const decision = decideUploads(type, version, ours, index)
  if (decision.kind === 'taken') {
    runner.warning(
      `${decision.why}. Nothing is uploaded, and pip install --pre "==${version}" gets that build, not this one; the image holds this commit's build. Set dev-number: commit-time to give every commit a version of its own.`
    )
    return ours.map(f => ({ file: f.name, result: 'skipped', why: decision.why }))
  }
  const uploads: Upload[] = decision.present.map(f => ({
    file: f.name,
    result: 'skipped',
    why: 'already on the index (a re-run)'
  }))
  if (!decision.todo.length) {
    runner.notice(`${version} is already on the index with all its files: this is a re-run, nothing to upload.`)
    return uploads
  }
  if (decision.present.length) {
    runner.notice(
      `${decision.present.map(f => f.name).join(', ')} of this build ${decision.present.length === 1 ? 'is' : 'are'} already on the index: uploading the rest.`
    )
  }
  const token = step.token || (await mintToken(step.urls, step.requestTimeoutMs))
  // Signed right before the upload, and only what goes up: a file the index holds is never signed again.
  const attested = step.signing ? await attestDists(decision.todo, step.signing) : []
  let arrived = index
  try {
    await withRetries(
      `Uploading to ${step.urls.upload}`,
      async () => {
        const missing = decision.todo.filter(f => !arrived.has(f.name))
        if (!missing.length) return
        const result = await runner.group(
          `Upload ${missing.map(f => f.name).join(', ')} to ${step.urls.upload}`,
          async () => {
            const done = await upload(
              step.python,
              step.urls,
              missing.map(f => f.path),
              token,
              step.timeoutMs,
              attested.filter(a => missing.some(f => f.name === a.file)).map(a => a.path)
            )
            // The runner masks the token too; an index that echoes it must not put it in the log through us. What the
            // index replied is text, never a workflow command.
            await runner.asText(async () => runner.info(filterSecret(done.stdout + done.stderr, token)))
            return done
          }
        )
        if (result.code === 0) return
        const failure = readTwineFailure(filterSecret(`${result.stdout}\n${result.stderr}`, token))
        if (failure.auth) {
          throw new PermanentError(
            `The index ${step.urls.upload} refused the credentials (${failure.reason}): check pypi-token, or the trusted publisher.`
          )
        }
        // After a failed attempt, see what arrived before trying again (or giving up).
        arrived = await step.read().catch(() => arrived)
        if (closedRelease(failure.reason))
          throw new PermanentError(closedReleaseMessage(step.urls.upload, version, failure.reason, missing, arrived))
        if (!failure.transient)
          throw new PermanentError(`The index ${step.urls.upload} rejected the upload: ${failure.reason}.`)
        throw new IndexError(`Uploading to ${step.urls.upload} failed: ${failure.reason}.`)
      },
      runner.info
    )
  } catch (error) {
    const there = decision.todo.filter(f => arrived.has(f.name)).map(f => f.name)
    throw new UploadError(
      `${(error as Error).message} ${whatIsWhere(decision.todo, arrived, !isPermanent(error))}`,
      there
    )
  }
  for (const file of decision.todo) {
    const logIndex = attested.find(a => a.file === file.name)?.logIndex
    uploads.push({ file: file.name, result: 'uploaded', ...(logIndex === undefined ? {} : { logIndex }) })
  }
  return uploads
}

/** PyPI's rule since July 2026 (warehouse#19727): a release takes no new files once it is 14 days old. */
function closedRelease(reason: string): boolean {
  return /new files to releases older than \d+ days/i.test(reason)
}

function closedReleaseMessage(
  url: string,
  version: string,
  reason: string,
  missing: DistFile[],
  index: IndexFiles
): string {
  const held = [...index.keys()].filter(name => fileVersion(name) === normalizeVersion(version))
  return (
    `The index ${url} takes no new files for ${version}: ${reason} (PyPI's rule since July 2026: a release is closed 14 days after its first file, and a file can never be added to it or replaced). ` +
    `It holds ${held.length ? held.join(', ') : 'no file of it that this build made'}; ${missing.map(f => f.name).join(', ')} cannot be added. ` +
    'Publish a new version for them (a post-release tag, or the next version).'
  )
}

/** A failed upload, with the files of this build that the index has all the same (they are published). */
export class UploadError extends IndexError {
  constructor(
    message: string,
    readonly uploaded: string[]
  ) {
    super(message)
    this.name = 'UploadError'
  }
}

/**
 * After a failed upload: which of this build's files the index has, and which it has not; a re-run is promised only
 * where the failure can pass (the index away or failing), never where the same run would fail the same way.
 */
function whatIsWhere(todo: DistFile[], arrived: IndexFiles, passing: boolean): string {
  const there = todo.filter(f => arrived.has(f.name)).map(f => f.name)
  const missing = todo.filter(f => !arrived.has(f.name)).map(f => f.name)
  const where = there.length
    ? `On the index now: ${there.join(', ')}; not on it: ${missing.join(', ')}.`
    : `Nothing was uploaded to the index this time (missing: ${missing.join(', ')}).`
  const next = passing
    ? `a re-run ${there.length ? 'uploads what is missing' : 'will complete the release'}`
    : 'a re-run fails the same way until the cause above is mended, then uploads what is missing'
  return `${where} The image is already pushed; ${next}.`
}

function filterSecret(text: string, secret: string): string {
  return secret ? text.split(secret).join('***') : text
}
