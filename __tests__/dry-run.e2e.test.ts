// The bundled action, run as a runner runs it, in dry-run mode.
import { unescapeData } from '../src/outside/runner.js'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { createServer, type AddressInfo } from 'node:net'
import { annotations, runAction, type ActionOptions, type ActionRun } from './support/action.js'
import { TestIndex } from './support/index-server.js'
import { TestRepo } from './support/repo.js'
import { CLASSIC } from './support/engines.js'

let repo: TestRepo
const sha: Record<string, string> = {}

beforeAll(() => {
  // 0.9.4 - 1.0.0 - c - 1.1.0 - 1.2.0rc1 - nightly, build2023   (main)
  //   \                                 \- d - d     (develop) - f (feature/implement-doodad)
  //    \- 0.9.5                                      (maint-0.9, tagged after 1.1.0)
  repo = TestRepo.create()
  writeFileSync(join(repo.dir, 'pyproject.toml'), '[project]\nname = "widget"\ndynamic = ["version"]\n')
  mkdirSync(join(repo.dir, 'docker'))
  writeFileSync(join(repo.dir, 'docker', 'Dockerfile'), 'FROM scratch\nCOPY pkg/ /pkg/\n')
  repo.git('add', '.')
  sha.root = repo.commit()
  repo.tag('0.9.4')
  repo.commit()
  repo.tag('1.0.0')
  repo.commit()
  sha['1.1.0'] = repo.commit()
  repo.tag('1.1.0', true)
  sha['1.2.0rc1'] = repo.commit()
  repo.tag('1.2.0rc1')
  sha.nightly = repo.commit()
  repo.tag('nightly')
  repo.tag('build2023')
  repo.branch('develop')
  sha.develop = repo.commits(2)
  repo.branch('feature/implement-doodad')
  sha.feature = repo.commit()
  repo.branch('maint-0.9', sha.root)
  sha['0.9.5'] = repo.commit()
  repo.tag('0.9.5')
  repo.checkout('main')
})
afterAll(() => repo.remove())

function dryRun(ref: string, commit: string, extra: Partial<ActionOptions> = {}) {
  return runAction({
    workspace: repo.dir,
    ref,
    sha: commit,
    ...extra,
    inputs: { 'dry-run': 'true', ...extra.inputs }
  })
}

describe('dry run of the bundled action', () => {
  it('plans a release with no inputs at all, as a job with the workflow’s token and id-token: write has it', async () => {
    const token = 'ghs_workflow_token_5e6f'
    const run = await runAction({
      workspace: repo.dir,
      ref: 'refs/heads/feature/implement-doodad',
      sha: sha.feature,
      // The runner passes github-token's default (the workflow's token) as an input, and GITHUB_ACTOR; nothing else.
      inputs: { 'github-token': token, 'dry-run': 'true' },
      env: {
        GITHUB_ACTOR: 'octocat',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/_runner/idtoken?api-version=2.0',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-request-token'
      }
    })
    expect(run.code).toBe(0)
    expect(run.outputs['docker-tags']).toBe('ghcr.io/acme/widget:feature-implement-doodad')
    expect(annotations(run, 'notice')).toEqual(
      expect.arrayContaining([
        "No image given: ghcr.io/acme/widget, the repository's own package on ghcr.io.",
        "ghcr.io: logging in as octocat with the workflow's token (github-token), which goes to ghcr.io alone; the job needs permissions: packages: write."
      ])
    )
    // PyPI by trusted publishing: no warning that it cannot run, and the step names the index.
    expect(annotations(run, 'warning').join('\n')).not.toMatch(/trusted publishing/)
    expect(run.stdout).toMatch(/Upload to https:\/\/upload\.pypi\.org\/legacy\/, each file with a PEP 740 attestation/)
    expect(run.stdout).toContain(`::add-mask::${token}`)
    expect(run.stdout.replace(`::add-mask::${token}`, '')).not.toContain(token)
    expect(run.summary).not.toContain(token)
  })

  it("computes the project's configured version_scheme, and refuses a custom one before anything runs", async () => {
    const pyproject = join(repo.dir, 'pyproject.toml')
    const original = readFileSync(pyproject, 'utf8')
    try {
      writeFileSync(pyproject, `${original}\n[tool.setuptools_scm]\nversion_scheme = "release-branch-semver"\n`)
      const semver = await dryRun('refs/heads/feature/implement-doodad', sha.feature)
      expect(semver.outputs.version).toBe('1.3.0.dev4')
      expect(semver.summary).toContain('setuptools_scm, version_scheme release-branch-semver, tag 1.2.0rc1, 4 commits')
      writeFileSync(pyproject, `${original}\n[tool.setuptools_scm]\nversion_scheme = "mypkg.scm:scheme"\n`)
      const custom = await dryRun('refs/heads/feature/implement-doodad', sha.feature)
      expect(custom.code).toBe(1)
      expect(annotations(custom, 'error')).toEqual([
        expect.stringMatching(
          /\[tool.setuptools_scm\] version_scheme = "mypkg.scm:scheme": only setuptools_scm's built-in schemes/
        )
      ])
      expect(custom.outputs.version).toBeUndefined()
    } finally {
      writeFileSync(pyproject, original)
    }
  })

  it('plans a dev release for a feature branch push, and shows the plan', async () => {
    const run = await dryRun('refs/heads/feature/implement-doodad', sha.feature)
    expect(run.code).toBe(0)
    expect(run.outputs).toEqual({
      'release-type': 'dev',
      reason: 'Push to branch "feature/implement-doodad": a development release, 4 commits after tag "1.2.0rc1".',
      version: '1.2.0rc2.dev4',
      'docker-tags': 'ghcr.io/acme/widget:feature-implement-doodad',
      digest: '',
      dists: '',
      platform: '',
      'dists-dir': ''
    })
    expect(run.stdout).toContain('::group::Release plan (dry run: nothing is published)')
    expect(run.stdout).toMatch(/Version\s+1\.2\.0rc2\.dev4/)
    expect(run.stdout).toMatch(
      /Version from\s+setuptools_scm, version_scheme guess-next-dev, tag 1\.2\.0rc1, 4 commits/
    )
    expect(run.summary).toContain('| **Version** | <code>1.2.0rc2.dev4</code> |')
    expect(run.summary).toContain(
      '| **Version from** | setuptools_scm, version_scheme guess-next-dev, tag 1.2.0rc1, 4 commits |'
    )
    expect(run.summary).toContain('| **Docker tags** | <code>ghcr.io/acme/widget:feature-implement-doodad</code> |')
    expect(run.summary).toMatch(/1\. Build sdist and wheel/)
    expect(existsSync(join(repo.dir, 'docker', 'pkg'))).toBe(false)
    // Under debug logging the runner shows the event and the plan as the action read and made them.
    const debug = (what: string) => {
      const line = run.stdout.split('\n').find(l => l.startsWith(`::debug::${what}: `))
      return JSON.parse(unescapeData(line!.slice(`::debug::${what}: `.length)))
    }
    expect(debug('Event')).toMatchObject({ name: 'push', ref: 'refs/heads/feature/implement-doodad' })
    expect(debug('Plan')).toMatchObject({ type: 'dev', version: '1.2.0rc2.dev4', owners: [expect.anything()] })
  })

  it("shows how the image would be pushed, from what this machine's engine says, starting nothing", async () => {
    const run = await dryRun('refs/heads/feature/implement-doodad', sha.feature)
    expect(run.stdout).toMatch(
      /^Image push\s+3 platforms in one build on the docker driver \(containerd image store\), every tag pushed$/m
    )
    // The runner's own Docker (the classic image store): the builder the action would start, and the fallback.
    const classic = await dryRun('refs/heads/feature/implement-doodad', sha.feature, {
      env: { DOCKER_HOST: CLASSIC }
    })
    expect(classic.summary).toMatch(
      /\| \*\*Image push\*\* \| 3 platforms in one build on the action's own docker-container builder, every tag pushed, once the action has started that builder; if it cannot: 3 platforms built one by one under staging tags/
    )
  })

  it('passes over the nearer tag build2023, which is no version, with a warning', async () => {
    const run = await dryRun('refs/heads/develop', sha.develop)
    expect(run.outputs.version).toBe('1.2.0rc2.dev3')
    expect(annotations(run, 'warning').join('\n')).toMatch(/"build2023"/)
    expect(run.summary).toContain('[!WARNING]')
    expect(run.outputs['docker-tags']).toBe('ghcr.io/acme/widget:develop')
  })

  it.each(['master', 'main'])('releases nothing from %s', async branch => {
    const run = await dryRun(`refs/heads/${branch}`, sha.nightly)
    expect(run.code).toBe(0)
    expect(run.outputs['release-type']).toBe('skip')
    expect(run.outputs.reason).toMatch(/already released from the branch they came from/)
    expect(run.outputs.version).toBe('')
    expect(run.outputs['docker-tags']).toBe('')
    expect(run.summary).toContain('nothing to release')
  })

  it('releases a tag, and moves latest to the highest final release', async () => {
    const run = await dryRun('refs/tags/1.1.0', sha['1.1.0'])
    expect(run.outputs['release-type']).toBe('release')
    expect(run.outputs.version).toBe('1.1.0')
    expect(run.outputs['docker-tags']).toBe('ghcr.io/acme/widget:1.1.0\nghcr.io/acme/widget:latest')
    expect(run.summary).toMatch(/\*\*latest\*\* \| moved/)
  })

  it('does not move latest for an older backport or a pre-release', async () => {
    const backport = await dryRun('refs/tags/0.9.5', sha['0.9.5'])
    expect(backport.outputs['release-type']).toBe('release')
    expect(backport.outputs['docker-tags']).toBe('ghcr.io/acme/widget:0.9.5')
    const pre = await dryRun('refs/tags/1.2.0rc1', sha['1.2.0rc1'])
    expect(pre.outputs.version).toBe('1.2.0rc1')
    expect(pre.outputs['docker-tags']).toBe('ghcr.io/acme/widget:1.2.0rc1')
  })

  it('skips a tag that is no version, naming it', async () => {
    const run = await dryRun('refs/tags/nightly', sha.nightly)
    expect(run.outputs['release-type']).toBe('skip')
    expect(run.outputs.reason).toContain('"nightly"')
  })

  it('plans a pull request as a build that publishes nothing, at its would-be version; or skips it', async () => {
    const run = await dryRun('refs/pull/7/merge', sha.feature, {
      event: 'pull_request',
      env: { GITHUB_HEAD_REF: 'feature/implement-doodad' }
    })
    expect(run.outputs['release-type']).toBe('verify')
    expect(run.outputs.version).toBe('1.2.0rc2.dev4')
    expect(run.outputs['docker-tags']).toBe('')
    expect(run.outputs.reason).toMatch(
      /^Pull request from "feature\/implement-doodad": built and checked at its would-be version, 4 commits after tag "1.2.0rc1", and published nowhere\.$/
    )
    expect(run.summary).toMatch(/4\. Upload to .* \(skipped: a pull request publishes nothing\)/)
    const skipped = await dryRun('refs/pull/7/merge', sha.feature, {
      event: 'pull_request',
      inputs: { 'pull-requests': 'skip' }
    })
    expect(skipped.outputs['release-type']).toBe('skip')
    expect(skipped.outputs.reason).toMatch(/Pull requests never publish \(pull-requests is skip\)/)
    const target = await dryRun('refs/heads/main', sha.feature, { event: 'pull_request_target' })
    expect(target.outputs.reason).toMatch(/pull_request_target runs with the repository's secrets/)
  })

  it.each<[string, Partial<ActionOptions>]>([
    ['pull_request_target, even with pull-requests: build', { event: 'pull_request_target' }],
    [
      "workflow_run started by a fork's pull request",
      {
        event: 'workflow_run',
        payload: {
          workflow_run: { event: 'pull_request', head_branch: 'main', head_repository: { full_name: 'mallory/widget' } }
        }
      }
    ]
  ])('never builds or publishes where untrusted code runs with secrets: %s', async (_, event) => {
    // Not a dry run, with every secret given and places to publish that do not exist: had anything been built or
    // published, the run would have failed.
    const run = await runAction({
      workspace: repo.dir,
      ref: 'refs/heads/main',
      sha: sha.feature,
      ...event,
      env: { GITHUB_HEAD_REF: 'feature/implement-doodad' },
      inputs: {
        'pull-requests': 'build',
        image: '127.0.0.1:9/acme/widget',
        'registry-username': 'ci',
        'registry-password': 'registry-secret',
        'pypi-url': 'http://127.0.0.1:9/legacy/',
        'pypi-token': 'pypi-secret'
      }
    })
    expect(run.code).toBe(0)
    expect(run.outputs['release-type']).toBe('skip')
    const why =
      event.event === 'pull_request_target'
        ? /pull_request_target runs with the repository's secrets, so it never builds or publishes a pull request's code/
        : /This workflow_run was started by a pull request from a fork \(mallory\/widget\), and runs with the repository's secrets: it never builds or publishes the pull request's code/
    expect(run.outputs.reason).toMatch(why)
    expect(run.summary).toMatch(why)
    // The secrets reach the runner only to be masked.
    const shown = run.stdout.replace(/^::add-mask::.*$/gm, '')
    expect(shown).not.toMatch(/Build the Python package|registry-secret|pypi-secret/)
  })

  it('never publishes from a fork', async () => {
    const run = await dryRun('refs/heads/feature/implement-doodad', sha.feature, {
      payload: { repository: { fork: true } }
    })
    expect(run.outputs['release-type']).toBe('skip')
  })

  it('runs the same rules for a manual run on a branch and on a tag', async () => {
    const branch = await dryRun('refs/heads/develop', sha.develop, { event: 'workflow_dispatch' })
    expect(branch.outputs['release-type']).toBe('dev')
    expect(branch.outputs.version).toBe('1.2.0rc2.dev3')
    const tag = await dryRun('refs/tags/1.1.0', sha['1.1.0'], { event: 'workflow_dispatch' })
    expect(tag.outputs['release-type']).toBe('release')
    expect(tag.outputs['docker-tags']).toContain('ghcr.io/acme/widget:latest')
  })

  it.each([
    ['latest', 'ghcr.io/acme/widget:branch-latest'],
    ['1.1.0', 'ghcr.io/acme/widget:branch-1.1.0'],
    ['v2.0', 'ghcr.io/acme/widget:branch-v2.0']
  ])('keeps trap branch %s off release tags', async (branch, tag) => {
    const run = await dryRun(`refs/heads/${branch}`, sha.feature)
    expect(run.outputs['release-type']).toBe('dev')
    expect(run.outputs['docker-tags']).toBe(tag)
  })

  it('treats a branch name with shell syntax as data', async () => {
    const marker = `/tmp/dev-release-pwned-${process.pid}`
    rmSync(marker, { force: true })
    for (const branch of [`x$(touch ${marker})`, `x\`touch ${marker}\``, `x;touch ${marker}`]) {
      const run = await dryRun(`refs/heads/${branch}`, sha.feature)
      expect(run.code).toBe(0)
      expect(run.outputs['docker-tags']).toMatch(/^ghcr\.io\/acme\/widget:[A-Za-z0-9_][A-Za-z0-9_.-]*$/)
      expect(run.summary).toContain(`<code>refs/heads/${branch}</code>`)
    }
    expect(existsSync(marker)).toBe(false)
  })

  it('uses the image input, lower-cased with a notice', async () => {
    const run = await dryRun('refs/tags/1.1.0', sha['1.1.0'], {
      inputs: { image: 'localhost:5000/Acme/Widget', latest: 'false' }
    })
    expect(run.outputs['docker-tags']).toBe('localhost:5000/acme/widget:1.1.0')
    expect(annotations(run, 'notice').join()).toMatch(/lower-case/)
  })

  it('fails before doing anything when inputs are wrong, naming all of them in one error', async () => {
    const run = await dryRun('refs/heads/develop', sha.develop, {
      inputs: { platforms: 'linux/banana', latest: 'sometimes', 'dry-run': 'true' }
    })
    expect(run.code).not.toBe(0)
    const errors = annotations(run, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/"platforms".*linux\/banana/)
    expect(errors[0]).toMatch(/"latest"/)
    expect(run.outputs).toEqual({})
  })
})

describe('every tag with its owner', () => {
  const TAGS = [
    'sha-{{sha7}} on release',
    '{{version}}-{{sha7}} on release',
    '{{major}}.{{minor}}',
    'stable on release',
    'nightly on dev',
    'edge on branch develop'
  ].join('\n')
  const tagsOf = (run: { outputs: Record<string, string> }) =>
    run.outputs['docker-tags'].split('\n').map(t => t.slice(t.lastIndexOf(':') + 1))

  it('fills {{sha7}} on a release, and pushes no tag that renders to nothing', async () => {
    const run = await dryRun('refs/tags/1.1.0', sha['1.1.0'], { inputs: { tags: TAGS, 'publish-docker': 'true' } })
    const short = sha['1.1.0'].slice(0, 7)
    expect(tagsOf(run)).toEqual(['1.1.0', 'latest', `sha-${short}`, `1.1.0-${short}`, '1.1', 'stable'])
    expect(run.summary).toMatch(
      new RegExp(
        `Tag owners\\*\\* \\| 1.1.0: release 1.1.0<br>latest: the highest final release<br>sha-${short}: traceable`
      )
    )
  })

  it('gives a branch named like a channel or an alias the prefix; the channel keeps its own tag', async () => {
    for (const name of ['nightly', 'stable', 'edge']) {
      repo.git('branch', '-f', name, sha.feature)
      const run = await dryRun(`refs/heads/${name}`, sha.feature, { inputs: { tags: TAGS, 'publish-docker': 'true' } })
      expect(tagsOf(run)[0]).toBe(`branch-${name}`)
      expect(run.summary).toContain(`branch-${name}: branch ${name}`)
      if (name === 'nightly') expect(run.summary).toContain('nightly: channel "nightly" on dev')
      repo.git('branch', '-D', name)
    }
  })

  it('refuses {{branch}} on a release before anything runs, naming the input', async () => {
    const run = await dryRun('refs/tags/1.1.0', sha['1.1.0'], { inputs: { tags: '{{branch}}-x on release' } })
    expect(run.code).not.toBe(0)
    expect(annotations(run, 'error').join()).toMatch(
      /Input "tags": "\{\{branch\}\}-x on release" uses \{\{branch\}\}, which a release does not have/
    )
  })
})

describe('what the plan says of the upload, from the index', () => {
  let index: TestIndex
  beforeAll(async () => (index = await new TestIndex('pypi-test').start()))
  afterAll(() => index.stop())
  beforeEach(() => index.files.clear())

  /** A file of widget on the index, uploaded `days` days ago. */
  function onIndex(filename: string, version: string, days = 0): void {
    const content = Buffer.from(filename)
    const sha256 = createHash('sha256').update(content).digest('hex')
    index.files.set(filename, {
      filename,
      name: 'widget',
      version,
      content,
      sha256,
      uploaded: Date.now() - days * 86_400_000
    })
  }
  const upload = (run: ActionRun) => run.summary.split('\n').find(line => /^4\. Upload to /.test(line))
  const inputs = () => ({ 'pypi-url': index.uploadUrl, 'pypi-token': 'pypi-test' })

  it('a release the index has: the upload is skipped, and the plan says why', async () => {
    onIndex('widget-1.1.0.tar.gz', '1.1.0', 400)
    onIndex('widget-1.1.0-py3-none-any.whl', '1.1.0', 400)
    const run = await dryRun('refs/tags/1.1.0', sha['1.1.0'], { inputs: inputs() })
    expect(run.code).toBe(0)
    const since = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10)
    expect(run.stdout).toMatch(
      new RegExp(
        `^Index +${index.simpleUrl}widget/ has 1\\.1\\.0 since ${since} \\(widget-1\\.1\\.0\\.tar\\.gz, widget-1\\.1\\.0-py3-none-any\\.whl\\)$`,
        'm'
      )
    )
    expect(upload(run)).toBe(
      `4. Upload to ${index.uploadUrl} (skipped: the index already has 1.1.0 (widget-1.1.0.tar.gz, widget-1.1.0-py3-none-any.whl): a file it holds is never uploaded again, and the image gets the index's own files)`
    )
    // Read, never written to: one GET of the project's page.
    expect(index.requests.filter(r => r.method !== 'GET')).toEqual([])
  })

  it("a closed release that lacks a file: PyPI's 14-day rule is named", async () => {
    onIndex('widget-1.1.0.tar.gz', '1.1.0', 15)
    const run = await dryRun('refs/tags/1.1.0', sha['1.1.0'], { inputs: inputs() })
    expect(run.summary).toMatch(
      /\| \*\*Index\*\* \| .*widget\/ has 1\.1\.0 since \d{4}-\d\d-\d\d \(widget-1\.1\.0\.tar\.gz\), and PyPI takes no new file into a release 14 days after its first: a wheel it lacks would be refused; publish it under a new version \(a post-release tag\) \|/
    )
    // Younger than 14 days, the wheel is simply added.
    index.files.clear()
    onIndex('widget-1.1.0.tar.gz', '1.1.0', 2)
    const young = await dryRun('refs/tags/1.1.0', sha['1.1.0'], { inputs: inputs() })
    expect(young.stdout).toMatch(/^Index +.*\(widget-1\.1\.0\.tar\.gz\): the upload adds a wheel$/m)
    expect(upload(young)).toBe(`4. Upload to ${index.uploadUrl}`)
  })

  it('a development version another build took, a new one, and an index that cannot be read', async () => {
    onIndex('widget-1.2.0rc2.dev4-py3-none-any.whl', '1.2.0rc2.dev4')
    const taken = await dryRun('refs/heads/feature/implement-doodad', sha.feature, { inputs: inputs() })
    expect(upload(taken)).toMatch(
      /\(skipped: the index already has 1\.2\.0rc2\.dev4 \(widget-1\.2\.0rc2\.dev4-py3-none-any\.whl\): unless they are this commit's own build/
    )
    const fresh = await dryRun('refs/heads/develop', sha.develop, { inputs: inputs() })
    expect(fresh.stdout).toMatch(/^Index +.*widget\/ has no file of 1\.2\.0rc2\.dev3: the upload adds them$/m)
    // A port where nothing listens any more.
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise(resolve => closed.close(resolve))
    const away = await dryRun('refs/heads/develop', sha.develop, {
      inputs: { ...inputs(), 'pypi-url': `http://127.0.0.1:${port}/legacy/` }
    })
    expect(away.code).toBe(0)
    expect(away.stdout).toMatch(
      new RegExp(
        `^Index +http://127\\.0\\.0\\.1:${port}/simple/widget/ cannot be read \\(fetch failed: ECONNREFUSED\\); the release reads it again before anything is published$`,
        'm'
      )
    )
  })

  it('trusted publishing without an OIDC token: a warning in a dry run, an error before anything in a release', async () => {
    const noToken = { 'pypi-url': index.uploadUrl }
    const dry = await dryRun('refs/heads/develop', sha.develop, { inputs: noToken })
    expect(annotations(dry, 'warning')).toContain(
      'The upload would use trusted publishing (no pypi-token is given), but this job cannot request an OIDC token: add permissions: id-token: write to the job (and a trusted publisher on the index), or pass pypi-token.'
    )
    const withOidc = await dryRun('refs/heads/develop', sha.develop, { inputs: noToken, env: index.oidcEnv })
    expect(annotations(withOidc, 'warning').join('\n')).not.toContain('trusted publishing')
    const release = await runAction({
      workspace: repo.dir,
      ref: 'refs/heads/develop',
      sha: sha.develop,
      inputs: noToken
    })
    expect(release.code).toBe(1)
    expect(annotations(release, 'error')).toEqual([expect.stringMatching(/^The upload would use trusted publishing/)])
    expect(release.stdout).not.toMatch(/Build the Python package/)
    // The job summary begins with the reason, above the plan it stopped.
    expect(release.summary).toMatch(
      /^## dev-release failed\n\n> \[!CAUTION\]\n> The upload would use trusted publishing/
    )
    expect(release.summary).toContain('## dev-release plan\n')
  })
})
