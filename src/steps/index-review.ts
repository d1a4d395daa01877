// Before anything is published: what the package index already holds of this project, the plan held against it
// (a version another build took, a release below one already there), and on a re-run the very files it holds,
// so that the image gets the bytes pip will install (an sdist never rebuilds byte for byte).
import * as runner from '../outside/runner.js'
import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import {
  fileVersion,
  IndexError,
  indexUrls,
  normalizeName,
  type IndexFiles,
  type IndexUrls
} from '../outside/package-index.js'
import { normalizeVersion } from '../versions/pep440.js'
import type { IndexSettings } from '../plan/step-settings.js'
import { reviewAgainstIndex } from '../plan/latest.js'
import type { Plan } from '../plan/plan.js'
import { withRetries } from '../plan/retry.js'
import type { PackageIndex } from './effects.js'
import { distFiles } from './dist-files.js'

/** The cause of a failed fetch ("fetch failed" alone says nothing). */
export function failureReason(error: unknown): string {
  const e = error as Error & { cause?: { message?: string; code?: string } }
  return [e.message, e.cause?.code ?? e.cause?.message].filter(Boolean).join(': ')
}

export function readIndex(
  index: PackageIndex,
  urls: IndexUrls,
  name: string,
  settings: IndexSettings
): Promise<IndexFiles> {
  return withRetries(`Reading ${urls.simple}`, () => index.files(urls, name, settings.timeouts.request), runner.info)
}

export interface IndexReview {
  urls: IndexUrls
  /** The files of this project the index holds, by name. */
  present: IndexFiles
  /** The plan as the index leaves it (latest held back, a dev number moved on). */
  plan: Plan
}

/** The index read and the plan held against it; an error (nothing published yet) where the plan cannot go on. */
export async function reviewIndex(
  plan: Plan,
  settings: IndexSettings,
  name: string,
  tagVersions: () => Promise<string[]>,
  index: PackageIndex
): Promise<IndexReview> {
  const urls = indexUrls(settings.url)
  const present = await readIndex(index, urls, name, settings).catch(error => {
    throw new IndexError(
      `The index's page at ${urls.simple} cannot be read (${failureReason(error)}). Nothing was published: the index is read before anything is pushed.`
    )
  })
  const onIndex = [...present.keys()].map(fileVersion).filter((v): v is string => !!v)
  const review = reviewAgainstIndex(plan, settings.versionChecks, onIndex, await tagVersions())
  for (const warning of review.warnings) runner.warning(warning)
  if (review.errors.length) throw new IndexError(review.errors.join(' '))
  return { urls, present, plan: review.plan }
}

/**
 * Where the index already holds every file of this build (a re-run of a release, or of this very dev build: its
 * wheel is byte-identical), those files, downloaded; otherwise undefined. A release whose wheel on the index is not
 * this commit's build (the build is reproducible: the same commit gives the same wheel) is an error before anything
 * is pushed: an index that serves other bytes under the release's name would have them staged into the image.
 */
export async function heldByIndex(
  plan: Pick<Plan, 'type'>,
  files: string[],
  present: IndexFiles,
  temp: string,
  settings: IndexSettings,
  index: PackageIndex
): Promise<string[] | undefined> {
  const ours = distFiles(files)
  if (!ours.every(f => present.has(f.name))) return undefined
  const wheel = ours.find(f => f.name.endsWith('.whl'))
  const theirs = present.get(wheel?.name ?? '')?.sha256
  if (plan.type === 'dev' && theirs !== wheel?.sha256) return undefined
  if (wheel && theirs !== wheel.sha256)
    throw new IndexError(
      `The index's ${wheel.name} is sha256:${theirs ?? '(not stated)'}, but this commit builds sha256:${wheel.sha256}: the index holds another build under this release's name. Nothing was pushed: find out where that file came from before anything more of this version is published.`
    )
  const dir = mkdtempSync(join(temp, 'dev-release-held-'))
  const held = ours.map(f => join(dir, f.name))
  await withRetries(
    'Downloading the files the index holds',
    () =>
      Promise.all(ours.map((f, i) => index.download(present.get(f.name)!, f.name, held[i], settings.timeouts.request))),
    runner.info
  )
  runner.info(`The index already holds ${ours.map(f => f.name).join(', ')}: the image gets exactly those files.`)
  return held
}

/** PyPI takes no new file into a release 14 days after its first (warehouse#19727, July 2026). */
const CLOSED_AFTER_MS = 14 * 86_400_000

/** What a dry run says of the upload, read from the index (nothing is published); `skip` where nothing would go up. */
export interface UploadPreview {
  line: string
  skip?: string
}

/**
 * A dry run's view of the upload: what the index's page holds of this version, and what the release would do with
 * it: add the files, upload nothing (they are there), refuse what a closed release lacks, or leave a .devN another
 * build took. An index that cannot be read is said so, not guessed at.
 */
export async function previewUpload(
  plan: Pick<Plan, 'type' | 'version' | 'distVersion'>,
  urls: IndexUrls,
  name: string | undefined,
  read: () => Promise<IndexFiles>,
  now = Date.now()
): Promise<UploadPreview> {
  if (!name)
    return {
      line: `${urls.simple} is read when the package is built: its name comes from the build (no [project] name)`
    }
  const page = `${urls.simple}${normalizeName(name)}/`
  const present = await read().catch((error: unknown) => error as Error)
  if (present instanceof Error)
    return {
      line: `${page} cannot be read (${failureReason(present)}); the release reads it again before anything is published`
    }
  const version = plan.distVersion ?? plan.version
  const held = [...present].filter(([file]) => fileVersion(file) === normalizeVersion(version))
  if (!held.length) return { line: `${page} has no file of ${version}: the upload adds them` }
  const files = held.map(([file]) => file).join(', ')
  if (plan.type === 'dev')
    return {
      line: `${page} already has ${version} (${files})`,
      skip: `the index already has ${version} (${files}): unless they are this commit's own build (a re-run uploads the rest), another branch or commit reached this .dev number first, and nothing is uploaded`
    }
  const times = held.map(([, f]) => Date.parse(f.uploadTime ?? '')).filter(t => !Number.isNaN(t))
  const first = times.length ? Math.min(...times) : undefined
  const closed = first !== undefined && now - first > CLOSED_AFTER_MS
  const since = first === undefined ? '' : ` since ${new Date(first).toISOString().slice(0, 10)}`
  const kinds = ['.tar.gz', '.whl'].filter(end => held.some(([file]) => file.endsWith(end)))
  if (kinds.length === 2)
    return {
      line: `${page} has ${version}${since} (${files})`,
      skip: `the index already has ${version} (${files}): a file it holds is never uploaded again, and the image gets the index's own files`
    }
  const lacking = kinds.includes('.whl') ? 'an sdist' : 'a wheel'
  return {
    line: closed
      ? `${page} has ${version}${since} (${files}), and PyPI takes no new file into a release 14 days after its first: ${lacking} it lacks would be refused; publish it under a new version (a post-release tag)`
      : `${page} has ${version}${since} (${files}): the upload adds ${lacking}`
  }
}
