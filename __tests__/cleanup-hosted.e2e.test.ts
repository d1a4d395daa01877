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
  github.packages.set('orgs/acme/widget', [
    { id: 11, name: 'sha256:aaa', metadata: { container: { tags: ['feature-gone'] } } },
    { id: 12, name: 'sha256:bbb', metadata: { container: { tags: ['1.2.3', 'latest'] } } },
    { id: 13, name: 'sha256:ccc', metadata: { container: { tags: ['feature-shared', 'pinned'] } } }
  ])
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
    env: { GITHUB_API_URL: github.url, DEV_RELEASE_DOCKER_HUB_API: hub.url },
    inputs: { image: 'ghcr.io/acme/widget\nacme/widget', 'github-token': TOKEN, 'registry-logins': hubLogin }
  })

it("deletes the branch's ghcr.io version and its Docker Hub tag, and nothing else; every request checked", async () => {
  const run = await deleted('feature/gone')
  expectSuccess(run)
  expect(github.packages.get('orgs/acme/widget')!.map(v => v.id)).toEqual([12, 13])
  expect([...hub.tags.get('acme/widget')!]).toEqual(['feature-shared', '1.2.3', 'latest'])
  expect(github.requests.map(r => `${r.method} ${r.path} ${r.authorization}`)).toEqual([
    `GET /orgs/acme/packages/container/widget/versions?per_page=100 Bearer ${TOKEN}`,
    `DELETE /orgs/acme/packages/container/widget/versions/11 Bearer ${TOKEN}`
  ])
  expect(hub.requests.map(r => `${r.method} ${r.path}`)).toEqual(['POST /v2/users/login', 'DELETE /v2/repositories/acme/widget/tags/feature-gone/'])
  expect(hub.requests[0].body).toEqual({ username: 'acmebot', password: 'dckr_pat_delete' })
  expect(hub.requests[1].authorization).toMatch(/^Bearer jwt-/)
  expect(run.summary).toMatch(/ghcr.io\/acme\/widget:feature-gone<\/code> \| removed/)
  expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toMatch(/dckr_pat_delete|ghs_packagesadmin/)
})

it('keeps a ghcr.io version that carries another tag, and says that ghcr.io cannot take one tag off', async () => {
  const run = await deleted('feature/shared')
  expectSuccess(run)
  expect(github.packages.get('orgs/acme/widget')!.map(v => v.id)).toEqual([11, 12, 13])
  expect(annotations(run, 'warning').join()).toMatch(/ghcr.io\/acme\/widget:feature-shared stays: the version also carries pinned/)
  expect(hub.tags.get('acme/widget')!.has('feature-shared')).toBe(false) // Docker Hub deletes tags themselves
})

it('warns, and fails nothing, where the tokens lack delete rights', async () => {
  github.writers.clear()
  const run = await deleted('feature/gone', 'docker.io readonly dckr_pat_read')
  expectSuccess(run)
  const warnings = annotations(run, 'warning').join('\n')
  expect(warnings).toMatch(/ghcr.io\/acme\/widget:feature-gone stays: GitHub refused to delete version sha256:aaa \(403\)/)
  expect(warnings).toMatch(/acme\/widget:feature-gone stays: Docker Hub refused \(403\): the access token needs Read, Write, Delete rights/)
  expect(github.packages.get('orgs/acme/widget')!.map(v => v.id)).toEqual([11, 12, 13])
  expect(hub.tags.get('acme/widget')!.has('feature-gone')).toBe(true)
})
