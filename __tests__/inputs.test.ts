import { InputError, parseInputs, validInputs } from '../src/plan/inputs.js'
import { splitArgs } from '../src/versions/words.js'

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('validInputs', () => {
  it('fills in the documented defaults', () => {
    const inputs = validInputs(reader({}), 'Acme/Widget')
    expect(inputs).toMatchObject({
      image: 'ghcr.io/acme/widget',
      registry: 'ghcr.io',
      platforms: ['linux/amd64', 'linux/arm/v7', 'linux/arm64'],
      context: 'docker',
      dockerfile: 'docker/Dockerfile',
      pkgDirs: ['docker/pkg'],
      pythonProject: '.',
      python: 'python3',
      pythonBuildArgs: [],
      pypiUrl: 'https://upload.pypi.org/legacy/',
      publishPypi: true,
      publishDocker: true,
      skipBranches: ['master', 'main'],
      latest: 'auto',
      dryRun: false
    })
    expect(inputs.notices).toEqual(["No image given: ghcr.io/acme/widget, the repository's own package on ghcr.io."])
  })

  it('derives dockerfile and pkg-dir from context', () => {
    const inputs = validInputs(reader({ context: 'rpi-docker' }), 'a/b')
    expect(inputs.dockerfile).toBe('rpi-docker/Dockerfile')
    expect(inputs.pkgDirs).toEqual(['rpi-docker/pkg'])
  })

  it('lower-cases an image name with a notice', () => {
    const inputs = validInputs(reader({ image: 'ghcr.io/Acme/Widget' }), 'a/b')
    expect(inputs.image).toBe('ghcr.io/acme/widget')
    expect(inputs.registry).toBe('ghcr.io')
    expect(inputs.notices[0]).toMatch(/lower-case/)
  })

  it('reads lists and quoted build arguments', () => {
    const inputs = validInputs(
      reader({ 'pkg-dir': 'docker/pkg,\nrpi-docker/pkg', 'python-build-args': `--config-setting "a=b c" -C'x=y'` }),
      'a/b'
    )
    expect(inputs.pkgDirs).toEqual(['docker/pkg', 'rpi-docker/pkg'])
    expect(inputs.pythonBuildArgs).toEqual(['--config-setting', 'a=b c', '-Cx=y'])
  })

  it('reports every problem at once, naming each input', () => {
    let error: InputError | undefined
    try {
      validInputs(
        reader({
          image: 'Bad Image',
          platforms: 'linux/banana',
          latest: 'always',
          'pypi-url': 'ftp://example.com',
          'dry-run': 'yes'
        }),
        'a/b'
      )
    } catch (e) {
      error = e as InputError
    }
    expect(error).toBeInstanceOf(InputError)
    const text = error!.problems.join('\n')
    expect(error!.problems).toHaveLength(5)
    for (const name of ['"image"', '"platforms"', '"latest"', '"pypi-url"', '"dry-run"']) expect(text).toContain(name)
    expect(text).toContain('linux/banana')
  })

  it.each([
    ['https://pypi.org/simple/', /is not where pypi.org takes uploads; give https:\/\/upload.pypi.org\/legacy\/\./],
    ['https://pypi.org/', /is not where pypi.org takes uploads; give https:\/\/upload.pypi.org\/legacy\//],
    [
      'https://test.pypi.org/simple/',
      /is not where test.pypi.org takes uploads; give https:\/\/test.pypi.org\/legacy\//
    ],
    [
      'https://upload.pypi.org/simple/',
      /is not where upload.pypi.org takes uploads; give https:\/\/upload.pypi.org\/legacy\//
    ],
    ['https://pkgs.example.com/api/pypi/main/simple', /is the index's simple page, which pip reads, not its upload URL/]
  ])('refuses the page %s as the upload URL, naming the one to give', (url, message) => {
    const { problems } = parseInputs(reader({ 'pypi-url': url, 'dev-pypi-url': url }), 'a/b')
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^Input "pypi-url" \\("${url.replace(/[.?]/g, '\\$&')}"\\) ${message.source}`)),
      expect.stringMatching(new RegExp(`^Input "dev-pypi-url" .*${message.source}`))
    ])
  })

  it('takes the upload URLs of PyPI, TestPyPI and other indexes', () => {
    for (const url of ['https://upload.pypi.org/legacy/', 'https://test.pypi.org/legacy', 'http://127.0.0.1:8080/'])
      expect(parseInputs(reader({ 'pypi-url': url }), 'a/b').problems).toEqual([])
  })

  it('refuses an empty platform list', () => {
    expect(() => validInputs(reader({ platforms: ' , ' }), 'a/b')).toThrow(/platforms.*empty/)
  })
})

describe('splitArgs', () => {
  it('splits without a shell', () => {
    expect(splitArgs(`a 'b c' "d'e" $(x)`)).toEqual(['a', 'b c', "d'e", '$(x)'])
    expect(splitArgs('')).toEqual([])
    expect(splitArgs('"open')).toBeUndefined()
    // POSIX shlex rules, as setuptools_scm splits git_describe_command
    expect(splitArgs(String.raw`git describe --match 'api-*' a\ b "c\"d" "e\f"`)).toEqual([
      'git',
      'describe',
      '--match',
      'api-*',
      'a b',
      'c"d',
      'e\\f'
    ])
    expect(splitArgs('trailing\\')).toBeUndefined()
  })
})

describe('platforms as users write them', () => {
  const platforms = (text: string) => validInputs(name => (name === 'platforms' ? text : ''), 'acme/widget').platforms
  it('names linux/arm64/v8 and linux/amd64/v1 as buildx and registries do', () => {
    expect(platforms('linux/amd64/v1,linux/arm/v7,linux/arm64/v8')).toEqual([
      'linux/amd64',
      'linux/arm/v7',
      'linux/arm64'
    ])
  })
  it('refuses one platform under two spellings', () => {
    expect(() => platforms('linux/arm64,linux/arm64/v8')).toThrow(/"linux\/arm64\/v8" more than once \(linux\/arm64\)/)
  })
})

describe('no inputs at all on GitHub', () => {
  const TOKEN = 'ghs_workflow_token'

  it("pushes to ghcr.io/<owner>/<repo> with github.actor and the workflow's token, and says so", () => {
    const inputs = validInputs(reader({ 'github-token': TOKEN }), 'Acme/Widget', 'octocat')
    expect(inputs).toMatchObject({
      image: 'ghcr.io/acme/widget',
      registryUsername: 'octocat',
      registryPassword: TOKEN,
      registryLogins: []
    })
    expect(inputs.notices).toEqual([
      "No image given: ghcr.io/acme/widget, the repository's own package on ghcr.io.",
      "ghcr.io: logging in as octocat with the workflow's token (github-token), which goes to ghcr.io alone; the job needs permissions: packages: write."
    ])
  })

  it('never gives the token to another registry: Docker Hub, a mirror elsewhere, or a ghcr.io mirror with a password', () => {
    const hub = validInputs(reader({ image: 'acme/widget', 'github-token': TOKEN }), 'acme/widget', 'octocat')
    expect([hub.registryPassword, hub.registryLogins]).toEqual(['', []])
    const mirrored = validInputs(
      reader({ image: 'acme/widget,ghcr.io/acme/widget,quay.io/acme/widget', 'github-token': TOKEN }),
      'acme/widget',
      'octocat'
    )
    expect(mirrored.registryPassword).toBe('')
    expect(mirrored.registryLogins).toEqual([{ registry: 'ghcr.io', username: 'octocat', password: TOKEN }])
    const given = validInputs(
      reader({ 'github-token': TOKEN, 'registry-username': 'bot', 'registry-password': 'pat' }),
      'acme/widget',
      'octocat'
    )
    expect([given.registryUsername, given.registryPassword]).toEqual(['bot', 'pat'])
    // A build job (mode build) logs in nowhere; a run without an actor (the command line) makes no login.
    expect(
      validInputs(reader({ mode: 'build', 'github-token': TOKEN }), 'acme/widget', 'octocat').registryPassword
    ).toBe('')
    expect(validInputs(reader({ 'github-token': TOKEN }), 'acme/widget').registryPassword).toBe('')
  })
})
