// Staging: the image's pkg/ directories get exactly this build's files.
import { copyFileSync, lstatSync, mkdirSync, readdirSync, rmSync, utimesSync } from 'node:fs'
import { basename, join } from 'node:path'

const DIST_FILE = /\.(whl|tar\.gz)$/

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
