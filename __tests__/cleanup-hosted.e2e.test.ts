// Cleanup on the hosted registries, through their own APIs (stand-ins that speak
// them over HTTP and keep every request): ghcr.io's package versions on GitHub's
// API, and Docker Hub's tag deletion. The action is driven as the runner runs it.
import { annotations, runAction } from './support/action.js'
import { DockerHubApi } from './support/docker-hub-api.js'
import { GitHubApi } from './support/github-api.js'
import { expectSuccess } from './support/release-fixture.js'
import { TestRepo } from './support/repo.js'

const github = new GitHubApi('acme', 'widget')
const hub = new DockerHubApi()
const TOKEN = 'ghs_packagesadmin1234567890'
let repo: TestRepo

beforeAll(async () => {
  await github.start()
  await hub.start()
  repo = TestRepo.create()
  repo.commit()
  repo.addOrigin()
  repo.push('main')
})
afterAll(async () => {
  await github.stop()
  await hub.stop()
  repo.remove()
})

beforeEach(() => {
  github.requests.length = 0
  hub.requests.length = 0
  github.writers.add(TOKEN)
  github.limits.length = 0
  github.blind.clear()
  github.moved.clear()
  github.stalls.clear()
  // Multi-platform versions and their untagged platform images; the release shares one platform image (a2).
  github.attestations.clear()
  github.packages.set('orgs/acme/widget', [
    version(11, 'sha256:aaa', ['feature-gone']),
    version(21, 'sha256:a1'),
    version(22, 'sha256:a2'),
    version(12, 'sha256:bbb', ['1.2.3', 'latest']),
    version(23, 'sha256:b1'),
    version(13, 'sha256:ccc', ['feature-shared', 'pinned'])
  ])
  github.manifests.set('sha256:aaa', ['sha256:a1', 'sha256:a2'])
  github.manifests.set('sha256:bbb', ['sha256:b1', 'sha256:a2'])
  github.manifests.set('sha256:ccc', ['sha256:c1'])
  hub.users.set('acmebot', { password: 'dckr_pat_delete', canDelete: true })
  hub.users.set('readonly', { password: 'dckr_pat_read', canDelete: false })
  hub.tags.set('acme/widget', new Set(['feature-gone', 'feature-shared', '1.2.3', 'latest']))
})

const version = (id: number, name: string, tags: string[] = []) => ({ id, name, metadata: { container: { tags } } })

/** The delete event GitHub sends for `branch`; `inputs` replace the two-registry defaults. */
const deleted = (branch: string, hubLogin = 'docker.io acmebot dckr_pat_delete', inputs: Record<string, string> = {}) =>
  runAction({
    workspace: repo.dir,
    event: 'delete',
    ref: 'refs/heads/main',
    sha: repo.head(),
    payload: { ref: branch, ref_type: 'branch' },
    env: { GITHUB_API_URL: github.url, DEV_RELEASE_DOCKER_HUB_API: hub.url, DEV_RELEASE_GHCR_REGISTRY: github.url },
    inputs: { image: 'ghcr.io/acme/widget\nacme/widget', 'github-token': TOKEN, 'registry-logins': hubLogin, ...inputs }
  })

it("deletes the branch's ghcr.io version and its Docker Hub tag, and nothing else; every request checked", async () => {
  const run = await deleted('feature/gone')
  expectSuccess(run)
  // The branch's version goes with its own platform image; the one the release still lists stays.
  expect(github.packages.get('orgs/acme/widget')!.map(v => v.id)).toEqual([22, 12, 23, 13])
  expect([...hub.tags.get('acme/widget')!]).toEqual(['feature-shared', '1.2.3', 'latest'])
  const api = github.requests.filter(r => !r.path.startsWith('/v2/'))
  expect(api.map(r => `${r.method} ${r.path} ${r.authorization}`)).toEqual([
    `GET /orgs/acme/packages/container/widget/versions?per_page=100&state=active token ${TOKEN}`,
    `DELETE /orgs/acme/packages/container/widget/versions/11 token ${TOKEN}`,
    `DELETE /orgs/acme/packages/container/widget/versions/21 token ${TOKEN}`
  ])
  // The registry was asked for the lists: the deleted one's and those of the versions that stay.
  expect(
    github.requests
      .filter(r => r.path.startsWith('/v2/'))
      .map(r => `${r.method} ${r.path}`)
      .sort()
  ).toEqual(
    [
      'GET /v2/acme/widget/manifests/sha256:aaa',
      'GET /v2/acme/widget/manifests/sha256:bbb',
      'GET /v2/acme/widget/manifests/sha256:ccc',
      'GET /v2/acme/widget/manifests/feature-gone' // read again right before the deletion
    ].sort()
  )
  expect(hub.requests.map(r => `${r.method} ${r.path}`)).toEqual([
    'POST /v2/users/login',
    'DELETE /v2/repositories/acme/widget/tags/feature-gone/'
  ])
  expect(hub.requests[0].body).toEqual({ username: 'acmebot', password: 'dckr_pat_delete' })
  expect(hub.requests[1].authorization).toMatch(/^Bearer jwt-/)
  expect(run.summary).toMatch(/ghcr.io\/acme\/widget:feature-gone<\/code> \| removed/)
  expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toMatch(/dckr_pat_delete|ghs_packagesadmin/)
})

it('takes the tag off a ghcr.io version that carries another tag too: moved to an empty manifest list, which is deleted', async () => {
  const run = await deleted('feature/shared')
  expectSuccess(run)
  const versions = github.packages.get('orgs/acme/widget')!
  expect(versions.map(v => v.id)).toEqual([11, 21, 22, 12, 23, 13]) // the placeholder came and went
  expect(versions.find(v => v.id === 13)!.metadata.container.tags).toEqual(['pinned'])
  expect(run.summary).toMatch(
    /ghcr.io\/acme\/widget:feature-shared<\/code> \| removed: untagged: sha256:ccc keeps pinned/
  )
  const put = github.requests.find(r => r.method === 'PUT')!
  expect(put.path).toBe('/v2/acme/widget/manifests/feature-shared')
  const placeholder = github.requests.filter(r => r.method === 'DELETE').map(r => r.path)
  expect(placeholder).toHaveLength(1)
  expect(placeholder[0]).toMatch(/^\/orgs\/acme\/packages\/container\/widget\/versions\/\d+$/)
  expect(hub.tags.get('acme/widget')!.has('feature-shared')).toBe(false) // Docker Hub deletes tags themselves
})

it('warns, and fails nothing, where the tokens lack delete rights', async () => {
  github.writers.clear()
  const run = await deleted('feature/gone', 'docker.io readonly dckr_pat_read')
  expectSuccess(run)
  const warnings = annotations(run, 'warning').join('\n')
  expect(warnings).toMatch(
    /ghcr.io\/acme\/widget:feature-gone stays: GitHub refused to delete version sha256:aaa \(403\)/
  )
  expect(warnings).toMatch(
    /acme\/widget:feature-gone stays: Docker Hub refused \(403\): the access token needs Read, Write, Delete rights/
  )
  expect(github.packages.get('orgs/acme/widget')!.map(v => v.id)).toEqual([11, 21, 22, 12, 23, 13])
  expect(hub.tags.get('acme/widget')!.has('feature-gone')).toBe(true)
})

/** The delete event, for ghcr.io alone, with a request-timeout of its own. */
const deletedOnGhcr = (branch: string, requestTimeout: string) =>
  deleted(branch, '', { image: 'ghcr.io/acme/widget', 'request-timeout': requestTimeout })

describe('ghcr.io at scale, and what GitHub hides', () => {
  const hex = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`
  /**
   * 260 versions, newest first as GitHub lists them: the deleted branch's version on page 3 shares a platform
   * image with the release on page 2; a cosign signature of the branch's image; an attestation manifest.
   */
  function bigPackage(): void {
    const list = Array.from({ length: 260 }, (_, i) => version(5000 - i, hex(i), [`old-${i}`]))
    list[150] = version(4850, 'sha256:release', ['1.0.0'])
    list[230] = version(4770, 'sha256:branch', ['feature-far'])
    list[235] = version(4765, hex(1000)) // the branch's own platform image
    list[236] = version(4764, hex(1001)) // shared with the release
    list[237] = version(4763, hex(1002)) // the branch's attestation manifest
    list[238] = version(4762, hex(1003), [`sha256-${'b'.repeat(64)}.sig`]) // a signature: a referrer
    github.packages.set('orgs/acme/widget', list)
    github.manifests.set('sha256:release', [hex(1001), hex(2000)])
    github.manifests.set('sha256:branch', [hex(1000), hex(1001), hex(1002)])
    github.attestations.add(hex(1002))
  }

  it("reads every page before deciding: the branch's version on page 3 goes, the platform image a release on page 2 lists stays", async () => {
    bigPackage()
    const run = await deleted('feature/far')
    expectSuccess(run)
    const ids = github.packages.get('orgs/acme/widget')!.map(v => v.id)
    expect(ids).not.toContain(4770) // the branch's version
    expect(ids).not.toContain(4765) // its own platform image
    expect(ids).toContain(4764) // the release still lists it
    expect(ids).toContain(4763) // an attestation: a referrer, never deleted
    expect(ids).toContain(4762) // a signature
    expect(ids).toHaveLength(258)
    const api = github.requests.filter(r => !r.path.startsWith('/v2/'))
    // Every page, through GitHub's own Link URLs; then exactly two deletions.
    expect(api.map(r => `${r.method} ${r.path}`)).toEqual([
      'GET /orgs/acme/packages/container/widget/versions?per_page=100&state=active',
      'GET /organizations/7001/packages/container/widget/versions?per_page=100&state=active&page=2',
      'GET /organizations/7001/packages/container/widget/versions?per_page=100&state=active&page=3',
      'DELETE /orgs/acme/packages/container/widget/versions/4770',
      'DELETE /orgs/acme/packages/container/widget/versions/4765'
    ])
    expect(run.summary).toMatch(
      /sha256:branch deleted, with its platform images sha256:0+3e8; sha256:0+3e9 stays: another tagged version lists it; its attestation manifests sha256:0+3ea stay: cleanup deletes no referrer/
    )
  })

  it('waits out a rate limit (secondary, then primary) within the request deadline, and goes on', async () => {
    github.limits.push('secondary', 'primary')
    const run = await deleted('feature/gone')
    expectSuccess(run)
    expect(github.packages.get('orgs/acme/widget')!.map(v => v.id)).not.toContain(11)
    const statuses = github.requests.filter(r => !r.path.startsWith('/v2/')).map(r => `${r.method} ${r.status}`)
    expect(statuses.slice(0, 4)).toEqual(['GET 429', 'GET 403', 'GET 200', 'DELETE 204'])
    expect(run.stdout).toMatch(/GitHub's secondary rate limit: waiting 1 s/)
    expect(run.stdout).toMatch(/GitHub's rate limit: waiting \d s/)
  })

  it('gives up on a rate limit that asks to wait longer than request-timeout, and keeps everything', async () => {
    github.limits.push('primary') // reset a second away: a wait of 2 s or more
    const run = await deletedOnGhcr('feature/gone', '1s')
    expectSuccess(run)
    expect(annotations(run, 'warning').join('\n')).toMatch(
      /rate limit asks to wait \d s before GET .*longer than request-timeout allows[\s\S]*ghcr.io\/acme\/widget:feature-gone stays: GitHub's rate limit \(403\) asked for a longer wait than request-timeout allows/
    )
    expect(github.packages.get('orgs/acme/widget')!.map(v => v.id)).toContain(11)
  })

  it('gives up on GitHub at request-timeout where it never answers, and removes nothing', async () => {
    github.stalls.add('/orgs/acme/packages/container/widget/versions')
    const started = Date.now()
    const run = await deletedOnGhcr('feature/gone', '2s')
    expectSuccess(run)
    expect(annotations(run, 'warning').join('\n')).toMatch(
      /feature-gone stays: the package's versions could not be read \(GitHub's API did not answer GET \/orgs\/acme\/packages\/container\/widget\/versions within 2 s \(request-timeout\)\.\)/
    )
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(github.packages.get('orgs/acme/widget')!.map(v => v.id)).toContain(11)
  })

  it('warns, naming the permission and "Manage Actions access", where the token cannot see the package (404)', async () => {
    github.blind.add(TOKEN)
    const run = await deleted('feature/gone')
    expectSuccess(run)
    expect(annotations(run, 'warning').join('\n')).toMatch(
      /ghcr.io\/acme\/widget:feature-gone stays: GitHub shows no package widget to this token \(404\).*packages: write.*Manage Actions access/
    )
    expect(run.summary).not.toMatch(/feature-gone<\/code> \| absent/)
    // orgs first, then users: GitHub answers 404 for both
    expect(github.requests.filter(r => !r.path.startsWith('/v2/')).map(r => `${r.path} ${r.status}`)).toEqual([
      '/orgs/acme/packages/container/widget/versions?per_page=100&state=active 404',
      '/users/acme/packages/container/widget/versions?per_page=100&state=active 404'
    ])
  })

  it('keeps a tag that a push moved after the versions were read', async () => {
    // The versions list still has feature-gone on sha256:aaa; the registry already points it at a newer push.
    github.packages.get('orgs/acme/widget')!.push(version(99, 'sha256:newer'))
    github.manifests.set('sha256:newer', [])
    github.moved.set('feature-gone', 'sha256:newer')
    const run = await deleted('feature/gone')
    expectSuccess(run)
    expect(run.summary).toMatch(/feature-gone<\/code> \| kept: the tag moved to sha256:newer after it was read/)
    expect(github.packages.get('orgs/acme/widget')!.map(v => v.id)).toContain(11)
    expect(github.requests.filter(r => r.method === 'DELETE' && !r.path.startsWith('/v2/'))).toEqual([])
  })
})
