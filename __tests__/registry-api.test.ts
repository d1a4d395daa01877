// The registry API client: Docker's naming rules, and the token dance of
// ghcr.io and Docker Hub against a local server that speaks it over HTTP.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { imageLocation, parseChallenge, RegistryApi } from '../src/outside/registry-api.js'

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
