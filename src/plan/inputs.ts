// The action's inputs: read, defaulted and checked all at once, so that a user
// sees every mistake in one run and nothing is published after a bad one.
import type { AttestMode } from './dist-attestations.js'
import {
  ghcrDefaultLogin,
  imageNames,
  imageSpecs,
  registryLogins,
  type ImageSpec,
  type RegistryLogin
} from './image-inputs.js'
import { isLoopback } from './image-names.js'
import { reader, type InputReader, type Reader } from './input-reader.js'
import { parsePlatforms } from './platforms.js'
import { parseTagTemplates, type TagTemplate } from './tag-templates.js'
import { splitArgs, splitList } from '../versions/words.js'

export type { ImageSpec, InputReader, RegistryLogin }
export { parseDuration } from './input-reader.js'

/** metadata-action's values: auto (the highest final release), true (every final release), false (never). */
export type LatestMode = 'auto' | 'true' | 'false'
/**
 * all: everything in one job; platform: one platform's image by digest; merge: the manifest list and the upload;
 * build: the Python package alone, into dists-dir, in a job that holds no secret (the publishing job takes it).
 */
export type Mode = 'all' | 'platform' | 'merge' | 'build'
const MODES: Mode[] = ['all', 'platform', 'merge', 'build']

/** The inputs that carry a secret: a job of mode build takes none of them (its build code could read them). */
export const BUILD_JOB_REFUSES = ['pypi-token', 'dev-pypi-token', 'registry-password', 'registry-logins']

export interface Inputs {
  image: string
  registry: string
  /** The same image under other names (ghcr.io and Docker Hub at once): every tag under each, from one build. */
  mirrors: { name: string; registry: string }[]
  /** Logins for the registries of the other names. */
  registryLogins: RegistryLogin[]
  /** Further images from the images input, each with its own Dockerfile; all hold the same staged package. */
  moreImages: ImageSpec[]
  /** The Dockerfile stage to build (images input: per image). */
  target: string
  registryUsername: string
  registryPassword: string
  platforms: string[]
  context: string
  dockerfile: string
  pkgDirs: string[]
  pythonProject: string
  python: string
  pythonBuildArgs: string[]
  pypiUrl: string
  pypiToken: string
  /** A separate index for development releases (TestPyPI), with its own token; '' when they go to pypi-url. */
  devPypiUrl: string
  devPypiToken: string
  publishPypi: boolean
  publishDocker: boolean
  /**
   * Neither file nor context (nor images) was given: the Dockerfile is looked for in docker/, then at the
   * repository root (shell/preflight.ts). `asked`: an image was asked for (image, or publish-docker: true), so finding
   * none is an error; otherwise the release is the package's alone. `pkgDirGiven`: pkg-dir stays as given.
   */
  dockerfileSearch?: { asked: boolean; pkgDirGiven: boolean }
  /** Where the Dockerfile came from, for the plan: given, or which place the search found it in. */
  dockerfileFrom: string
  skipBranches: string[]
  latest: LatestMode
  /** Only tags starting with it are this package's versions (monorepos). */
  tagPrefix: string
  /** build: a pull request builds the package and every image, and publishes nothing; skip: nothing at all. */
  pullRequests: 'build' | 'skip'
  /** On a delete event for a branch, remove the image tags this action gave it. */
  cleanup: boolean
  /** Also when a pull request is closed (its head branch's tags). */
  cleanupOnClose: boolean
  /** Keep one comment on a dev release's open pull request that says how to try it. */
  comment: boolean
  /** The token for GitHub's API (the workflow's own by default). */
  githubToken: string
  /** strict: a dev version pip would not treat as one, or one below a release on the index, stops the release; warn: warns. */
  versionChecks: 'strict' | 'warn'
  /** A development release's N: the distance (setuptools_scm's), or the commit's UTC time (YYYYMMDDHHMMSS). */
  devNumber: 'distance' | 'commit-time'
  /** PEP 740 attestations for the dists: auto (trusted publishing to pypi.org or test.pypi.org), true, false. */
  attestDists: AttestMode
  /** A signed SLSA provenance of the image, stored through GitHub's attestations API (registry: in the registry too). */
  attestImage: 'false' | 'true' | 'registry'
  dryRun: boolean
  /** Read the release back after publishing, and fail on what differs. */
  verify: boolean
  provenance: boolean
  /** Image that registers QEMU emulators (tonistiigi/binfmt or a mirror of it). */
  binfmtImage: string
  /** Image of the docker-container builder, when one is needed. */
  buildkitImage: string
  /** Extra image tags, from the tags input. */
  tagTemplates: TagTemplate[]
  /** `key=value` image labels (and index annotations) that add to or override the OCI ones. */
  labels: string[]
  /** `NAME=value` build arguments for the Dockerfile, one per line. */
  buildArgs: string[]
  mode: Mode
  /** Where platform jobs write, and the merge job reads, one file per platform image. '' means RUNNER_TEMP's. */
  digestsDir: string
  /**
   * Mode build: where the built dists and their list (dev-release-dists.json) go ('' means RUNNER_TEMP's). Other
   * modes: where given, the dists a build job made are taken from there, and no Python build runs in this job.
   */
  distsDir: string
  cacheFrom: string[]
  cacheTo: string[]
  /** Deadlines in milliseconds: one HTTP request or login, one twine run, one image build and push. */
  timeouts: { request: number; upload: number; push: number; build: number }
  /** Things worth telling the user that are not errors. */
  notices: string[]
}

export const DEFAULT_PLATFORMS = 'linux/amd64,linux/arm/v7,linux/arm64'
/**
 * The image that registers QEMU emulators (run --privileged), and the image of a docker-container builder (given the
 * registries' credentials): pinned by digest, so that a moved tag changes neither. The inputs take another.
 */
export const BINFMT_IMAGE =
  'tonistiigi/binfmt:qemu-v9.2.2@sha256:1b804311fe87047a4c96d38b4b3ef6f62fca8cd125265917a9e3dc3c996c39e6'
export const BUILDKIT_IMAGE =
  'moby/buildkit:v0.29.0@sha256:0039c1d47e8748b5afea56f4e85f14febaf34452bd99d9552d2daa82262b5cc5'

export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} inputs are wrong:\n- ${problems.join('\n- ')}`)
    this.name = 'InputError'
  }
}

/**
 * Every input, when all are valid. `repository` is `owner/repo`, the default image name.
 * Throws an InputError listing every problem found.
 */
export function validInputs(get: InputReader, repository: string, actor = ''): Inputs {
  const parsed = parseInputs(get, repository, actor)
  if (parsed.problems.length) throw new InputError(parsed.problems)
  return parsed.inputs
}

/**
 * Read every input, and say what is wrong with them (defaults stand in for wrong ones). `actor`: who started the run
 * (GITHUB_ACTOR), ghcr.io's user where the workflow's token logs in.
 */
export function parseInputs(get: InputReader, repository: string, actor = ''): { inputs: Inputs; problems: string[] } {
  const read = reader(get)
  const { text, bool, lines, problems } = read
  const notices: string[] = []
  const publishDocker = bool('publish-docker', true)
  const { image, registry, mirrors } = imageNames(read, repository, publishDocker, notices)
  const logins = registryLogins(read)
  const platformText = get('platforms').trim() === '' ? DEFAULT_PLATFORMS : get('platforms')
  const platforms = parsePlatforms(platformText)
  if (typeof platforms === 'string') problems.push(`Input "platforms" ${platforms}`)
  const context = text('context', 'docker')
  const index = indexInputs(read)

  const latest = read.oneOf(
    'latest',
    ['auto', 'true', 'false'],
    'auto (tag the highest final release as latest), true (every final release, a lower one too) or false (never)'
  )
  const versionChecks = read.oneOf(
    'version-checks',
    ['strict', 'warn'],
    'strict (a version that pip would misplace stops the release) or warn'
  )
  const devNumber = read.oneOf(
    'dev-number',
    ['distance', 'commit-time'],
    "distance (the commits since the tag, as setuptools_scm counts) or commit-time (the commit's UTC time: every commit its own version)"
  )
  const pullRequests = read.oneOf(
    'pull-requests',
    ['build', 'skip'],
    'build (build everything, publish nothing) or skip'
  )
  const tagPrefix = text('tag-prefix')
  if (/[\s~^:?*[\\]/.test(tagPrefix))
    problems.push(
      `Input "tag-prefix" ("${tagPrefix}") cannot start a git tag name; give the literal start of this package's tags, like api-.`
    )
  const timeouts = {
    request: read.duration('request-timeout', '60s'),
    upload: read.duration('upload-timeout', '15m'),
    push: read.duration('push-timeout', '60m'),
    build: read.duration('build-timeout', '30m')
  }
  const mode = read.oneOf(
    'mode',
    MODES,
    "all (one job), platform (one platform's image, by digest), merge (the manifest list and the upload) or build (the Python package alone, for a publishing job)"
  )
  if (mode === 'build')
    for (const name of BUILD_JOB_REFUSES.filter(n => get(n).trim()))
      problems.push(
        `Input "${name}" is given to a job of mode build, whose build code could read it (from the step's environment): give it to the publishing job only, and remove it here.`
      )
  if (mode === 'platform' && Array.isArray(platforms) && platforms.length !== 1) {
    problems.push(
      `Input "platforms" lists ${platforms.length} platforms, but mode platform builds exactly one; pass the matrix's platform, like platforms: \${{ matrix.platform }}.`
    )
  }
  const specs = imageSpecs(read)
  const templates = parseTagTemplates(lines('tags'))
  problems.push(...templates.problems)
  const labelLines = lines('labels')
  const badLabels = labelLines.filter(l => !/^[^=\s]+=/.test(l))
  if (badLabels.length)
    problems.push(
      `Input "labels" has ${badLabels.map(l => `"${l}"`).join(', ')}; give one key=value per line, like org.opencontainers.image.vendor=Acme.`
    )
  const buildArgs = splitArgs(get('python-build-args'))
  if (!buildArgs) problems.push('Input "python-build-args" has an unclosed quote.')

  const inputs: Inputs = {
    image,
    registry,
    mirrors,
    registryLogins: logins,
    registryUsername: text('registry-username'),
    registryPassword: get('registry-password'),
    platforms: typeof platforms === 'string' ? [] : platforms,
    context,
    dockerfile: text('file', `${context}/Dockerfile`),
    target: text('target'),
    moreImages: [],
    pkgDirs: [],
    pythonProject: text('python-project', '.'),
    python: text('python', 'python3'),
    pythonBuildArgs: buildArgs ?? [],
    pypiUrl: index.pypiUrl,
    pypiToken: get('pypi-token'),
    devPypiUrl: index.devPypiUrl,
    devPypiToken: get('dev-pypi-token'),
    publishPypi: bool('publish-pypi', true),
    publishDocker,
    dockerfileSearch:
      text('file') === '' && text('context') === '' && !specs.length
        ? { asked: text('publish-docker') !== '' || text('image') !== '', pkgDirGiven: text('pkg-dir') !== '' }
        : undefined,
    dockerfileFrom: specs.length
      ? 'the images input'
      : text('file')
        ? 'input file'
        : text('context')
          ? 'input context'
          : '',
    skipBranches: splitList(text('skip-branches', 'master,main')),
    latest,
    tagPrefix,
    pullRequests,
    cleanup: bool('cleanup', true),
    cleanupOnClose: bool('cleanup-on-close', false),
    comment: bool('comment', true),
    githubToken: get('github-token'),
    versionChecks,
    devNumber,
    attestDists: index.attestDists,
    attestImage: index.attestImage,
    dryRun: bool('dry-run', false),
    verify: bool('verify', true),
    provenance: bool('provenance', false),
    binfmtImage: text('binfmt-image', BINFMT_IMAGE),
    buildkitImage: text('buildkit-image', BUILDKIT_IMAGE),
    buildArgs: lines('build-args'),
    labels: labelLines,
    tagTemplates: templates.templates,
    mode,
    digestsDir: text('digests-dir'),
    distsDir: text('dists-dir'),
    cacheFrom: lines('cache-from'),
    cacheTo: lines('cache-to'),
    timeouts,
    notices
  }
  if (specs.length) {
    // The first image of the list is the image; the rest are built beside it.
    // build-args apply to every image, before each image's own build-arg= attributes.
    const shared = inputs.buildArgs
    const [first, ...rest] = specs.map(spec => ({ ...spec, buildArgs: [...shared, ...spec.buildArgs] }))
    Object.assign(inputs, first)
    inputs.moreImages = rest
  }
  // Each image's context gets the package, unless pkg-dir says where.
  inputs.pkgDirs = splitList(
    text(
      'pkg-dir',
      [...new Set([inputs.context, ...inputs.moreImages.map(i => i.context)])].map(c => `${c}/pkg`).join(',')
    )
  )
  const ghcr = ghcrDefaultLogin(
    [inputs, ...inputs.mirrors, ...inputs.moreImages.flatMap(i => [i, ...i.mirrors])],
    [
      { registry: inputs.registry, username: inputs.registryUsername, password: inputs.registryPassword },
      ...inputs.registryLogins
    ],
    inputs.mode === 'build' ? '' : inputs.githubToken,
    actor
  )
  if (ghcr) {
    if (inputs.registry === 'ghcr.io') {
      inputs.registryUsername = ghcr.login.username
      inputs.registryPassword = ghcr.login.password
    } else inputs.registryLogins = [...inputs.registryLogins.filter(l => l.registry !== 'ghcr.io'), ghcr.login]
    notices.push(ghcr.notice)
  }
  if (inputs.moreImages.length && inputs.mode !== 'all')
    problems.push(`Input "images" lists several images, which mode ${inputs.mode} cannot build; use mode all.`)
  return { inputs, problems }
}

/** The index inputs: where releases and development releases go, and what is signed. */
function indexInputs(read: Reader): Pick<Inputs, 'pypiUrl' | 'devPypiUrl' | 'attestDists' | 'attestImage'> {
  const { text, problems } = read
  const pypiUrl = text('pypi-url', 'https://upload.pypi.org/legacy/')
  const pypiProblem = uploadUrlProblem(pypiUrl, 'https://upload.pypi.org/legacy/')
  if (pypiProblem) problems.push(`Input "pypi-url" ("${pypiUrl}") ${pypiProblem}`)
  const devPypiUrl = text('dev-pypi-url')
  const devProblem = devPypiUrl ? uploadUrlProblem(devPypiUrl, 'https://test.pypi.org/legacy/') : undefined
  if (devProblem) problems.push(`Input "dev-pypi-url" ("${devPypiUrl}") ${devProblem}`)
  const attestDists = read.oneOf('attest-dists', ['auto', 'true', 'false'], 'auto, true or false')
  // PyPI refuses attestations with an API token: asking for them with one is an error before anything is published.
  if (attestDists === 'true' && (read.get('pypi-token') || read.get('dev-pypi-token')))
    problems.push(
      'Input "attest-dists" is true, but a pypi-token (or dev-pypi-token) is given: an index takes attestations only under trusted publishing. Remove the token and give the job permissions: id-token: write, or set attest-dists: auto.'
    )
  const attestImage = text('attest-image', 'false').toLowerCase()
  if (!['false', 'true', 'registry'].includes(attestImage))
    problems.push(`Input "attest-image" is "${attestImage}"; use false, true or registry.`)
  return {
    pypiUrl,
    devPypiUrl,
    attestDists,
    attestImage: attestImage === 'true' || attestImage === 'registry' ? attestImage : 'false'
  }
}

/** PyPI's and TestPyPI's pages, and where each takes uploads. */
const UPLOAD_URLS: Record<string, string> = {
  'pypi.org': 'https://upload.pypi.org/legacy/',
  'www.pypi.org': 'https://upload.pypi.org/legacy/',
  'upload.pypi.org': 'https://upload.pypi.org/legacy/',
  'test.pypi.org': 'https://test.pypi.org/legacy/'
}

/**
 * What is wrong with an index URL given for uploads: no http(s) URL, or a page people and pip read (a simple index,
 * pypi.org itself) where twine needs the upload endpoint. The sentence names the upload URL to give.
 */
export function uploadUrlProblem(url: string, example: string): string | undefined {
  if (!/^https?:\/\/[^/\s]+/i.test(url)) return `is not an http(s) URL; give the index's upload URL, like ${example}.`
  const { host, hostname, pathname, protocol } = new URL(url)
  // A token, and trusted publishing's exchange, go there: never in the clear, except to this machine.
  if (protocol === 'http:' && !isLoopback(hostname))
    return `is plain http, which would send the upload token in the clear; give its https:// URL (http is only for an index on this machine's loopback).`
  const upload = UPLOAD_URLS[host.toLowerCase()]
  if (upload && `https://${host.toLowerCase()}${pathname.replace(/\/?$/, '/')}` !== upload)
    return `is not where ${host} takes uploads; give ${upload}.`
  if (/\/simple\/?$/i.test(pathname))
    return `is the index's simple page, which pip reads, not its upload URL; give the upload URL (for most indexes, the same path without simple/; for PyPI, ${UPLOAD_URLS['pypi.org']}).`
  return undefined
}

/** The index a release goes to, and its token: development releases to dev-pypi-url where one is given. */
export function indexFor(
  type: string,
  inputs: Pick<Inputs, 'pypiUrl' | 'pypiToken' | 'devPypiUrl' | 'devPypiToken'>
): { url: string; token: string } {
  return type === 'dev' && inputs.devPypiUrl
    ? { url: inputs.devPypiUrl, token: inputs.devPypiToken }
    : { url: inputs.pypiUrl, token: inputs.pypiToken }
}
