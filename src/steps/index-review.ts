// Before anything is published: what the package index already holds of this project, the plan held against it
// (a version another build took, a release below one already there), and on a re-run the very files it holds,
// so that the image gets the bytes pip will install (an sdist never rebuilds byte for byte).
import * as runner from '../outside/runner.js'
import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { fileVersion, IndexError, indexUrls, type IndexFiles, type IndexUrls } from '../outside/package-index.js'
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
 * wheel is byte-identical), those files, downloaded; otherwise undefined.
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
  if (plan.type === 'dev' && present.get(wheel?.name ?? '')?.sha256 !== wheel?.sha256) return undefined
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
