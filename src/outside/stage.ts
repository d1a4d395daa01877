// Staging: the image's pkg/ directories get exactly this build's files.
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, rmdirSync, rmSync, utimesSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** A distribution file's name: a wheel or an sdist. */
export const DIST_FILE = /\.(whl|tar\.gz)$/

/**
 * The directories of `dirs` that do not exist yet, each with those of its parents that would be made with it: what
 * staging creates, and what the run removes again once they are empty.
 */
export function missingDirs(dirs: string[]): string[] {
  const missing: string[] = []
  for (const dir of dirs) {
    for (let d = dir; !existsSync(d) && !missing.includes(d); d = dirname(d)) missing.push(d)
  }
  return missing
}

/**
 * The staged files removed, then each directory staging made, deepest first, where nothing else is in it: the work
 * tree as the run found it (a pkg/ left at the root is a package to setuptools' flat-layout discovery).
 */
export function unstage(files: string[], dirs: string[]): void {
  for (const file of files) rmSync(file, { force: true })
  removeEmptyDirs(dirs)
}

/** Each of `dirs` that `mayRemove` allows, deepest first, where nothing is in it (any more); returns those removed. */
export function removeEmptyDirs(dirs: string[], mayRemove: (dir: string) => boolean = () => true): string[] {
  const removed: string[] = []
  for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
    if (!existsSync(dir) || !mayRemove(dir) || readdirSync(dir).length) continue
    rmdirSync(dir)
    removed.push(dir)
  }
  return removed
}

/**
 * Into each directory (created if missing): remove earlier distribution files,
 * and only those (never one in `tracked`, the files git tracks), then copy the
 * new ones in. Returns the files removed.
 * `epoch` (the commit's time) becomes every staged file's and directory's time,
 * so that the image layer holding them is the same on a re-run.
 */
export function stageDists(
  dirs: string[],
  files: string[],
  epoch?: number,
  tracked: Set<string> = new Set()
): string[] {
  const removed: string[] = []
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true })
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry)
      // A file that git tracks is the project's own (a vendored archive), never an earlier build.
      if (DIST_FILE.test(entry) && !tracked.has(path) && lstatSync(path).isFile()) {
        rmSync(path)
        removed.push(path)
      }
    }
    for (const file of files) {
      copyFileSync(file, join(dir, basename(file)))
      if (epoch !== undefined) utimesSync(join(dir, basename(file)), epoch, epoch)
    }
    if (epoch !== undefined) utimesSync(dir, epoch, epoch)
  }
  return removed
}
