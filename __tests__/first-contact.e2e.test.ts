// First contact with ordinary projects, which the example does not look like: one platform (the commonest
// configuration) released as a manifest list of one on both image stores and read back; a Dockerfile at the
// repository root; flat-layout projects named like the modules the tools import; a build that fails for the staging
// folder, named; a run that fails ending with its reason.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { annotations, runCli, type ActionRun } from './support/action.js'
import { pipDownload } from './support/index-server.js'
import { CLASSIC_ENGINES } from './support/engines.js'
import { expectSuccess, PLATFORMS, ReleaseFixture } from './support/release-fixture.js'
import type { TestRepo } from './support/repo.js'

const ONE = 'linux/amd64'

/** `dev-release verify` of a ref, with the registry's login in the environment. */
function verify(
  f: ReleaseFixture,
  ref: string,
  platforms = ONE,
  extra: string[] = []
): Promise<{ code: number; out: string }> {
  const args = ['verify', '--ref', ref, '--image', f.image, '--platforms', platforms, '--pypi-url', f.index.uploadUrl]
  args.push(...extra)
  return runCli(args, f.repo.dir, {
    DEV_RELEASE_REGISTRY_USERNAME: f.registry.username,
    DEV_RELEASE_REGISTRY_PASSWORD: f.registry.password
  })
}

/** The tag is a manifest list of exactly one entry, `ONE`, at the digest the run reported, holding the run's dists. */
async function expectListOfOne(f: ReleaseFixture, tag: string, run: ActionRun): Promise<void> {
  const list = await f.client.manifestList(f.repository, tag)
  expect(list?.digest).toBe(run.outputs.digest)
  expect(list?.manifests.map(m => m.platform)).toEqual([ONE])
  const files = (await f.client.files(f.repository, tag, ONE)).map(p => p.replace(/^\.?\//, ''))
  expect(files.filter(p => /\.(whl|tar\.gz)$/.test(p)).sort()).toEqual(
    run.outputs.dists
      .split('\n')
      .map(d => `pkg/${d}`)
      .sort()
  )
}

const STORES: [string, Record<string, string>][] = [
  ['the containerd image store', {}],
  ...CLASSIC_ENGINES.map(([engine, env]): [string, Record<string, string>] => [
    `the classic image store of ${engine}`,
    env
  ])
]

describe.each(STORES)('one platform, on %s', (_store, env: Record<string, string>) => {
  const f = new ReleaseFixture()
  beforeAll(() => f.start())
  afterAll(() => f.stop())

  it('releases tag 1.2.3 as a manifest list of one under every tag; the read-back and dev-release verify hold', async () => {
    f.repo.checkout('1.2.3')
    const run = await f.release('refs/tags/1.2.3', { platforms: ONE }, env)
    expectSuccess(run)
    expect(run.stdout).toMatch(/^All \d+ checks hold\.$/m)
    for (const tag of ['1.2.3', 'latest']) await expectListOfOne(f, tag, run)
    const { code, out } = await verify(f, 'refs/tags/1.2.3')
    expect(out).toContain(`ok   ${f.image}:1.2.3 → ${run.outputs.digest}: ${ONE}`)
    expect(out).toContain(`ok   ${f.image}:latest → ${run.outputs.digest}: ${ONE}`)
    expect(out).not.toMatch(/^FAIL/m)
    expect(code).toBe(0)
  })

  it('rebuilds a one-platform release into a list of one and compares it (verify --rebuild)', async () => {
    // The interpreter the release built with (Debian's build and twine), and no build isolation (no index here).
    const rebuild = ['--rebuild', '--python', f.shims.python, '--python-build-args', '--no-isolation']
    const { code, out } = await verify(f, 'refs/tags/1.2.3', ONE, rebuild)
    for (const file of [...f.index.files.values()].filter(file => file.version === '1.2.3'))
      expect(out).toContain(`ok   rebuilt ${file.filename}: the index's bytes (sha256:${file.sha256})`)
    // The one platform image and the list are compared. Whether Docker's own builder gives the same layer without its
    // cache depends on what it synced before (docs/verify.md), so the comparison is asserted, not its outcome, as
    // verify.e2e does; reproducible.e2e asserts the digests on one builder.
    const image = f.image.replace(/\./g, '\\.')
    expect(out).toMatch(new RegExp(`^(ok {3}|FAIL )rebuilt ${image}:1\\.2\\.3 ${ONE}[: ]`, 'm'))
    expect(out).toMatch(new RegExp(`^(ok {3}|FAIL )rebuilt ${image}:1\\.2\\.3(:| is the list)`, 'm'))
    const failed = out.split('\n').filter(line => line.startsWith('FAIL '))
    expect(failed.filter(line => !line.startsWith(`FAIL rebuilt ${f.image}:1.2.3`))).toEqual([])
    expect(code).toBe(failed.length ? 1 : 0)
  })

  it('releases a branch as a manifest list of one; dev-release verify holds, and reads a single image by its config', async () => {
    f.repo.branch('feature/one', '1.2.3')
    f.repo.commits(2)
    const run = await f.release('refs/heads/feature/one', { platforms: ONE }, env)
    expectSuccess(run)
    expect(run.outputs.version).toBe('1.2.4.dev2')
    expect(run.stdout).toMatch(/^All \d+ checks hold\.$/m)
    await expectListOfOne(f, 'feature-one', run)
    expect((await verify(f, 'refs/heads/feature/one')).code).toBe(0)
    // An image pushed as the single image it is (another tool's push): its platform is its config's.
    const list = await f.client.manifestList(f.repository, 'feature-one')
    await f.client.retag(f.repository, list!.manifests[0].digest, 'feature-one')
    const single = await verify(f, 'refs/heads/feature/one')
    expect(single.out).toContain(
      `ok   ${f.image}:feature-one → ${list!.manifests[0].digest}: a single ${ONE} image (its config's platform), not a list`
    )
    expect(single.out).toMatch(new RegExp(`^ok {3}${f.image}:feature-one ${ONE}: labels version 1\\.2\\.4\\.dev2`, 'm'))
    expect(single.code).toBe(0)
    // Planned for two platforms, the single image fails, naming what it lacks.
    const two = await verify(f, 'refs/heads/feature/one', PLATFORMS.join(','))
    expect(two.out).toMatch(new RegExp(`^FAIL ${f.image}:feature-one lacks linux/arm64`, 'm'))
    expect(two.code).toBe(1)
  })
})

/** A project with its Dockerfile at the repository root, as build-push-action's default has it. */
function dockerfileAtRoot(repo: TestRepo): void {
  renameSync(join(repo.dir, 'docker', 'Dockerfile'), join(repo.dir, 'Dockerfile'))
  rmSync(join(repo.dir, 'docker'), { recursive: true, force: true })
  repo.git('add', '-A')
  repo.git('commit', '-q', '-m', 'Dockerfile at the root')
}

describe('a Dockerfile at the repository root', () => {
  const f = new ReleaseFixture()
  beforeAll(() => f.start())
  afterAll(() => f.stop())

  it('is found where docker/ has none, said in the plan, and a two-platform release stages into pkg/', async () => {
    f.repo.branch('feature/root', '1.2.3')
    dockerfileAtRoot(f.repo)
    const run = await f.release('refs/heads/feature/root')
    expectSuccess(run)
    expect(run.stdout).toMatch(
      /^Dockerfile +Dockerfile \(context \.; found in the repository root \(there is no docker\/Dockerfile\)\)$/m
    )
    expect(run.stdout).toMatch(/^Staged .* into pkg\.$/m)
    // The work tree as the run found it: a pkg/ left at the root would be a package to a flat layout's next build.
    expect(existsSync(join(f.repo.dir, 'pkg'))).toBe(false)
    const list = await f.client.manifestList(f.repository, 'feature-root')
    expect(list?.manifests.map(m => m.platform).sort()).toEqual(PLATFORMS)
    for (const platform of PLATFORMS) {
      const files = (await f.client.files(f.repository, 'feature-root', platform)).map(p => p.replace(/^\.?\//, ''))
      expect(files.filter(p => p.endsWith('.whl'))).toEqual([
        `pkg/${run.outputs.dists.split('\n').find(d => d.endsWith('.whl'))}`
      ])
    }
  })

  it('an image asked for with no Dockerfile in either place fails before anything is built, naming both', async () => {
    f.repo.branch('feature/no-dockerfile', 'feature/root')
    f.repo.git('rm', '-q', 'Dockerfile')
    f.repo.git('commit', '-q', '-m', 'no Dockerfile')
    const uploads = f.uploadRequests()
    const commands = f.shims.commands().length
    const run = await f.release('refs/heads/feature/no-dockerfile')
    expect(run.code).toBe(1)
    expect(annotations(run, 'error')).toEqual([
      `An image is asked for (${f.image}), but there is no Dockerfile at docker/Dockerfile and Dockerfile; add one, or give its path with the inputs file and context (or images), or set publish-docker: false to release the package alone.`
    ])
    expect(await f.client.manifestList(f.repository, 'feature-no-dockerfile')).toBeUndefined()
    expect(f.uploadRequests()).toBe(uploads)
    // Only the interpreter was asked whether it runs (preflight): no build, no docker.
    expect(f.shims.commands().slice(commands)).toEqual([expect.stringMatching(/^python3 -c import importlib/)])
    // Without image (or publish-docker: true), the same repository releases its package alone, with a notice.
    const alone = await f.release('refs/heads/feature/no-dockerfile', { image: '', 'publish-pypi': 'false' })
    expectSuccess(alone)
    expect(annotations(alone, 'notice').join('\n')).toContain(
      'No Dockerfile at docker/Dockerfile and Dockerfile: releasing the Python package only'
    )
  })
})

/** A flat-layout project (its package beside pyproject.toml) named `name`, its Dockerfile at the root. */
function flatProject(repo: TestRepo, name: string, pyproject = ''): void {
  rmSync(join(repo.dir, 'src'), { recursive: true, force: true })
  mkdirSync(join(repo.dir, name), { recursive: true })
  // What keyring's own package does on import: it needs its dependencies, which the release's Python lacks.
  writeFileSync(join(repo.dir, name, '__init__.py'), `"""${name}: a project named like a module the tools import."""\n`)
  writeFileSync(
    join(repo.dir, 'pyproject.toml'),
    `[build-system]\nrequires = ["setuptools>=61", "setuptools_scm>=7"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "${name}"\ndynamic = ["version"]\n\n[tool.setuptools_scm]\nlocal_scheme = "no-local-version"\n${pyproject}`
  )
  repo.git('add', '-A')
  repo.git('commit', '-q', '-m', `the ${name} project`)
}

describe('flat-layout projects', () => {
  const f = new ReleaseFixture()
  beforeAll(() => f.start())
  afterAll(() => f.stop())

  // The checkout is never on the tools' sys.path: `python -m build` imports packaging, twine imports both.
  it.each(['packaging', 'keyring'])(
    'a project named %s releases: build and twine use their own modules',
    async name => {
      f.repo.branch(`feature/${name}`, '1.2.3')
      dockerfileAtRoot(f.repo)
      flatProject(f.repo, name)
      const run = await f.release(`refs/heads/feature/${name}`, { platforms: ONE })
      expectSuccess(run)
      expect(run.outputs.dists.split('\n').sort()).toEqual([
        `${name}-1.2.4.dev2-py3-none-any.whl`,
        `${name}-1.2.4.dev2.tar.gz`
      ])
      expect(await pipDownload(f.index, '--pre', `${name}==1.2.4.dev2`)).toBe(`${name}-1.2.4.dev2-py3-none-any.whl`)
    }
  )

  it('a build that takes docker/ for a package fails, naming the staging folder and the fix', async () => {
    f.repo.branch('feature/flat-docker', '1.2.3')
    flatProject(f.repo, 'widget')
    const uploads = f.uploadRequests()
    const run = await f.release('refs/heads/feature/flat-docker', { platforms: ONE })
    expect(run.code).toBe(1)
    const error = annotations(run, 'error').join('\n')
    expect(error).toContain(
      `setuptools' automatic discovery takes docker/, which holds the Docker context the package is staged into, for a package of the project (it found docker, widget). Name the project's own packages in pyproject.toml: [tool.setuptools.packages.find] include = ["widget*"] (or exclude = ["docker*"]), or move the project into a src/ layout.`
    )
    // The cause itself, quoted from above the build's last lines.
    expect(error).toMatch(
      /Its errors:\n(.*\n)*.*error: Multiple top-level packages discovered in a flat-layout: \['docker', 'widget'\]/
    )
    expect(run.summary.startsWith('## dev-release failed: development release 1.2.4.dev1\n\n> [!CAUTION]\n> ')).toBe(
      true
    )
    expect(f.uploadRequests()).toBe(uploads)
    // The fix it names works.
    flatProject(f.repo, 'widget', '\n[tool.setuptools.packages.find]\ninclude = ["widget*"]\n')
    expectSuccess(await f.release('refs/heads/feature/flat-docker', { platforms: ONE }))
  })
})
