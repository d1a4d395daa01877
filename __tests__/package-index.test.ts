// The index side as data: page parsing (PEP 691 JSON and PEP 503 HTML), twine's
// failures in the index's own words, and which files a run uploads.
import { decideUploads, type DistFile } from '../src/steps/index-upload.js'
import { createServer, type Server } from 'node:http'
import { uploadUrlProblem } from '../src/plan/inputs.js'
import { close, listen } from './support/http.js'
import {
  audienceProblem,
  fileVersion,
  indexUrls,
  mintToken,
  parseProjectPage,
  readTwineFailure,
  twineArgs,
  twineEnv
} from '../src/outside/package-index.js'

const SHA = 'a'.repeat(64)

describe('parseProjectPage', () => {
  it('reads PEP 691 JSON as pypi.org serves it', () => {
    const body = JSON.stringify({
      meta: { 'api-version': '1.1' },
      name: 'widget',
      files: [
        {
          filename: 'widget-1.0.tar.gz',
          url: 'https://files.example/w/widget-1.0.tar.gz',
          hashes: { sha256: SHA.toUpperCase() }
        }
      ]
    })
    expect(parseProjectPage(body, 'application/vnd.pypi.simple.v1+json', 'https://pypi.org/simple/widget/')).toEqual(
      new Map([['widget-1.0.tar.gz', { sha256: SHA, url: 'https://files.example/w/widget-1.0.tar.gz' }]])
    )
  })
  it('reads PEP 503 HTML, resolving relative links and entities', () => {
    const body = `<html><body><a href="../../files/widget-1.0-py3-none-any.whl#sha256=${SHA}" data-requires-python="&gt;=3.8">widget-1.0-py3-none-any.whl</a><br/><a href="/x/widget-1.0.tar.gz">widget-1.0.tar.gz</a></body></html>`
    expect(parseProjectPage(body, 'text/html', 'http://127.0.0.1:9/simple/widget/')).toEqual(
      new Map([
        ['widget-1.0-py3-none-any.whl', { sha256: SHA, url: 'http://127.0.0.1:9/files/widget-1.0-py3-none-any.whl' }],
        ['widget-1.0.tar.gz', { sha256: undefined, url: 'http://127.0.0.1:9/x/widget-1.0.tar.gz' }]
      ])
    )
  })
  it.each([
    ['widget-1.0-py3-none-any.whl', '1.0'],
    ['my_widget-2.0rc1-py3-none-any.whl', '2.0rc1'],
    ['my-widget-1.2.4.dev5.tar.gz', '1.2.4.dev5'],
    ['not-a-dist', undefined]
  ])('the version of %s is %s', (file, version) => expect(fileVersion(file)).toBe(version))
  it('finds the simple index beside the upload URL, and pypi.org for upload.pypi.org', () => {
    expect(indexUrls('https://upload.pypi.org/legacy/').simple).toBe('https://pypi.org/simple/')
    expect(indexUrls('https://test.pypi.org/legacy/').simple).toBe('https://test.pypi.org/simple/')
    expect(indexUrls('http://127.0.0.1:8080/legacy/').base).toBe('http://127.0.0.1:8080')
  })
})

describe('twine, as data', () => {
  it('uploads verbosely, with the token in the environment only', () => {
    const args = twineArgs(indexUrls('https://upload.pypi.org/legacy/'), ['/d/w.whl'])
    expect(args).toEqual([
      '-m',
      'twine',
      'upload',
      '--non-interactive',
      '--disable-progress-bar',
      '--verbose',
      '--repository-url',
      'https://upload.pypi.org/legacy/',
      '/d/w.whl'
    ])
    expect(twineEnv('pypi-secret')).toMatchObject({ TWINE_USERNAME: '__token__', TWINE_PASSWORD: 'pypi-secret' })
    expect(args.join(' ')).not.toContain('pypi-secret')
  })

  // What twine 4 printed here for a refusal (rich wraps its records at 80 columns).
  const refused = [
    'Uploading distributions to http://127.0.0.1:42153/legacy/',
    'INFO     password: <hidden>                                                     ',
    'Uploading tw_demo-1.0-py3-none-any.whl',
    '',
    'INFO     Response from http://127.0.0.1:42153/legacy/:                          ',
    "         400 File already exists ('x.whl'). See                                 ",
    '         https://pypi.org/help/#file-name-reuse for more information.           ',
    "INFO     File already exists ('x.whl'). See                                     ",
    '         https://pypi.org/help/#file-name-reuse for more information.           ',
    'ERROR    HTTPError: 400 Bad Request from http://127.0.0.1:42153/legacy/         ',
    "         File already exists ('x.whl'). See                                     ",
    '         https://pypi.org/help/#file-name-reuse for more information.           '
  ].join('\n')

  it.each([
    [
      refused,
      "400 File already exists ('x.whl'). See https://pypi.org/help/#file-name-reuse for more information.",
      false,
      false
    ],
    [
      'INFO     Response from http://i/legacy/:\n         400 Bad Request\nINFO     Invalid distribution file.\nERROR    HTTPError: 400 Bad Request from http://i/legacy/',
      '400 Bad Request: Invalid distribution file.',
      false,
      false
    ],
    [
      'ERROR    HTTPError: 403 Forbidden from http://i/legacy/\n         Invalid or non-existent authentication information.',
      '403 Forbidden',
      true,
      false
    ],
    ['ERROR    HTTPError: 503 Service Unavailable from http://i/legacy/', '503 Service Unavailable', false, true],
    [
      "ERROR    ConnectionError: HTTPConnectionPool(host='127.0.0.1', port=9): Max retries exceeded",
      "ConnectionError: HTTPConnectionPool(host='127.0.0.1', port=9): Max retries exceeded",
      false,
      true
    ],
    // A twine that cannot start (it imported the project's own keyring from the checkout): the same on every try.
    [
      "Traceback (most recent call last):\n  File \"<frozen runpy>\", line 198, in _run_module_as_main\nImportError: cannot import name 'backend' from 'keyring' (/w/keyring/__init__.py)",
      "ImportError: cannot import name 'backend' from 'keyring' (/w/keyring/__init__.py)",
      false,
      false
    ]
  ])("reads a failure in the index's own words (%#)", (output, reason, auth, transient) => {
    expect(readTwineFailure(output)).toMatchObject({ reason, auth, transient })
  })
})

describe('decideUploads', () => {
  const ours: DistFile[] = [
    { path: '/d/w-1.0.dev2-py3-none-any.whl', name: 'w-1.0.dev2-py3-none-any.whl', sha256: SHA },
    { path: '/d/w-1.0.dev2.tar.gz', name: 'w-1.0.dev2.tar.gz', sha256: 'b'.repeat(64) }
  ]
  it('uploads everything to an index without the version', () => {
    expect(decideUploads('dev', '1.0.dev2', ours, new Map())).toEqual({ kind: 'upload', todo: ours, present: [] })
  })
  it("completes a half upload of this build's files (its wheel is byte-identical)", () => {
    const index = new Map([['w-1.0.dev2-py3-none-any.whl', { sha256: SHA }]])
    expect(decideUploads('dev', '1.0.dev2', ours, index)).toEqual({
      kind: 'upload',
      todo: [ours[1]],
      present: [ours[0]]
    })
  })
  it("leaves another build's files under the same dev version alone", () => {
    const index = new Map([['w-1.0.dev2-py3-none-any.whl', { sha256: 'c'.repeat(64) }]])
    expect(decideUploads('dev', '1.0.dev2', ours, index)).toMatchObject({
      kind: 'taken',
      why: expect.stringMatching(
        /is another build's \(its files on the index: .*\): another branch or commit reached this .dev number first/
      )
    })
    expect(decideUploads('dev', '1.0.dev2', ours, new Map([['w-1.0.dev2.tar.gz', {}]]))).toMatchObject({
      kind: 'taken'
    })
  })
  it('lets a release re-run upload only what is missing', () => {
    const index = new Map([['w-1.0.dev2.tar.gz', { sha256: 'f'.repeat(64) }]])
    expect(decideUploads('release', '1.0.dev2', ours, index)).toEqual({
      kind: 'upload',
      todo: [ours[0]],
      present: [ours[1]]
    })
  })
})

describe("trusted publishing's exchange goes nowhere else", () => {
  // An index over real HTTP: its audience, the runner's token endpoint, and a mint-token that may redirect.
  let server: Server
  let base = ''
  const seen: string[] = []
  let audience = 'test-index'
  let redirectMint = false
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`)
      if (req.url === '/_/oidc/audience') return void res.end(JSON.stringify({ audience }))
      if (req.url?.startsWith('/_runner/idtoken')) return void res.end(JSON.stringify({ value: 'job-oidc-token' }))
      if (req.url === '/_/oidc/mint-token' && redirectMint) {
        res.writeHead(307, { Location: 'https://upload.pypi.org/_/oidc/mint-token' })
        return void res.end()
      }
      if (req.url === '/_/oidc/mint-token') return void res.end(JSON.stringify({ success: true, token: 'minted' }))
      res.writeHead(404).end()
    })
    base = `http://${await listen(server)}`
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `${base}/_runner/idtoken`
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'runner-token'
  })
  afterAll(async () => {
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    await close(server)
  })
  beforeEach(() => {
    seen.length = 0
    audience = 'test-index'
    redirectMint = false
  })
  const urls = () => indexUrls(`${base}/legacy/`)

  it("mints a token for the index's own audience", async () => {
    expect(await mintToken(urls(), 5000)).toBe('minted')
  })

  it.each(['pypi', 'testpypi'])(
    "refuses PyPI's audience %s from another host, before the job's token is asked for",
    async name => {
      audience = name
      await expect(mintToken(urls(), 5000)).rejects.toThrow(
        new RegExp(`asks for an OIDC token for the audience "${name}", which is https://(test\\.)?pypi\\.org's`)
      )
      expect(seen).toEqual(['GET /_/oidc/audience'])
      expect(audienceProblem('https://pypi.org', 'pypi')).toBeUndefined()
      expect(audienceProblem('https://test.pypi.org', 'testpypi')).toBeUndefined()
    }
  )

  it('follows no redirect of the exchange: the token is not sent on', async () => {
    redirectMint = true
    await expect(mintToken(urls(), 5000)).rejects.toThrow(/mint-token answered with a redirect, which is not followed/)
    expect(seen.filter(s => s.startsWith('POST'))).toEqual(['POST /_/oidc/mint-token'])
  })

  it('takes an upload URL over https, or over http on loopback only', () => {
    expect(uploadUrlProblem('http://pkgs.example.com/legacy/', 'x')).toMatch(
      /^is plain http, which would send the upload token in the clear/
    )
    for (const url of ['http://127.0.0.1:8080/legacy/', 'http://localhost/legacy/', 'https://pkgs.example.com/legacy/'])
      expect(uploadUrlProblem(url, 'x')).toBeUndefined()
  })
})
