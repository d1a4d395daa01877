// Everything that runs docker: a private config directory for credentials,
// login, the buildx builder, QEMU, the build and push, and inspecting the result.
import * as toolCache from '@actions/tool-cache'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { formatDuration, lastLines, run, TimeoutError, ToolError, type RunOptions, type RunResult } from './exec.js'
import { privateConfig, storedServers, type DockerConfig } from './docker-config.js'

/** The buildx release installed when the runner has none. */
export const BUILDX_VERSION = '0.19.3'
/**
 * The sha256 of each buildx release file the action may download (docker/buildx's release checksums, as Docker's
 * official image pins them): a file that hashes otherwise, downloaded or found in the tool cache, is never run.
 */
export const BUILDX_SHA256: Record<string, string> = {
  amd64: '32ed111e941e385c2fb8261eba06a4056915718fd606f8278834ac1931d261a2',
  arm64: '138b587399b27bb61945a36d67866177b85dea1155101a2be63c7ab715f18a2e',
  'arm-v7': '5a83e1663b595147ac0225d876fc77e3b441e62dac7a59523ba7003eb6733b8b'
}
export const BUILDER_NAME = 'dev-release'

export interface Builder {
  name: string
  driver: string
  platforms: string[]
  /** BuildKit's version, where inspect names it (`v0.29.0`; the docker driver's may be `v0.0.0+unknown`). */
  buildkit?: string
}

export interface PushedImage {
  digest: string
  platforms: string[]
  /** The platform images' digests (attestation entries left out). */
  images: string[]
}

export interface BuildOptions {
  builder?: string
  context: string
  dockerfile: string
  platforms: string[]
  /** Tags to push; with `byDigest`, the image name to push to, untagged. */
  tags: string[]
  byDigest?: { image: string }
  /** Build only (a pull request): the result stays in the build cache, nothing is pushed. */
  cacheOnly?: boolean
  /** The Dockerfile stage to build. */
  target?: string
  cacheFrom: string[]
  cacheTo: string[]
  labels: Record<string, string>
  /** Annotations of the manifest list (multi-platform builds). */
  annotations?: Record<string, string>
  buildArgs: string[]
  provenance: boolean
  metadataFile: string
  /** Use no cache at all, the builder's own included. */
  noCache?: boolean
  /** The commit's time: buildx passes it to the build as SOURCE_DATE_EPOCH (image and history timestamps). */
  sourceDateEpoch?: number
  /** Layer file times clamped to SOURCE_DATE_EPOCH (rewrite-timestamp), with unpack=false where the docker driver needs it. */
  rewriteTimestamp?: { unpackFalse: boolean }
}

export class DockerError extends ToolError {}

/** Deadlines in milliseconds: a request or login, and a build with its push. */
export interface Timeouts {
  request: number
  push: number
  /** Installing buildx (a tool install: build-timeout). */
  build: number
}
/** The inputs' defaults, for a Docker opened without them. */
const DEFAULT_TIMEOUTS: Timeouts = { request: 60_000, push: 60 * 60_000, build: 30 * 60_000 }

export class Docker {
  /**
   * `configDir` is a DOCKER_CONFIG of this run's own: credentials written there
   * go when it is removed. The user's plugins, builders and contexts are linked in.
   */
  private constructor(
    readonly configDir: string,
    private readonly timeouts: Timeouts
  ) {}

  /**
   * A docker client whose DOCKER_CONFIG is a directory of this run's own. Where the
   * action logs in (to `loginRegistries`), the user's config.json comes along without
   * its credential store, so that the login
   * writes into that directory (gone when it is removed), never into a keychain,
   * pass or secretservice that outlives the job; the store still answers for every
   * other registry it knows.
   */
  static async open(
    tempRoot: string,
    loginRegistries: string[],
    timeouts: Timeouts = DEFAULT_TIMEOUTS
  ): Promise<Docker> {
    const dir = mkdtempSync(join(tempRoot, 'dev-release-docker-'))
    const original = process.env.DOCKER_CONFIG || join(homedir(), '.docker')
    if (existsSync(join(original, 'config.json'))) {
      if (loginRegistries.length) {
        const config = JSON.parse(readFileSync(join(original, 'config.json'), 'utf8')) as DockerConfig
        const servers = config.credsStore ? await storedServers(config.credsStore) : []
        writeFileSync(
          join(dir, 'config.json'),
          JSON.stringify(privateConfig(config, servers, ...loginRegistries), null, 2),
          { mode: 0o600 }
        )
      } else {
        // No login: the runner's own credentials, as they are.
        copyFileSync(join(original, 'config.json'), join(dir, 'config.json'))
      }
    }
    for (const sub of ['buildx', 'contexts']) {
      if (existsSync(join(original, sub))) symlinkSync(join(original, sub), join(dir, sub))
    }
    // Plugins one by one, so that installing buildx never writes into the user's directory.
    mkdirSync(join(dir, 'cli-plugins'))
    if (existsSync(join(original, 'cli-plugins'))) {
      for (const plugin of readdirSync(join(original, 'cli-plugins'))) {
        symlinkSync(join(original, 'cli-plugins', plugin), join(dir, 'cli-plugins', plugin))
      }
    }
    return new Docker(dir, timeouts)
  }

  /** Removes the config directory and the credentials in it. */
  dispose(): void {
    rmSync(this.configDir, { recursive: true, force: true })
  }

  private docker(args: string[], options: RunOptions = {}): Promise<RunResult> {
    // Every docker command has a deadline: the one given, else request-timeout (a quick question to the engine).
    const timeoutMs = options.timeoutMs ?? this.timeouts.request
    return run('docker', args, { ...options, timeoutMs, env: { ...options.env, DOCKER_CONFIG: this.configDir } })
  }

  /** Download a pinned buildx release into this config's plugin directory, within build-timeout. */
  async installBuildx(): Promise<void> {
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new TimeoutError(
              `Installing buildx (build-timeout) did not finish within ${formatDuration(this.timeouts.build)}.`
            )
          ),
        this.timeouts.build
      )
    })
    try {
      await Promise.race([this.downloadBuildx(), deadline])
    } finally {
      clearTimeout(timer)
    }
  }

  private async downloadBuildx(): Promise<void> {
    const arch = { x64: 'amd64', arm64: 'arm64', arm: 'arm-v7' }[process.arch as string]
    if (!arch || process.platform !== 'linux') {
      throw new DockerError(
        `docker buildx is missing, and no buildx release is known for ${process.platform}/${process.arch}.`
      )
    }
    const url = `https://github.com/docker/buildx/releases/download/v${BUILDX_VERSION}/buildx-v${BUILDX_VERSION}.linux-${arch}`
    const checked = (file: string, where: string, remove: string[]) => {
      const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex')
      if (sha256 === BUILDX_SHA256[arch]) return
      for (const path of remove) rmSync(path, { recursive: true, force: true })
      throw new DockerError(
        `buildx ${BUILDX_VERSION} ${where} has sha256 ${sha256}, not ${BUILDX_SHA256[arch]}, the release's own: it was removed and not run. Install buildx before the action (docker/setup-buildx-action) to use another.`
      )
    }
    let cached = toolCache.find('docker-buildx', BUILDX_VERSION, arch)
    // A cached one that hashes otherwise goes with its entry (`.complete` marks it whole), so a re-run downloads anew.
    if (cached) checked(join(cached, 'docker-buildx'), 'in the tool cache', [cached, `${cached}.complete`])
    else {
      const downloaded = await toolCache.downloadTool(url)
      checked(downloaded, `downloaded from ${url}`, [downloaded])
      cached = await toolCache.cacheFile(downloaded, 'docker-buildx', 'docker-buildx', BUILDX_VERSION, arch)
    }
    const plugin = join(this.configDir, 'cli-plugins', 'docker-buildx')
    rmSync(plugin, { force: true })
    copyFileSync(join(cached, 'docker-buildx'), plugin)
    chmodSync(plugin, 0o755)
  }

  /** Log in with the password on standard input, never in the arguments. */
  async login(registry: string, username: string, password: string): Promise<RunResult> {
    return this.docker(['login', '--username', username, '--password-stdin', registry], {
      input: password,
      allowFailure: true,
      timeoutMs: this.timeouts.request,
      what: `Logging in to ${registry}`
    })
  }

  /** The builder (the current one, or `name`); undefined where docker has no buildx plugin. */
  async inspectBuilder(name?: string): Promise<Builder | undefined> {
    const r = await this.docker(['buildx', 'inspect', '--bootstrap', ...(name ? [name] : [])], {
      allowFailure: true,
      timeoutMs: this.timeouts.push,
      what: 'Starting the builder (docker buildx inspect --bootstrap)'
    })
    if (r.code !== 0 && /is not a docker command|unknown command/i.test(r.stderr)) return undefined
    if (r.code !== 0) throw new DockerError(`docker buildx inspect failed: ${r.stderr.trim()}`)
    const field = (key: string) => new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(r.stdout)?.[1].trim() ?? ''
    const platforms = [...r.stdout.matchAll(/^Platforms:\s*(.*)$/gm)].flatMap(m =>
      m[1].split(',').map(p => p.trim().replace(/\*$/, ''))
    )
    const buildkit = field('BuildKit version') || field('Buildkit')
    return {
      name: field('Name'),
      driver: field('Driver'),
      platforms: platforms.filter(Boolean),
      ...(buildkit ? { buildkit } : {})
    }
  }

  /** `github.com/docker/buildx 0.29.1 …`, as buildx says it. */
  async buildxVersion(): Promise<string> {
    const r = await this.docker(['buildx', 'version'], {
      allowFailure: true,
      timeoutMs: this.timeouts.request,
      what: 'docker buildx version'
    })
    return r.stdout.trim() || 'buildx (version unknown)'
  }

  /** The Docker engine's version (`26.1.5+dfsg1`), '' where it does not answer. */
  async serverVersion(): Promise<string> {
    const r = await this.docker(['version', '--format', '{{.Server.Version}}'], {
      allowFailure: true,
      timeoutMs: this.timeouts.request,
      what: 'Asking the Docker engine (docker version)'
    })
    return r.code === 0 ? r.stdout.trim() : ''
  }

  /** With the containerd image store, the default `docker` driver pushes multi-platform images. */
  async hasContainerdStore(): Promise<boolean> {
    const r = await this.docker(['info', '--format', '{{json .DriverStatus}}'], {
      allowFailure: true,
      timeoutMs: this.timeouts.request,
      what: 'Asking the Docker engine (docker info)'
    })
    return r.code === 0 && r.stdout.includes('io.containerd.snapshotter')
  }

  /** A docker-container builder running `image`, reused when it exists. */
  async createContainerBuilder(image: string): Promise<string> {
    const existing = await this.docker(['buildx', 'inspect', BUILDER_NAME], { allowFailure: true })
    // A builder of that name left by another run (a self-hosted runner's) is used only where it runs the image asked
    // for: it gets the registries' credentials.
    if (existing.code === 0 && builderImage(existing.stdout) !== image) {
      await this.docker(['buildx', 'rm', BUILDER_NAME], { allowFailure: true })
      existing.code = 1
    }
    // network=host: the builder reaches what the runner reaches, registries on its loopback included.
    if (existing.code !== 0) {
      await this.docker([
        ...['buildx', 'create', '--name', BUILDER_NAME, '--driver', 'docker-container'],
        ...['--driver-opt', 'network=host', '--driver-opt', `image=${image}`]
      ])
    }
    return BUILDER_NAME
  }

  /** Register QEMU emulators for the given platforms' architectures. */
  async registerQemu(platforms: string[], image: string): Promise<RunResult> {
    const arches = [...new Set(platforms.map(p => p.split('/')[1]))].join(',')
    return this.docker(['run', '--rm', '--privileged', image, '--install', arches], {
      allowFailure: true,
      timeoutMs: this.timeouts.push,
      what: `Registering QEMU with ${image}`
    })
  }

  /**
   * One buildx build: every platform under every tag (a manifest list), or one platform by digest without tags
   * (mode platform), or nothing pushed (cacheOnly). Returns the digest buildx reports for what it pushed.
   */
  async buildAndPush(o: BuildOptions): Promise<string> {
    const args = buildxBuildArgs(o)
    // buildx gets the runner's cache service variables, which type=gha needs (never in its arguments), and
    // nothing else of the runner's.
    const epoch =
      process.env.SOURCE_DATE_EPOCH ?? (o.sourceDateEpoch === undefined ? undefined : String(o.sourceDateEpoch))
    const r = await this.docker(args, {
      stream: true,
      allowFailure: true,
      timeoutMs: this.timeouts.push,
      what: 'Building and pushing the image',
      env: epoch ? { SOURCE_DATE_EPOCH: epoch } : {},
      runnerVariables: GHA_CACHE_VARIABLES
    })
    if (r.code !== 0)
      throw new DockerError(`docker buildx build failed (exit code ${r.code}): ${lastLines(r, 10)}`, r.stderr)
    if (o.cacheOnly) return ''
    const metadata = JSON.parse(readFileSync(o.metadataFile, 'utf8')) as Record<string, unknown>
    const digest = metadata['containerimage.digest']
    if (typeof digest !== 'string')
      throw new DockerError('docker buildx build wrote no image digest to its metadata file.')
    return digest
  }

  /** A builder that can push by digest: the docker driver cannot. */
  async bootstrapContainerBuilder(image: string): Promise<RunResult> {
    const name = await this.createContainerBuilder(image).catch(error => error as Error)
    if (name instanceof Error) return { code: 1, stdout: '', stderr: name.message }
    const result = await this.docker(['buildx', 'inspect', '--bootstrap', name], {
      allowFailure: true,
      timeoutMs: this.timeouts.push,
      what: 'Starting the docker-container builder'
    })
    // A builder that cannot start is not kept for the next run.
    if (result.code !== 0) await this.docker(['buildx', 'rm', name], { allowFailure: true })
    return result
  }

  /** One tagged manifest list from images pushed by digest. */
  async createManifestList(
    tags: string[],
    sources: string[],
    annotations: Record<string, string> = {}
  ): Promise<RunResult> {
    return this.docker(imagetoolsCreateArgs(tags, sources, annotations), {
      stream: true,
      allowFailure: true,
      timeoutMs: this.timeouts.push,
      what: 'Creating the manifest list'
    })
  }

  /** Digest and platforms of a pushed image, as the registry has it. */
  async inspectImage(ref: string): Promise<PushedImage> {
    const r = await this.docker(['buildx', 'imagetools', 'inspect', '--format', '{{json .Manifest}}', ref], {
      allowFailure: true,
      timeoutMs: this.timeouts.request,
      what: `Inspecting ${ref}`
    })
    if (r.code !== 0) throw new DockerError(`Inspecting ${ref} failed: ${lastLines(r, 10)}`)
    const manifest = JSON.parse(r.stdout) as {
      digest: string
      manifests?: { digest: string; platform?: { os: string; architecture: string; variant?: string } }[]
    }
    const entries = (manifest.manifests ?? []).filter(m => m.platform !== undefined && m.platform.os !== 'unknown')
    const platforms = entries.map(m =>
      [m.platform!.os, m.platform!.architecture, m.platform!.variant].filter(Boolean).join('/')
    )
    return { digest: manifest.digest, platforms, images: entries.map(m => m.digest) }
  }
}

/** What buildx's type=gha cache reads from the runner. */
export const GHA_CACHE_VARIABLES = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL']

/** The `docker buildx build` argument list for a build: data, tested as a table. */
export function buildxBuildArgs(o: BuildOptions): string[] {
  const args = ['buildx', 'build']
  if (o.builder) args.push('--builder', o.builder)
  // No SBOM attestation: buildx adds none unless asked, and an attestation entry shows as unknown/unknown.
  args.push('--platform', o.platforms.join(','), '--file', o.dockerfile, `--provenance=${o.provenance}`, '--sbom=false')
  if (o.target) args.push('--target', o.target)
  args.push('--metadata-file', o.metadataFile)
  // Layer file times clamped to the commit's (SOURCE_DATE_EPOCH), where the builder takes it (plan/layer-times.ts).
  const stamps = o.rewriteTimestamp
    ? `,rewrite-timestamp=true${o.rewriteTimestamp.unpackFalse ? ',unpack=false' : ''}`
    : ''
  if (o.cacheOnly) {
    args.push('--output', 'type=cacheonly')
  } else if (o.byDigest) {
    args.push(
      '--output',
      `type=image,name=${o.byDigest.image},push-by-digest=true,name-canonical=true,push=true${stamps}`
    )
  } else {
    // The image exporter with push=true is --push; it takes the --tag names as its own.
    args.push(...(stamps ? ['--output', `type=image,push=true${stamps}`] : ['--push']))
    for (const tag of o.tags) args.push('--tag', tag)
  }
  if (o.noCache) args.push('--no-cache')
  for (const cache of o.cacheFrom) args.push('--cache-from', cache)
  for (const cache of o.cacheTo) args.push('--cache-to', cache)
  for (const [key, value] of Object.entries(o.labels)) args.push('--label', `${key}=${value}`)
  if (o.platforms.length > 1 && !o.byDigest && !o.cacheOnly) {
    for (const [key, value] of Object.entries(o.annotations ?? {})) args.push('--annotation', `index:${key}=${value}`)
  }
  for (const arg of o.buildArgs) args.push('--build-arg', arg)
  args.push(o.context)
  return args
}

/** The `docker buildx imagetools create` argument list: every tag, the list's annotations, then every source. */
export function imagetoolsCreateArgs(
  tags: string[],
  sources: string[],
  annotations: Record<string, string> = {}
): string[] {
  const annotate = Object.entries(annotations).flatMap(([key, value]) => ['--annotation', `index:${key}=${value}`])
  return ['buildx', 'imagetools', 'create', ...tags.flatMap(tag => ['--tag', tag]), ...annotate, ...sources]
}

/** The image a docker-container builder runs, from `docker buildx inspect` ('' where it names none). */
export function builderImage(inspect: string): string {
  const options = /^Driver Options:\s*(.*)$/m.exec(inspect)?.[1] ?? ''
  return /(?:^|\s)image="([^"]*)"/.exec(options)?.[1] ?? ''
}
