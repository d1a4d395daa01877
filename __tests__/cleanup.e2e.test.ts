// A branch's end: on its delete event the tags this action gave it go, under
// every name, and nothing else: release tags, latest, other branches' tags and
// an image still tagged otherwise stay. Against the local registry (deletion enabled).
import { execFileSync } from 'node:child_process'
import { annotations, runAction, type ActionRun } from './support/action.js'
import { tempDir } from './support/repo.js'
import { expectSuccess, ReleaseFixture } from './support/release-fixture.js'

const f = new ReleaseFixture()
// A channel for develop, and a per-branch tag that goes with its branch.
const TAGS = 'edge on branch develop\nrpi-{{branch}} on dev'
const digest = async (tag: string) => (await f.client.manifestList(f.repository, tag))?.digest
/** docker pull, with a login of its own: what a user of the remaining tags does. */
function pull(tag: string): void {
  const config = tempDir('dev-release-pull-')
  execFileSync(
    'docker',
    ['--config', config, 'login', '--username', f.registry.username, '--password-stdin', f.registry.host],
    { input: f.registry.password, stdio: ['pipe', 'ignore', 'pipe'] }
  )
  execFileSync('docker', ['--config', config, 'pull', '--quiet', `${f.image}:${tag}`], {
    stdio: ['ignore', 'ignore', 'pipe']
  })
}

/** A branch off 1.2.3, one commit long, with its image released (a test's own, so that each test stands alone). */
async function publishedBranch(branch: string): Promise<void> {
  f.repo.branch(branch, '1.2.3')
  f.repo.commit()
  f.repo.push(branch)
  expectSuccess(await f.release(`refs/heads/${branch}`, { 'publish-pypi': 'false', tags: TAGS }))
}

beforeAll(async () => {
  await f.start()
  expectSuccess(await f.release('refs/tags/1.2.3', { 'publish-pypi': 'false' }))
  await publishedBranch('feature/stay')
})
afterAll(() => f.stop())

/** The delete event GitHub sends when a branch is deleted (GITHUB_REF is the default branch then); the branch is gone from origin first. */
function deleted(branch: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  try {
    f.repo.deleteRemote(branch)
  } catch {
    // never pushed, or already gone
  }
  return runAction({
    workspace: f.repo.dir,
    event: 'delete',
    ref: 'refs/heads/main',
    sha: f.repo.head(),
    payload: {
      ref: branch,
      ref_type: 'branch',
      repository: { fork: false, html_url: 'https://github.com/acme/widget' }
    },
    inputs: {
      image: f.image,
      'registry-username': f.registry.username,
      'registry-password': f.registry.password,
      tags: TAGS,
      ...inputs
    }
  })
}

it('shows in a dry run exactly what would be removed, and removes nothing', async () => {
  await publishedBranch('feature/dry-gone')
  const run = await deleted('feature/dry-gone', { 'dry-run': 'true' })
  expectSuccess(run)
  expect(run.outputs['release-type']).toBe('cleanup')
  expect(run.outputs['docker-tags']).toBe(`${f.image}:feature-dry-gone\n${f.image}:rpi-feature-dry-gone`)
  expect(run.summary).toMatch(/Tag owners.*feature-dry-gone: branch feature\/dry-gone \(deleted\)/)
  expect(run.summary).toMatch(/Remove .*feature-dry-gone where no other tag points at the same image/)
  expect(await digest('feature-dry-gone')).toMatch(/^sha256:/)
})

it("removes exactly the deleted branch's tag; releases, latest and other branches stay; packages stay", async () => {
  await publishedBranch('feature/gone')
  const before = { release: await digest('1.2.3'), latest: await digest('latest'), stay: await digest('feature-stay') }
  const run = await deleted('feature/gone')
  expectSuccess(run)
  expect(await digest('feature-gone')).toBeUndefined()
  // What was removed (rpi-feature-gone went with the same image, found absent after it).
  expect(run.outputs['docker-tags']).toBe(`${f.image}:feature-gone`)
  expect({
    release: await digest('1.2.3'),
    latest: await digest('latest'),
    stay: await digest('feature-stay')
  }).toEqual(before)
  for (const tag of ['1.2.3', 'latest', 'feature-stay']) pull(tag) // the others still resolve and pull
  expect(() => pull('feature-gone')).toThrow()
  expect(run.summary).toMatch(/feature-gone<\/code> \| removed/)
  expect(run.summary).toMatch(/Python packages stay/)
})

it("never removes a channel: edge stays on develop's image, and so does develop's tag on a registry that deletes no tags", async () => {
  await publishedBranch('develop')
  const image = await digest('develop')
  expect(await digest('edge')).toBe(image)
  expect(await digest('rpi-develop')).toBe(image)
  const run = await deleted('develop')
  expectSuccess(run)
  expect(run.outputs['docker-tags']).toBe('') // nothing removed: the channel holds the image
  expect(await digest('edge')).toBe(image)
  expect(await digest('1.2.3')).toMatch(/^sha256:/)
  // This registry deletes no tags, and the channel holds the image: what stays, and why.
  expect(await digest('develop')).toBe(image)
  expect(annotations(run, 'warning').join('\n')).toMatch(
    /:develop stays: the registry deletes no tags, and edge still points at sha256:/
  )
})

it('keeps the tag of a live branch that sanitizes to the same name (feature/x and feature-x)', async () => {
  await publishedBranch('feature/look')
  f.repo.push('feature-look') // a live branch whose tag is feature-look too
  const image = await digest('feature-look')
  const run = await deleted('feature/look')
  expectSuccess(run)
  expect(run.outputs['docker-tags']).toBe('')
  expect(annotations(run, 'notice').join('\n')).toMatch(
    /feature-look stays: the live branch "feature-look" has that tag too/
  )
  expect(await digest('feature-look')).toBe(image)
  f.repo.deleteRemote('feature-look')
})

it("removes nothing where the remote's branches cannot be read, and says why", async () => {
  await publishedBranch('feature/no-remote')
  const url = f.repo.git('remote', 'get-url', 'origin')
  f.repo.git('remote', 'set-url', 'origin', `${url}-gone`)
  try {
    const run = await deleted('feature/no-remote')
    expectSuccess(run)
    expect(annotations(run, 'warning').join('\n')).toMatch(
      /Cleanup of "feature\/no-remote": the remote's branches cannot be read \(.*\).*nothing is removed/
    )
    expect(await digest('feature-no-remote')).toMatch(/^sha256:/)
  } finally {
    f.repo.git('remote', 'set-url', 'origin', url)
  }
})

it('keeps an image that another tag still points at, with a warning that says which', async () => {
  await f.client.retag(f.repository, 'feature-stay', 'pinned')
  const run = await deleted('feature/stay')
  expectSuccess(run)
  expect(annotations(run, 'warning').join()).toMatch(
    /feature-stay stays: the registry deletes no tags, and pinned still points at sha256:/
  )
  expect(await digest('feature-stay')).toMatch(/^sha256:/)
  expect(await digest('pinned')).toBe(await digest('feature-stay'))
})

it('skips a deleted tag, and a deleted branch when cleanup is false', async () => {
  const tagDeleted = await runAction({
    workspace: f.repo.dir,
    event: 'delete',
    ref: 'refs/heads/main',
    sha: f.repo.head(),
    payload: { ref: '1.2.3', ref_type: 'tag' },
    inputs: { image: f.image }
  })
  expect(tagDeleted.outputs['release-type']).toBe('skip')
  const off = await deleted('feature/stay', { cleanup: 'false' })
  expect(off.outputs.reason).toMatch(/cleanup is false/)
  expect(await digest('1.2.3')).toMatch(/^sha256:/)
})

it('cleans up when a pull request is closed, where cleanup-on-close asks for it', async () => {
  f.repo.branch('feature/closed', '1.2.3')
  f.repo.commit()
  expectSuccess(await f.release('refs/heads/feature/closed', { 'publish-pypi': 'false' }))
  const closed = (inputs: Record<string, string>) =>
    runAction({
      workspace: f.repo.dir,
      event: 'pull_request',
      ref: 'refs/pull/9/merge',
      sha: f.repo.head(),
      // As GitHub sends it: the head's repository is this one (a deleted fork's would be null).
      payload: {
        action: 'closed',
        repository: { fork: false },
        pull_request: { head: { ref: 'feature/closed', repo: { full_name: 'acme/widget' } } }
      },
      env: { GITHUB_HEAD_REF: 'feature/closed' },
      inputs: {
        image: f.image,
        'registry-username': f.registry.username,
        'registry-password': f.registry.password,
        ...inputs
      }
    })
  const off = await closed({})
  expect(off.outputs['release-type']).toBe('skip')
  expect(await digest('feature-closed')).toMatch(/^sha256:/)
  const on = await closed({ 'cleanup-on-close': 'true' })
  expectSuccess(on)
  expect(on.outputs['release-type']).toBe('cleanup')
  expect(await digest('feature-closed')).toBeUndefined()
})
