// `dev-release verify`: a release read back from the real registry and the index stand-in, one line per check, exit 0
// when all hold; and exit 1 naming the broken thing after each way a release goes wrong once published. The action's
// own read-back (verify: true, the default) runs in every end-to-end release; here it runs on the tag's release.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { childCoverage, NODE24 } from './support/action.js'
import type { StoredFile } from './support/index-server.js'
import { expectSuccess, PLATFORMS, ReleaseFixture } from './support/release-fixture.js'

const CLI = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url))
const f = new ReleaseFixture()
let wheel: StoredFile
let summary = ''

beforeAll(async () => {
  await f.start()
  const run = await f.release('refs/tags/1.2.3')
  expectSuccess(run)
  // The action read its release back before it ended.
  expect(run.stdout).toMatch(/All \d+ checks hold\./)
  summary = run.summary
  wheel = [...f.index.files.values()].find(file => file.filename.endsWith('.whl'))!
}, 120_000)
afterAll(() => f.stop())

/** `dev-release verify --ref refs/tags/1.2.3`, in the repository, with the registry's login in the environment. */
function verify(): Promise<{ code: number; out: string }> {
  const args = ['verify', '--ref', 'refs/tags/1.2.3', '--image', f.image, '--platforms', PLATFORMS.join(',')]
  return new Promise(resolve => {
    const child = spawn(NODE24, [CLI, ...args, '--pypi-url', f.index.uploadUrl], {
      cwd: f.repo.dir,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/root',
        DEV_RELEASE_REGISTRY_USERNAME: f.registry.username,
        DEV_RELEASE_REGISTRY_PASSWORD: f.registry.password,
        ...childCoverage()
      },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    child.stdout.on('data', c => (out += c))
    child.stderr.on('data', c => (out += c))
    child.on('close', code => resolve({ code: code ?? -1, out }))
  })
}

/** The raw manifest a tag points at, and a way to put one under a tag. */
async function rawManifest(tag: string): Promise<{ body: string; type: string }> {
  const response = await fetch(`http://${f.registry.host}/v2/${f.repository}/manifests/${tag}`, {
    headers: {
      Authorization: `Basic ${Buffer.from(`${f.registry.username}:${f.registry.password}`).toString('base64')}`,
      Accept: 'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json'
    }
  })
  return { body: await response.text(), type: response.headers.get('content-type') ?? '' }
}
async function putManifest(tag: string, manifest: { body: string; type: string }): Promise<void> {
  const response = await fetch(`http://${f.registry.host}/v2/${f.repository}/manifests/${tag}`, {
    method: 'PUT',
    headers: {
      Authorization: `Basic ${Buffer.from(`${f.registry.username}:${f.registry.password}`).toString('base64')}`,
      'Content-Type': manifest.type
    },
    body: manifest.body
  })
  if (!response.ok) throw new Error(`PUT ${tag}: ${response.status}`)
}

/** Run `broken` against the release, verify, then put everything back as it was. */
async function verifyBroken(broken: () => Promise<void> | void): Promise<{ code: number; out: string }> {
  const saved = { list: await rawManifest('1.2.3'), files: new Map(f.index.files) }
  try {
    await broken()
    return await verify()
  } finally {
    await putManifest('1.2.3', saved.list)
    f.index.files.clear()
    for (const [name, file] of saved.files) f.index.files.set(name, file)
  }
}

it('holds on an intact release: every tag, platform, label and file, and prints the commands to check it alone', async () => {
  const { code, out } = await verify()
  expect(out).not.toMatch(/^FAIL/m)
  expect(code).toBe(0)
  const list = await f.client.manifestList(f.repository, '1.2.3')
  for (const tag of ['1.2.3', 'latest'])
    expect(out).toContain(`ok   ${f.image}:${tag} → ${list!.digest}: linux/amd64, linux/arm64`)
  for (const platform of PLATFORMS) {
    expect(out).toContain(
      `ok   ${f.image}:1.2.3 ${platform}: labels version 1.2.3, revision ${f.repo.git('rev-parse', '1.2.3^{commit}')}`
    )
    expect(out).toContain(
      `ok   ${f.image}:1.2.3 ${platform}: /pkg/${wheel.filename} is the index's (sha256:${wheel.sha256})`
    )
  }
  expect(out).toMatch(/^ok {3}the index has the sdist of 1\.2\.3: dev[-_]release[-_]example-1\.2\.3\.tar\.gz$/m)
  expect(out).toMatch(/All \d+ checks hold\./)
  expect(out).toContain(`docker buildx imagetools inspect ${f.image}:1.2.3`)
  expect(out).toContain(
    `pip download --no-deps --no-binary :all: --index-url ${f.index.simpleUrl} "dev-release-example==1.2.3"`
  )
  expect(out).not.toContain(f.registry.password)
  // The job summary gives the same command for this push.
  expect(summary).toContain(
    `Check this release from anywhere: <code>dev-release verify --ref refs/tags/1.2.3 --image ${f.image} --platforms linux/amd64,linux/arm64 --pypi-url ${f.index.uploadUrl}</code>`
  )
})

it('fails, naming the tag, where the tag was repointed to another image', async () => {
  f.repo.branch('feature/other', '1.2.3')
  f.repo.commit()
  expectSuccess(await f.release('refs/heads/feature/other', { 'publish-pypi': 'false' }))
  f.repo.checkout('main')
  const other = await f.client.manifestList(f.repository, 'feature-other')
  const { code, out } = await verifyBroken(() => f.client.retag(f.repository, 'feature-other', '1.2.3'))
  expect(code).toBe(1)
  expect(out).toMatch(
    new RegExp(`^FAIL ${f.image}:latest .*points at sha256:\\w+, but ${f.image}:1\\.2\\.3 at ${other!.digest}`, 'm')
  )
  expect(out).toMatch(new RegExp(`^FAIL ${f.image}:1\\.2\\.3 linux/amd64: labels version 1\\.2\\.4\\.dev1`, 'm'))
})

it('fails, naming the platform, where the list lost one', async () => {
  const { code, out } = await verifyBroken(async () => {
    const list = await rawManifest('1.2.3')
    const body = JSON.parse(list.body) as { manifests: { platform: { architecture: string } }[] }
    body.manifests = body.manifests.filter(m => m.platform.architecture !== 'arm64')
    await putManifest('1.2.3', { body: JSON.stringify(body), type: list.type })
  })
  expect(code).toBe(1)
  expect(out).toMatch(
    new RegExp(`^FAIL ${f.image}:1\\.2\\.3 lacks linux/arm64.* \\(planned: linux/amd64, linux/arm64\\)`, 'm')
  )
})

it('fails, naming the file, where the wheel is gone from the index', async () => {
  const { code, out } = await verifyBroken(() => void f.index.files.delete(wheel.filename))
  expect(code).toBe(1)
  expect(out).toMatch(
    /^FAIL the index has no wheel of 1\.2\.3 \(it holds dev[-_]release[-_]example-1\.2\.3\.tar\.gz\)$/m
  )
})

it("fails, naming the platform and the file, where the image's wheel is not the index's", async () => {
  const { code, out } = await verifyBroken(() => {
    f.index.files.set(wheel.filename, { ...wheel, sha256: 'f'.repeat(64), content: Buffer.from('other bytes') })
  })
  expect(code).toBe(1)
  for (const platform of PLATFORMS)
    expect(out).toContain(
      `FAIL ${f.image}:1.2.3 ${platform}: /pkg/${wheel.filename} is sha256:${wheel.sha256}, but the index's ${wheel.filename} is sha256:${'f'.repeat(64)}`
    )
})
