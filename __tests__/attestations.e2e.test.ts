// PEP 740 attestations for the dists, signed by a local Sigstore (Fulcio and Rekor from @sigstore/mock's handlers,
// see support/sigstore.ts) for the job's OIDC identity (the runner stand-in's tokens carry GitHub's claims), and
// verified by the index stand-in as PyPI does. twine 7 (Debian unstable's) uploads them; bookworm's twine 4 cannot.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { annotations, runCli } from './support/action.js'
import { expectSuccess, PLATFORMS, ReleaseFixture } from './support/release-fixture.js'
import { tempDir } from './support/repo.js'
import { pep740Bundle, TestSigstore, type Pep740 } from './support/sigstore.js'
import { signStatements } from '../src/outside/sigstore.js'
import { pep740, type DsseBundle } from '../src/plan/dist-attestations.js'
import { GitHubApi } from './support/github-api.js'

const STATE = process.env.DEV_RELEASE_STATE ?? '/var/lib/dev-release'
const WORKFLOW = 'acme/widget/.github/workflows/release.yml@refs/tags/1.2.3'
const PUBLISH = 'https://docs.pypi.org/attestations/publish/v1'
const SLSA = 'https://slsa.dev/provenance/v1'
const f = new ReleaseFixture()
const api = new GitHubApi('acme', 'widget')
const TOKEN = 'ghs_attestations_write'
let sigstore: TestSigstore
let python: string

beforeAll(async () => {
  await f.start()
  sigstore = await new TestSigstore(token => f.index.issued(token, 'sigstore')).start()
  f.index.sigstore = sigstore
  await api.start()
  api.writers.add(TOKEN)
  python = join(tempDir('dev-release-twine7-'), 'python3')
  writeFileSync(python, `#!/bin/sh\nPYTHONPATH='${STATE}/twine-7' exec /usr/bin/python3 "$@"\n`)
  chmodSync(python, 0o755)
})
afterAll(async () => {
  await api.stop()
  await sigstore.stop()
  await f.stop()
})

/**
 * cosign 3.1 against the local trusted root, for this workflow's identity: `what` is the verb's own arguments
 * (`verify-blob-attestation --bundle … <file>`, `verify-attestation <image@digest>`). Its output; throws if refused.
 */
function cosign(verb: string, type: string, what: string[], env: Record<string, string> = {}): string {
  const dir = tempDir('dev-release-cosign-')
  writeFileSync(join(dir, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot))
  const r = spawnSync(
    join(STATE, 'cosign', 'cosign'),
    [
      verb,
      '--trusted-root',
      join(dir, 'trusted_root.json'),
      '--certificate-identity',
      `https://github.com/${WORKFLOW}`,
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      '--type',
      type,
      ...what
    ],
    { encoding: 'utf8', env: { ...process.env, ...env } }
  )
  if (r.status !== 0) throw new Error(`cosign refused: ${r.stderr}`)
  return r.stdout + r.stderr
}

/** A file to hand cosign: its path. */
function temp(name: string, content: string | Buffer): string {
  const path = join(tempDir('dev-release-cosign-'), name)
  writeFileSync(path, content)
  return path
}

const notices = (run: { stdout: string }) => annotations(run as never, 'notice').join('\n')
const warnings = (run: { stdout: string }) => annotations(run as never, 'warning').join('\n')
const errors = (run: { stdout: string }) => annotations(run as never, 'error')
const signingRequests = () => sigstore.requests.filter(r => r.path === '/api/v2/signingCert').length
/** Trusted publishing (no token) with the local Sigstore, twine 7, no image. */
const trusted = (inputs: Record<string, string> = {}) => ({
  inputs: { python, 'publish-docker': 'false', 'pypi-token': '', 'attest-dists': 'true', ...inputs },
  env: { ...f.index.oidcEnv, ...sigstore.env }
})

describe('attest-dists', () => {
  it('uploads every file of a tag release under trusted publishing with an attestation that verifies and names the workflow', async () => {
    f.repo.tag('2.0.0')
    const { inputs, env } = trusted()
    const run = await f.release('refs/tags/2.0.0', inputs, env)
    expectSuccess(run)
    const files = [...f.index.files.values()].filter(file => file.version === '2.0.0')
    // The sdist's name as this setuptools writes it (dev-release-example or dev_release_example).
    expect(files).toHaveLength(2)
    expect(files.map(file => file.filename)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^dev[-_]release[-_]example-2\.0\.0\.tar\.gz$/),
        'dev_release_example-2.0.0-py3-none-any.whl'
      ])
    )
    for (const file of files) {
      expect(file.attestations).toHaveLength(1)
      // Verified again here: the index stand-in's check is the test's own too.
      const { identity, statement } = sigstore.verifyPep740(
        file.attestations![0],
        { name: file.filename, sha256: file.sha256 },
        `https://github.com/${WORKFLOW}`
      )
      expect(identity).toBe(`https://github.com/${WORKFLOW}`)
      expect(statement.subject).toEqual([{ name: file.filename, digest: { sha256: file.sha256 } }])
    }
    // cosign, as a user verifies a dist against Sigstore's root: here against the local one.
    for (const file of files) {
      const bundle = temp('bundle.json', JSON.stringify(pep740Bundle(file.attestations![0])))
      const blob = temp(file.filename, file.content)
      expect(cosign('verify-blob-attestation', PUBLISH, ['--bundle', bundle, blob])).toMatch(/Verified OK/)
    }
    expect(sigstore.requests.map(r => `${r.path} ${r.status}`)).toEqual(
      files.flatMap(() => ['/api/v2/signingCert 201', '/api/v1/log/entries 201'])
    )
    // The read-back verifies what the index now serves under each file's provenance URL, as a user would.
    for (const file of files)
      expect(run.stdout).toContain(
        `ok   ${file.filename}: its PEP 740 attestation verifies, signed by https://github.com/${WORKFLOW}`
      )
    expect(f.index.requests.filter(r => r.path.startsWith('/integrity/')).map(r => `${r.path} ${r.status}`)).toEqual(
      expect.arrayContaining(
        files.map(file => `/integrity/dev-release-example/2.0.0/${encodeURIComponent(file.filename)}/provenance 200`)
      )
    )
    expect(run.summary).toMatch(/uploaded, with a PEP 740 attestation \(transparency log entry \d+\)/)
    expect(run.stdout).toMatch(/Signed dev_release_example-2\.0\.0-py3-none-any\.whl: transparency log entry \d+/)

    // A re-run finds every file on the index: nothing is signed again.
    const before = signingRequests()
    const rerun = await f.release('refs/tags/2.0.0', inputs, env)
    expectSuccess(rerun)
    expect(signingRequests()).toBe(before)
    expect(notices(rerun)).toMatch(/already on the index with all its files/)
  })

  it('signs nothing for an upload with an API token under auto, and says why', async () => {
    f.repo.branch('feature/attest-token', '1.2.3')
    f.repo.commits(41)
    const before = signingRequests()
    const run = await f.release('refs/heads/feature/attest-token', { python, 'publish-docker': 'false' }, sigstore.env)
    expectSuccess(run)
    expect(notices(run)).toMatch(/No attestations for the dists: the upload uses an API token/)
    expect(signingRequests()).toBe(before)
    const files = [...f.index.files.values()].filter(file => file.version === run.outputs.version)
    expect(files).toHaveLength(2)
    expect(files.every(file => file.attestations === undefined)).toBe(true)
  })

  it('signs nothing under auto for an index other than pypi.org, and says so', async () => {
    f.repo.branch('feature/attest-auto', '1.2.3')
    f.repo.commits(42)
    const { inputs, env } = trusted({ 'attest-dists': 'auto' })
    const run = await f.release('refs/heads/feature/attest-auto', inputs, env)
    expectSuccess(run)
    expect(notices(run)).toMatch(
      /attest-dists: auto signs for pypi\.org and test\.pypi\.org only, not 127\.0\.0\.1:\d+/
    )
    expect(f.index.versions('dev-release-example')).toContain(run.outputs.version)
  })

  it('refuses attest-dists: true with a pypi-token before anything is published', async () => {
    f.repo.branch('feature/attest-refused', '1.2.3')
    f.repo.commits(43)
    const uploads = f.uploadRequests()
    const run = await f.release('refs/heads/feature/attest-refused', { python, 'attest-dists': 'true' })
    expect(run.code).not.toBe(0)
    expect(errors(run)[0]).toMatch(/Input "attest-dists" is true, but a pypi-token .* only under trusted publishing/)
    expect(f.uploadRequests()).toBe(uploads)
    expect(run.stdout).not.toMatch(/docker buildx build|Build the Python package/)
  })

  it('uploads without attestations from a reusable workflow, with a warning: PyPI refuses them', async () => {
    f.repo.branch('feature/attest-reusable', '1.2.3')
    f.repo.commits(44)
    const caller = f.index.claims.job_workflow_ref
    f.index.claims.job_workflow_ref = 'acme/shared/.github/workflows/publish.yml@refs/heads/main'
    try {
      const before = signingRequests()
      const { inputs, env } = trusted()
      const run = await f.release('refs/heads/feature/attest-reusable', inputs, env)
      expectSuccess(run)
      expect(warnings(run)).toMatch(
        /No attestations for the dists: the job runs in the reusable workflow acme\/shared\/.*, called from acme\/widget\/.*release\.yml/
      )
      expect(signingRequests()).toBe(before)
      expect(f.index.versions('dev-release-example')).toContain(run.outputs.version)
    } finally {
      f.index.claims.job_workflow_ref = caller
    }
  })

  it("fails, publishing nothing, where the index finds the attestation is not its trusted publisher's", async () => {
    f.repo.branch('feature/attest-publisher', '1.2.3')
    f.repo.commits(45)
    f.index.publisher = 'https://github.com/acme/widget/.github/workflows/other.yml@refs/tags/1.2.3'
    try {
      const uploads = f.index.files.size
      const { inputs, env } = trusted()
      const run = await f.release('refs/heads/feature/attest-publisher', inputs, env)
      expect(run.code).not.toBe(0)
      expect(errors(run)[0]).toMatch(/rejected the upload: 400 Invalid attestations supplied during upload: .*/)
      expect(f.index.files.size).toBe(uploads)
    } finally {
      f.index.publisher = undefined
    }
  })

  it('stops before signing where twine is too old to upload attestations', async () => {
    f.repo.branch('feature/attest-twine4', '1.2.3')
    f.repo.commits(46)
    const before = signingRequests()
    // A twine older than 5.1, chosen here rather than taken from the host (Debian 13's own is 6.1): the version is
    // all the action reads before it stops, so a package that says it is twine 4.0.2 stands in for one.
    const oldTwine = tempDir('dev-release-twine4-')
    mkdirSync(join(oldTwine, 'twine'))
    writeFileSync(join(oldTwine, 'twine', '__init__.py'), '')
    mkdirSync(join(oldTwine, 'twine-4.0.2.dist-info'))
    writeFileSync(
      join(oldTwine, 'twine-4.0.2.dist-info', 'METADATA'),
      'Metadata-Version: 2.1\nName: twine\nVersion: 4.0.2\n'
    )
    const python = join(oldTwine, 'python3')
    writeFileSync(python, `#!/bin/sh\nPYTHONPATH='${oldTwine}' exec /usr/bin/python3 "$@"\n`, { mode: 0o755 })
    const { inputs, env } = trusted({ python })
    const run = await f.release('refs/heads/feature/attest-twine4', inputs, env)
    expect(run.code).not.toBe(0)
    expect(errors(run)[0]).toMatch(/needs twine 5\.1 or later, and this interpreter has twine 4\.0\.2/)
    expect(signingRequests()).toBe(before)
    expect(f.index.versions('dev-release-example')).not.toContain(run.outputs.version)
  })
})

it('says in the plan what will be signed, and a dry run signs nothing', async () => {
  const before = sigstore.requests.length
  const { inputs, env } = trusted({ 'attest-image': 'true', 'publish-docker': 'true', 'dry-run': 'true' })
  const run = await f.release('refs/heads/feature/attest-reusable', inputs, env)
  expectSuccess(run)
  expect(run.summary).toMatch(/4\. Upload to http:\/\/127\.0\.0\.1:\d+\/legacy\/, each file with a PEP 740 attestation/)
  expect(run.summary).toMatch(/3\. Build linux\/amd64, linux\/arm64 and push .*, with a signed SLSA provenance/)
  expect(sigstore.requests.length).toBe(before)
})

describe('attest-image', () => {
  const imageRun = (branch: string, token = TOKEN, mode = 'true') =>
    f.release(
      `refs/heads/${branch}`,
      { python, 'pypi-token': '', 'attest-dists': 'false', 'attest-image': mode, 'github-token': token },
      { ...f.index.oidcEnv, ...sigstore.env, GITHUB_API_URL: api.url }
    )

  it('stores a signed SLSA provenance of the pushed manifest list with GitHub; the list holds only real platforms', async () => {
    f.repo.branch('feature/attest-image', '1.2.3')
    f.repo.commits(47)
    const stored = api.stored.length
    const run = await imageRun('feature/attest-image')
    expectSuccess(run)
    expect(api.stored).toHaveLength(stored + 1)
    const { bundle } = api.stored[stored]
    const { statement, identity } = sigstore.verifyBundle(bundle, `https://github.com/${WORKFLOW}`)
    expect(identity).toBe(`https://github.com/${WORKFLOW}`)
    expect(statement.subject).toEqual([
      { name: f.image, digest: { sha256: run.outputs.digest.replace('sha256:', '') } }
    ])
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1')
    expect(statement.predicate).toMatchObject({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/tags/1.2.3',
            repository: 'https://github.com/acme/widget',
            path: '.github/workflows/release.yml'
          },
          image: { platforms: ['linux/amd64', 'linux/arm64'] }
        },
        resolvedDependencies: [{ digest: { gitCommit: f.index.claims.sha } }]
      },
      runDetails: { metadata: { invocationId: 'https://github.com/acme/widget/actions/runs/9000001/attempts/1' } }
    })
    // cosign, as a user checks the image's provenance by its digest against the (here: local) root.
    const hex = run.outputs.digest.replace('sha256:', '')
    const verified = cosign('verify-blob-attestation', SLSA, [
      '--bundle',
      temp('bundle.json', JSON.stringify(bundle)),
      '--digest',
      hex,
      '--digestAlg',
      'sha256'
    ])
    expect(verified).toMatch(/Verified OK/)
    // The image's own index: the platforms, and no attestation manifest (unknown/unknown).
    const list = await f.client.manifestList(f.repository, 'feature-attest-image')
    expect(list?.digest).toBe(run.outputs.digest)
    expect(list?.manifests.map(m => m.platform).sort()).toEqual(['linux/amd64', 'linux/arm64'])
    expect(run.summary).toMatch(
      /Provenance of <code>.*@sha256:[0-9a-f]{64}<\/code>: signed \(transparency log entry \d+\), GitHub attestation \d+/
    )
    // The read-back found it through GitHub's attestations API and verified it against the trusted root.
    expect(run.stdout).toContain(
      `its SLSA provenance of ${run.outputs.digest} verifies, signed by https://github.com/${WORKFLOW}`
    )
    // Attested before the index: the dists went up after.
    expect(f.index.versions('dev-release-example')).toContain(run.outputs.version)
  })

  it("signs a private repository's provenance with GitHub's Sigstore: timestamped, never in the public log", async () => {
    f.repo.branch('feature/attest-private', '1.2.3')
    f.repo.commits(49)
    f.index.claims.repository_visibility = 'private'
    try {
      const logged = sigstore.requests.filter(r => r.path === '/api/v1/log/entries').length
      const stored = api.stored.length
      const run = await imageRun('feature/attest-private')
      expectSuccess(run)
      const { bundle } = api.stored[stored]
      const material = bundle.verificationMaterial as { tlogEntries?: unknown[]; timestampVerificationData?: unknown }
      expect(material.tlogEntries ?? []).toEqual([])
      expect(material.timestampVerificationData).toBeDefined()
      const { statement } = sigstore.verifyBundle(bundle, `https://github.com/${WORKFLOW}`, 'timestamp')
      expect(statement.subject).toEqual([
        { name: f.image, digest: { sha256: run.outputs.digest.replace('sha256:', '') } }
      ])
      expect(sigstore.requests.filter(r => r.path === '/api/v1/log/entries').length).toBe(logged)
      expect(sigstore.requests.at(-1)).toEqual({ path: '/api/v1/timestamp', status: 201 })
      expect(run.summary).toMatch(/signed \(GitHub&#39;s Sigstore|signed \(GitHub's Sigstore/)
      // Verified by its timestamp: the trusted root's timestamp authority stands for GitHub's.
      expect(run.stdout).toContain(
        `its SLSA provenance of ${run.outputs.digest} verifies, signed by https://github.com/${WORKFLOW}`
      )
    } finally {
      f.index.claims.repository_visibility = 'public'
    }
  })

  it('attest-image: registry attaches the bundle to the list as a referrer, under the fallback tag where the registry has no referrers API', async () => {
    f.repo.branch('feature/attest-registry', '1.2.3')
    f.repo.commits(50)
    const stored = api.stored.length
    const run = await imageRun('feature/attest-registry', TOKEN, 'registry')
    expectSuccess(run)
    const digest = run.outputs.digest
    // distribution 2.8 has no referrers API: the OCI fallback, an index under sha256-<hex>.
    const index = (await f.client.json(f.repository, `manifests/${digest.replace(':', '-')}`)) as {
      manifests: { digest: string; artifactType: string }[]
    }
    expect(index.manifests).toHaveLength(1)
    expect(index.manifests[0].artifactType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
    const referrer = (await f.client.json(f.repository, `manifests/${index.manifests[0].digest}`)) as {
      subject: { digest: string }
      layers: { digest: string }[]
    }
    expect(referrer.subject.digest).toBe(digest)
    const bundle = (await f.client.json(f.repository, `blobs/${referrer.layers[0].digest}`)) as object
    // The same bundle GitHub stores, and it verifies for the list's digest.
    expect(bundle).toEqual(api.stored[stored].bundle)
    const { statement } = sigstore.verifyBundle(bundle, `https://github.com/${WORKFLOW}`)
    expect(statement.subject).toEqual([{ name: f.image, digest: { sha256: digest.replace('sha256:', '') } }])
    // The image's own list is untouched: only its platforms.
    const list = await f.client.manifestList(f.repository, 'feature-attest-registry')
    expect(list?.digest).toBe(digest)
    expect(list?.manifests.map(m => m.platform).sort()).toEqual(['linux/amd64', 'linux/arm64'])
    expect(run.summary).toMatch(/in the registry as sha256:[0-9a-f]{64} \(listed by the tag sha256-[0-9a-f]{64}\)/)
    // cosign finds it in the registry, as `cosign verify-attestation` does for a user.
    const auth = Buffer.from(`${f.registry.username}:${f.registry.password}`).toString('base64')
    const config = temp('config.json', JSON.stringify({ auths: { [f.registry.host]: { auth } } }))
    const verified = cosign(
      'verify-attestation',
      SLSA,
      ['--new-bundle-format', '--allow-http-registry', `${f.image}@${digest}`],
      { DOCKER_CONFIG: join(config, '..') }
    )
    expect(verified).toMatch(/Verified OK|verified/i)
  })

  it('stops before the upload where the token may not store attestations, naming the permission', async () => {
    f.repo.branch('feature/attest-image-refused', '1.2.3')
    f.repo.commits(48)
    const stored = api.stored.length
    const run = await imageRun('feature/attest-image-refused', 'ghs_read_only')
    expect(run.code).not.toBe(0)
    expect(errors(run)[0]).toMatch(/attestations API refused the image's provenance .*permissions: attestations: write/)
    expect(api.stored).toHaveLength(stored)
    expect(api.requests.filter(r => r.path === '/repos/acme/widget/attestations').at(-1)?.status).toBe(403)
    expect(f.index.versions('dev-release-example')).not.toContain(run.outputs.version)
  })

  it("stops on GitHub's rate limit after waiting it out three times, saying to run again rather than naming a permission", async () => {
    f.repo.branch('feature/attest-image-limited', '1.2.3')
    f.repo.commits(51)
    const stored = api.stored.length
    const before = api.requests.length
    api.limits.push('primary', 'primary', 'primary', 'primary')
    const run = await imageRun('feature/attest-image-limited')
    expect(run.code).not.toBe(0)
    expect(api.limits).toEqual([])
    const calls = api.requests.slice(before).map(r => `${r.method} ${r.path} ${r.status}`)
    expect(calls).toEqual(Array(4).fill('POST /repos/acme/widget/attestations 403'))
    expect(
      run.stdout.match(/rate limit: waiting \d+ s, then POST \/repos\/\{owner\}\/\{repo\}\/attestations again/g)
    ).toHaveLength(3)
    expect(errors(run)[0]).toMatch(
      /attestations API refused the image's provenance .*rate limit.*run the job again later/
    )
    expect(errors(run)[0]).not.toMatch(/attestations: write/)
    expect(api.stored).toHaveLength(stored)
    expect(f.index.versions('dev-release-example')).not.toContain(run.outputs.version)
  })
})

describe('dev-release verify', () => {
  const MALLORY = 'mallory/widget/.github/workflows/release.yml@refs/heads/main'

  /** `dev-release verify` of a tag, in a clone whose origin is GitHub's acme/widget (the identity it checks). */
  function verifyCli(tag: string): Promise<{ code: number; out: string }> {
    const clone = join(tempDir('dev-release-verify-'), 'widget')
    spawnSync('git', ['clone', '-q', f.repo.dir, clone])
    spawnSync('git', ['-C', clone, 'remote', 'set-url', 'origin', 'https://github.com/acme/widget.git'])
    const args = ['--ref', `refs/tags/${tag}`, '--image', f.image, '--platforms', PLATFORMS.join(',')]
    const options = ['--pypi-url', f.index.uploadUrl, '--attest-dists', 'true', '--attest-image', 'true']
    return runCli(['verify', ...args, ...options], clone, {
      DEV_RELEASE_REGISTRY_USERNAME: f.registry.username,
      DEV_RELEASE_REGISTRY_PASSWORD: f.registry.password,
      DEV_RELEASE_GITHUB_TOKEN: 'ghs_reader',
      GITHUB_API_URL: api.url,
      DEV_RELEASE_TRUSTED_ROOT: sigstore.env.DEV_RELEASE_TRUSTED_ROOT
    })
  }

  /** Statements signed by the same local Sigstore, for a workflow of another repository (a token GitHub issued it). */
  const signedByMallory = (statements: object[]) =>
    signedWith(
      { repository: 'mallory/widget', repository_owner: 'mallory', workflow_ref: MALLORY, job_workflow_ref: MALLORY },
      statements
    )

  /** Statements signed by the same local Sigstore, with a token whose claims GitHub would give another job. */
  async function signedWith(claims: Record<string, string>, statements: object[]): Promise<DsseBundle[]> {
    const saved = { ...f.index.claims }
    const saveEnv = { ...process.env }
    Object.assign(f.index.claims, claims)
    Object.assign(process.env, sigstore.env)
    try {
      const response = await fetch(`${f.index.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=sigstore`, {
        headers: { Authorization: `Bearer ${f.index.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` }
      })
      const { value } = (await response.json()) as { value: string }
      return await signStatements(statements, { identityToken: value, timeoutMs: 10_000 })
    } finally {
      Object.assign(f.index.claims, saved)
      for (const name of Object.keys(sigstore.env)) if (!(name in saveEnv)) delete process.env[name]
    }
  }

  const statementOf = (bundle: Record<string, unknown>) =>
    JSON.parse(Buffer.from((bundle.dsseEnvelope as { payload: string }).payload, 'base64').toString()) as object

  it("checks the image's provenance and each dist's attestation for this repository's workflows, and names one signed by another identity", async () => {
    f.repo.branch('release-3', '1.2.3')
    f.repo.commits(3)
    f.repo.tag('3.0.0')
    const stored = api.stored.length
    const run = await f.release(
      'refs/tags/3.0.0',
      { python, 'pypi-token': '', 'attest-dists': 'true', 'attest-image': 'true', 'github-token': TOKEN },
      { ...f.index.oidcEnv, ...sigstore.env, GITHUB_API_URL: api.url }
    )
    expectSuccess(run)
    const digest = run.outputs.digest
    const wheel = [...f.index.files.values()].find(file => file.version === '3.0.0' && file.filename.endsWith('.whl'))!
    const sdist = [...f.index.files.values()].find(file => file.version === '3.0.0' && file.filename.endsWith('.gz'))!

    const intact = await verifyCli('3.0.0')
    expect(intact.out).toContain(`its SLSA provenance of ${digest} verifies, signed by https://github.com/${WORKFLOW}`)
    for (const file of [wheel, sdist])
      expect(intact.out).toContain(
        `ok   ${file.filename}: its PEP 740 attestation verifies, signed by https://github.com/${WORKFLOW}`
      )
    expect(intact.code).toBe(0)

    // Another repository's workflow signs the same statements with the same Sigstore: valid signatures, wrong signer.
    const good = api.stored[stored]
    const [image, ofWheel] = await signedByMallory([
      statementOf(good.bundle),
      statementOf(pep740Bundle(wheel.attestations![0]))
    ])
    const foreign = (bundle: DsseBundle) => ({ id: api.id(), bundle: bundle as unknown as Record<string, unknown> })
    // 100 of them ahead of this repository's own: GitHub's first page of 100 holds none that verifies.
    api.stored.splice(stored, 0, ...Array.from({ length: 100 }, () => foreign(image)))
    const paged = await verifyCli('3.0.0')
    expect(paged.code).toBe(0)
    const listed = api.requests.filter(r => r.method === 'GET' && r.path.includes('/attestations/'))
    expect(listed.slice(-2).map(r => `${r.status} ${new URL(r.path, api.url).searchParams.has('after')}`)).toEqual([
      '200 false',
      '200 true'
    ])

    const savedWheel = wheel.attestations
    api.stored.splice(stored + 100, 1)
    wheel.attestations = [pep740(ofWheel) as Pep740]
    try {
      const broken = await verifyCli('3.0.0')
      expect(broken.code).toBe(1)
      expect(broken.out).toContain(
        `FAIL 127.0.0.1:5000/${f.repository}:3.0.0: no provenance of ${digest} verifies: signed by https://github.com/${MALLORY}, not by a workflow of acme/widget`
      )
      expect(broken.out).toContain(
        `FAIL ${wheel.filename}: no attestation of it verifies: signed by https://github.com/${MALLORY}, not by a workflow of acme/widget`
      )
      // The sdist's own attestation still holds: only the broken thing is named.
      expect(broken.out).toContain(`ok   ${sdist.filename}: its PEP 740 attestation verifies`)
    } finally {
      api.stored.splice(stored, 100, good)
      wheel.attestations = savedWheel
    }

    // This repository's workflow, signing for another repository that calls it (the SAN names the job's workflow),
    // and for another commit of this one: valid signatures, the certificate's source extensions say whose.
    const commit = f.repo.git('rev-parse', '3.0.0^{commit}')
    const [forCaller] = await signedWith(
      { repository: 'mallory/widget', repository_owner: 'mallory', repository_id: '666', workflow_ref: MALLORY },
      [statementOf(pep740Bundle(wheel.attestations![0]))]
    )
    const [forOtherCommit] = await signedWith({ sha: 'b'.repeat(40) }, [
      statementOf(pep740Bundle(wheel.attestations![0]))
    ])
    for (const [bundle, why] of [
      [forCaller, 'signed for the source of https://github.com/mallory/widget, not https://github.com/acme/widget'],
      [forOtherCommit, `signed for commit ${'b'.repeat(40)}, not ${commit}`]
    ] as const) {
      wheel.attestations = [pep740(bundle) as Pep740]
      try {
        const wrong = await verifyCli('3.0.0')
        expect(wrong.code).toBe(1)
        expect(wrong.out).toContain(`FAIL ${wheel.filename}: no attestation of it verifies: ${why}`)
      } finally {
        wheel.attestations = savedWheel
      }
    }
  })
})
