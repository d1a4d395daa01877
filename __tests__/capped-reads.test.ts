// What verify reads from a registry or an index is bounded: a body, a manifest, a layer that unpacks to more than it
// may be is an error naming it, never the job's memory.
import { createServer, type Server } from 'node:http'
import { gzipSync, zstdCompressSync } from 'node:zlib'
import { cappedBody, MiB, TooLargeError } from '../src/outside/capped-body.js'
import { layerTar } from '../src/outside/layer-files.js'
import { close, listen } from './support/http.js'

describe('bounded reads', () => {
  let server: Server
  let base = ''
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/declared')
        return void res.writeHead(200, { 'Content-Length': String(3 * MiB) }).end(Buffer.alloc(3 * MiB))
      // No Content-Length: chunks until the reader stops.
      res.writeHead(200)
      for (let i = 0; i < 3; i++) res.write(Buffer.alloc(MiB))
      res.end()
    })
    base = `http://${await listen(server)}`
  })
  afterAll(() => close(server))

  it('refuses a body whose Content-Length is over the bound, and one that streams past it', async () => {
    await expect(cappedBody(await fetch(`${base}/declared`), 2 * MiB, 'The manifest x')).rejects.toThrow(
      'The manifest x is 3 MiB, more than the 2 MiB it may be: it is not read.'
    )
    await expect(cappedBody(await fetch(`${base}/chunked`), 2 * MiB, 'Blob y')).rejects.toThrow(
      /^Blob y is over 2 MiB, more than the 2 MiB it may be/
    )
    expect((await cappedBody(await fetch(`${base}/chunked`), 4 * MiB, 'Blob y')).length).toBe(3 * MiB)
  })

  it.each([
    ['gzip', gzipSync],
    ['zstd', zstdCompressSync]
  ])('refuses a %s layer that unpacks past the bound (a bomb)', (kind, compress) => {
    const bomb = compress(Buffer.alloc(8 * MiB))
    expect(bomb.length).toBeLessThan(MiB)
    const type = `application/vnd.oci.image.layer.v1.tar+${kind}`
    expect(() => layerTar(bomb, type, 4 * MiB)).toThrow(TooLargeError)
    expect(layerTar(bomb, type, 16 * MiB).length).toBe(8 * MiB)
  })
})
