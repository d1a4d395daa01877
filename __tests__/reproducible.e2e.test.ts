// Reproducible releases: one commit released twice, from two clones at two paths (the second with another umask,
// so its files have other modes), at least a minute apart, into two registries' repositories and two indexes, gives
// the same bytes: the sdist and the wheel (sha256), every platform image and the manifest list (digests). On both
// buildx versions the suite has, on the containerd image store and on the classic one (one build per platform).
import { execFileSync, spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { TestIndex } from './support/index-server.js'
import { expectSuccess, ReleaseFixture } from './support/release-fixture.js'
import { tempDir } from './support/repo.js'
import { CLASSIC, NEW_BUILDX } from './support/engines.js'

const APART_MS = 61_000

const f = new ReleaseFixture()
let again: TestIndex

interface Variant {
  name: string
  branch: string
  env: Record<string, string>
  inputs: Record<string, string>
}

const VARIANTS: Variant[] = [
  { name: 'buildx 0.13, containerd image store', branch: 'feature/repro-013', env: {}, inputs: {} },
  {
    name: 'buildx 0.29, containerd image store',
    branch: 'feature/repro-029',
    env: { DOCKER_CONFIG: NEW_BUILDX },
    inputs: {}
  },
  {
    name: 'buildx 0.29, classic image store (one build per platform, then the list)',
    branch: 'feature/repro-classic',
    env: { DOCKER_CONFIG: NEW_BUILDX, DOCKER_HOST: CLASSIC },
    inputs: { 'buildkit-image': '127.0.0.1:5000/missing/buildkit:latest' }
  }
]

/** What the first release of each variant published, and when; and its log. */
const first = new Map<string, { version: string; at: number; stdout: string }>()

beforeAll(async () => {
  await f.start()
  again = await new TestIndex(f.token).start()
  // One commit per variant (each its own dev version), released once from the fixture's own checkout.
  for (const [i, v] of VARIANTS.entries()) {
    f.repo.branch(v.branch, '1.2.3')
    f.repo.commits(i + 1)
    const run = await f.release(`refs/heads/${v.branch}`, v.inputs, v.env)
    expectSuccess(run)
    first.set(v.branch, { version: run.outputs.version, at: Date.now(), stdout: run.stdout })
  }
}, 300_000)
afterAll(async () => {
  await again.stop()
  await f.stop()
})

/** The same commit cloned to another path, with umask 002: its files are group-writable, its times new. */
function otherClone(branch: string): string {
  const dir = tempDir('dev-release-repro-')
  execFileSync('sh', [
    '-c',
    'umask 002 && git clone -q --no-local --branch "$1" "$2" "$3"',
    'sh',
    branch,
    f.repo.dir,
    dir
  ])
  return dir
}

describe.each(VARIANTS)('$name', v => {
  it("says where layer times stay the build's, and why (Docker 26 takes no rewrite-timestamp here)", () => {
    const notice = first.get(v.branch)!.stdout.match(/^::notice::Layer times follow the build's clock.*$/m)?.[0]
    expect(notice).toMatch(
      v.env.DOCKER_HOST
        ? /the docker driver on the classic image store takes rewrite-timestamp without applying it/
        : /Docker 26\.[\d.]+\S* unpacks every image it builds into the containerd store, and refuses rewrite-timestamp/
    )
  })

  it('releases the same commit again, a minute later from another clone, as the same bytes', async () => {
    const { version, at } = first.get(v.branch)!
    const wait = at + APART_MS - Date.now()
    if (wait > 0) await new Promise(resolve => setTimeout(resolve, wait))
    const clone = otherClone(v.branch)
    f.repo.checkout(v.branch)
    const run = await f.release(
      `refs/heads/${v.branch}`,
      { ...v.inputs, image: `${f.image}-again`, 'pypi-url': again.uploadUrl },
      v.env,
      { workspace: clone }
    )
    expectSuccess(run)
    expect(run.outputs.version).toBe(version)
    expect(Date.now() - at).toBeGreaterThanOrEqual(APART_MS)

    // The dists: the same names and the same sha256 on both indexes (a fresh index: the second run built its own).
    const dists = (index: TestIndex) =>
      [...index.files.values()]
        .filter(file => file.version === version)
        .map(file => `${file.filename} ${file.sha256}`)
        .sort()
    expect(dists(again)).toHaveLength(2)
    expect(dists(again)).toEqual(dists(f.index))

    // The image: the same platform images and the same manifest list, digest for digest.
    const tag = v.branch.replace('/', '-')
    const one = await f.client.manifestList(f.repository, tag)
    const two = await f.client.manifestList(`${f.repository}-again`, tag)
    expect(one?.manifests).toHaveLength(2)
    expect(two?.manifests).toEqual(one?.manifests)
    expect(two?.digest).toBe(one?.digest)
    expect(run.outputs.digest).toBe(one?.digest)
  }, 240_000)
})

it("is right that Docker 26's image store refuses rewrite-timestamp, even with unpack=false", () => {
  const context = tempDir('dev-release-stamps-')
  writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY a /a\n')
  writeFileSync(join(context, 'a'), 'a\n')
  const server = execFileSync('docker', ['version', '--format', '{{.Server.Version}}'], { encoding: 'utf8' }).trim()
  const build = spawnSync(
    'docker',
    [
      ...[
        'buildx',
        'build',
        '--output',
        'type=image,name=dev-release-stamps:x,push=false,rewrite-timestamp=true,unpack=false'
      ],
      context
    ],
    { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } }
  )
  // Where this machine's Docker is 29.0.1 or later, the action uses the option, and this refusal is gone.
  if (/^2[6-8]\./.test(server)) {
    expect(build.status).not.toBe(0)
    expect(build.stderr).toMatch(/exporter option "rewrite-timestamp" conflicts with "unpack"/)
  } else expect(build.status).toBe(0)
})
