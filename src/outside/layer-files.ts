// The regular files of an image layer (a tar archive, gzip- or zstd-compressed or not), with the sha256 of each:
// enough to say which distribution files an image holds, and whether they are the index's bytes.
import { createHash } from 'node:crypto'
import { gunzipSync, zstdDecompressSync } from 'node:zlib'
import { MAX_BLOB, MiB, TooLargeError } from './capped-body.js'

export interface LayerFile {
  /** The path in the image, without a leading `/` or `./`. */
  path: string
  sha256: string
}

/**
 * The layer's bytes, uncompressed, by its media type (or its magic number), up to `max`: a layer that unpacks to more
 * (a zstd or gzip bomb) is an error, not the job's memory.
 */
export function layerTar(blob: Buffer, mediaType = '', max = MAX_BLOB): Buffer {
  const bounded = <T>(unpack: () => T): T => {
    try {
      return unpack()
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
        throw new TooLargeError(`A layer unpacks to more than ${Math.round(max / MiB)} MiB: it is not read.`)
      throw error
    }
  }
  if (mediaType.endsWith('+zstd') || blob.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd])))
    return bounded(() => zstdDecompressSync(blob, { maxOutputLength: max }))
  if (mediaType.endsWith('gzip') || (blob[0] === 0x1f && blob[1] === 0x8b))
    return bounded(() => gunzipSync(blob, { maxOutputLength: max }))
  return blob
}

/** Every regular file in a tar archive (ustar, pax and GNU long names), with its digest. */
export function tarFiles(tar: Buffer): LayerFile[] {
  const files: LayerFile[] = []
  let longName: string | undefined
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512)
    if (header.every(b => b === 0)) break
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '')
    const size = parseSize(header.subarray(124, 136))
    const type = String.fromCharCode(header[156] || 48)
    const body = tar.subarray(at + 512, at + 512 + size)
    at += 512 + Math.ceil(size / 512) * 512
    if (type === 'x') {
      longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(`\n${body.toString('utf8')}`)?.[1] ?? longName
      continue
    }
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0.*$/s, '')
      continue
    }
    if (type === 'g' || type === 'K') continue
    const prefix = field(345, 155)
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100))
    longName = undefined
    if (type === '0' || type === '7')
      files.push({ path: name.replace(/^\.?\//, ''), sha256: createHash('sha256').update(body).digest('hex') })
  }
  return files
}

/** A tar size field: octal digits, or base-256 where the first byte's high bit is set. */
function parseSize(field: Buffer): number {
  if (field[0] & 0x80) return field.subarray(1).reduce((n, b) => n * 256 + b, field[0] & 0x7f)
  return parseInt(field.toString('ascii').replace(/\0.*$/s, '').trim() || '0', 8)
}
