// Bad input, faults and re-runs: every failure clear, nothing half-published,
// no secret leaked. Driven through the bundled action against the real registry
// (directly, stopped, wrong password, behind a failing proxy) and the test index.
import { randomBytes } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { annotations, runPost, type ActionRun } from './support/action.js'
import { closedPort, FaultyProxy } from './support/faulty-proxy.js'
import { expectSuccess, ReleaseFixture } from './support/release-fixture.js'
import { CredentialStore } from './support/credential-store.js'
import { tempDir } from './support/repo.js'
import { NEW_BUILDX } from './support/engines.js'

const f = new ReleaseFixture()
const WRONG_PASSWORD = `wrong-${randomBytes(10).toString('hex')}`
const WRONG_TOKEN = `pypi-wrong-${randomBytes(10).toString('hex')}`

beforeAll(async () => {
  await f.start()
  f.repo.branch('feature/faults')
  f.repo.commit()
})
afterAll(() => f.stop())

/** Nothing was logged in to, built or uploaded by this run. */
function expectNothingDone(run: ActionRun, commandsBefore: number, uploadsBefore: number) {
  const commands = f.shims.commands().slice(commandsBefore)
  expect(commands.filter(c => /^docker (login|buildx build)| -m build | -m twine /.test(c))).toEqual([])
  expect(f.uploadRequests()).toBe(uploadsBefore)
  expect(run.outputs.digest ?? '').toBe('')
}

function errors(run: ActionRun): string[] {
  return annotations(run, 'error')
}

describe('bad input: one clear error before anything is published', () => {
  it.each([
    ['platforms', { platforms: 'linux/amd64,linux/banana' }, /"platforms".*"linux\/banana"/],
    ['platforms', { platforms: ' , ' }, /"platforms" is empty/],
    ['image', { image: 'localhost:5000/Has Space/x' }, /"image".*invalid path component/],
    ['image', { image: 'acme/widget:1.0' }, /"image".*must not contain a tag/],
    ['file', { file: 'docker/Nope' }, /"file".*"docker\/Nope" does not exist/],
    ['context', { context: 'nowhere' }, /"context".*"nowhere" does not exist/],
    ['pkg-dir', { 'pkg-dir': '../outside/pkg' }, /"pkg-dir".*outside the workspace/],
    ['python-project', { 'python-project': 'missing-dir' }, /"python-project".*"missing-dir" does not exist/],
    ['latest', { latest: 'yes' }, /"latest" is "yes"; use auto .* or false/],
    ['pypi-url', { 'pypi-url': 'ftp://index.example/' }, /"pypi-url".*not an http\(s\) URL/],
    ['python', { python: '/nonexistent/python3' }, /"python".*"\/nonexistent\/python3" was not found/],
    ['publish-pypi', { 'publish-pypi': 'yes please' }, /"publish-pypi" is "yes please"; use true or false/],
    ['dry-run', { 'dry-run': 'maybe' }, /"dry-run" is "maybe"/]
  ])('%s: %j', async (_name, inputs, message) => {
    const commands = f.shims.commands().length
    const uploads = f.uploadRequests()
    const run = await f.release('refs/heads/feature/faults', inputs)
    expect(run.code).not.toBe(0)
    expect(errors(run)).toHaveLength(1)
    expect(errors(run)[0]).toMatch(message)
    expectNothingDone(run, commands, uploads)
  })

  it('pkg-dir: refuses a symbolic link to a directory outside the workspace, and deletes nothing there', async () => {
    const outside = tempDir('dev-release-outside-')
    writeFileSync(join(outside, 'precious-1.0.tar.gz'), "not the action's")
    symlinkSync(outside, join(f.repo.dir, 'linked-pkg'))
    try {
      const commands = f.shims.commands().length
      const uploads = f.uploadRequests()
      const run = await f.release('refs/heads/feature/faults', { 'pkg-dir': 'linked-pkg' })
      expect(run.code).not.toBe(0)
      expect(errors(run)).toEqual([
        expect.stringMatching(/"pkg-dir": "linked-pkg" leads through a symbolic link to .*outside the workspace/)
      ])
      expect(readFileSync(join(outside, 'precious-1.0.tar.gz'), 'utf8')).toBe("not the action's")
      expectNothingDone(run, commands, uploads)
    } finally {
      rmSync(join(f.repo.dir, 'linked-pkg'))
    }
  })

  it('reports every problem at once', async () => {
    const run = await f.release('refs/heads/feature/faults', {
      platforms: 'linux/banana',
      file: 'nope/Dockerfile',
      'pkg-dir': '/etc/pkg',
      latest: 'always',
      python: 'no-such-python'
    })
    expect(errors(run)).toHaveLength(1)
    for (const name of ['platforms', 'file', 'pkg-dir', 'latest', 'python'])
      expect(errors(run)[0]).toContain(`"${name}"`)
    expect(errors(run)[0]).toMatch(/^5 inputs are wrong/)
  })
})

describe('registry faults', () => {
  it('retries an unreachable registry a bounded number of times, then fails; the index got nothing', async () => {
    const uploads = f.uploadRequests()
    const run = await f.release('refs/heads/feature/faults', { image: `127.0.0.1:${await closedPort()}/x/widget` })
    expect(run.code).not.toBe(0)
    expect(run.stdout.match(/Logging in to [^\n]*attempt \d of \d/g)?.map(l => l.slice(-14))).toEqual([
      'attempt 2 of 3',
      'attempt 3 of 3'
    ])
    expect(errors(run)[0]).toMatch(/Logging in to 127\.0\.0\.1:\d+ failed.*connection refused/)
    expect(f.uploadRequests()).toBe(uploads)
  })

  it('refuses wrong credentials at once, naming the registry; the index got nothing', async () => {
    const uploads = f.uploadRequests()
    const run = await f.release('refs/heads/feature/faults', { 'registry-password': WRONG_PASSWORD })
    expect(run.code).not.toBe(0)
    expect(run.stdout).not.toMatch(/Logging in to [^\n]*attempt 2/)
    expect(errors(run)[0]).toMatch(
      new RegExp(`Authentication failed for registry ${f.registry.host.replace(/\./g, '\\.')}`)
    )
    expect(f.uploadRequests()).toBe(uploads)
  })

  it('reports the digest the tag resolves to after manifest pushes answered 503', async () => {
    const proxy = await new FaultyProxy(f.registry.host).start()
    try {
      f.repo.branch('feature/manifest-503')
      f.repo.commit()
      proxy.fail(2, (method, path) => method === 'PUT' && path.includes('/manifests/'), 503)
      const run = await f.release('refs/heads/feature/manifest-503', {
        image: `${proxy.host}/${f.repository}`,
        'publish-pypi': 'false'
      })
      expectSuccess(run)
      const list = await f.client.manifestList(f.repository, 'feature-manifest-503')
      expect(run.outputs.digest).toBe(list?.digest)
      expect(list?.manifests.map(m => m.platform).sort()).toEqual(['linux/amd64', 'linux/arm64'])
    } finally {
      await proxy.stop()
      f.repo.checkout('feature/faults')
    }
  })

  it.each([
    ['trixie', {}],
    ['unstable', { DOCKER_CONFIG: NEW_BUILDX }]
  ])(
    "completes the push after the tag's own manifest PUT answered 503 twice (buildx from %s), and reports the tag's digest",
    async (_, env: Record<string, string>) => {
      const proxy = await new FaultyProxy(f.registry.host).start()
      const branch = `feature/tag-503-${Object.keys(env).length}`
      const tag = branch.replace('/', '-')
      try {
        f.repo.branch(branch, '1.2.3')
        f.repo.commit()
        // Only the PUT of the list under its tag fails: blobs and platform manifests (by digest) arrive.
        proxy.fail(2, (method, path) => method === 'PUT' && path.endsWith(`/manifests/${tag}`), 503)
        const run = await f.release(
          `refs/heads/${branch}`,
          { image: `${proxy.host}/${f.repository}`, 'publish-pypi': 'false' },
          env
        )
        expectSuccess(run)
        expect(proxy.failuresLeft()).toBe(0) // both faults were met
        const list = await f.client.manifestList(f.repository, tag)
        expect(run.outputs.digest).toBe(list?.digest)
        expect(list?.manifests.map(m => m.platform).sort()).toEqual(['linux/amd64', 'linux/arm64'])
      } finally {
        await proxy.stop()
        f.repo.checkout('feature/faults')
      }
    }
  )

  it('rides out a registry answering 500 for a moment', async () => {
    const proxy = await new FaultyProxy(f.registry.host).start()
    try {
      proxy.fail(2)
      const run = await f.release('refs/heads/feature/faults', { image: `${proxy.host}/${f.repository}` })
      expectSuccess(run)
      expect(run.stdout).toMatch(/Logging in to 127\.0\.0\.1:\d+ failed .*500.*attempt 2 of 3/)
      expect((await f.client.manifestList(f.repository, 'feature-faults'))?.digest).toBe(run.outputs.digest)
    } finally {
      await proxy.stop()
    }
  })
})

describe('package index faults', () => {
  beforeEach(() => f.repo.commit()) // a new .devN for every test

  it('retries uploads the index answered with 500, and completes', async () => {
    // twine retries a 5xx upload five times itself; the seventh try is the action's second attempt.
    f.index.failUploads(7, 500)
    const run = await f.release('refs/heads/feature/faults')
    expectSuccess(run)
    expect(run.stdout).toMatch(/Uploading to .* failed .*500.*attempt 2 of 3/)
    expect(f.index.versions('dev-release-example')).toContain(run.outputs.version)
  })

  it('gives up on an index that keeps failing, saying a re-run completes the release', async () => {
    f.index.failUploads(1000, 503)
    const run = await f.release('refs/heads/feature/faults')
    f.index.failUploads(0)
    expect(run.code).not.toBe(0)
    expect(errors(run)[0]).toMatch(/503.*image is already pushed; a re-run will complete the release/)
    expect(f.index.versions('dev-release-example')).not.toContain(run.outputs.version)
    // What was published before the failure is in the outputs: the image, by digest and tag; no file.
    expect(run.outputs.digest).toBe((await f.client.manifestList(f.repository, 'feature-faults'))?.digest)
    expect(run.outputs.digest).toMatch(/^sha256:/)
    expect(run.outputs['docker-tags']).toBe(`${f.image}:feature-faults`)
    expect(run.outputs.dists).toBe('')
    // The re-run does complete it.
    const rerun = await f.release('refs/heads/feature/faults')
    expectSuccess(rerun)
    expect(f.index.versions('dev-release-example')).toContain(rerun.outputs.version)
  })

  it('retries an unreachable index, then fails before anything is published', async () => {
    f.repo.branch('feature/index-away')
    const run = await f.release('refs/heads/feature/index-away', {
      'pypi-url': `http://127.0.0.1:${await closedPort()}/legacy/`
    })
    expect(run.code).not.toBe(0)
    expect(run.stdout).toMatch(/attempt 3 of 3/)
    expect(errors(run)[0]).toMatch(
      /The index's page at http:\/\/127\.0\.0\.1:\d+\/simple\/ cannot be read \(fetch failed: ECONNREFUSED\)\. Nothing was published/
    )
    expect(await f.client.manifestList(f.repository, 'feature-index-away')).toBeUndefined()
    f.repo.checkout('feature/faults')
  })

  it('stops at once when the index refuses the token, naming the index', async () => {
    const uploads = f.uploadRequests()
    const run = await f.release('refs/heads/feature/faults', { 'pypi-token': WRONG_TOKEN })
    expect(run.code).not.toBe(0)
    expect(errors(run)[0]).toMatch(new RegExp(`The index ${f.index.uploadUrl}.*refused the credentials \\(403`))
    expect(f.uploadRequests()).toBe(uploads + 1)
  })
})

describe('half uploads, stalls and the index in its own words', () => {
  beforeEach(() => f.repo.commit())

  it('names what is on the index and what is not, and a re-run uploads exactly the rest', async () => {
    f.index.refuseUploads(/\.tar\.gz$/, 400, 'Invalid distribution file: the sdist was refused by a test rule')
    const run = await f.release('refs/heads/feature/faults')
    f.index.stopRefusing()
    expect(run.code).not.toBe(0)
    const version = run.outputs.version
    const wheel = `dev_release_example-${version}-py3-none-any.whl`
    expect(errors(run)[0]).toMatch(
      /rejected the upload: 400 Invalid distribution file: the sdist was refused by a test rule/
    )
    // The sdist's name as this setuptools writes it (dev-release-example or, PEP 625, dev_release_example).
    const sdist = /not on it: (dev[-_]release[-_]example-\S+\.tar\.gz)\./.exec(errors(run)[0])![1]
    expect(errors(run)[0]).toContain(`On the index now: ${wheel}; not on it: ${sdist}.`)
    expect([...f.index.files.keys()].filter(n => n.includes(version))).toEqual([wheel])

    const uploads = f.uploadRequests()
    const rerun = await f.release('refs/heads/feature/faults')
    expectSuccess(rerun)
    expect(annotations(rerun, 'notice').join()).toMatch(
      new RegExp(`${wheel.replace(/\./g, '\\.')} of this build is already on the index: uploading the rest`)
    )
    expect(f.uploadRequests() - uploads).toBe(1)
    expect([...f.index.files.keys()].filter(n => n.includes(version)).sort()).toEqual([sdist, wheel])
    expect(rerun.summary).toMatch(new RegExp(`${sdist.replace(/\./g, '\\.')}</code> \\| uploaded`))
  })

  it("ends with PyPI's 14-day rule, naming what the index holds, where a file is missing from an old release", async () => {
    f.index.refuseUploads(/\.tar\.gz$/, 400, 'Invalid distribution file: the sdist was refused by a test rule')
    const run = await f.release('refs/heads/feature/faults')
    f.index.stopRefusing()
    expect(run.code).not.toBe(0)
    const version = run.outputs.version
    const held = [...f.index.files.keys()].filter(n => n.includes(version))
    expect(held).toEqual([`dev_release_example-${version}-py3-none-any.whl`])
    // Fifteen days later the release is closed: the sdist can never be added.
    f.index.backdate('dev-release-example', version, 15)
    const uploads = f.uploadRequests()
    const rerun = await f.release('refs/heads/feature/faults')
    expect(rerun.code).not.toBe(0)
    const v = version.replace(/\./g, '\\.')
    expect(errors(rerun)[0]).toMatch(
      new RegExp(
        `takes no new files for ${v}: 400 Uploading new files to releases older than 14 days is not allowed\\. \\(PyPI's rule since July 2026: .*\\)\\. ` +
          `It holds ${held[0].replace(/\./g, '\\.')}; dev[-_]release[-_]example-${v}\\.tar\\.gz cannot be added\\. Publish a new version`
      )
    )
    // One try: the rule does not pass with time.
    expect(f.uploadRequests() - uploads).toBe(1)
    expect([...f.index.files.keys()].filter(n => n.includes(version))).toEqual(held)
  })

  it('re-runs an old release without uploading anything, where the index refuses even identical files (warehouse#20251)', async () => {
    f.index.closedReleaseFirst = true
    try {
      const run = await f.release('refs/heads/feature/faults')
      expectSuccess(run)
      f.index.backdate('dev-release-example', run.outputs.version, 15)
      const uploads = f.uploadRequests()
      const rerun = await f.release('refs/heads/feature/faults')
      expectSuccess(rerun)
      expect(f.uploadRequests()).toBe(uploads)
      expect(annotations(rerun, 'notice').join()).toMatch(/already on the index with all its files: this is a re-run/)
    } finally {
      f.index.closedReleaseFirst = false
    }
  })

  it("shows the index's reason when it refuses a file that exists", async () => {
    f.index.refuseUploads(
      /\.whl$/,
      400,
      "File already exists ('x.whl'). See https://pypi.org/help/#file-name-reuse for more information."
    )
    const run = await f.release('refs/heads/feature/faults')
    f.index.stopRefusing()
    expect(run.code).not.toBe(0)
    expect(errors(run)[0]).toMatch(
      /rejected the upload: 400 File already exists \('x\.whl'\)\. See https:\/\/pypi\.org\/help\/#file-name-reuse/
    )
    expect(errors(run)[0]).toMatch(/Nothing was uploaded to the index this time/)
  })

  it.each([
    ['/_/oidc/audience', 21, undefined],
    ['/_/oidc/mint-token', 22, undefined],
    ['/_runner/idtoken', 23, "the runner's OIDC token endpoint"]
  ])(
    'stops a trusted-publishing exchange whose %s never answers, at request-timeout, naming it',
    async (path, distance, what) => {
      // A version of its own (a distance no other test's branch has), so that there is something to upload.
      const branch = `feature/oidc-stall-${distance}`
      f.repo.branch(branch, '1.2.3')
      f.repo.commits(distance)
      f.index.stalls.add(path)
      try {
        const run = await f.release(
          `refs/heads/${branch}`,
          { 'pypi-token': '', 'request-timeout': '3s' },
          f.index.oidcEnv
        )
        expect(run.code).not.toBe(0)
        expect(errors(run)[0]).toContain(
          `Trusted publishing: ${what ?? f.index.url + path} did not answer within 3 s (request-timeout).`
        )
        expect(f.index.requests.some(r => r.path === path && r.status === 0)).toBe(true)
      } finally {
        f.index.stalls.delete(path)
        f.repo.checkout('feature/faults')
      }
    }
  )

  it("asks the runner's token endpoint again after a 503, and uploads with the token it then gives", async () => {
    const branch = 'feature/oidc-503'
    f.repo.branch(branch, '1.2.3')
    f.repo.commits(24)
    f.index.oidcFailures.push(503)
    try {
      const run = await f.release(`refs/heads/${branch}`, { 'pypi-token': '' }, f.index.oidcEnv)
      expect(run.code).toBe(0)
      const asked = f.index.requests.filter(r => r.path === '/_runner/idtoken').map(r => r.status)
      expect(asked.slice(-2)).toEqual([503, 200])
      expect(f.index.versions('dev-release-example')).toContain(run.outputs.version)
      expect(run.outputs.version).toBe('1.2.4.dev24')
    } finally {
      f.index.oidcFailures.length = 0
      f.repo.checkout('feature/faults')
    }
  })

  it('stops an upload to an index that never answers, at upload-timeout, naming the step', async () => {
    const proxy = await new FaultyProxy(new URL(f.index.url).host).start()
    try {
      proxy.stall((method, path) => method === 'POST' && path.startsWith('/legacy/'))
      const run = await f.release('refs/heads/feature/faults', {
        'pypi-url': `http://${proxy.host}/legacy/`,
        'upload-timeout': '5s'
      })
      expect(run.code).not.toBe(0)
      expect(proxy.stalled.length).toBeGreaterThan(0)
      expect(errors(run)[0]).toMatch(
        /Uploading 2 files to http:\/\/127\.0\.0\.1:\d+\/legacy\/ did not finish within 5 s and was stopped/
      )
      expect(run.stdout).not.toMatch(/Uploading to [^\n]*attempt 2 of 3/) // a stall is not tried again
    } finally {
      await proxy.stop()
    }
  })

  it('stops a login to a registry that never answers, at request-timeout, naming the step', async () => {
    const proxy = await new FaultyProxy(f.registry.host).start()
    try {
      proxy.stall()
      const run = await f.release('refs/heads/feature/faults', {
        image: `${proxy.host}/${f.repository}`,
        'request-timeout': '3s'
      })
      expect(run.code).not.toBe(0)
      expect(errors(run)[0]).toMatch(/Logging in to 127\.0\.0\.1:\d+ did not finish within 3 s and was stopped/)
    } finally {
      await proxy.stop()
    }
  })

  it('refuses a duration that is none', async () => {
    const run = await f.release('refs/heads/feature/faults', { 'push-timeout': 'soon', 'dry-run': 'true' })
    expect(errors(run)[0]).toMatch(/"push-timeout" is "soon"; give a duration like 90s, 15m or 1h/)
  })
})

describe('a cancelled or killed job', () => {
  /** A registry that takes logins and never finishes a blob upload: a push that hangs. */
  async function hangingPush(): Promise<FaultyProxy> {
    const proxy = await new FaultyProxy(f.registry.host).start()
    proxy.stall((method, path) => method !== 'GET' && method !== 'HEAD' && path.includes('/blobs/uploads/'))
    return proxy
  }
  /** Processes still pushing to the proxy. */
  const pushing = (proxy: FaultyProxy) =>
    execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
      .split('\n')
      .filter(line => line.includes(proxy.host) && !line.includes('ps -eo'))

  it('stops the push on SIGTERM, keeps no login, uploads nothing, and says what was published', async () => {
    const proxy = await hangingPush()
    try {
      const uploads = f.uploadRequests()
      let signalled = 0
      const run = await f.release(
        'refs/heads/feature/faults',
        { image: `${proxy.host}/${f.repository}` },
        {},
        { cancel: { when: () => proxy.stalled.length > 0 && (signalled ||= Date.now()) > 0, signal: 'SIGTERM' } }
      )
      expect(signalled).toBeGreaterThan(0)
      expect(run.code).not.toBe(0)
      expect(errors(run)[0]).toMatch(/^The job was cancelled \(SIGTERM\) and the release stopped\./)
      expect(run.summary).toMatch(/\| Build linux\/amd64, linux\/arm64 and push .* \| \*\*failed\*\* \|/)
      expect(run.summary).toContain('Nothing was uploaded to the index.')
      expect(f.uploadRequests()).toBe(uploads)
      expect(readdirSync(run.temp).filter(n => n.startsWith('dev-release-docker-'))).toEqual([])
      expect(pushing(proxy)).toEqual([])
    } finally {
      await proxy.stop()
    }
  })

  it('leaves the login and the staged files of a killed step to the post step, which removes them', async () => {
    const proxy = await hangingPush()
    try {
      const killed = await f.release(
        'refs/heads/feature/faults',
        { image: `${proxy.host}/${f.repository}` },
        {},
        { cancel: { when: () => proxy.stalled.length > 0, signal: 'SIGKILL' } }
      )
      expect(killed.code).not.toBe(0)
      const configs = readdirSync(killed.temp).filter(n => n.startsWith('dev-release-docker-'))
      expect(configs).toHaveLength(1)
      expect(readFileSync(join(killed.temp, configs[0], 'config.json'), 'utf8')).toContain(proxy.host) // the login
      const staged = JSON.parse(killed.state['leftover-staged']) as string[]
      expect(staged.length).toBeGreaterThan(0)
      expect(staged.every(file => existsSync(file))).toBe(true)
      execFileSync('pkill', ['-f', proxy.host], { stdio: 'ignore' }) // the killed step's orphans; the runner kills those itself

      const post = await runPost(killed)
      expect(post.code).toBe(0)
      expect(post.stdout).toMatch(/Removed the Docker config with the registry login/)
      expect(readdirSync(killed.temp).filter(n => n.startsWith('dev-release-docker-'))).toEqual([])
      expect(staged.some(file => existsSync(file))).toBe(false)
    } finally {
      await proxy.stop()
    }
  })

  it('stops a push that hangs at push-timeout, naming the step', async () => {
    const proxy = await hangingPush()
    try {
      const run = await f.release('refs/heads/feature/faults', {
        image: `${proxy.host}/${f.repository}`,
        'push-timeout': '4s'
      })
      expect(run.code).not.toBe(0)
      expect(errors(run)[0]).toMatch(/Building and pushing the image did not finish within 4 s and was stopped/)
      expect(run.stdout).not.toMatch(/Build [^\n]*attempt 2 of 3/)
      expect(pushing(proxy)).toEqual([])
    } finally {
      await proxy.stop()
    }
  })

  it('has nothing to do after a step that finished', async () => {
    const run = await f.release('refs/heads/feature/faults', { 'publish-pypi': 'false' })
    expectSuccess(run)
    const post = await runPost(run)
    expect(post.code).toBe(0)
    expect(post.stdout).not.toMatch(/Removed/)
    expect(JSON.parse(run.state['leftover-docker-config'])).toEqual([])
  })
})

describe('credentials', () => {
  it("never writes the registry password into the user's credential store", async () => {
    const store = new CredentialStore()
    store.put('other.example', 'someone', 'their-own-secret')
    const config = readFileSync(join(store.dockerConfig, 'config.json'), 'utf8')
    const run = await f.release(
      'refs/heads/feature/faults',
      { 'publish-pypi': 'false' },
      store.env(`${f.shims.dir}:${process.env.PATH}`)
    )
    expectSuccess(run)
    expect(store.calls()).not.toContain('store')
    expect(store.calls()).toContain('list')
    expect(Object.keys(store.entries())).toEqual(['other.example'])
    expect(JSON.stringify(store.entries())).not.toContain(f.registry.password)
    expect(readFileSync(join(store.dockerConfig, 'config.json'), 'utf8')).toBe(config)
  })
})

describe('the work tree', () => {
  it('keeps a committed archive in pkg-dir, staging beside it', async () => {
    f.repo.branch('feature/vendored')
    mkdirSync(join(f.repo.dir, 'docker', 'pkg'), { recursive: true })
    writeFileSync(join(f.repo.dir, 'docker', 'pkg', 'vendored-0.9.tar.gz'), 'a dependency the project vendors')
    f.repo.git('add', '-f', 'docker/pkg/vendored-0.9.tar.gz')
    f.repo.git('commit', '-q', '-m', 'vendor an archive')
    const run = await f.release('refs/heads/feature/vendored', { 'publish-pypi': 'false' })
    expectSuccess(run)
    expect(readFileSync(join(f.repo.dir, 'docker', 'pkg', 'vendored-0.9.tar.gz'), 'utf8')).toBe(
      'a dependency the project vendors'
    )
    const files = await f.client.files(f.repository, 'feature-vendored', 'linux/amd64')
    expect(
      files
        .map(p => p.replace(/^\.?\//, ''))
        .filter(p => p.startsWith('pkg/') && p !== 'pkg/')
        .sort()
    ).toEqual(['pkg/vendored-0.9.tar.gz', ...run.outputs.dists.split('\n').map(d => `pkg/${d}`)].sort())
    f.repo.git('rm', '-q', '--cached', 'docker/pkg/vendored-0.9.tar.gz')
    f.repo.git('commit', '-q', '-m', 'unvendor')
    rmSync(join(f.repo.dir, 'docker', 'pkg', 'vendored-0.9.tar.gz'))
    f.repo.checkout('feature/faults')
  })
})

describe('a failing image build', () => {
  it('is reported as the build step that failed, not as the registry, whatever the step printed, and not retried', async () => {
    // A step that prints what registries print: 401, forbidden, Permission denied, 503, timed out.
    copyFileSync('/bin/busybox', join(f.repo.dir, 'docker', 'busybox'))
    writeFileSync(
      join(f.repo.dir, 'docker', 'Dockerfile.broken'),
      'FROM scratch\nCOPY busybox /busybox\nRUN --network=none ["/busybox", "sh", "-c", "echo HTTP/1.1 401 Unauthorized; echo 403 forbidden; echo Permission denied; echo upstream 503 timed out; exit 1"]\n'
    )
    try {
      const uploads = f.uploadRequests()
      const run = await f.release('refs/heads/feature/faults', {
        file: 'docker/Dockerfile.broken',
        platforms: 'linux/amd64'
      })
      expect(run.code).not.toBe(0)
      expect(errors(run)[0]).toMatch(
        /^The image build failed: ERROR: failed to solve: process .* did not complete successfully: exit code: 1/
      )
      expect(run.stdout).not.toMatch(/Build [^\n]*attempt 2 of 3/)
      expect(f.uploadRequests()).toBe(uploads)
    } finally {
      rmSync(join(f.repo.dir, 'docker', 'busybox'))
      rmSync(join(f.repo.dir, 'docker', 'Dockerfile.broken'))
    }
  })
})

describe('a failing Python build', () => {
  it('shows the build output in a log group, fails, and pushes nothing', async () => {
    f.repo.branch('feature/broken-build')
    const pyproject = join(f.repo.dir, 'pyproject.toml')
    writeFileSync(
      pyproject,
      readFileSync(pyproject, 'utf8').replace(
        'build-backend = "setuptools.build_meta"',
        'build-backend = "no_such_backend"'
      )
    )
    f.repo.git('commit', '-q', '-am', 'break the build')
    const uploads = f.uploadRequests()
    const run = await f.release('refs/heads/feature/broken-build')
    expect(run.code).not.toBe(0)
    expect(run.stdout).toMatch(/::group::Build the Python package[\s\S]*no_such_backend[\s\S]*::endgroup::/)
    expect(errors(run)[0]).toMatch(/The Python build of .* failed/)
    expect(await f.client.manifestList(f.repository, 'feature-broken-build')).toBeUndefined()
    expect(f.uploadRequests()).toBe(uploads)
    f.repo.checkout('feature/faults')
  })
})

describe('a Python build that never ends', () => {
  it('is stopped at build-timeout, naming the step; nothing is pushed or uploaded', async () => {
    f.repo.branch('feature/hanging-build', '1.2.3')
    writeFileSync(join(f.repo.dir, 'setup.py'), 'import time\ntime.sleep(3600)\n')
    f.repo.git('add', 'setup.py')
    f.repo.commits(24)
    const uploads = f.uploadRequests()
    const run = await f.release('refs/heads/feature/hanging-build', { 'build-timeout': '4s' })
    expect(run.code).not.toBe(0)
    expect(errors(run)[0]).toMatch(
      /The Python build of ".*" \(build-timeout\) did not finish within 4 s and was stopped/
    )
    expect(await f.client.manifestList(f.repository, 'feature-hanging-build')).toBeUndefined()
    expect(f.uploadRequests()).toBe(uploads)
    f.repo.git('rm', '-q', 'setup.py')
    f.repo.commit()
    f.repo.checkout('feature/faults')
  })
})

describe("the project's own build sees nothing of the runner's", () => {
  it("gives setup.py none of the runner's files or tokens, the action's inputs or state", async () => {
    const out = join(tempDir('dev-release-setup-env-'), 'env.jsonl')
    f.repo.branch('feature/setup-env', '1.2.3')
    writeFileSync(
      join(f.repo.dir, 'setup.py'),
      `import json, os\nfrom setuptools import setup\nwith open(${JSON.stringify(out)}, "a") as f:\n    f.write(json.dumps(dict(os.environ)) + "\\n")\nsetup()\n`
    )
    f.repo.git('add', 'setup.py')
    f.repo.commits(23)
    const runner = {
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-secret',
      ACTIONS_CACHE_URL: 'http://127.0.0.1:9/cache/',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/results/',
      GITHUB_TOKEN: 'ghs_jobtoken_secret',
      GITHUB_ENV: join(tempDir(), 'env'),
      GITHUB_PATH: join(tempDir(), 'path')
    }
    const run = await f.release('refs/heads/feature/setup-env', { 'publish-pypi': 'false' }, runner)
    expectSuccess(run)
    const seen = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map(line => JSON.parse(line) as Record<string, string>)
    expect(seen.length).toBeGreaterThan(0)
    for (const env of seen) {
      const visible = Object.keys(env).filter(k =>
        /^(INPUT_|STATE_|ACTIONS_)|^GITHUB_(ENV|PATH|OUTPUT|STATE|STEP_SUMMARY|TOKEN)$/.test(k)
      )
      expect(visible).toEqual([])
      expect(env.SETUPTOOLS_SCM_PRETEND_VERSION).toBe(run.outputs.version) // what it needs, it has
    }
    // buildx gets its cache service's variables; no other program gets any of the runner's.
    // (buildx's own children, the git it asks about the build context, inherit them from it.)
    const context = `PWD=${join(f.repo.dir, 'docker')}`
    const started = f.shims
      .environments()
      .filter(e => e.env.includes('runtime-token-secret'))
      .filter(e => !(e.command.startsWith('git ') && e.env.split('\n').includes(context)))
    expect(started.map(e => e.command.split(' ').slice(0, 3).join(' '))).toEqual(['docker buildx build'])
    expect(f.shims.environments().some(e => /ghs_jobtoken_secret|^GITHUB_ENV=/m.test(e.env))).toBe(false)
    f.repo.git('rm', '-q', 'setup.py')
    f.repo.commit()
    f.repo.checkout('feature/faults')
  })
})

describe('secrets, in failing runs too', () => {
  it('never shows a password or token outside the masking commands, and leaves no credentials behind', () => {
    const secrets = [f.registry.password, f.token, WRONG_PASSWORD, WRONG_TOKEN]
    const leaks: string[] = []
    for (const [i, run] of f.runs.entries()) {
      const texts = [run.stdout.replace(/^::add-mask::.*$/gm, ''), run.stderr, run.summary, JSON.stringify(run.outputs)]
      for (const secret of secrets)
        if (texts.some(t => t.includes(secret))) leaks.push(`secret ${secrets.indexOf(secret)} in run ${i}`)
    }
    for (const command of f.shims.commands())
      for (const secret of secrets) if (command.includes(secret)) leaks.push(`argv: ${command.slice(0, 40)}`)
    expect(f.runs.filter(r => r.code !== 0).length).toBeGreaterThan(10)
    expect(leaks).toEqual([])
  })
})
