// The registry API client: Docker's naming rules, and the token dance of
// ghcr.io and Docker Hub against a local server that speaks it over HTTP.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { digestOf, imageLocation, parseChallenge, RegistryApi } from '../src/outside/registry-api.js'

describe('imageLocation', () => {
  it.each([
    ['acme/widget', 'https://registry-1.docker.io', 'acme/widget'],
    ['redis', 'https://registry-1.docker.io', 'library/redis'],
    ['docker.io/acme/widget', 'https://registry-1.docker.io', 'acme/widget'],
    ['ghcr.io/acme/widget', 'https://ghcr.io', 'acme/widget'],
    ['127.0.0.1:5000/e2e/widget', 'http://127.0.0.1:5000', 'e2e/widget'],
    ['localhost:5000/widget', 'http://localhost:5000', 'widget'],
    ['registry.example:5000/a/b/c', 'https://registry.example:5000', 'a/b/c']
  ])('%s is %s, repository %s', (image, base, repository) => {
    expect(imageLocation(image)).toEqual({ base, repository })
  })

  it('reads WWW-Authenticate challenges', () => {
    expect(
      parseChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/widget:pull"')
    ).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:acme/widget:pull' }
    })
  })
})

describe('RegistryApi against a token-auth registry', () => {
  let server: Server
  let base = ''
  const seen: { method: string; url: string; authorization?: string }[] = []
  const TOKEN = 'registry-token-123'

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization })
      const url = new URL(req.url ?? '/', base)
      if (url.pathname === '/token') {
        const basic = `Basic ${Buffer.from('bot:s3cret').toString('base64')}`
        if (req.headers.authorization !== basic) return void res.writeHead(401).end()
        res.writeHead(200, { 'Content-Type': 'application/json' })
        return void res.end(JSON.stringify({ token: TOKEN }))
      }
      if (req.headers.authorization !== `Bearer ${TOKEN}`) {
        res.writeHead(401, {
          'WWW-Authenticate': `Bearer realm="${base}/token",service="test-registry",scope="repository:acme/widget:pull"`
        })
        return void res.end()
      }
      if (url.pathname === '/v2/acme/widget/tags/list' && !url.searchParams.get('last')) {
        res.writeHead(200, {
          'Content-Type': 'application/json',
          Link: '</v2/acme/widget/tags/list?n=1000&last=1.0.0>; rel="next"'
        })
        return void res.end(JSON.stringify({ name: 'acme/widget', tags: ['1.0.0'] }))
      }
      if (url.pathname === '/v2/acme/widget/tags/list') {
        res.writeHead(200, { 'Content-Type': 'application/json' })
        return void res.end(JSON.stringify({ name: 'acme/widget', tags: ['2.0.0', 'latest', 'feature-x'] }))
      }
      res.writeHead(404).end()
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

  it('gets a token for the repository scope with the credentials, then follows every page', async () => {
    seen.length = 0 // this test's requests only
    const api = new RegistryApi({ base, repository: 'acme/widget' }, { username: 'bot', password: 's3cret' })
    expect(await api.tags()).toEqual(['1.0.0', '2.0.0', 'latest', 'feature-x'])
    expect(seen.map(r => `${r.method} ${r.url} ${r.authorization?.split(' ')[0] ?? '-'}`)).toEqual([
      'GET /v2/acme/widget/tags/list?n=1000 -',
      'GET /token?service=test-registry&scope=repository%3Aacme%2Fwidget%3Apull Basic',
      'GET /v2/acme/widget/tags/list?n=1000 Bearer',
      'GET /v2/acme/widget/tags/list?n=1000&last=1.0.0 Bearer'
    ])
  })

  it('says so when the token service refuses the credentials', async () => {
    const api = new RegistryApi({ base, repository: 'acme/widget' }, { username: 'bot', password: 'wrong' })
    await expect(api.tags()).rejects.toThrow(/token service answered 401/)
  })

  it('finds no tags for a repository that does not exist yet', async () => {
    const api = new RegistryApi({ base, repository: 'acme/none' }, { username: 'bot', password: 's3cret' })
    expect(await api.tags()).toEqual([])
  })
})

describe("the registry's credentials go to the registry alone", () => {
  // A registry that hands out another origin: a next page on another host, or a token realm over plain http.
  let registry: Server
  let elsewhere: Server
  let base = ''
  let other = ''
  let realm = ''
  const elsewhereSeen: string[] = []
  beforeAll(async () => {
    elsewhere = createServer((req, res) => {
      elsewhereSeen.push(`${req.method} ${req.url} ${req.headers.authorization ?? '-'}`)
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"tags":["stolen"]}')
    })
    await new Promise<void>(resolve => elsewhere.listen(0, '127.0.0.2', resolve))
    other = `http://127.0.0.2:${(elsewhere.address() as AddressInfo).port}`
    registry = createServer((req, res) => {
      if (req.url?.startsWith('/v2/acme/widget/tags/list')) {
        if (!req.headers.authorization)
          return void res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="registry"' }).end()
        return void res
          .writeHead(200, {
            'Content-Type': 'application/json',
            Link: `<${other}/v2/acme/widget/tags/list?last=a>; rel="next"`
          })
          .end('{"tags":["a"]}')
      }
      res.writeHead(401, { 'WWW-Authenticate': `Bearer realm="${realm}",service="s"` }).end()
    })
    await new Promise<void>(resolve => registry.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(registry.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise<void>(resolve => registry.close(() => resolve()))
    await new Promise<void>(resolve => elsewhere.close(() => resolve()))
  })

  it('follows no page to another origin: the login is never sent there', async () => {
    const api = new RegistryApi({ base, repository: 'acme/widget' }, { username: 'bot', password: 's3cret' })
    await expect(api.tags()).rejects.toThrow(`pointed to ${other}, another origin`)
    expect(elsewhereSeen).toEqual([])
  })

  it('sends no login to a token realm over plain http on another host', async () => {
    realm = 'http://auth.invalid/token'
    const api = new RegistryApi({ base, repository: 'acme/widget' }, { username: 'bot', password: 's3cret' })
    await expect(api.manifest('1.0')).rejects.toThrow(
      'names http://auth.invalid as its token service: a login goes there over https only'
    )
  })
})

describe('a manifest is trusted by its bytes', () => {
  const LIST = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [] })
  const SIGNED = `sha256:${'e'.repeat(64)}` // the digest of an image someone would like signed
  let server: Server
  let base = ''
  beforeAll(async () => {
    server = createServer((_req, res) => {
      // Answers every manifest, by tag or by digest, with the same list and a Docker-Content-Digest of another image.
      res.writeHead(200, { 'Content-Type': 'application/vnd.oci.image.index.v1+json', 'Docker-Content-Digest': SIGNED })
      res.end(LIST)
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

  it("refuses a tag whose Docker-Content-Digest is not its bytes' digest", async () => {
    const api = new RegistryApi({ base, repository: 'acme/widget' })
    await expect(api.manifest('1.2.3')).rejects.toThrow(
      `The registry served acme/widget:1.2.3 as ${SIGNED}, but its bytes are ${digestOf(LIST)}`
    )
  })

  it('refuses a manifest fetched by digest whose bytes are another digest', async () => {
    const api = new RegistryApi({ base, repository: 'acme/widget' })
    await expect(api.manifest(SIGNED)).rejects.toThrow(/but its bytes are sha256:/)
    await expect(api.imageManifest(SIGNED)).rejects.toThrow(/but its bytes are sha256:/)
  })
})

describe('a registry that fails for a moment', () => {
  const LIST = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [] })
  const seen: string[] = []
  let failures = 0
  let server: Server
  let base = ''
  beforeAll(async () => {
    // distribution under concurrent pushes of the same content: a 500, then the answer.
    server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`)
      if (failures-- > 0) return void res.writeHead(500).end('{"errors":[{"code":"UNKNOWN"}]}')
      if (req.method === 'PUT') return void res.writeHead(201).end()
      res.writeHead(200, { 'Content-Type': 'application/vnd.oci.image.index.v1+json' })
      res.end(LIST)
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

  it('reads again after a server error, twice at most', async () => {
    const api = new RegistryApi({ base, repository: 'acme/widget' })
    seen.length = 0
    failures = 2
    expect((await api.manifest(digestOf(LIST)))?.digest).toBe(digestOf(LIST))
    expect(seen).toEqual(Array(3).fill(`GET /v2/acme/widget/manifests/${digestOf(LIST)}`))
    seen.length = 0
    failures = 3
    await expect(api.manifest('1.2.3')).rejects.toThrow('The registry answered 500 for acme/widget:1.2.3.')
    expect(seen).toHaveLength(3)
  })

  it('never sends a write twice', async () => {
    const api = new RegistryApi({ base, repository: 'acme/widget' })
    seen.length = 0
    failures = 1
    const answer = await api.request('acme/widget/manifests/x', { method: 'PUT', body: LIST })
    expect(answer.status).toBe(500)
    expect(seen).toEqual(['PUT /v2/acme/widget/manifests/x'])
  })
})
