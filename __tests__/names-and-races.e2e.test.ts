// Hostile branch names are data; tag and branch builds of one commit both
// succeed in either order; re-runs change nothing they should not.
import { existsSync, rmSync } from 'node:fs'
import { annotations, type ActionRun } from './support/action.js'
import { expectSuccess, ReleaseFixture } from './support/release-fixture.js'

const f = new ReleaseFixture()
const MARKER = `/tmp/dev-release-hostile-${process.pid}`
const VALID_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/

beforeAll(async () => {
  rmSync(MARKER, { force: true })
  await f.start()
})
afterAll(() => f.stop())

function dockerTag(ref: string): string {
  const tags = ref.split('\n')
  expect(tags).toHaveLength(1)
  return tags[0].slice(f.image.length + 1)
}

describe('two live branches with one image tag', () => {
  it('refuses to publish feature/x while feature-x lives, naming both, before anything is pushed', async () => {
    f.repo.branch('feature-x', '1.2.3')
    f.repo.commit()
    f.repo.push('feature-x')
    f.repo.branch('feature/x', '1.2.3')
    f.repo.commit()
    f.repo.push('feature/x')
    const uploads = f.uploadRequests()
    const run = await f.release('refs/heads/feature/x')
    expect(run.code).not.toBe(0)
    expect(annotations(run, 'error')[0]).toMatch(
      /Branch "feature\/x" shares image tags with the live branch "feature-x" \(feature-x\): each would overwrite/
    )
    expect(await f.client.manifestList(f.repository, 'feature-x')).toBeUndefined()
    expect(f.uploadRequests()).toBe(uploads)
    // Once the other branch is gone, the tag is this branch's alone.
    f.repo.deleteRemote('feature-x')
    expectSuccess(await f.release('refs/heads/feature/x', { 'dry-run': 'true' }))
  })
})

describe('hostile and odd branch names', () => {
  const gitNames = [
    `x$(touch\${IFS}${MARKER})`,
    `x\`touch\${IFS}${MARKER}\``,
    `x;touch\${IFS}${MARKER}`,
    `it's-"quoted"`,
    'ünïcödé/wörk-日本',
    `feature/${'a'.repeat(242)}`
  ]

  it.each(gitNames)('%s, a real branch, gives a valid tag in a dry run', async name => {
    f.repo.branch(name, '1.2.3')
    f.repo.commit()
    const run = await f.release(`refs/heads/${name}`, { 'dry-run': 'true' })
    expectSuccess(run)
    expect(run.outputs['release-type']).toBe('dev')
    expect(dockerTag(run.outputs['docker-tags'])).toMatch(VALID_TAG)
    expect(existsSync(MARKER)).toBe(false)
  })

  it('gives branches whose names differ only in letters a tag cannot hold tags of their own', async () => {
    const tags: string[] = []
    for (const name of ['feature/ä', 'feature/ö']) {
      f.repo.branch(name, '1.2.3')
      const run = await f.release(`refs/heads/${name}`, { 'dry-run': 'true' })
      expectSuccess(run)
      tags.push(dockerTag(run.outputs['docker-tags']))
    }
    expect(tags[0]).toMatch(/^feature-[0-9a-f]{8}$/)
    expect(tags[1]).toMatch(/^feature-[0-9a-f]{8}$/)
    expect(tags[0]).not.toBe(tags[1])
  })

  it.each(['-rf', 'a\nb', '$(reboot)', ' '])(
    '%j, a ref git itself would refuse, still gives a valid tag',
    async name => {
      const run = await f.release(`refs/heads/${name}`, { 'dry-run': 'true' })
      expectSuccess(run)
      expect(dockerTag(run.outputs['docker-tags'])).toMatch(VALID_TAG)
    }
  )

  it('releases for real from a branch with shell syntax in its name, running none of it', async () => {
    const name = `x$(touch\${IFS}${MARKER});'"\`id\`ü`
    f.repo.branch(name, '1.2.3')
    f.repo.commits(3)
    const run = await f.release(`refs/heads/${name}`)
    expectSuccess(run)
    const tag = dockerTag(run.outputs['docker-tags'])
    expect(tag).toMatch(VALID_TAG)
    expect((await f.client.manifestList(f.repository, tag))?.digest).toBe(run.outputs.digest)
    expect(f.index.versions('dev-release-example')).toContain('1.2.4.dev3')
    expect(existsSync(MARKER)).toBe(false)
  })
})

describe('tag and branch builds of the same commit', () => {
  /** The tag 'version' on a new commit of a new 'branch' off 1.2.3. */
  function tagged(version: string, branch: string): void {
    f.repo.branch(branch, '1.2.3')
    f.repo.commit()
    f.repo.tag(version, true)
  }

  /** What a user sees after both builds, in whichever order they ran. */
  async function expectBoth(version: string, tagRun: ActionRun, branchRun: ActionRun, uploads: number) {
    expectSuccess(tagRun)
    expectSuccess(branchRun)
    // The branch build publishes its image and leaves the index to the tag build.
    expect(branchRun.outputs.version).toBe(version)
    expect(branchRun.summary).toMatch(
      new RegExp(`\\| not uploaded: this commit is tag "${version.replace(/\./g, '\\.')}", whose own release publishes`)
    )
    expect(tagRun.summary).toMatch(/\| uploaded \|/)
    expect(f.uploadRequests() - uploads).toBe(2) // the tag build's wheel and sdist, once
    expect(f.index.versions('dev-release-example')).toContain(version)
    const branchTag = dockerTag(branchRun.outputs['docker-tags'])
    const files = await f.client.files(f.repository, branchTag, 'linux/amd64')
    expect(files.filter(p => p.endsWith('.whl') || p.endsWith('.tar.gz')).every(p => p.includes(version))).toBe(true)
  }

  it('succeed with the tag build first', async () => {
    tagged('2.0.0', 'release/2.0')
    const uploads = f.uploadRequests()
    const tagRun = await f.release('refs/tags/2.0.0')
    await expectBoth('2.0.0', tagRun, await f.release('refs/heads/release/2.0'), uploads)
  })

  it('succeed with the branch build first', async () => {
    tagged('2.1.0', 'release/2.1')
    const uploads = f.uploadRequests()
    const branchRun = await f.release('refs/heads/release/2.1')
    await expectBoth('2.1.0', await f.release('refs/tags/2.1.0'), branchRun, uploads)
  })

  it('succeed when they run at the same time, each in its own checkout, and leave latest on the release', async () => {
    tagged('9.0.0', 'release/9.0') // the highest release of this file, whatever ran before
    const uploads = f.uploadRequests()
    const [tagRun, branchRun] = await Promise.all([
      f.release('refs/tags/9.0.0', {}, {}, { workspace: f.checkout() }),
      f.release('refs/heads/release/9.0', {}, {}, { workspace: f.checkout() })
    ])
    await expectBoth('9.0.0', tagRun, branchRun, uploads)
    const latest = await f.client.manifestList(f.repository, 'latest')
    expect(latest?.digest).toBe((await f.client.manifestList(f.repository, '9.0.0'))?.digest)
  })
})

describe('re-runs', () => {
  it('of a dev release succeed and upload nothing new', async () => {
    f.repo.branch('feature/rerun', '1.2.3')
    f.repo.commits(4)
    expectSuccess(await f.release('refs/heads/feature/rerun'))
    const uploads = f.uploadRequests()
    const files = [...f.index.files.keys()].sort()
    const rerun = await f.release('refs/heads/feature/rerun')
    expectSuccess(rerun)
    // The same commit rebuilds the same wheel: the index's files are this build's, so a notice, not a collision.
    expect(annotations(rerun, 'notice').join()).toMatch(/already on the index with all its files: this is a re-run/)
    expect(annotations(rerun, 'warning').join()).not.toMatch(/another branch/)
    expect(f.uploadRequests()).toBe(uploads)
    expect([...f.index.files.keys()].sort()).toEqual(files)
    expect((await f.client.manifestList(f.repository, 'feature-rerun'))?.digest).toBe(rerun.outputs.digest)
  })
})
