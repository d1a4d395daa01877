// Cleanup on the hosted registries, through their own APIs (stand-ins that speak
// them over HTTP and keep every request): ghcr.io's package versions on GitHub's
// API, and Docker Hub's tag deletion. The action is driven as the runner runs it.
import { annotations, runAction } from './support/action.js'
import { DockerHubApi } from './support/docker-hub-api.js'
import { GitHubApi } from './support/github-api.js'
import { expectSuccess } from './support/release-fixture.js'
import { TestRepo } from './support/repo.js'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

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
  github.branches = ['main']
  github.resetIn = 1
  github.outsiders.clear()
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
    `GET /repos/acme/widget/branches?per_page=100 token ${TOKEN}`, // which branches live: the API, not a checkout
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
      `GET /v2/acme/widget/manifests/${github.real('sha256:aaa')}`,
      `GET /v2/acme/widget/manifests/${github.real('sha256:bbb')}`,
      `GET /v2/acme/widget/manifests/${github.real('sha256:ccc')}`,
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
  expect(run.summary).toContain(
    `ghcr.io/acme/widget:feature-shared</code> | removed: untagged: ${github.real('sha256:ccc')} keeps pinned`
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
    new RegExp(
      `ghcr.io/acme/widget:feature-gone stays: GitHub refused to delete version ${github.real('sha256:aaa')} \\(403\\)`
    )
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
      'GET /repos/acme/widget/branches?per_page=100',
      'GET /orgs/acme/packages/container/widget/versions?per_page=100&state=active',
      'GET /organizations/7001/packages/container/widget/versions?per_page=100&state=active&page=2',
      'GET /organizations/7001/packages/container/widget/versions?per_page=100&state=active&page=3',
      'DELETE /orgs/acme/packages/container/widget/versions/4770',
      'DELETE /orgs/acme/packages/container/widget/versions/4765'
    ])
    const real = (label: string) => github.real(label)
    expect(run.summary).toContain(
      `${real('sha256:branch')} deleted, with its platform images ${real(hex(1000))}; ${real(hex(1001))} stays: another tagged version lists it; its attestation manifests ${real(hex(1002))} stay: cleanup deletes no referrer`
    )
  })

  it('waits out a rate limit (secondary, then primary) within the request deadline, and goes on', async () => {
    github.limits.push('secondary', 'primary')
    const run = await deleted('feature/gone')
    expectSuccess(run)
    expect(github.packages.get('orgs/acme/widget')!.map(v => v.id)).not.toContain(11)
    const statuses = github.requests.filter(r => !r.path.startsWith('/v2/')).map(r => `${r.method} ${r.status}`)
    // The first request (the branches) meets both limits; then the versions, and the deletion.
    expect(statuses.slice(0, 5)).toEqual(['GET 429', 'GET 403', 'GET 200', 'GET 200', 'DELETE 204'])
    expect(run.stdout).toMatch(/GitHub's secondary rate limit: waiting 1 s/)
    expect(run.stdout).toMatch(/GitHub's rate limit: waiting \d s/)
  })

  it('gives up on a rate limit that asks to wait longer than request-timeout, and keeps everything', async () => {
    // The branches are read; then the versions' list meets the limit, reset a second away: a wait of 2 s or more.
    github.limits.push('none', 'primary')
    const run = await deletedOnGhcr('feature/gone', '1s')
    expectSuccess(run)
    expect(annotations(run, 'warning').join('\n')).toMatch(
      /rate limit asks to wait \d s before GET .*longer than request-timeout allows[\s\S]*ghcr.io\/acme\/widget:feature-gone stays: GitHub's rate limit \(403\) asked for a longer wait than request-timeout allows/
    )
    expect(github.packages.get('orgs/acme/widget')!.map(v => v.id)).toContain(11)
  })

  it('gives up on GitHub at request-timeout where it never answers, and removes nothing', async () => {
    github.stalls.add('/orgs/acme/packages/container/widget/versions')
    const run = await deletedOnGhcr('feature/gone', '2s')
    expectSuccess(run)
    expect(annotations(run, 'warning').join('\n')).toMatch(
      /feature-gone stays: the package's versions could not be read \(GitHub's API did not answer GET \/orgs\/acme\/packages\/container\/widget\/versions within 2 s \(request-timeout\)\.\)/
    )
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
      '/repos/acme/widget/branches?per_page=100 200',
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
    expect(run.summary).toContain(
      `feature-gone</code> | kept: the tag moved to ${github.real('sha256:newer')} after it was read`
    )
    expect(github.packages.get('orgs/acme/widget')!.map(v => v.id)).toContain(11)
    expect(github.requests.filter(r => r.method === 'DELETE' && !r.path.startsWith('/v2/'))).toEqual([])
  })
})

describe("the live branches, from GitHub's API: a cleanup job needs no checkout", () => {
  /** The delete event in a workspace with no git repository at all (no actions/checkout step). */
  const withoutCheckout = async (branch: string, inputs: Record<string, string> = {}) => {
    const empty = mkdtempSync(join(tmpdir(), 'no-checkout-'))
    try {
      return await runAction({
        workspace: empty,
        event: 'delete',
        ref: 'refs/heads/main',
        sha: repo.head(),
        payload: { ref: branch, ref_type: 'branch' },
        env: { GITHUB_API_URL: github.url, DEV_RELEASE_GHCR_REGISTRY: github.url },
        inputs: { image: 'ghcr.io/acme/widget', 'github-token': TOKEN, ...inputs }
      })
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  }
  // 130 live branches: two pages of 100; a look-alike of feature/gone on the second.
  const many = () => [...Array.from({ length: 128 }, (_, i) => `topic/${String(i).padStart(3, '0')}`), 'main', 'zz/x']

  it('reads every page of the branches, and removes the tag where no live branch maps to it', async () => {
    github.branches = many()
    const run = await withoutCheckout('feature/gone')
    expectSuccess(run)
    expect(github.packages.get('orgs/acme/widget')!.map(v => v.id)).not.toContain(11)
    const branchPages = github.requests.filter(r => r.path.includes('/branches')).map(r => `${r.path} ${r.status}`)
    expect(branchPages).toEqual([
      '/repos/acme/widget/branches?per_page=100 200',
      '/repositories/424242/branches?per_page=100&page=2 200' // GitHub's own Link URL, followed as given
    ])
    expect(run.summary).toMatch(/ghcr.io\/acme\/widget:feature-gone<\/code> \| removed/)
  })

  it('keeps the tag of a live look-alike branch found on the second page', async () => {
    github.branches = [...many(), 'feature-gone']
    const run = await withoutCheckout('feature/gone')
    expectSuccess(run)
    expect(annotations(run, 'notice').join('\n')).toMatch(
      /feature-gone stays: the live branch "feature-gone" has that tag too/
    )
    expect(github.packages.get('orgs/acme/widget')!.map(v => v.id)).toContain(11)
    expect(github.requests.filter(r => r.method === 'DELETE')).toEqual([])
  })

  it('works with a checkout that has no origin (persist-credentials: false leaves none to ask)', async () => {
    const bare = TestRepo.create()
    bare.commit()
    try {
      const run = await runAction({
        workspace: bare.dir,
        event: 'delete',
        ref: 'refs/heads/main',
        sha: bare.head(),
        payload: { ref: 'feature/gone', ref_type: 'branch' },
        env: { GITHUB_API_URL: github.url, DEV_RELEASE_GHCR_REGISTRY: github.url },
        inputs: { image: 'ghcr.io/acme/widget', 'github-token': TOKEN }
      })
      expectSuccess(run)
      expect(github.packages.get('orgs/acme/widget')!.map(v => v.id)).not.toContain(11)
    } finally {
      bare.remove()
    }
  })

  it('removes nothing where the branches cannot be read for a rate limit longer than request-timeout', async () => {
    github.limits.push('primary')
    github.resetIn = 30 // far beyond request-timeout
    const run = await withoutCheckout('feature/gone', { 'request-timeout': '1s' })
    expectSuccess(run)
    expect(annotations(run, 'warning').join('\n')).toMatch(
      /the remote's branches cannot be read \(GitHub's list of the branches of acme\/widget: .*\).*nothing is removed/
    )
    expect(github.requests.filter(r => r.method === 'DELETE')).toEqual([])
  })

  it('removes nothing where the token cannot see the repository (404), and names the permission', async () => {
    github.outsiders.add(TOKEN)
    const run = await withoutCheckout('feature/gone')
    expectSuccess(run)
    expect(annotations(run, 'warning').join('\n')).toMatch(
      /the remote's branches cannot be read \(GitHub answers 404 for the branches of acme\/widget: the github-token cannot see the repository \(the job needs contents: read\)\).*nothing is removed/
    )
    expect(github.requests.map(r => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'GET /repos/acme/widget/branches?per_page=100 404'
    ])
    expect(github.packages.get('orgs/acme/widget')!.map(v => v.id)).toContain(11)
  })

  it('without a token, and without a checkout, removes nothing and says why', async () => {
    const run = await withoutCheckout('feature/gone', { 'github-token': '' })
    expectSuccess(run)
    expect(annotations(run, 'warning').join('\n')).toMatch(
      /the remote's branches cannot be read \(git ls-remote --heads origin: .*\).*nothing is removed/
    )
    expect(github.requests.filter(r => r.method === 'DELETE')).toEqual([])
  })
})
