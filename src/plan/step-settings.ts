// Each step's own settings, resolved once from the inputs and the release type (as actions/checkout builds its
// source settings once): a step sees what it uses, and the whole Inputs stops at the shell.
import type { AttestMode } from './dist-attestations.js'
import { splitRegistry } from './image-names.js'
import { indexFor, type Inputs, type RegistryLogin } from './inputs.js'
import type { ReleaseType } from './plan.js'

export type { RegistryLogin }
/** Deadlines in milliseconds: one HTTP request or login, one twine run, one image build and push. */
export type Timeouts = Inputs['timeouts']

/** The Python build (or the build job's files, taken from dists-dir), and the staging into each image's context. */
export type PythonSettings = Pick<
  Inputs,
  'python' | 'pythonProject' | 'pythonBuildArgs' | 'pkgDirs' | 'timeouts' | 'mode' | 'distsDir'
>

/** Every image, its names, how it is built and how it is pushed. */
export type ImageSettings = Pick<
  Inputs,
  | 'image'
  | 'registry'
  | 'mirrors'
  | 'moreImages'
  | 'target'
  | 'platforms'
  | 'context'
  | 'dockerfile'
  | 'buildArgs'
  | 'labels'
  | 'provenance'
  | 'binfmtImage'
  | 'buildkitImage'
  | 'mode'
  | 'digestsDir'
  | 'cacheFrom'
  | 'cacheTo'
  | 'timeouts'
  | 'registryUsername'
  | 'registryPassword'
  | 'registryLogins'
> & {
  /** Build without any cache: no input sets it; `dev-release verify --rebuild` builds from nothing, as a stranger would. */
  noCache?: boolean
}

/** The index this release goes to (development releases to dev-pypi-url where one is given), and its token. */
export interface IndexSettings {
  url: string
  token: string
  versionChecks: Inputs['versionChecks']
  timeouts: Timeouts
}

/** What is signed, and the token that stores and reads the image's provenance with GitHub. */
export interface AttestationSettings {
  image: Inputs['attestImage']
  dists: AttestMode
  githubToken: string
}

/** A deleted branch's cleanup: the registries' logins, and the token for ghcr.io's package API. */
export interface CleanupSettings {
  /** The registries' logins where both a user and a password were given. */
  logins: RegistryLogin[]
  /** github-token, or else the registry password (a ghcr.io token can delete its own package versions). */
  githubToken: string
  timeouts: Timeouts
}

export interface StepSettings {
  python: PythonSettings
  image: ImageSettings
  index: IndexSettings
  attestations: AttestationSettings
  cleanup: CleanupSettings
}

/** Every step's settings for a release of this type. */
export function stepSettings(inputs: Inputs, type: ReleaseType): StepSettings {
  const { timeouts } = inputs
  const image: ImageSettings = {
    image: inputs.image,
    registry: inputs.registry,
    mirrors: inputs.mirrors,
    moreImages: inputs.moreImages,
    target: inputs.target,
    platforms: inputs.platforms,
    context: inputs.context,
    dockerfile: inputs.dockerfile,
    buildArgs: inputs.buildArgs,
    labels: inputs.labels,
    provenance: inputs.provenance,
    binfmtImage: inputs.binfmtImage,
    buildkitImage: inputs.buildkitImage,
    mode: inputs.mode,
    digestsDir: inputs.digestsDir,
    cacheFrom: inputs.cacheFrom,
    // A pull request's build (its code, maybe a fork's) writes no cache that release builds would read.
    cacheTo: type === 'verify' ? [] : inputs.cacheTo,
    timeouts,
    registryUsername: inputs.registryUsername,
    registryPassword: inputs.registryPassword,
    registryLogins: inputs.registryLogins
  }
  return {
    python: {
      python: inputs.python,
      pythonProject: inputs.pythonProject,
      pythonBuildArgs: inputs.pythonBuildArgs,
      pkgDirs: inputs.pkgDirs,
      timeouts,
      mode: inputs.mode,
      distsDir: inputs.distsDir
    },
    image,
    index: { ...indexFor(type, inputs), versionChecks: inputs.versionChecks, timeouts },
    attestations: { image: inputs.attestImage, dists: inputs.attestDists, githubToken: inputs.githubToken },
    cleanup: {
      logins: completeLogins(image),
      // GitHub's packages API takes github-token, else ghcr.io's own login (a GITHUB_TOKEN): never the password of
      // another registry, which api.github.com has no business seeing.
      githubToken: inputs.githubToken || credentialsFor(image, 'ghcr.io')?.password || '',
      timeouts
    }
  }
}

/** Every registry the images go to, the image's own first, with the credentials given for it (empty where none were). */
export function imageLogins(settings: ImageSettings): RegistryLogin[] {
  const logins: RegistryLogin[] = [
    { registry: settings.registry, username: settings.registryUsername, password: settings.registryPassword }
  ]
  const names = [
    ...settings.mirrors,
    ...settings.moreImages.flatMap(i => [{ name: i.image, registry: i.registry }, ...i.mirrors])
  ]
  for (const { registry } of names) {
    if (logins.some(l => l.registry === registry)) continue
    logins.push(settings.registryLogins.find(l => l.registry === registry) ?? { registry, username: '', password: '' })
  }
  return logins
}

/** The logins that can log in: both a user and a password given (a fork's run has neither). */
export function completeLogins(settings: ImageSettings): RegistryLogin[] {
  return imageLogins(settings).filter(l => l.username && l.password)
}

/** The credentials given for `host` (an image's registry), where both a user and a password were. */
export function credentialsFor(settings: ImageSettings, host: string): RegistryLogin | undefined {
  return completeLogins(settings).find(l => l.registry === host)
}

/** The credentials for the registry an image name (`host/path`, or Docker Hub's `path`) lives in. */
export function imageCredentialsFor(settings: ImageSettings, image: string): RegistryLogin | undefined {
  return credentialsFor(settings, splitRegistry(image).registry)
}
