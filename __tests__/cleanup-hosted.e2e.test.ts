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
  const version = (id: number, name: string, tags: string[] = []) => ({ id, name, metadata: { container: { tags } } })
  // Multi-platform versions and their untagged platform images; the release shares one platform image (a2).
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

const deleted = (branch: string, hubLogin = 'docker.io acmebot dckr_pat_delete') =>
  runAction({
    workspace: repo.dir,
    event: 'delete',
    ref: 'refs/heads/main',
    sha: repo.head(),
    payload: { ref: branch, ref_type: 'branch' },
    env: { GITHUB_API_URL: github.url, DEV_RELEASE_DOCKER_HUB_API: hub.url, DEV_RELEASE_GHCR_REGISTRY: github.url },
    inputs: { image: 'ghcr.io/acme/widget\nacme/widget', 'github-token': TOKEN, 'registry-logins': hubLogin }
  })

it("deletes the branch's ghcr.io version and its Docker Hub tag, and nothing else; every request checked", async () => {
  const run = await deleted('feature/gone')
  expectSuccess(run)
  // The branch's version goes with its own platform image; the one the release still lists stays.
  expect(github.packages.get('orgs/acme/widget')!.map(v => v.id)).toEqual([22, 12, 23, 13])
  expect([...hub.tags.get('acme/widget')!]).toEqual(['feature-shared', '1.2.3', 'latest'])
  const api = github.requests.filter(r => !r.path.startsWith('/v2/'))
  expect(api.map(r => `${r.method} ${r.path} ${r.authorization}`)).toEqual([
    `GET /orgs/acme/packages/container/widget/versions?per_page=100 Bearer ${TOKEN}`,
    `DELETE /orgs/acme/packages/container/widget/versions/11 Bearer ${TOKEN}`,
    `DELETE /orgs/acme/packages/container/widget/versions/21 Bearer ${TOKEN}`
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
      'GET /v2/acme/widget/manifests/sha256:ccc'
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

it('takes the tag off a ghcr.io version that carries another tag too: moved to an empty index, which is deleted', async () => {
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
