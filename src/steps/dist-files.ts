// The built distribution files with their digests: what the index step uploads and signs, and what the index
// review holds against the index. Its own module, under both (the upload loads the signing, which needs the shape).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'

export interface DistFile {
  path: string
  name: string
  sha256: string
}

/** The built files with their digests, the wheel first: a wheel rebuilds byte for byte, so it proves whose a half upload is. */
export function distFiles(paths: string[]): DistFile[] {
  return paths
    .map(path => ({
      path,
      name: basename(path),
      sha256: createHash('sha256').update(readFileSync(path)).digest('hex')
    }))
    .sort((a, b) => Number(b.name.endsWith('.whl')) - Number(a.name.endsWith('.whl')) || a.name.localeCompare(b.name))
}
