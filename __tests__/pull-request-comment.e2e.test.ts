// The pull request hears how to try its branch: one comment, the token's own,
// found again (on any page) by its author and marker and edited, never
// duplicated; a marker in someone else's comment is ignored; a token that may
// not write is a notice.
import { annotations } from './support/action.js'
import { GitHubApi } from './support/github-api.js'
import { expectSuccess, ReleaseFixture } from './support/release-fixture.js'

const f = new ReleaseFixture()
const api = new GitHubApi('acme', 'widget')
const TOKEN = 'ghs_workflowtoken1234567890'
const MARKER = '<!-- dev-release: how to try this branch -->'

beforeAll(async () => {
  await f.start()
  await api.start()
  api.writers.add(TOKEN)
  api.pulls.set('feature/try-me', 5)
  // A reviewer, someone who pasted the marker to steer what the action edits, and enough talk that the
  // action's own comment lands on page 2 of a 100-comment page.
  const person = (login: string) => ({ login, type: 'User' as const })
  api.comments.set(5, [
    { id: 1, body: 'Looks good to me.', user: person('reviewer') },
    { id: 2, body: `${MARKER}\nInstall from https://evil.example/ instead`, user: person('mallory') },
    ...Array.from({ length: 110 }, (_, i) => ({ id: 3 + i, body: `comment ${i}`, user: person('reviewer') }))
  ])
  f.repo.branch('feature/try-me')
})
afterAll(async () => {
  await api.stop()
  await f.stop()
})

const push = (token = TOKEN) => {
  f.repo.commit()
  return f.release('refs/heads/feature/try-me', { 'github-token': token }, { GITHUB_API_URL: api.url })
}

it('creates one comment with the image by tag and digest, the platforms, the pip line and the commit; then edits it', async () => {
  const start = api.requests.length // this test's requests only
  const first = await push()
  expectSuccess(first)
  const bot = { login: 'github-actions[bot]', type: 'Bot' }
  const ours = () => api.comments.get(5)!.filter(c => c.body.startsWith(MARKER) && c.user.login === bot.login)
  expect(ours()).toHaveLength(1) // the outsider's marker was not taken for the action's own
  const body = ours()[0].body
  expect(body).toContain(`docker pull ${f.image}:feature-try-me`)
  expect(body).toContain(`docker pull ${f.image}@${first.outputs.digest}`)
  expect(body).toContain('Platforms: linux/amd64, linux/arm64')
  expect(body).toContain(
    `pip install --pre --index-url ${f.index.simpleUrl} "dev-release-example==${first.outputs.version}"`
  )
  // How to check that what stands under these names is this build.
  expect(body).toContain(
    `dev-release verify --ref refs/heads/feature/try-me --image ${f.image} --platforms linux/amd64,linux/arm64 --pypi-url ${f.index.uploadUrl}`
  )
  expect(body).toContain(`Built from ${f.repo.head()}.`)

  const second = await push()
  expectSuccess(second)
  expect(ours()).toHaveLength(1)
  const own = ours()[0]
  expect(own.body).toContain(second.outputs.version)
  expect(api.comments.get(5)!.find(c => c.id === 2)!.body).toContain('evil.example') // never edited
  expect(api.comments.get(5)![0].body).toBe('Looks good to me.')
  // Every request: the documented endpoints, the workflow's token, every page read through GitHub's own
  // Link URLs, GET /user refused for an installation token, exactly one create and one edit.
  const requests = api.requests.slice(start)
  expect(requests.every(r => r.authorization === `token ${TOKEN}`)).toBe(true)
  const comments = 'issues/5/comments?per_page=100'
  expect(requests.map(r => `${r.method} ${r.path} ${r.status}`)).toEqual([
    'GET /repos/acme/widget/pulls?state=open&head=acme%3Afeature%2Ftry-me&per_page=1 200',
    'GET /user 403',
    `GET /repos/acme/widget/${comments} 200`,
    `GET /repositories/424242/${comments}&page=2 200`,
    'POST /repos/acme/widget/issues/5/comments 201',
    'GET /repos/acme/widget/pulls?state=open&head=acme%3Afeature%2Ftry-me&per_page=1 200',
    'GET /user 403',
    `GET /repos/acme/widget/${comments} 200`,
    `GET /repositories/424242/${comments}&page=2 200`,
    `PATCH /repos/acme/widget/issues/comments/${own.id} 200`
  ])
  expect(requests.filter(r => r.method !== 'GET').every(r => r.body?.body?.startsWith(MARKER))).toBe(true)
})

it("edits a person's own comment when the token is theirs, found on any page", async () => {
  const PAT = 'ghp_personaltoken1234567890'
  api.people.set(PAT, 'ann')
  api.writers.add(PAT)
  const first = await push(PAT)
  expectSuccess(first)
  const anns = () => api.comments.get(5)!.filter(c => c.user.login === 'ann' && c.body.startsWith(MARKER))
  expect(anns()).toHaveLength(1)
  expectSuccess(await push(PAT))
  expect(anns()).toHaveLength(1)
  expect(api.requests.filter(r => r.path === '/user').map(r => r.status)).toContain(200)
})

it('releases anyway with a notice when the token may not write (a fork, read-only permissions)', async () => {
  const before = api.comments.get(5)!.map(c => c.body)
  const run = await push('ghs_readonlytoken0987654321')
  expectSuccess(run)
  expect(annotations(run, 'notice').join()).toMatch(
    /Could not comment on the pull request \(403\).*pull-requests: write/
  )
  expect(api.comments.get(5)!.map(c => c.body)).toEqual(before)
  expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('ghs_readonlytoken0987654321')
})

it('says nothing where the branch has no open pull request, or comment is false', async () => {
  const requests = api.requests.length
  // A distance no other test's branch has: its upload is its own (another branch's .devN would be skipped).
  f.repo.branch('feature/no-pr', '1.2.3')
  f.repo.commits(7)
  expectSuccess(await f.release('refs/heads/feature/no-pr', { 'github-token': TOKEN }, { GITHUB_API_URL: api.url }))
  expect(api.requests.slice(requests).map(r => r.method)).toEqual(['GET'])
  f.repo.checkout('feature/try-me')
  const off = await f.release(
    'refs/heads/feature/try-me',
    { 'github-token': TOKEN, comment: 'false' },
    { GITHUB_API_URL: api.url }
  )
  expectSuccess(off)
  expect(api.requests.length).toBe(requests + 1)
})
