// The command line (dist/cli/index.js): the action's code path, the event read from git.
import { load } from 'js-yaml'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync, spawnSync } from 'node:child_process'
import { bundleEnv, CLI, NODE24, runCli } from './support/action.js'
import { ReleaseFixture } from './support/release-fixture.js'

const f = new ReleaseFixture()

beforeAll(async () => {
  await f.start()
  f.repo.branch('feature/cli')
  f.repo.commits(2)
})
afterAll(() => f.stop())

/** Run the CLI in the repository, with no runner variables around (asynchronous: the index runs here). */
function cli(
  args: string[],
  env: Record<string, string> = {},
  cwd = f.repo.dir
): Promise<{ code: number; out: string }> {
  return runCli(args, cwd, env)
}

describe('dev-release on the command line', () => {
  it('plans the current branch from git', async () => {
    const { code, out } = await cli(['plan'])
    expect(code).toBe(0)
    expect(out).toMatch(/Version\s+1\.2\.4\.dev2/)
    expect(out).toMatch(/Ref\s+refs\/heads\/feature\/cli/)
    expect(out).toMatch(/^Docker tags +ghcr\.io\/acme\/widget:feature-cli$/m) // owner/repo from the origin's URL
    // Printed once, with no workflow command: a terminal is no runner.
    expect(out.match(/^Docker tags/gm)).toHaveLength(1)
    expect(out).not.toMatch(/::(error|warning|notice|group|endgroup)::|%0A/)
  })

  it('plans a release at a tag checked out detached', async () => {
    f.repo.checkout('1.2.3')
    const { code, out } = await cli(['plan', '--image', 'ghcr.io/acme/widget'])
    f.repo.checkout('feature/cli')
    expect(code).toBe(0)
    expect(out).toMatch(/Release type\s+Release \(release\)/)
    expect(out).toContain('ghcr.io/acme/widget:1.2.3, ghcr.io/acme/widget:latest')
  })

  it('refuses to release a work tree with uncommitted changes, and says so in a plan', async () => {
    const pyproject = `${f.repo.dir}/pyproject.toml`
    const original = readFileSync(pyproject, 'utf8')
    writeFileSync(pyproject, `${original}\n# an edit not committed\n`)
    try {
      const release = await cli(['release', '--dry-run'])
      expect(release.code).toBe(1)
      expect(release.out).toMatch(/uncommitted changes \(pyproject\.toml\): a release publishes a commit/)
      const plan = await cli(['plan'])
      expect(plan.code).toBe(0)
      expect(plan.out).toMatch(/Note: the work tree has uncommitted changes/)
    } finally {
      writeFileSync(pyproject, original)
    }
  })

  it('cleans up after a deleted branch from the command line: dry run first, then for real', async () => {
    const env = { DEV_RELEASE_REGISTRY_PASSWORD: f.registry.password }
    const options = ['--ref', 'feature/cli-gone', '--image', f.image, '--registry-username', f.registry.username]
    f.repo.branch('feature/cli-gone')
    f.repo.commit()
    const published = await cli(
      [
        'release',
        '--image',
        f.image,
        '--registry-username',
        f.registry.username,
        '--platforms',
        'linux/amd64,linux/arm64',
        '--publish-pypi',
        'false',
        '--python',
        '/usr/bin/python3',
        '--python-build-args=--no-isolation'
      ],
      env
    )
    expect(published.code).toBe(0)
    f.repo.checkout('feature/cli')
    const planned = await cli(['cleanup', ...options, '--dry-run'], env)
    expect(planned.code).toBe(0)
    expect(planned.out).toMatch(/Remove .*:feature-cli-gone where no other tag points at the same image/)
    expect((await f.client.manifestList(f.repository, 'feature-cli-gone'))?.digest).toMatch(/^sha256:/)
    const done = await cli(['cleanup', ...options], env)
    expect(done.code).toBe(0)
    expect(done.out).toMatch(/feature-cli-gone \| removed/)
    expect(await f.client.manifestList(f.repository, 'feature-cli-gone')).toBeUndefined()
    expect((await cli(['cleanup'])).out).toMatch(/cleanup needs the branch: --ref feature\/x/)
  })

  it('takes options as people type them, in a clone whose origin is no GitHub repository', async () => {
    // A clone of a mirror: origin is a local path, whose last two parts are no owner/name.
    const root = mkdtempSync(join(tmpdir(), 'cli-mirror-'))
    try {
      const mirror = join(root, 'pytest-dev+pluggy', 'repo')
      const work = join(root, 'work')
      execFileSync('git', ['clone', '-q', '--mirror', f.repo.dir, mirror])
      execFileSync('git', ['clone', '-q', '--branch', 'feature/cli', mirror, work])
      // A value that starts with --, and a flag before another option.
      const plan = await cli(
        [
          'plan',
          '--python-build-args',
          '--no-isolation',
          '--publish-docker',
          'false',
          '--dry-run',
          '--python',
          'python3'
        ],
        {},
        work
      )
      expect(plan.out).not.toMatch(/Unknown option|Unexpected argument|Input "image"/)
      expect(plan.code).toBe(0)
      expect(plan.out).toMatch(/Version\s+1\.2\.4\.dev2/)
      // No image is built: no Docker rows.
      expect(plan.out).not.toMatch(/Docker tags|Platforms|\| Image /)
      const withEquals = await cli(['plan', '--python-build-args=--no-isolation', '--publish-docker=false'], {}, work)
      expect(withEquals.code).toBe(0)
      // An image is built, but there is no owner/name to name it after: the error names --image.
      const unnamed = await cli(['plan'], {}, work)
      expect(unnamed.code).toBe(2)
      expect(unnamed.out).toMatch(
        /the image name is not given, and origin \(.*pytest-dev\+pluggy\/repo\) is no GitHub repository's URL.*give --image/
      )
      const named = await cli(['plan', '--image', 'ghcr.io/pytest-dev/pluggy'], {}, work)
      expect(named.code).toBe(0)
      expect(named.out).toContain('ghcr.io/pytest-dev/pluggy:feature-cli')
      // Without a Dockerfile, a first plan needs no --image: the package alone.
      execFileSync('git', ['-C', work, 'rm', '-q', '-r', 'docker'])
      execFileSync('git', [
        '-C',
        work,
        '-c',
        'user.name=T',
        '-c',
        'user.email=t@example.com',
        'commit',
        '-q',
        '-m',
        'no Docker'
      ])
      const alone = await cli(['plan', '--python-build-args=--no-isolation'], {}, work)
      expect(alone.out).toContain(
        'Note: no Dockerfile at docker/Dockerfile or Dockerfile, and no --image: the Python package alone is planned.'
      )
      expect(alone.out).not.toMatch(/Docker tags|The image name is not given/)
      expect(alone.code).toBe(0)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('refuses a ref the repository lacks, naming it, in plan, release and verify: never HEAD', async () => {
    const uploads = f.uploadRequests()
    for (const command of ['plan', 'release', 'verify']) {
      const tag = await cli([command, '--ref', 'refs/tags/9.9.9', '--image', f.image])
      expect(tag.out).toMatch(
        /^error: --ref refs\/tags\/9\.9\.9: the repository has no tag "9\.9\.9" .*Give --sha <commit>/m
      )
      expect(tag.out).not.toMatch(/Version/)
      expect(tag.code).toBe(2)
    }
    const branch = await cli(['plan', '--ref', 'refs/heads/nope'])
    expect(branch.code).toBe(2)
    expect(branch.out).toMatch(
      /^error: --ref refs\/heads\/nope: the repository has no branch "nope", here or on origin/m
    )
    const short = await cli(['plan', '--ref', 'nope'])
    expect(short.code).toBe(2)
    expect(short.out).toMatch(/^error: --ref nope: the repository has no tag or branch of that name/m)
    const other = await cli(['plan', '--ref', 'refs/pull/1/merge'])
    expect(other.code).toBe(2)
    expect(other.out).toMatch(/is neither a branch nor a tag/)
    expect(f.uploadRequests()).toBe(uploads)
    // --sha says which commit: then the tag need not exist (a plan of what tagging it would release).
    const sha = f.repo.head()
    const planned = await cli(['plan', '--ref', 'refs/tags/9.9.9', '--sha', sha, '--image', f.image])
    expect(planned.code).toBe(0)
    expect(planned.out).toMatch(/^Version +9\.9\.9$/m)
    expect(planned.out).toMatch(new RegExp(`^Commit +${sha}$`, 'm'))
  })

  it('resolves a short name as git does: a tag, a branch, and one that names both is an error', async () => {
    const tag = await cli(['plan', '--ref', '1.2.3', '--image', f.image])
    expect(tag.code).toBe(0)
    expect(tag.out).toMatch(/^Ref +refs\/tags\/1\.2\.3$/m)
    expect(tag.out).toMatch(new RegExp(`^Commit +${f.repo.git('rev-parse', '1.2.3^{commit}')}$`, 'm'))
    expect(tag.out).toMatch(/^Release type +Release \(release\)$/m)
    const branch = await cli(['plan', '--ref', 'feature/cli', '--image', f.image])
    expect(branch.out).toMatch(/^Ref +refs\/heads\/feature\/cli$/m)
    f.repo.git('branch', '1.2.3', 'feature/cli')
    try {
      const both = await cli(['plan', '--ref', '1.2.3', '--image', f.image])
      expect(both.code).toBe(2)
      expect(both.out).toContain(
        '--ref 1.2.3 names both the tag refs/tags/1.2.3 and the branch refs/heads/1.2.3; give the full ref.'
      )
      const full = await cli(['plan', '--ref', 'refs/heads/1.2.3', '--image', f.image])
      expect(full.out).toMatch(/^Release type +Development release \(dev\)$/m)
    } finally {
      f.repo.git('branch', '-D', '1.2.3')
    }
    // A cleanup takes a branch that is gone, never a tag.
    for (const ref of ['refs/tags/1.2.3', '1.2.3']) {
      const cleanup = await cli(['cleanup', '--ref', ref, '--image', f.image])
      expect(cleanup.code).toBe(2)
      expect(cleanup.out).toMatch(/cleanup removes the image tags of a deleted branch \(release tags stay\)/)
    }
  })

  it('ends a failed run with its reason, after the plan', async () => {
    f.repo.branch('feature/fixed', 'feature/cli')
    const pyproject = join(f.repo.dir, 'pyproject.toml')
    writeFileSync(pyproject, readFileSync(pyproject, 'utf8').replace('dynamic = ["version"]', 'version = "1.0.0"'))
    f.repo.git('commit', '-q', '-am', 'a fixed version')
    try {
      const { code, out } = await cli(['plan', '--image', f.image])
      expect(code).toBe(1)
      const lines = out.trim().split('\n')
      expect(lines[lines.length - 1]).toMatch(
        /^dev-release plan failed: pyproject\.toml \[project\] version fixes the version at 1\.0\.0, so the build would carry 1\.0\.0, not 1\.2\.4\.dev3\./
      )
    } finally {
      f.repo.checkout('feature/cli')
    }
  })

  it('gives the same errors as the action', async () => {
    const { code, out } = await cli(['plan', '--platforms', 'linux/banana', '--latest=always'])
    expect(code).toBe(1)
    expect(out).toMatch(/^error: 2 inputs are wrong:\n- Input "platforms" .*"linux\/banana"/m)
    expect(out).not.toMatch(/::error::|%0A/)
  })

  it('takes secrets only from the environment', async () => {
    const { code, out } = await cli(['release', '--pypi-token', 'pypi-abc'])
    expect(code).toBe(2)
    expect(out).toMatch(/--pypi-token is a secret: set DEV_RELEASE_PYPI_TOKEN/)
  })

  it('lists every input with its default, by group, in each command’s --help', async () => {
    const { code, out: wrapped } = await cli(['plan', '--help'])
    expect(code).toBe(0)
    const out = wrapped.replace(/\s+/g, ' ')
    const inputs = (
      load(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
        inputs: Record<string, { default?: string }>
      }
    ).inputs
    for (const [name, spec] of Object.entries(inputs)) {
      // Inputs that hold secrets come from the environment only.
      if (['registry-password', 'pypi-token', 'dev-pypi-token', 'registry-logins', 'github-token'].includes(name))
        continue
      expect(out).toContain(` --${name} `)
      if (spec.default) expect(out).toContain(`[${spec.default}]`)
    }
    expect(wrapped).toMatch(/^Image: names, tags and build:$/m)
    expect(wrapped).not.toMatch(/^Other:$/m) // every input has its group
    const { out: top } = await cli(['--help'])
    expect(top).toMatch(/Exit codes: 0 done \(or nothing to do\), 1 failed, 2 bad usage\./)
    const out2 = top
    for (const variable of [
      'DEV_RELEASE_REGISTRY_PASSWORD',
      'DEV_RELEASE_PYPI_TOKEN',
      'DEV_RELEASE_DEV_PYPI_TOKEN',
      'DEV_RELEASE_REGISTRY_LOGINS'
    ]) {
      expect(out2).toContain(variable)
    }
    expect(out).not.toContain('--dev-pypi-token')
  })

  it('has the usual manners: -h, --version, did you mean, exit 2 for bad usage', async () => {
    expect((await cli(['plan', '-h'])).out).toMatch(/^Usage: dev-release plan \[options\]/)
    const version = await cli(['--version'])
    expect(version).toEqual({
      code: 0,
      out: `${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`
    })
    for (const [args, said] of [
      [['plan', '--platform', 'linux/amd64'], "error: unknown option '--platform'\n(Did you mean --platforms?)"],
      [['plan', '--dryrun'], "error: unknown option '--dryrun'\n(Did you mean --dry-run?)"],
      [['relase'], "error: unknown command 'relase'\n(Did you mean release?)"]
    ] as const) {
      const { code, out } = await cli([...args])
      expect({ code, out: out.trim() }).toEqual({ code: 2, out: said })
    }
    expect((await cli([])).code).toBe(2)
  })

  it('writes the plan as one JSON document for scripts, the log on standard error', async () => {
    const run = spawnSync(NODE24, [CLI, 'plan', '--json', '--platforms', 'linux/amd64'], {
      cwd: f.repo.dir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...bundleEnv() },
      encoding: 'utf8'
    })
    expect(run.status).toBe(0)
    const doc = JSON.parse(run.stdout) as {
      command: string
      ok: boolean
      plan: { type: string; version: string; imageRefs: string[]; steps: { id: string }[] }
      outputs: Record<string, string>
    }
    expect(doc).toMatchObject({ command: 'plan', ok: true, outputs: { version: '1.2.4.dev2' } })
    expect(doc.plan).toMatchObject({
      type: 'dev',
      version: '1.2.4.dev2',
      imageRefs: ['ghcr.io/acme/widget:feature-cli']
    })
    expect(doc.plan.steps.map(s => s.id)).toEqual(['python-build', 'stage', 'docker', 'index-upload'])
    expect(run.stderr).toMatch(/^Release plan \(dry run: nothing is published\)$/m)
  })

  it('runs from a subdirectory at the root, for the project there, and says where it is not in git', async () => {
    const below = await cli(['plan'], {}, join(f.repo.dir, 'src'))
    expect(below.code).toBe(0)
    expect(below.out).toContain(`Note: running at the project's root, ${f.repo.dir}.`)
    expect(below.out).toMatch(/Version\s+1\.2\.4\.dev2/)
    const outside = await cli(['plan'], {}, mkdtempSync(join(tmpdir(), 'dev-release-nogit-')))
    expect(outside.code).toBe(2)
    expect(outside.out).toMatch(
      /^error: .* is not inside a git repository: run dev-release in a clone of the project\.$/m
    )
  })

  it('releases for real, with the same outputs as the action', async () => {
    const { code, out } = await cli(
      [
        'release',
        `--image=${f.image}`,
        `--registry-username=${f.registry.username}`,
        '--platforms=linux/amd64,linux/arm64',
        '--python=/usr/bin/python3',
        '--python-build-args=--no-isolation',
        `--pypi-url=${f.index.uploadUrl}`
      ],
      { DEV_RELEASE_REGISTRY_PASSWORD: f.registry.password, DEV_RELEASE_PYPI_TOKEN: f.token }
    )
    expect(code).toBe(0)
    expect(out).toContain('## dev-release: development release 1.2.4.dev2')
    expect(f.index.versions('dev-release-example')).toEqual(['1.2.4.dev2'])
    const list = await f.client.manifestList(f.repository, 'feature-cli')
    expect(list?.manifests.map(m => m.platform).sort()).toEqual(['linux/amd64', 'linux/arm64'])
    // The action's outputs, printed at the end.
    expect(out).toMatch(/^ {2}release-type: dev$/m)
    expect(out).toMatch(/^ {2}version: 1\.2\.4\.dev2$/m)
    expect(out).toContain(`  digest: ${list?.digest}\n`)
    expect(out).toContain(`  docker-tags: ${f.image}:feature-cli\n`)
    expect(out).not.toContain(f.registry.password)
    expect(out).not.toContain(f.token)
    expect(out).not.toContain('::add-mask::')
  })
})
