// A response body read whole, up to a size: a registry or an index that sends more (a huge layer, an endless body)
// ends the read with an error naming what and how much, instead of the job's memory.

export const MiB = 1024 * 1024

/** Most a manifest may be: the OCI distribution spec has registries take 4 MiB. */
export const MAX_MANIFEST = 4 * MiB
/** Most a blob, a layer uncompressed, or an index's file may be, read into memory to be compared. */
export const MAX_BLOB = 2048 * MiB

export class TooLargeError extends Error {}

/** The body's bytes, where they are at most `max`; else an error naming `what` (a Content-Length over it, before any). */
export async function cappedBody(response: Response, max: number, what: string): Promise<Buffer> {
  const tooLarge = (size: string) =>
    new TooLargeError(`${what} is ${size}, more than the ${Math.round(max / MiB)} MiB it may be: it is not read.`)
  const declared = Number(response.headers.get('content-length') ?? NaN)
  if (declared > max) {
    await response.body?.cancel()
    throw tooLarge(`${Math.round(declared / MiB)} MiB`)
  }
  const chunks: Buffer[] = []
  let size = 0
  if (!response.body) return Buffer.alloc(0)
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length
    if (size > max) {
      await response.body.cancel().catch(() => undefined)
      throw tooLarge(`over ${Math.round(max / MiB)} MiB`)
    }
    chunks.push(Buffer.from(chunk))
  }
  return Buffer.concat(chunks, size)
}
