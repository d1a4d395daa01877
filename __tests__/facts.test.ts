// Dev versions on real repositories, and shallow clones.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { createServer, type AddressInfo, type Socket } from 'node:net'
import { join } from 'node:path'
import { ensureFullHistory } from '../src/shell/full-history.js'
import { Git } from '../src/outside/git.js'
import { tagVersions } from '../src/shell/facts.js'
import { planDev, planRelease, projectVersioning } from './support/plan-version.js'
import { TestRepo, tempDir } from './support/repo.js'

const quiet = () => undefined

describe('dev versions on real histories', () => {
  let repo: TestRepo
  beforeEach(() => (repo = TestRepo.create()))
  afterEach(() => repo.remove())

  it('counts from the nearest tag: 1.2.3 and 5 commits give 1.2.4.dev5', async () => {
    repo.commit()
    repo.tag('1.2.3')
    const sha = repo.commits(5)
    expect((await planDev(repo.dir, sha)).version).toBe('1.2.4.dev5')
  })

  it.each([
    ['1.2', 1, '1.3.dev1'],
    ['v1.2.3rc1', 2, '1.2.3rc2.dev2'],
    ['1.2.3.post1', 1, '1.2.3.post2.dev1'],
    ['1.2.3.dev0', 3, '1.2.3.dev3'],
    ['widget-v2.0.0', 4, '2.0.1.dev4'],
    ['1.2.3-rc.1', 0, '1.2.3rc1']
  ])('tag %s, %i commits later: %s', async (tag, distance, version) => {
    repo.commit()
    repo.tag(tag, true)
    const sha = repo.commits(distance)
    expect((await planDev(repo.dir, sha)).version).toBe(version)
  })

  it('gives 0.1.devN, N the commits reachable, without a tag', async () => {
    const sha = repo.commits(7)
    expect((await planDev(repo.dir, sha)).version).toBe('0.1.dev7')
  })

  it('plans for the event commit, not for HEAD', async () => {
    repo.commit()
    repo.tag('1.0.0')
    const old = repo.commits(2)
    repo.commits(3)
    expect((await planDev(repo.dir, old)).version).toBe('1.0.1.dev2')
  })

  it('takes the nearest tag, not the highest, and counts merged commits', async () => {
    repo.commit()
    repo.tag('2.0.0')
    repo.branch('maint', 'HEAD')
    repo.commit()
    repo.tag('1.9.0') // nearer on this line
    repo.checkout('main')
    repo.commits(2)
    repo.branch('feature/y')
    repo.commit()
    repo.merge('maint') // maint's commit is now reachable too
    const plan = await planDev(repo.dir, repo.head())
    // From the merge, 1.9.0 is 4 commits away (main's two, feature/y's one, the merge), 2.0.0 is 5 (1.9.0's commit
    // too): the nearer tag wins though it is the lower version, as git describe and setuptools_scm decide.
    expect(plan.reason).toContain('tag "1.9.0"')
    expect(plan.version).toBe('1.9.1.dev4')
  })

  it('passes over a nearer tag that is no version, with a warning', async () => {
    repo.commit()
    repo.tag('1.0.0')
    repo.commits(2)
    repo.tag('build2023')
    const sha = repo.commits(1)
    const plan = await planDev(repo.dir, sha)
    expect(plan.version).toBe('1.0.1.dev3')
    expect(plan.warnings.join('\n')).toMatch(/"build2023"/)
  })

  it('passes over several such tags', async () => {
    repo.commit()
    repo.tag('v3.1')
    repo.commit()
    repo.tag('x-1_build9')
    repo.commit()
    repo.tag('build-2023x')
    const plan = await planDev(repo.dir, repo.commits(1))
    expect(plan.version).toBe('3.2.dev3')
    expect(plan.warnings.join('\n')).toMatch(/"build-2023x", "x-1_build9"/)
  })

  it('leaves the index to the tag when the commit is a release tag', async () => {
    repo.commit()
    repo.tag('1.2.3')
    writeFileSync(join(repo.dir, 'pyproject.toml'), '[project]\nname = "widget"\n')
    const plan = await planDev(repo.dir, repo.head())
    expect(plan.version).toBe('1.2.3')
    expect(plan.steps.find(s => s.id === 'index-upload')?.skippedBecause).toMatch(/own release/)
  })
})

describe("a monorepo's releases count only this package's tags", () => {
  let repo: TestRepo
  beforeEach(() => (repo = TestRepo.create()))
  afterEach(() => repo.remove())

  // hatch's own settings: both packages' tags fit the default tag_regex; only --match tells them apart.
  const HATCH = `[build-system]
requires = ["hatchling", "hatch-vcs"]
build-backend = "hatchling.build"
[project]
name = "hatch"
dynamic = ["version"]
[tool.hatch.version]
source = "vcs"
[tool.hatch.version.raw-options]
version_scheme = "python-simplified-semver"
local_scheme = "no-local-version"
git_describe_command = ["git", "describe", "--dirty", "--tags", "--long", "--match", "hatch-v*"]
`

  it('moves latest to hatch-v1.18.0 though hatchling-v1.32.0 is higher: that tag is left out by --match', async () => {
    writeFileSync(join(repo.dir, 'pyproject.toml'), HATCH)
    repo.git('add', 'pyproject.toml')
    repo.git('commit', '-q', '-m', 'hatch')
    repo.tag('hatchling-v1.32.0')
    repo.commit()
    repo.tag('hatch-v1.18.0')
    const versioning = projectVersioning(repo.dir)
    const plan = await planRelease(repo.dir, 'hatch-v1.18.0', versioning)
    expect(plan.version).toBe('1.18.0')
    expect(plan.latestReason).toBe('moved: 1.18.0 is the highest final release')
    expect(plan.imageRefs).toEqual(['ghcr.io/acme/widget:1.18.0', 'ghcr.io/acme/widget:latest'])
    // The same history counts hatchling's release where the project's rules admit it: the test can fail.
    expect((await planRelease(repo.dir, 'hatch-v1.18.0')).latestReason).toBe('not moved: 1.32.0 is a higher release')
    expect(await tagVersions(new Git(repo.dir), versioning.rules)).toEqual(['1.18.0'])
  })

  it("leaves out a tag-prefix's other packages, and --exclude patterns", async () => {
    writeFileSync(
      join(repo.dir, 'pyproject.toml'),
      `[project]\nname = "api"\ndynamic = ["version"]\n[tool.setuptools_scm]\ngit_describe_command = "git describe --tags --long --exclude *-rc*"\n`
    )
    repo.git('add', 'pyproject.toml')
    repo.git('commit', '-q', '-m', 'api')
    for (const tag of ['api-1.0.0', 'api-3.0.0-rc1', 'web-9.0.0']) repo.tag(tag)
    const versioning = projectVersioning(repo.dir, {}, 'api-')
    expect(await tagVersions(new Git(repo.dir), versioning.rules)).toEqual(['1.0.0'])
  })
})

describe('shallow clones', () => {
  it('fetches the full history and tags before computing a version', async () => {
    const origin = TestRepo.create()
    origin.commit()
    origin.tag('1.2.3', true)
    const sha = origin.commits(4)
    const clone = join(tempDir(), 'clone')
    execFileSync('git', ['clone', '-q', '--depth', '1', '--no-tags', `file://${origin.dir}`, clone])
    const git = new Git(clone)
    expect(await git.shallowness()).toBe('shallow')
    const log: string[] = []
    await ensureFullHistory(git, m => log.push(m))
    expect(await git.shallowness()).toBe('full')
    expect(log.join()).toMatch(/shallow/)
    expect((await planDev(clone, sha)).version).toBe('1.2.4.dev4')
    origin.remove()
  })

  it('stops with advice when the history cannot be fetched', async () => {
    const origin = TestRepo.create()
    origin.commits(3)
    const clone = join(tempDir(), 'clone')
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, clone])
    execFileSync('git', ['remote', 'set-url', 'origin', join(origin.dir, 'gone')], { cwd: clone })
    await expect(ensureFullHistory(new Git(clone), quiet)).rejects.toThrow(/fetch-depth: 0/)
    origin.remove()
  })

  it('stops a fetch from a remote that never answers at the deadline, naming git', async () => {
    // A git:// server that accepts the connection and says nothing.
    const held: Socket[] = []
    const server = createServer(socket => void held.push(socket))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as AddressInfo).port
    const origin = TestRepo.create()
    origin.commits(2)
    const clone = join(tempDir(), 'clone')
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, clone])
    execFileSync('git', ['remote', 'set-url', 'origin', `git://127.0.0.1:${port}/widget.git`], { cwd: clone })
    try {
      await expect(ensureFullHistory(new Git(clone, 2000), quiet)).rejects.toThrow(
        /fetching its history failed \(git fetch \(request-timeout\) did not finish within 2 s and was stopped\.\)/
      )
    } finally {
      for (const socket of held) socket.destroy()
      server.close()
      origin.remove()
    }
  })

  it('says so when the workspace is no repository', async () => {
    await expect(ensureFullHistory(new Git(tempDir()), quiet)).rejects.toThrow(/not a git repository/)
  })
})
