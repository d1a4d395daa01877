export const id = 432;
export const ids = [432,836];
export const modules = {

/***/ 64655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w2: () => (/* binding */ BUILDER_NAME),
  Jg: () => (/* binding */ Docker),
  Bi: () => (/* binding */ DockerError)
});

// UNUSED EXPORTS: BUILDX_SHA256, BUILDX_VERSION, GHA_CACHE_VARIABLES, builderImage, buildxBuildArgs, imagetoolsCreateArgs

// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(59805);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/outside/exec.ts
var exec = __webpack_require__(56002);
;// CONCATENATED MODULE: ./src/outside/docker-config.ts
// The DOCKER_CONFIG of a run's own: the user's config.json without its credential store, so that a login writes
// into the run's directory (removed with it), never into a keychain that outlives the job.

/** The names Docker files a registry's credentials under. */
function registryKeys(registry) {
    return registry === 'docker.io'
        ? ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'https://index.docker.io/v1/']
        : [registry, `https://${registry}`, `http://${registry}`];
}
/**
 * The user's config for this run: no credential store (a login then writes into
 * the run's own file), but every server the store holds keeps reading from it as
 * a credential helper; no helper and no old entry for the registry logged in to.
 */
function privateConfig(config, storedServers, ...registries) {
    const { credsStore, ...rest } = config;
    const ours = new Set(registries.flatMap(registryKeys));
    const helpers = {};
    if (credsStore)
        for (const server of storedServers)
            if (!ours.has(server))
                helpers[server] = credsStore;
    for (const [server, helper] of Object.entries(config.credHelpers ?? {}))
        if (!ours.has(server))
            helpers[server] = helper;
    const auths = Object.fromEntries(Object.entries(config.auths ?? {}).filter(([server]) => !ours.has(server)));
    return { ...rest, auths, credHelpers: helpers };
}
/** The servers a credential store holds (`docker-credential-<store> list`); none when it cannot say. */
async function storedServers(store) {
    const r = await (0,exec/* run */.eF)(`docker-credential-${store}`, ['list'], { allowFailure: true, timeoutMs: 30_000 }).catch(() => undefined);
    if (!r || r.code !== 0)
        return [];
    try {
        return Object.keys(JSON.parse(r.stdout));
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/outside/docker.ts
// Everything that runs docker: a private config directory for credentials,
// login, the buildx builder, QEMU, the build and push, and inspecting the result.







/** The buildx release installed when the runner has none. */
const BUILDX_VERSION = '0.19.3';
/**
 * The sha256 of each buildx release file the action may download (docker/buildx's release checksums, as Docker's
 * official image pins them): a file that hashes otherwise, downloaded or found in the tool cache, is never run.
 */
const BUILDX_SHA256 = {
    amd64: '32ed111e941e385c2fb8261eba06a4056915718fd606f8278834ac1931d261a2',
    arm64: '138b587399b27bb61945a36d67866177b85dea1155101a2be63c7ab715f18a2e',
    'arm-v7': '5a83e1663b595147ac0225d876fc77e3b441e62dac7a59523ba7003eb6733b8b'
};
const BUILDER_NAME = 'dev-release';
class DockerError extends exec/* ToolError */.v4 {
}
/** The inputs' defaults, for a Docker opened without them. */
const DEFAULT_TIMEOUTS = { request: 60_000, push: 60 * 60_000, build: 30 * 60_000 };
class Docker {
    configDir;
    timeouts;
    /**
     * `configDir` is a DOCKER_CONFIG of this run's own: credentials written there
     * go when it is removed. The user's plugins, builders and contexts are linked in.
     */
    constructor(configDir, timeouts) {
        this.configDir = configDir;
        this.timeouts = timeouts;
    }
    /**
     * A docker client whose DOCKER_CONFIG is a directory of this run's own. Where the
     * action logs in (to `loginRegistries`), the user's config.json comes along without
     * its credential store, so that the login
     * writes into that directory (gone when it is removed), never into a keychain,
     * pass or secretservice that outlives the job; the store still answers for every
     * other registry it knows.
     */
    static async open(tempRoot, loginRegistries, timeouts = DEFAULT_TIMEOUTS) {
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tempRoot, 'dev-release-docker-'));
        const original = process.env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(original, 'config.json'))) {
            if (loginRegistries.length) {
                const config = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(original, 'config.json'), 'utf8'));
                const servers = config.credsStore ? await storedServers(config.credsStore) : [];
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'config.json'), JSON.stringify(privateConfig(config, servers, ...loginRegistries), null, 2), { mode: 0o600 });
            }
            else {
                // No login: the runner's own credentials, as they are.
                (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(original, 'config.json'), (0,external_node_path_.join)(dir, 'config.json'));
            }
        }
        for (const sub of ['buildx', 'contexts']) {
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(original, sub)))
                (0,external_node_fs_.symlinkSync)((0,external_node_path_.join)(original, sub), (0,external_node_path_.join)(dir, sub));
        }
        // Plugins one by one, so that installing buildx never writes into the user's directory.
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dir, 'cli-plugins'));
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(original, 'cli-plugins'))) {
            for (const plugin of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(original, 'cli-plugins'))) {
                (0,external_node_fs_.symlinkSync)((0,external_node_path_.join)(original, 'cli-plugins', plugin), (0,external_node_path_.join)(dir, 'cli-plugins', plugin));
            }
        }
        return new Docker(dir, timeouts);
    }
    /** Removes the config directory and the credentials in it. */
    dispose() {
        (0,external_node_fs_.rmSync)(this.configDir, { recursive: true, force: true });
    }
    docker(args, options = {}) {
        // Every docker command has a deadline: the one given, else request-timeout (a quick question to the engine).
        const timeoutMs = options.timeoutMs ?? this.timeouts.request;
        return (0,exec/* run */.eF)('docker', args, { ...options, timeoutMs, env: { ...options.env, DOCKER_CONFIG: this.configDir } });
    }
    /** Download a pinned buildx release into this config's plugin directory, within build-timeout. */
    async installBuildx() {
        let timer;
        const deadline = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new exec/* TimeoutError */.MU(`Installing buildx (build-timeout) did not finish within ${(0,exec/* formatDuration */.a3)(this.timeouts.build)}.`)), this.timeouts.build);
        });
        try {
            await Promise.race([this.downloadBuildx(), deadline]);
        }
        finally {
            clearTimeout(timer);
        }
    }
    async downloadBuildx() {
        const arch = { x64: 'amd64', arm64: 'arm64', arm: 'arm-v7' }[process.arch];
        if (!arch || process.platform !== 'linux') {
            throw new DockerError(`docker buildx is missing, and no buildx release is known for ${process.platform}/${process.arch}.`);
        }
        const url = `https://github.com/docker/buildx/releases/download/v${BUILDX_VERSION}/buildx-v${BUILDX_VERSION}.linux-${arch}`;
        const checked = (file, where, remove) => {
            const sha256 = (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(file)).digest('hex');
            if (sha256 === BUILDX_SHA256[arch])
                return;
            for (const path of remove)
                (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
            throw new DockerError(`buildx ${BUILDX_VERSION} ${where} has sha256 ${sha256}, not ${BUILDX_SHA256[arch]}, the release's own: it was removed and not run. Install buildx before the action (docker/setup-buildx-action) to use another.`);
        };
        let cached = tool_cache/* find */.I6('docker-buildx', BUILDX_VERSION, arch);
        // A cached one that hashes otherwise goes with its entry (`.complete` marks it whole), so a re-run downloads anew.
        if (cached)
            checked((0,external_node_path_.join)(cached, 'docker-buildx'), 'in the tool cache', [cached, `${cached}.complete`]);
        else {
            const downloaded = await tool_cache/* downloadTool */.bq(url);
            checked(downloaded, `downloaded from ${url}`, [downloaded]);
            cached = await tool_cache/* cacheFile */.NJ(downloaded, 'docker-buildx', 'docker-buildx', BUILDX_VERSION, arch);
        }
        const plugin = (0,external_node_path_.join)(this.configDir, 'cli-plugins', 'docker-buildx');
        (0,external_node_fs_.rmSync)(plugin, { force: true });
        (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(cached, 'docker-buildx'), plugin);
        (0,external_node_fs_.chmodSync)(plugin, 0o755);
    }
    /** Log in with the password on standard input, never in the arguments. */
    async login(registry, username, password) {
        return this.docker(['login', '--username', username, '--password-stdin', registry], {
            input: password,
            allowFailure: true,
            timeoutMs: this.timeouts.request,
            what: `Logging in to ${registry}`
        });
    }
    /** The builder (the current one, or `name`); undefined where docker has no buildx plugin. */
    async inspectBuilder(name) {
        const r = await this.docker(['buildx', 'inspect', '--bootstrap', ...(name ? [name] : [])], {
            allowFailure: true,
            timeoutMs: this.timeouts.push,
            what: 'Starting the builder (docker buildx inspect --bootstrap)'
        });
        if (r.code !== 0 && /is not a docker command|unknown command/i.test(r.stderr))
            return undefined;
        if (r.code !== 0)
            throw new DockerError(`docker buildx inspect failed: ${r.stderr.trim()}`);
        const field = (key) => new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(r.stdout)?.[1].trim() ?? '';
        const platforms = [...r.stdout.matchAll(/^Platforms:\s*(.*)$/gm)].flatMap(m => m[1].split(',').map(p => p.trim().replace(/\*$/, '')));
        const buildkit = field('BuildKit version') || field('Buildkit');
        return {
            name: field('Name'),
            driver: field('Driver'),
            platforms: platforms.filter(Boolean),
            ...(buildkit ? { buildkit } : {})
        };
    }
    /** `github.com/docker/buildx 0.29.1 …`, as buildx says it. */
    async buildxVersion() {
        const r = await this.docker(['buildx', 'version'], {
            allowFailure: true,
            timeoutMs: this.timeouts.request,
            what: 'docker buildx version'
        });
        return r.stdout.trim() || 'buildx (version unknown)';
    }
    /** The Docker engine's version (`26.1.5+dfsg1`), '' where it does not answer. */
    async serverVersion() {
        const r = await this.docker(['version', '--format', '{{.Server.Version}}'], {
            allowFailure: true,
            timeoutMs: this.timeouts.request,
            what: 'Asking the Docker engine (docker version)'
        });
        return r.code === 0 ? r.stdout.trim() : '';
    }
    /** With the containerd image store, the default `docker` driver pushes multi-platform images. */
    async hasContainerdStore() {
        const r = await this.docker(['info', '--format', '{{json .DriverStatus}}'], {
            allowFailure: true,
            timeoutMs: this.timeouts.request,
            what: 'Asking the Docker engine (docker info)'
        });
        return r.code === 0 && r.stdout.includes('io.containerd.snapshotter');
    }
    /** A docker-container builder running `image`, reused when it exists. */
    async createContainerBuilder(image) {
        const existing = await this.docker(['buildx', 'inspect', BUILDER_NAME], { allowFailure: true });
        // A builder of that name left by another run (a self-hosted runner's) is used only where it runs the image asked
        // for: it gets the registries' credentials.
        if (existing.code === 0 && builderImage(existing.stdout) !== image) {
            await this.docker(['buildx', 'rm', BUILDER_NAME], { allowFailure: true });
            existing.code = 1;
        }
        // network=host: the builder reaches what the runner reaches, registries on its loopback included.
        if (existing.code !== 0) {
            await this.docker([
                ...['buildx', 'create', '--name', BUILDER_NAME, '--driver', 'docker-container'],
                ...['--driver-opt', 'network=host', '--driver-opt', `image=${image}`]
            ]);
        }
        return BUILDER_NAME;
    }
    /** Register QEMU emulators for the given platforms' architectures. */
    async registerQemu(platforms, image) {
        const arches = [...new Set(platforms.map(p => p.split('/')[1]))].join(',');
        return this.docker(['run', '--rm', '--privileged', image, '--install', arches], {
            allowFailure: true,
            timeoutMs: this.timeouts.push,
            what: `Registering QEMU with ${image}`
        });
    }
    /**
     * One buildx build: every platform under every tag (a manifest list), or one platform by digest without tags
     * (mode platform), or nothing pushed (cacheOnly). Returns the digest buildx reports for what it pushed.
     */
    async buildAndPush(o) {
        const args = buildxBuildArgs(o);
        // buildx gets the runner's cache service variables, which type=gha needs (never in its arguments), and
        // nothing else of the runner's.
        const epoch = process.env.SOURCE_DATE_EPOCH ?? (o.sourceDateEpoch === undefined ? undefined : String(o.sourceDateEpoch));
        const r = await this.docker(args, {
            stream: true,
            allowFailure: true,
            timeoutMs: this.timeouts.push,
            what: 'Building and pushing the image',
            env: epoch ? { SOURCE_DATE_EPOCH: epoch } : {},
            runnerVariables: GHA_CACHE_VARIABLES
        });
        if (r.code !== 0)
            throw new DockerError(`docker buildx build failed (exit code ${r.code}): ${(0,exec/* lastLines */.w$)(r, 10)}`, r.stderr);
        if (o.cacheOnly)
            return '';
        const metadata = JSON.parse((0,external_node_fs_.readFileSync)(o.metadataFile, 'utf8'));
        const digest = metadata['containerimage.digest'];
        if (typeof digest !== 'string')
            throw new DockerError('docker buildx build wrote no image digest to its metadata file.');
        return digest;
    }
    /** A builder that can push by digest: the docker driver cannot. */
    async bootstrapContainerBuilder(image) {
        const name = await this.createContainerBuilder(image).catch(error => error);
        if (name instanceof Error)
            return { code: 1, stdout: '', stderr: name.message };
        const result = await this.docker(['buildx', 'inspect', '--bootstrap', name], {
            allowFailure: true,
            timeoutMs: this.timeouts.push,
            what: 'Starting the docker-container builder'
        });
        // A builder that cannot start is not kept for the next run.
        if (result.code !== 0)
            await this.docker(['buildx', 'rm', name], { allowFailure: true });
        return result;
    }
    /** One tagged manifest list from images pushed by digest. */
    async createManifestList(tags, sources, annotations = {}) {
        return this.docker(imagetoolsCreateArgs(tags, sources, annotations), {
            stream: true,
            allowFailure: true,
            timeoutMs: this.timeouts.push,
            what: 'Creating the manifest list'
        });
    }
    /** Digest and platforms of a pushed image, as the registry has it. */
    async inspectImage(ref) {
        const r = await this.docker(['buildx', 'imagetools', 'inspect', '--format', '{{json .Manifest}}', ref], {
            allowFailure: true,
            timeoutMs: this.timeouts.request,
            what: `Inspecting ${ref}`
        });
        if (r.code !== 0)
            throw new DockerError(`Inspecting ${ref} failed: ${(0,exec/* lastLines */.w$)(r, 10)}`);
        const manifest = JSON.parse(r.stdout);
        const entries = (manifest.manifests ?? []).filter(m => m.platform !== undefined && m.platform.os !== 'unknown');
        const platforms = entries.map(m => [m.platform.os, m.platform.architecture, m.platform.variant].filter(Boolean).join('/'));
        return { digest: manifest.digest, platforms, images: entries.map(m => m.digest) };
    }
}
/** What buildx's type=gha cache reads from the runner. */
const GHA_CACHE_VARIABLES = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL'];
/** The `docker buildx build` argument list for a build: data, tested as a table. */
function buildxBuildArgs(o) {
    const args = ['buildx', 'build'];
    if (o.builder)
        args.push('--builder', o.builder);
    // No SBOM attestation: buildx adds none unless asked, and an attestation entry shows as unknown/unknown.
    args.push('--platform', o.platforms.join(','), '--file', o.dockerfile, `--provenance=${o.provenance}`, '--sbom=false');
    if (o.target)
        args.push('--target', o.target);
    args.push('--metadata-file', o.metadataFile);
    // Layer file times clamped to the commit's (SOURCE_DATE_EPOCH), where the builder takes it (plan/layer-times.ts).
    const stamps = o.rewriteTimestamp
        ? `,rewrite-timestamp=true${o.rewriteTimestamp.unpackFalse ? ',unpack=false' : ''}`
        : '';
    if (o.cacheOnly) {
        args.push('--output', 'type=cacheonly');
    }
    else if (o.byDigest) {
        args.push('--output', `type=image,name=${o.byDigest.image},push-by-digest=true,name-canonical=true,push=true${stamps}`);
    }
    else {
        // The image exporter with push=true is --push; it takes the --tag names as its own.
        args.push(...(stamps ? ['--output', `type=image,push=true${stamps}`] : ['--push']));
        for (const tag of o.tags)
            args.push('--tag', tag);
    }
    if (o.noCache)
        args.push('--no-cache');
    for (const cache of o.cacheFrom)
        args.push('--cache-from', cache);
    for (const cache of o.cacheTo)
        args.push('--cache-to', cache);
    for (const [key, value] of Object.entries(o.labels))
        args.push('--label', `${key}=${value}`);
    if (o.platforms.length > 1 && !o.byDigest && !o.cacheOnly) {
        for (const [key, value] of Object.entries(o.annotations ?? {}))
            args.push('--annotation', `index:${key}=${value}`);
    }
    for (const arg of o.buildArgs)
        args.push('--build-arg', arg);
    args.push(o.context);
    return args;
}
/** The `docker buildx imagetools create` argument list: every tag, the list's annotations, then every source. */
function imagetoolsCreateArgs(tags, sources, annotations = {}) {
    const annotate = Object.entries(annotations).flatMap(([key, value]) => ['--annotation', `index:${key}=${value}`]);
    return ['buildx', 'imagetools', 'create', ...tags.flatMap(tag => ['--tag', tag]), ...annotate, ...sources];
}
/** The image a docker-container builder runs, from `docker buildx inspect` ('' where it names none). */
function builderImage(inspect) {
    const options = /^Driver Options:\s*(.*)$/m.exec(inspect)?.[1] ?? '';
    return /(?:^|\s)image="([^"]*)"/.exec(options)?.[1] ?? '';
}


/***/ }),

/***/ 45889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ endpoints)
/* harmony export */ });
// Where the services the action talks to answer, read in one place: each has its public address, and a
// DEV_RELEASE_* variable that points it elsewhere (the tests' stand-ins on loopback, a mirror of a service).
function endpoints(env = process.env) {
    return {
        dockerHub: env.DEV_RELEASE_DOCKER_HUB_API || 'https://hub.docker.com',
        ghcrRegistry: env.DEV_RELEASE_GHCR_REGISTRY || 'https://ghcr.io',
        sigstore: {
            'public-good': {
                fulcio: env.DEV_RELEASE_FULCIO_URL || 'https://fulcio.sigstore.dev',
                rekor: env.DEV_RELEASE_REKOR_URL || 'https://rekor.sigstore.dev'
            },
            // GitHub's own instance, for private repositories: no public log, a timestamp authority instead.
            github: {
                fulcio: env.DEV_RELEASE_GITHUB_FULCIO_URL || 'https://fulcio.githubapp.com',
                tsa: env.DEV_RELEASE_TSA_URL || 'https://timestamp.githubapp.com'
            }
        },
        trustedRoot: env.DEV_RELEASE_TRUSTED_ROOT || undefined
    };
}


/***/ }),

/***/ 16337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ imageLocation),
/* harmony export */   cA: () => (/* binding */ RegistryApi),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   tj: () => (/* binding */ platformOf),
/* harmony export */   u4: () => (/* binding */ RegistryApiError)
/* harmony export */ });
/* unused harmony export parseChallenge */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plan_image_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32915);
/* harmony import */ var _plan_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76033);
/* harmony import */ var _capped_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72727);
// The registry's HTTP API (the OCI distribution spec), for what docker's CLI
// cannot answer: which tags an image already has. Token auth as registries do
// it: a 401 names a realm, which hands out a bearer token for the scope.




/** Where an image's registry answers, by Docker's rules (docker.io, library/, loopback over plain HTTP). */
function imageLocation(image) {
    const { registry: host, path: parts } = (0,_plan_image_names_js__WEBPACK_IMPORTED_MODULE_2__/* .splitRegistry */ .K0)(image);
    if (host === 'docker.io' || host === 'index.docker.io') {
        return {
            base: 'https://registry-1.docker.io',
            repository: parts.length === 1 ? `library/${parts[0]}` : parts.join('/')
        };
    }
    const loopback = (0,_plan_image_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isLoopback */ .U9)(host.replace(/:\d+$/, ''));
    return { base: `${loopback ? 'http' : 'https'}://${host}`, repository: parts.join('/') };
}
/** An OCI content digest: what a registry names a manifest or blob by. */
const digestOf = (data) => `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
/** A list entry's platform as Docker writes it: os/architecture[/variant]; undefined for an entry without one. */
function platformOf(entry) {
    const p = entry.platform;
    return p && [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** Server errors a read is tried again after, and the waits before each try. */
const SERVER_ERRORS = new Set([500, 502, 503, 504]);
const READ_RETRY_MS = [500, 1500];
class RegistryApiError extends Error {
}
/**
 * A manifest's digest, from its bytes: never the registry's word alone (Docker-Content-Digest), which a registry, or
 * anyone on the way to a plain-http one, could set to any image's digest to get it signed or read back as ours.
 * Fetched by digest, the bytes must hash to it; a header that disagrees with the bytes is an error either way.
 */
function checkedDigest(body, reference, header, at) {
    const digest = digestOf(body);
    const claimed = reference.startsWith('sha256:') ? reference : header;
    if (claimed && claimed !== digest)
        throw new RegistryApiError(`The registry served ${at.repository}:${reference} as ${claimed}, but its bytes are ${digest}: a manifest is trusted by its bytes only.`);
    return digest;
}
const MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json'
].join(', ');
/** `Bearer realm="…",service="…",scope="…"` */
function parseChallenge(header) {
    const [scheme, ...rest] = header.trim().split(/\s+/);
    const params = {};
    for (const m of rest.join(' ').matchAll(/([a-zA-Z]+)="([^"]*)"/g))
        params[m[1].toLowerCase()] = m[2];
    return { scheme: scheme.toLowerCase(), params };
}
/** A client for one repository, authenticated on the first 401. */
class RegistryApi {
    location;
    credentials;
    timeoutMs;
    authorization;
    constructor(location, credentials, timeoutMs = 30_000) {
        this.location = location;
        this.credentials = credentials;
        this.timeoutMs = timeoutMs;
    }
    basic() {
        if (!this.credentials?.username)
            return undefined;
        return `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`;
    }
    async request(path, init = {}, scope = 'pull') {
        const target = new URL(path, `${this.location.base}/v2/`);
        // A path the registry handed over (a Link's next page, an upload's Location) may name any host: the login goes to
        // the registry's own origin alone.
        if (target.origin !== new URL(this.location.base).origin)
            throw new RegistryApiError(`The registry ${this.location.base} pointed to ${target.origin}, another origin: its credentials go to the registry alone, so that request is not made.`);
        const url = target.toString();
        const once = () => fetch(url, {
            ...init,
            headers: {
                ...init.headers,
                ...(this.authorization ? { Authorization: this.authorization } : {})
            },
            signal: AbortSignal.timeout(this.timeoutMs)
        });
        // A read the registry fails with a server error is asked again, twice: a registry under concurrent pushes of the
        // same content (distribution's filesystem storage) answers 500 for a moment. A write is never sent twice.
        const reads = !init.method || init.method === 'GET' || init.method === 'HEAD';
        const send = async () => {
            for (let attempt = 0;; attempt++) {
                const answer = await once();
                if (!reads || !SERVER_ERRORS.has(answer.status) || attempt >= READ_RETRY_MS.length)
                    return answer;
                await answer.body?.cancel();
                await new Promise(resolve => setTimeout(resolve, READ_RETRY_MS[attempt]));
            }
        };
        let response = await send();
        if (response.status !== 401)
            return response;
        await response.body?.cancel();
        const challenge = parseChallenge(response.headers.get('www-authenticate') ?? '');
        if (challenge.scheme === 'basic') {
            this.authorization = this.basic();
        }
        else if (challenge.scheme === 'bearer' && challenge.params.realm) {
            this.authorization = await this.token(challenge, scope);
        }
        else {
            return response;
        }
        if (!this.authorization)
            return response;
        response = await send();
        return response;
    }
    async token(challenge, scope) {
        const realm = new URL(challenge.params.realm);
        // The login goes to the realm (Docker Hub's is auth.docker.io): never in the clear, except on this machine.
        if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && (0,_plan_image_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isLoopback */ .U9)(realm.hostname)))
            throw new RegistryApiError(`The registry ${this.location.base} names ${realm.origin} as its token service: a login goes there over https only (or to this machine's loopback).`);
        if (challenge.params.service)
            realm.searchParams.set('service', challenge.params.service);
        realm.searchParams.set('scope', `repository:${this.location.repository}:${scope}`);
        const basic = this.basic();
        const response = await fetch(realm, {
            headers: basic ? { Authorization: basic } : {},
            signal: AbortSignal.timeout(this.timeoutMs)
        });
        if (!response.ok)
            throw new RegistryApiError(`The registry's token service answered ${response.status} for ${this.location.repository}.`);
        const body = (await response.json());
        const token = body.token ?? body.access_token;
        return token ? `Bearer ${token}` : undefined;
    }
    /** What a tag or digest resolves to in the registry: the digest, its media type and size, and a list's platforms. */
    async manifest(reference) {
        const response = await this.request(`${this.location.repository}/manifests/${reference}`, {
            headers: { Accept: MANIFEST_TYPES }
        });
        if (response.status === 404)
            return undefined;
        if (!response.ok)
            throw new RegistryApiError(`The registry answered ${response.status} for ${this.location.repository}:${reference}.`);
        const bytes = await (0,_capped_body_js__WEBPACK_IMPORTED_MODULE_1__/* .cappedBody */ .q6)(response, _capped_body_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_MANIFEST */ .xZ, `The manifest ${this.location.repository}:${reference}`);
        const digest = checkedDigest(bytes, reference, response.headers.get('docker-content-digest'), this.location);
        const body = bytes.toString('utf8');
        const manifests = JSON.parse(body).manifests ?? [];
        const children = manifests.map(m => m.digest);
        // buildx's attestation manifests: children of the manifest list that are referrers of another child.
        const attestations = manifests
            .filter(m => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest')
            .map(m => m.digest);
        const platforms = manifests.filter(m => m.platform && m.platform.os !== 'unknown').map(m => platformOf(m));
        // Its descriptor, as a manifest that refers to it names it (an OCI referrer's subject).
        const mediaType = (response.headers.get('content-type') ?? '').split(';')[0];
        return { digest, mediaType, size: bytes.length, platforms, children, attestations, manifests };
    }
    /** A platform image's manifest: its config and its layers. */
    async imageManifest(digest) {
        const response = await this.request(`${this.location.repository}/manifests/${digest}`, {
            headers: { Accept: MANIFEST_TYPES }
        });
        if (!response.ok)
            throw new RegistryApiError(`The registry answered ${response.status} for ${this.location.repository}@${digest}.`);
        const bytes = await (0,_capped_body_js__WEBPACK_IMPORTED_MODULE_1__/* .cappedBody */ .q6)(response, _capped_body_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_MANIFEST */ .xZ, `The manifest ${this.location.repository}@${digest}`);
        checkedDigest(bytes, digest, response.headers.get('docker-content-digest'), this.location);
        const body = JSON.parse(bytes.toString('utf8'));
        if (!body.config)
            throw new RegistryApiError(`${this.location.repository}@${digest} is no image manifest.`);
        return { config: body.config, layers: body.layers ?? [] };
    }
    /** A blob's bytes (a config, a layer), checked against its digest. */
    async blob(digest) {
        const response = await this.request(`${this.location.repository}/blobs/${digest}`);
        if (!response.ok)
            throw new RegistryApiError(`The registry answered ${response.status} for blob ${digest} of ${this.location.repository}.`);
        const data = await (0,_capped_body_js__WEBPACK_IMPORTED_MODULE_1__/* .cappedBody */ .q6)(response, _capped_body_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_BLOB */ .p6, `Blob ${digest} of ${this.location.repository}`);
        if (digestOf(data) !== digest)
            throw new RegistryApiError(`Blob ${digest} of ${this.location.repository} arrived as ${digestOf(data)}.`);
        return data;
    }
    /**
     * Delete a tag, where the registry deletes tags (the OCI distribution spec
     * lets it refuse). Never deletes by digest: another tag or list may hold it.
     */
    async deleteTag(tag) {
        const response = await this.request(`${this.location.repository}/manifests/${tag}`, { method: 'DELETE' }, 'pull,push,delete');
        await response.body?.cancel();
        return response.status === 202 || response.status === 200 ? 'deleted' : 'refused';
    }
    /** Put a manifest under a tag (the tag moves to it); returns its digest. */
    async putManifest(tag, body, mediaType) {
        const response = await this.request(`${this.location.repository}/manifests/${tag}`, { method: 'PUT', headers: { 'Content-Type': mediaType }, body }, 'pull,push');
        await response.body?.cancel();
        if (response.status !== 201 && response.status !== 200)
            throw new RegistryApiError(`The registry answered ${response.status} to putting ${this.location.repository}:${tag}.`);
        return response.headers.get('docker-content-digest') ?? digestOf(body);
    }
    /** Delete a manifest by digest (and with it every tag that points at it): only when nothing else points at it. */
    async deleteManifest(digest) {
        const response = await this.request(`${this.location.repository}/manifests/${digest}`, { method: 'DELETE' }, 'pull,push,delete');
        await response.body?.cancel();
        return response.status;
    }
    /** Every tag of the repository (empty when it does not exist yet), following pagination. */
    async tags() {
        const tags = [];
        let path = `${this.location.repository}/tags/list?n=1000`;
        while (path) {
            const response = await this.request(path);
            if (response.status === 404)
                return tags;
            if (response.status === 401 || response.status === 403) {
                throw new _plan_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .PermanentError */ .Dr(`The registry refused to list the tags of ${this.location.repository} (${response.status}): check registry-username and registry-password.`);
            }
            if (!response.ok)
                throw new RegistryApiError(`The registry answered ${response.status} listing the tags of ${this.location.repository}.`);
            const body = (await response.json());
            tags.push(...(body.tags ?? []));
            // Link: </v2/acme/widget/tags/list?n=1000&last=x>; rel="next"
            const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
            path = next ? new URL(next, this.location.base).toString() : undefined;
        }
        return tags;
    }
}


/***/ }),

/***/ 87289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ classifyBuildxFailure)
/* harmony export */ });
/* unused harmony export finalErrorLine */
// Why a buildx run failed, read from its last error line, not from anything a
// build step printed: a RUN step that prints "401" or "timed out", or a log
// timestamp like "#7 0.503", says nothing about the registry.
const AUTH = /\b(401|403)\b|unauthorized|insufficient_scope|authorization failed|failed to authorize|access (to the resource is )?denied|denied: |forbidden/i;
const TRANSIENT = /\b5\d\d\b|connection refused|connection reset|i\/o timeout|TLS handshake timeout|unexpected EOF|no such host|server misbehaving|context deadline exceeded|Service Unavailable|Bad Gateway|Gateway Timeout|Internal Server Error/i;
/** buildx's last error line: the last `ERROR:` line, else the last line. */
function finalErrorLine(output) {
    const lines = output
        .split('\n')
        .map(l => l.trim())
        .filter(Boolean);
    return [...lines].reverse().find(l => /^ERROR:/.test(l)) ?? lines[lines.length - 1] ?? '';
}
function classifyBuildxFailure(output) {
    const line = finalErrorLine(output);
    if (/did not complete successfully|dockerfile parse error|failed to (parse|read) dockerfile|failed to compute cache key|not found$/i.test(line) &&
        !/failed to push/i.test(line)) {
        return { kind: 'build', line };
    }
    if (AUTH.test(line))
        return { kind: 'auth', line };
    if (TRANSIENT.test(line))
        return { kind: 'transient', line };
    return { kind: 'other', line };
}


/***/ }),

/***/ 76033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ PermanentError),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   Xg: () => (/* binding */ isAuthFailure),
/* harmony export */   lE: () => (/* binding */ isPermanent)
/* harmony export */ });
/* unused harmony export RETRY_DELAYS_MS */
// Bounded retries for transient faults (a registry or index that is down or
// answering 5xx): a few attempts, well under a minute in all.
const RETRY_DELAYS_MS = [3000, 9000];
class PermanentError extends Error {
}
/** An error not worth another try: a PermanentError, or one that says so (a stalled or stopped program). */
function isPermanent(error) {
    return error instanceof PermanentError || error?.permanent === true;
}
/**
 * Run `attempt` until it succeeds, it throws a PermanentError, or the delays run out.
 * `log` tells the user about each retry.
 */
async function withRetries(what, attempt, log, delays = RETRY_DELAYS_MS) {
    for (let i = 0;; i++) {
        try {
            return await attempt();
        }
        catch (error) {
            if (isPermanent(error) || i >= delays.length)
                throw error;
            const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
            log(`${what} failed (${reason}); attempt ${i + 2} of ${delays.length + 1} in ${delays[i] / 1000} s.`);
            await new Promise(resolve => setTimeout(resolve, delays[i]));
        }
    }
}
/** Output of a registry or index client that says the other side refused the credentials. */
function isAuthFailure(output) {
    return /\b(401|403)\b|unauthorized|authentication required|denied|forbidden|incorrect username or password/i.test(output);
}


/***/ }),

/***/ 3213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ distFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// The built distribution files with their digests: what the index step uploads and signs, and what the index
// review holds against the index. Its own module, under both (the upload loads the signing, which needs the shape).



/** The built files with their digests, the wheel first: a wheel rebuilds byte for byte, so it proves whose a half upload is. */
function distFiles(paths) {
    return paths
        .map(path => ({
        path,
        name: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path),
        sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path)).digest('hex')
    }))
        .sort((a, b) => Number(b.name.endsWith('.whl')) - Number(a.name.endsWith('.whl')) || a.name.localeCompare(b.name));
}


/***/ }),

/***/ 81988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ realOutside)
});

// EXTERNAL MODULE: ./src/outside/docker.ts + 1 modules
var docker = __webpack_require__(64655);
;// CONCATENATED MODULE: ./src/outside/docker-hub.ts
// Docker Hub's own API, beside its registry: the registry deletes no tags there, the API does, with a token that
// a login with the registry's credentials gives.
class DockerHub {
    base;
    timeoutMs;
    /** `base`: the API's address (endpoints' dockerHub). */
    constructor(base, timeoutMs) {
        this.base = base;
        this.timeoutMs = timeoutMs;
    }
    /** A token for the account; the status, and the token where Docker Hub gave one. */
    async login(username, password) {
        const r = await this.json(`${this.base}/v2/users/login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ username, password })
        });
        return { status: r.status, token: r.body?.token };
    }
    /** Delete a tag of a repository (`library/name` for an official image's); Docker Hub's status. */
    async deleteTag(repository, tag, token) {
        const r = await this.json(`${this.base}/v2/repositories/${repository}/tags/${encodeURIComponent(tag)}/`, {
            method: 'DELETE',
            headers: { Authorization: `Bearer ${token}` }
        });
        return r.status;
    }
    async json(url, init) {
        const response = await fetch(url, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
        const text = await response.text();
        let body;
        try {
            body = text ? JSON.parse(text) : undefined;
        }
        catch {
            body = text;
        }
        return { status: response.status, body };
    }
}

// EXTERNAL MODULE: ./src/outside/endpoints.ts
var endpoints = __webpack_require__(45889);
// EXTERNAL MODULE: ./src/outside/registry-api.ts
var registry_api = __webpack_require__(16337);
// EXTERNAL MODULE: ./src/outside/package-index.ts
var package_index = __webpack_require__(16534);
;// CONCATENATED MODULE: ./src/steps/effects.ts
// What the steps ask of the outside world, as small interfaces. The modules in src/outside/ are the real ones
// (realOutside); unit tests hand in fakes, so that every decision a step makes (how to push, what to fall back
// to, what to retry, what a re-run skips) is tested without dockerd, a registry or an index.





const realOutside = {
    openEngine: (temp, registries, timeouts) => docker/* Docker */.Jg.open(temp, registries, timeouts),
    registry: (image, credentials, timeoutMs) => new registry_api/* RegistryApi */.cA((0,registry_api/* imageLocation */.DD)(image), credentials, timeoutMs),
    referrers: (credentials, timeoutMs) => async (image, subjectDigest, artifact) => {
        const { attachReferrer } = await __webpack_require__.e(/* import() */ 723).then(__webpack_require__.bind(__webpack_require__, 55723));
        const api = new registry_api/* RegistryApi */.cA((0,registry_api/* imageLocation */.DD)(image), credentials(image), timeoutMs);
        return attachReferrer(api, subjectDigest, artifact);
    },
    index: { files: package_index.existingFiles, download: package_index/* downloadFile */.PE },
    // Octokit loads only for a cleanup of a ghcr.io image: a release never needs it.
    ghcr: async (image, credentials, token, timeoutMs) => {
        const { GhcrPackage } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(279)]).then(__webpack_require__.bind(__webpack_require__, 26279));
        const location = { ...(0,registry_api/* imageLocation */.DD)(image), base: (0,endpoints/* endpoints */.v)().ghcrRegistry };
        return {
            versions: new GhcrPackage(image, token, timeoutMs),
            registry: new registry_api/* RegistryApi */.cA(location, credentials, timeoutMs)
        };
    },
    dockerHub: timeoutMs => new DockerHub((0,endpoints/* endpoints */.v)().dockerHub, timeoutMs)
};


/***/ }),

/***/ 89847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gB: () => (/* binding */ previewImagePush),
  WH: () => (/* binding */ pushFirstName)
});

// UNUSED EXPORTS: buildOnce, decidePush

// EXTERNAL MODULE: ./src/outside/runner.ts
var runner = __webpack_require__(45081);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/outside/docker.ts + 1 modules
var docker = __webpack_require__(64655);
// EXTERNAL MODULE: ./src/outside/exec.ts
var exec = __webpack_require__(56002);
// EXTERNAL MODULE: ./src/outside/leftovers.ts
var leftovers = __webpack_require__(25335);
// EXTERNAL MODULE: ./src/plan/buildx-output.ts
var buildx_output = __webpack_require__(87289);
// EXTERNAL MODULE: ./src/plan/docker-tags.ts
var docker_tags = __webpack_require__(41133);
// EXTERNAL MODULE: ./src/plan/platforms.ts
var platforms = __webpack_require__(90551);
// EXTERNAL MODULE: ./src/versions/words.ts
var words = __webpack_require__(13880);
;// CONCATENATED MODULE: ./src/plan/image-push.ts
// How the image gets to the registry: one decision, from the inputs and what the engine says about itself, made
// before anything is built, shown in the log and the summary, and carried out by the executor as decided. Pure.

/** Whether the engine's image store matters: only the docker driver's multi-platform pushes depend on it. */
function needsStoreFact(request, facts) {
    return request.mode === 'all' && facts.driver === 'docker' && request.platforms.length > 1;
}
/** Whether to start a docker-container builder of the action's own: the docker driver cannot do what is asked. */
function wantsOwnBuilder(request, facts) {
    if (request.mode === 'merge' || facts.driver !== 'docker')
        return false;
    if (request.mode === 'platform')
        return !request.verify; // pushing by digest
    return needsStoreFact(request, facts) && facts.containerdStore === false;
}
/** How the image is pushed, given everything that was found out. */
function decideImagePush(request, facts) {
    const n = request.platforms.length;
    const list = (0,words/* plural */.LS)(n, 'platform');
    const own = facts.ownBuilderError === '';
    const failed = facts.ownBuilderError ? ` (a docker-container builder could not start: ${facts.ownBuilderError})` : '';
    if (request.mode === 'merge')
        return { how: 'merge', ownBuilder: false, why: "the platform jobs' images joined into one manifest list" };
    if (request.mode === 'platform') {
        if (request.verify)
            return { how: 'cache-only', ownBuilder: false, why: `${request.platforms[0]} built, nothing pushed` };
        if (facts.driver !== 'docker' || own)
            return {
                how: 'by-digest',
                ownBuilder: own,
                why: `${request.platforms[0]} pushed by digest, without tags, on ${own ? "the action's own docker-container builder" : `the ${facts.driver} builder`}`
            };
        return {
            how: 'staging-tag',
            ownBuilder: false,
            why: `${request.platforms[0]} pushed under a staging tag: the docker driver cannot push by digest${failed}`,
            warning: `The docker driver cannot push by digest${failed}: this platform's image goes under a staging tag.`
        };
    }
    const classic = needsStoreFact(request, facts) && facts.containerdStore === false && !own;
    if (request.verify)
        return classic
            ? {
                how: 'cache-only-each-platform',
                ownBuilder: false,
                why: `${list} built one by one (the docker driver on the classic image store), nothing pushed`
            }
            : { how: 'cache-only', ownBuilder: own, why: `${list} built in one build, nothing pushed` };
    if (classic)
        return {
            how: 'each-platform',
            ownBuilder: false,
            why: `${list} built one by one under staging tags and joined into one manifest list: the docker driver on the classic image store cannot push a multi-platform image${failed}`,
            warning: `The docker driver cannot push a multi-platform image without the containerd image store${failed}. Building each platform on its own and joining them into one manifest list instead.`
        };
    const builder = own
        ? "the action's own docker-container builder"
        : facts.driver === 'docker' && n > 1
            ? 'the docker driver (containerd image store)'
            : `the ${facts.driver} builder`;
    return { how: 'one-build', ownBuilder: own, why: `${list} in one build on ${builder}, every tag pushed` };
}

// EXTERNAL MODULE: ./src/plan/image-names.ts
var image_names = __webpack_require__(32915);
;// CONCATENATED MODULE: ./src/plan/labels.ts
/** org.opencontainers.image.* from the plan and pyproject.toml, then the labels input over them. */
function imageLabels(s) {
    const labels = {
        'org.opencontainers.image.title': s.project?.name ?? s.repository.split('/').pop() ?? '',
        'org.opencontainers.image.description': s.project?.description ?? '',
        'org.opencontainers.image.url': s.repositoryUrl,
        'org.opencontainers.image.source': s.repositoryUrl,
        'org.opencontainers.image.version': s.plan.version,
        'org.opencontainers.image.revision': s.plan.sha,
        // The commit's time, not the clock's: a re-run of a release builds the same image.
        'org.opencontainers.image.created': new Date((s.plan.commitEpoch ?? Date.now() / 1000) * 1000).toISOString(),
        'org.opencontainers.image.licenses': s.project?.license ?? ''
    };
    for (const line of s.extra) {
        const at = line.indexOf('=');
        labels[line.slice(0, at).trim()] = line.slice(at + 1);
    }
    return Object.fromEntries(Object.entries(labels).filter(([, value]) => value !== ''));
}

;// CONCATENATED MODULE: ./src/plan/layer-times.ts
// Whether the image's layer file times can be the commit's (BuildKit's rewrite-timestamp), so that the same commit
// gives the same platform digests on any machine: where the builder takes the option, it is used; elsewhere a notice
// says that a rebuilt layer's times follow the build's clock. Pure: the builder's facts in, the decision out.

/** `v0.13.2`, `26.1.5+dfsg1` as numbers; undefined where no version is named (`v0.0.0+unknown`). */
function version(text) {
    const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text ?? '');
    if (!m)
        return undefined;
    const numbers = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    return numbers.every(n => n === 0) ? undefined : numbers;
}
function atLeast(have, want) {
    for (let i = 0; i < want.length; i++)
        if (have[i] !== want[i])
            return have[i] > want[i];
    return true;
}
/** BuildKit 0.13 added rewrite-timestamp to its image exporter. */
const BUILDKIT = [0, 13, 0];
/** Docker 29.0.1 stopped forcing the unpack that the option conflicts with (moby/moby#51493). */
const DOCKER = [29, 0, 1];
/** Whether to ask the builder for rewrite-timestamp, and why (for the log, and the notice where it is not). */
function layerTimes(facts) {
    if (facts.driver === 'docker') {
        const docker = version(facts.docker);
        if (!facts.containerdStore)
            return {
                rewrite: false,
                why: 'the docker driver on the classic image store takes rewrite-timestamp without applying it (the engine writes the image itself)'
            };
        if (!docker || !atLeast(docker, DOCKER))
            return {
                rewrite: false,
                why: `Docker ${facts.docker || '(version unknown)'} unpacks every image it builds into the containerd store, and refuses rewrite-timestamp with that (Docker 29.0.1 and later take it with unpack=false)`
            };
        return { rewrite: true, unpackFalse: true, why: `Docker ${facts.docker} takes rewrite-timestamp with unpack=false` };
    }
    const buildkit = version(facts.buildkit);
    if (!buildkit)
        return {
            rewrite: false,
            why: `the ${facts.driver} builder names no BuildKit version, so rewrite-timestamp is not asked for`
        };
    if (!atLeast(buildkit, BUILDKIT))
        return {
            rewrite: false,
            why: `BuildKit ${facts.buildkit} predates rewrite-timestamp (BuildKit 0.13); a builder with a newer one (buildkit-image) takes it`
        };
    return { rewrite: true, unpackFalse: false, why: `BuildKit ${facts.buildkit} takes rewrite-timestamp` };
}
/** The notice where layer times are the build's: what differs between two machines, and what does not. */
function layerTimesNotice(decision, platforms) {
    return (`Layer times follow the build's clock where a layer is rebuilt: ${decision.why}. ` +
        `Two builds of this commit on other machines may give other digests for the ${(0,words/* plural */.LS)(platforms, 'platform image')}; ` +
        'the files in them, the labels and the index files are the same (verify --rebuild compares those).');
}

// EXTERNAL MODULE: ./src/plan/retry.ts
var retry = __webpack_require__(76033);
// EXTERNAL MODULE: ./src/steps/manifest-lists.ts
var manifest_lists = __webpack_require__(10150);
;// CONCATENATED MODULE: ./src/steps/image-build.ts
// How the image is built and pushed under its first name: the push decision (pure, in plan/) decides from what the engine
// says (asked here, only what the decision needs); this carries the decision out: one multi-platform build,
// a platform job's push by digest, a pull request's build into the cache, one build per platform joined into a
// list, or the merge of the platform jobs' images. A dry run previews the decision without starting anything.















/** Build and push under the image's first name (or merge, or build a pull request's images), as decided first. */
async function pushFirstName(engine, current, plan, settings, site, outside) {
    const { push, builder, stamps } = await decidePush(engine, plan, settings, current);
    const labels = imageLabels({
        plan,
        project: site.project,
        repository: site.repository,
        repositoryUrl: site.repositoryUrl,
        extra: settings.labels
    });
    if (push.how === 'merge')
        return { ...(await (0,manifest_lists/* mergeImages */.nV)(engine, plan, settings, site, labels)), how: push.why };
    const registry = outside.registry(plan.image, (0,image_names/* imageCredentials */.AV)(settings), settings.timeouts.request);
    return {
        ...(await carryOutBuild(push, builder, labels, engine, registry, plan, settings, site, stamps)),
        how: push.why
    };
}
function pushRequest(plan, settings) {
    // A build job (mode build) builds no image: the planner skips this step there.
    return {
        mode: settings.mode === 'build' ? 'all' : settings.mode,
        platforms: settings.platforms,
        verify: plan.type === 'verify'
    };
}
/** What the decision needs to know of the engine, asked only where it matters. */
async function engineFacts(engine, request, current) {
    const facts = { driver: current.driver };
    if (needsStoreFact(request, facts))
        facts.containerdStore = await engine.hasContainerdStore();
    return facts;
}
/**
 * A dry run's view of how the image would be pushed: the engine is asked (read only), nothing is started; where the
 * action would start a builder of its own, the preview says so and what happens if it cannot.
 */
async function previewImagePush(plan, settings, engine) {
    const current = await engine.inspectBuilder();
    if (!current)
        return 'decided where it runs (docker buildx is not installed here; the action installs it)';
    const request = pushRequest(plan, settings);
    const facts = await engineFacts(engine, request, current);
    if (!wantsOwnBuilder(request, facts))
        return decideImagePush(request, facts).why;
    const started = decideImagePush(request, { ...facts, ownBuilderError: '' }).why;
    const refused = decideImagePush(request, { ...facts, ownBuilderError: 'it could not start' }).why;
    return `${started}, once the action has started that builder; if it cannot: ${refused}`;
}
/**
 * How the image is pushed: the engine asked only what the decision needs, the action's own builder started where
 * the current one cannot do it; QEMU registered where the builder lacks platforms (a failure there is a warning).
 */
async function decidePush(engine, plan, settings, current) {
    const request = pushRequest(plan, settings);
    const facts = await engineFacts(engine, request, current);
    if (wantsOwnBuilder(request, facts)) {
        const created = await engine.bootstrapContainerBuilder(settings.buildkitImage);
        facts.ownBuilderError = created.code === 0 ? '' : (0,exec/* lastLines */.w$)(created, 1) || `exit ${created.code}`;
        if (created.code === 0) {
            (0,leftovers/* remember */.kY)('builder', docker/* BUILDER_NAME */.w2);
            current = (await engine.inspectBuilder(docker/* BUILDER_NAME */.w2)) ?? current;
        }
    }
    const push = decideImagePush(request, facts);
    runner/* info */.pq(`Image push: ${push.why}.`);
    if (push.warning)
        runner/* warning */.$e(push.warning);
    const missing = push.how === 'merge' ? [] : (0,platforms/* unsupportedPlatforms */.AD)(current, settings.platforms);
    if (missing.length) {
        const qemu = await engine.registerQemu(missing, settings.binfmtImage);
        if (qemu.code !== 0) {
            runner/* warning */.$e(`The builder lists no ${missing.join(', ')}, and registering QEMU for them failed (${(0,exec/* lastLines */.w$)(qemu, 1)}). ` +
                'Trying the build anyway: steps that run no foreign binaries need no emulation.');
        }
    }
    const stamps = await layerTimesOf(engine, push, current, facts);
    if (stamps?.rewrite === false)
        runner/* notice */.lm(layerTimesNotice(stamps, settings.platforms.length));
    return { push, builder: push.ownBuilder ? docker/* BUILDER_NAME */.w2 : undefined, stamps };
}
/** Whether the builder that pushes can clamp layer times to the commit's: asked only where something is pushed. */
async function layerTimesOf(engine, push, current, facts) {
    if (push.how === 'merge' || push.how === 'cache-only' || push.how === 'cache-only-each-platform')
        return undefined;
    if (push.ownBuilder || current.driver !== 'docker')
        return layerTimes(current);
    return layerTimes({
        driver: 'docker',
        docker: await engine.serverVersion(),
        containerdStore: facts.containerdStore ?? (await engine.hasContainerdStore())
    });
}
/** One buildx build; its failure sorted into what a retry may mend (a registry away) and what it cannot. */
async function buildOnce(engine, build, registry) {
    try {
        return await engine.buildAndPush(build);
    }
    catch (error) {
        if (!(error instanceof docker/* DockerError */.Bi))
            throw error;
        const failure = (0,buildx_output/* classifyBuildxFailure */.h)(error.output || error.message);
        switch (failure.kind) {
            case 'build':
                throw new retry/* PermanentError */.Dr(`The image build failed: ${failure.line}`);
            case 'auth':
                throw new retry/* PermanentError */.Dr(`The registry ${registry} refused the push: ${failure.line}. ${(0,manifest_lists/* authAdvice */.vc)(registry)}`);
            case 'transient':
                throw new docker/* DockerError */.Bi(`Pushing to ${registry} failed: ${failure.line}`);
            default:
                throw new retry/* PermanentError */.Dr(`docker buildx build failed: ${failure.line}`);
        }
    }
}
async function carryOutBuild(push, builder, labels, engine, registry, plan, settings, site, stamps) {
    const platform = settings.platforms[0];
    const refs = push.how === 'staging-tag' ? [(0,docker_tags/* stagingTag */.al)(plan.imageRefs[0], platform)] : plan.imageRefs;
    const build = {
        builder,
        context: (0,external_node_path_.resolve)(site.workspace, settings.context),
        dockerfile: (0,external_node_path_.resolve)(site.workspace, settings.dockerfile),
        platforms: settings.platforms,
        tags: refs,
        byDigest: push.how === 'by-digest' ? { image: plan.image } : undefined,
        cacheFrom: settings.cacheFrom,
        cacheTo: settings.cacheTo,
        labels,
        annotations: labels,
        buildArgs: settings.buildArgs,
        target: settings.target || undefined,
        provenance: settings.provenance,
        sourceDateEpoch: plan.commitEpoch,
        noCache: settings.noCache,
        metadataFile: (0,external_node_path_.join)(engine.configDir, 'metadata.json'),
        ...(stamps?.rewrite ? { rewriteTimestamp: { unpackFalse: stamps.unpackFalse } } : {})
    };
    if (push.how === 'cache-only' || push.how === 'cache-only-each-platform')
        return await verifyBuild(engine, settings, { ...build, tags: [], cacheOnly: true }, push.how !== 'cache-only');
    if (push.how === 'each-platform')
        return await pushEachPlatform(engine, registry, plan, settings, build);
    const title = settings.mode === 'platform'
        ? `Build ${platform} and push it ${push.how === 'by-digest' ? 'by digest' : `as ${refs[0]}`}`
        : `Build ${settings.platforms.join(', ')} and push ${refs.join(', ')}`;
    const digest = await (0,retry/* withRetries */.LH)(title, () => runner/* group */.Os(title, async () => {
        const built = await buildOnce(engine, build, settings.registry);
        if (build.byDigest)
            return built;
        // The digest is what the tag resolves to in the registry (read by its bytes), and it must be what this build
        // pushed (buildx's containerimage.digest): another push in between, or a registry serving other bytes, is
        // tried again and never signed. A list that lacks a platform is pushed again.
        const tag = refs[0].slice(plan.image.length + 1);
        let pushed = await registry.manifest(tag);
        if (pushed && pushed.digest !== built)
            throw notThisBuild(refs[0], pushed.digest, built);
        if (pushed && !pushed.manifests.length && settings.mode === 'all') {
            await listOfOne(engine, settings, refs, `${plan.image}@${pushed.digest}`, build.annotations ?? {});
            pushed = await registry.manifest(tag);
            if (pushed && !pushed.manifests.length)
                throw new retry/* PermanentError */.Dr(`docker buildx imagetools create copied ${refs[0]} as the single image it is, where buildx 0.12 and later make a manifest list of it (${await engine.buildxVersion()}): update buildx.`);
        }
        // A platform job's image is one image; everything else is a list of exactly the planned platforms.
        const lacking = settings.mode === 'all'
            ? settings.platforms.filter(p => !pushed?.platforms.some(q => (0,platforms/* samePlatform */.my)(p, q)))
            : [];
        if (!pushed || lacking.length) {
            throw new docker/* DockerError */.Bi(`The registry's ${refs[0]} ${pushed ? `lacks ${lacking.join(', ')}` : 'is missing'} after the push`);
        }
        return pushed.digest;
    }), runner/* info */.pq);
    if (settings.mode === 'platform') {
        const dir = (0,manifest_lists/* digestsDir */.RS)(settings, site);
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, digest.replace(/^sha256:/, '')), `${platform}\n`);
        runner/* info */.pq(`Wrote ${platform} ${digest} to ${dir} for the merge job.`);
        return { refs: [], digest, platforms: [platform] };
    }
    // buildx pushed exactly these platforms in one manifest list (the tests read it back from the registry).
    return { refs: plan.imageRefs, digest, platforms: settings.platforms };
}
/**
 * One platform is released as every release is: a manifest list, here of one entry, so that every tag, `latest`, the
 * provenance's subject, the read-back and a cleanup see the same shape whatever the number of platforms (and the
 * platform is written in the list, not only in the image's config). buildx pushes a single image for one platform
 * without attestations: `imagetools create` from it makes the list (buildx 0.12 and later prefer an index for one
 * source), under every tag.
 */
async function listOfOne(engine, settings, refs, source, annotations) {
    await (0,manifest_lists/* createList */.D1)(engine, settings.registry, refs, [source], annotations, `Make ${refs.join(', ')} a manifest list`);
}
/** A tag that resolves to another image than this build pushed: tried again, and never signed. */
function notThisBuild(ref, found, built) {
    return new docker/* DockerError */.Bi(`The registry's ${ref} is ${found}, but this build pushed ${built}: another push came in between, or the registry serves other bytes`);
}
/** A pull request's images: every platform built, the result kept in the build cache only. */
async function verifyBuild(engine, settings, build, perPlatform) {
    const rounds = perPlatform ? settings.platforms.map(p => [p]) : [settings.platforms];
    for (const platforms of rounds) {
        const title = `Build ${platforms.join(', ')} (nothing is pushed)`;
        await (0,retry/* withRetries */.LH)(title, () => runner/* group */.Os(title, () => buildOnce(engine, { ...build, platforms }, settings.registry)), runner/* info */.pq);
    }
    return { refs: [], digest: '', platforms: settings.platforms };
}
/**
 * One build per platform with the docker driver, each under a staging tag, then one manifest list
 * from them (what mode merge does across jobs), then the staging tags go where the registry allows it.
 */
async function pushEachPlatform(engine, registry, plan, settings, build) {
    const sources = [];
    const staging = [];
    for (const platform of settings.platforms) {
        const ref = (0,docker_tags/* stagingTag */.al)(plan.imageRefs[0], platform);
        const title = `Build ${platform} and push it as ${ref}`;
        const digest = await (0,retry/* withRetries */.LH)(title, () => runner/* group */.Os(title, async () => {
            const built = await buildOnce(engine, { ...build, platforms: [platform], tags: [ref] }, settings.registry);
            const pushed = await registry.manifest(ref.slice(plan.image.length + 1));
            if (!pushed)
                throw new docker/* DockerError */.Bi(`The registry has no ${ref} after the push`);
            if (pushed.digest !== built)
                throw notThisBuild(ref, pushed.digest, built);
            return pushed.digest;
        }), runner/* info */.pq);
        sources.push(`${plan.image}@${digest}`);
        staging.push(ref);
    }
    await (0,manifest_lists/* joinPlatforms */.V5)(engine, plan, settings, sources, build.annotations ?? {});
    const kept = [];
    for (const ref of staging) {
        const result = await registry.deleteTag(ref.slice(plan.image.length + 1)).catch(() => 'refused');
        if (result !== 'deleted')
            kept.push(ref);
    }
    if (kept.length) {
        runner/* notice */.lm(`The registry deletes no tags, so the per-platform staging tags stay: ${kept.join(', ')}. The manifest list holds their images; remove the tags with the registry's own tools if they are in the way.`);
    }
    const pushed = await registry.manifest(plan.imageRefs[0].slice(plan.image.length + 1));
    if (!pushed)
        throw new docker/* DockerError */.Bi(`The registry has no ${plan.imageRefs[0]} after the merge.`);
    return { refs: plan.imageRefs, digest: pushed.digest, platforms: pushed.platforms };
}


/***/ }),

/***/ 2836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ failureReason),
/* harmony export */   Zw: () => (/* binding */ heldByIndex),
/* harmony export */   previewUpload: () => (/* binding */ previewUpload),
/* harmony export */   rU: () => (/* binding */ reviewIndex),
/* harmony export */   vY: () => (/* binding */ readIndex)
/* harmony export */ });
/* harmony import */ var _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45081);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _outside_package_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16534);
/* harmony import */ var _versions_pep440_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42422);
/* harmony import */ var _plan_latest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10320);
/* harmony import */ var _plan_retry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(76033);
/* harmony import */ var _dist_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3213);
// Before anything is published: what the package index already holds of this project, the plan held against it
// (a version another build took, a release below one already there), and on a re-run the very files it holds,
// so that the image gets the bytes pip will install (an sdist never rebuilds byte for byte).








/** The cause of a failed fetch ("fetch failed" alone says nothing). */
function failureReason(error) {
    const e = error;
    return [e.message, e.cause?.code ?? e.cause?.message].filter(Boolean).join(': ');
}
function readIndex(index, urls, name, settings) {
    return (0,_plan_retry_js__WEBPACK_IMPORTED_MODULE_7__/* .withRetries */ .LH)(`Reading ${urls.simple}`, () => index.files(urls, name, settings.timeouts.request), _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq);
}
/** The index read and the plan held against it; an error (nothing published yet) where the plan cannot go on. */
async function reviewIndex(plan, settings, name, tagVersions, index) {
    const urls = (0,_outside_package_index_js__WEBPACK_IMPORTED_MODULE_3__.indexUrls)(settings.url);
    const present = await readIndex(index, urls, name, settings).catch(error => {
        throw new _outside_package_index_js__WEBPACK_IMPORTED_MODULE_3__/* .IndexError */ .db(`The index's page at ${urls.simple} cannot be read (${failureReason(error)}). Nothing was published: the index is read before anything is pushed.`);
    });
    const onIndex = [...present.keys()].map(_outside_package_index_js__WEBPACK_IMPORTED_MODULE_3__/* .fileVersion */ .fB).filter((v) => !!v);
    const review = (0,_plan_latest_js__WEBPACK_IMPORTED_MODULE_5__/* .reviewAgainstIndex */ .uE)(plan, settings.versionChecks, onIndex, await tagVersions());
    for (const warning of review.warnings)
        _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(warning);
    if (review.errors.length)
        throw new _outside_package_index_js__WEBPACK_IMPORTED_MODULE_3__/* .IndexError */ .db(review.errors.join(' '));
    return { urls, present, plan: review.plan };
}
/**
 * Where the index already holds every file of this build (a re-run of a release, or of this very dev build: its
 * wheel is byte-identical), those files, downloaded; otherwise undefined. A release whose wheel on the index is not
 * this commit's build (the build is reproducible: the same commit gives the same wheel) is an error before anything
 * is pushed: an index that serves other bytes under the release's name would have them staged into the image.
 */
async function heldByIndex(plan, files, present, temp, settings, index) {
    const ours = (0,_dist_files_js__WEBPACK_IMPORTED_MODULE_6__/* .distFiles */ .S)(files);
    if (!ours.every(f => present.has(f.name)))
        return undefined;
    const wheel = ours.find(f => f.name.endsWith('.whl'));
    const theirs = present.get(wheel?.name ?? '')?.sha256;
    if (plan.type === 'dev' && theirs !== wheel?.sha256)
        return undefined;
    if (wheel && theirs !== wheel.sha256)
        throw new _outside_package_index_js__WEBPACK_IMPORTED_MODULE_3__/* .IndexError */ .db(`The index's ${wheel.name} is sha256:${theirs ?? '(not stated)'}, but this commit builds sha256:${wheel.sha256}: the index holds another build under this release's name. Nothing was pushed: find out where that file came from before anything more of this version is published.`);
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(temp, 'dev-release-held-'));
    const held = ours.map(f => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, f.name));
    await (0,_plan_retry_js__WEBPACK_IMPORTED_MODULE_7__/* .withRetries */ .LH)('Downloading the files the index holds', () => Promise.all(ours.map((f, i) => index.download(present.get(f.name), f.name, held[i], settings.timeouts.request))), _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq);
    _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`The index already holds ${ours.map(f => f.name).join(', ')}: the image gets exactly those files.`);
    return held;
}
/** PyPI takes no new file into a release 14 days after its first (warehouse#19727, July 2026). */
const CLOSED_AFTER_MS = 14 * 86_400_000;
/**
 * A dry run's view of the upload: what the index's page holds of this version, and what the release would do with
 * it: add the files, upload nothing (they are there), refuse what a closed release lacks, or leave a .devN another
 * build took. An index that cannot be read is said so, not guessed at.
 */
async function previewUpload(plan, urls, name, read, now = Date.now()) {
    if (!name)
        return {
            line: `${urls.simple} is read when the package is built: its name comes from the build (no [project] name)`
        };
    const page = `${urls.simple}${(0,_outside_package_index_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(name)}/`;
    const present = await read().catch((error) => error);
    if (present instanceof Error)
        return {
            line: `${page} cannot be read (${failureReason(present)}); the release reads it again before anything is published`
        };
    const version = plan.distVersion ?? plan.version;
    const held = [...present].filter(([file]) => (0,_outside_package_index_js__WEBPACK_IMPORTED_MODULE_3__/* .fileVersion */ .fB)(file) === (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeVersion */ .Qj)(version));
    if (!held.length)
        return { line: `${page} has no file of ${version}: the upload adds them` };
    const files = held.map(([file]) => file).join(', ');
    if (plan.type === 'dev')
        return {
            line: `${page} already has ${version} (${files})`,
            skip: `the index already has ${version} (${files}): unless they are this commit's own build (a re-run uploads the rest), another branch or commit reached this .dev number first, and nothing is uploaded`
        };
    const times = held.map(([, f]) => Date.parse(f.uploadTime ?? '')).filter(t => !Number.isNaN(t));
    const first = times.length ? Math.min(...times) : undefined;
    const closed = first !== undefined && now - first > CLOSED_AFTER_MS;
    const since = first === undefined ? '' : ` since ${new Date(first).toISOString().slice(0, 10)}`;
    const kinds = ['.tar.gz', '.whl'].filter(end => held.some(([file]) => file.endsWith(end)));
    if (kinds.length === 2)
        return {
            line: `${page} has ${version}${since} (${files})`,
            skip: `the index already has ${version} (${files}): a file it holds is never uploaded again, and the image gets the index's own files`
        };
    const lacking = kinds.includes('.whl') ? 'an sdist' : 'a wheel';
    return {
        line: closed
            ? `${page} has ${version}${since} (${files}), and PyPI takes no new file into a release 14 days after its first: ${lacking} it lacks would be refused; publish it under a new version (a post-release tag)`
            : `${page} has ${version}${since} (${files}): the upload adds ${lacking}`
    };
}


/***/ }),

/***/ 10150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D1: () => (/* binding */ createList),
/* harmony export */   RS: () => (/* binding */ digestsDir),
/* harmony export */   V5: () => (/* binding */ joinPlatforms),
/* harmony export */   nV: () => (/* binding */ mergeImages),
/* harmony export */   vc: () => (/* binding */ authAdvice)
/* harmony export */ });
/* unused harmony export readDigests */
/* harmony import */ var _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45081);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _outside_docker_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64655);
/* harmony import */ var _plan_buildx_output_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(87289);
/* harmony import */ var _plan_platforms_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90551);
/* harmony import */ var _plan_retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76033);
// Manifest lists made from images already in the registry: the platform jobs' images merged into one tagged
// list (mode merge, and one build per platform), and the same list copied under the image's other names.







/** What to check when a registry refuses: for ghcr.io, the workflow's permissions and the package's access. */
function authAdvice(registry) {
    return registry === 'ghcr.io'
        ? "Check registry-username and registry-password; with GITHUB_TOKEN the job needs permissions: packages: write, and an existing package must grant this repository write access (the package's settings, Manage Actions access)."
        : 'Check registry-username and registry-password, and that this user may push to the image.';
}
/** Where platform jobs write their digests and the merge job reads them. */
function digestsDir(settings, site) {
    return settings.digestsDir ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(site.workspace, settings.digestsDir) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(site.temp, 'dev-release-digests');
}
/** `imagetools create`, with bounded retries for a registry failing for a moment; a refusal names the fix. */
async function createList(engine, registry, refs, sources, annotations, title) {
    await (0,_plan_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .withRetries */ .LH)(title, () => _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, async () => {
        const result = await engine.createManifestList(refs, sources, annotations);
        if (result.code === 0)
            return;
        const failure = (0,_plan_buildx_output_js__WEBPACK_IMPORTED_MODULE_6__/* .classifyBuildxFailure */ .h)(result.stdout + result.stderr);
        if (failure.kind === 'auth')
            throw new _plan_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .PermanentError */ .Dr(`The registry ${registry} refused ${refs[0]}: ${failure.line}. ${authAdvice(registry)}`);
        if (failure.kind !== 'transient')
            throw new _plan_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .PermanentError */ .Dr(`${title} failed: ${failure.line}`);
        throw new _outside_docker_js__WEBPACK_IMPORTED_MODULE_3__/* .DockerError */ .Bi(`${title} failed: ${failure.line}`);
    }), _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq);
}
/** One tagged manifest list from platform images pushed by digest or under staging tags. */
async function joinPlatforms(engine, plan, settings, sources, annotations) {
    await createList(engine, settings.registry, plan.imageRefs, sources, annotations, `Merge ${settings.platforms.join(', ')} into ${plan.imageRefs.join(', ')}`);
}
/**
 * The platform jobs' digests (one file per platform image, named by its digest, holding its platform), checked:
 * every platform exactly once and none that is not asked for. Throws before anything is tagged.
 */
function readDigests(dir, platforms) {
    const found = new Map();
    const files = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dir) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir).filter(f => /^[0-9a-f]{64}$/.test(f)) : [];
    for (const file of files) {
        // A platform job may spell it linux/arm64/v8: one platform, one name.
        const platform = (0,_plan_platforms_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalPlatform */ ._l)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, file), 'utf8').trim());
        found.set(platform, [...(found.get(platform) ?? []), `sha256:${file}`]);
    }
    const problems = [];
    for (const platform of platforms) {
        const digests = found.get(platform) ?? [];
        if (digests.length === 0)
            problems.push(`${platform} is missing: no platform job delivered it`);
        if (digests.length > 1)
            problems.push(`${platform} arrived ${digests.length} times (${digests.join(', ')})`);
    }
    for (const platform of found.keys()) {
        if (!platforms.includes(platform))
            problems.push(`${platform} arrived but is not in platforms`);
    }
    if (problems.length) {
        throw new _outside_docker_js__WEBPACK_IMPORTED_MODULE_3__/* .DockerError */ .Bi(`Cannot merge the platform images in ${dir}: ${problems.join('; ')}. Nothing was tagged.`);
    }
    return new Map([...found].map(([platform, digests]) => [platform, digests[0]]));
}
/** Every platform exactly once, from the files the platform jobs wrote; then one tagged manifest list. */
async function mergeImages(engine, plan, settings, site, annotations) {
    const found = readDigests(digestsDir(settings, site), settings.platforms);
    const sources = settings.platforms.map(p => `${plan.image}@${found.get(p)}`);
    await joinPlatforms(engine, plan, settings, sources, annotations);
    const pushed = await engine.inspectImage(plan.imageRefs[0]);
    // The list must hold exactly the images the platform jobs pushed (with buildx's provenance on, their sources are
    // lists of their own, whose images the merged list holds instead): else it is not signed.
    const expected = [...found.values()].sort();
    if (!settings.provenance && pushed.images.slice().sort().join() !== expected.join())
        throw new _plan_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .PermanentError */ .Dr(`The merged ${plan.imageRefs[0]} holds ${pushed.images.join(', ') || 'no platform image'}, but the platform jobs pushed ${expected.join(', ')}: another push came in between, or the registry serves other bytes; nothing is signed.`);
    return { refs: plan.imageRefs, digest: pushed.digest, platforms: pushed.platforms };
}


/***/ }),

/***/ 29278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aT: () => (/* binding */ closeImageEngine),
  QF: () => (/* binding */ openImageEngine),
  ZX: () => (/* binding */ pushImages),
  V$: () => (/* binding */ registryVersions)
});

// UNUSED EXPORTS: copyToMirrors, login

// EXTERNAL MODULE: ./src/outside/runner.ts
var runner = __webpack_require__(45081);
// EXTERNAL MODULE: ./src/outside/docker.ts + 1 modules
var docker = __webpack_require__(64655);
// EXTERNAL MODULE: ./src/outside/leftovers.ts
var leftovers = __webpack_require__(25335);
// EXTERNAL MODULE: ./src/outside/exec.ts
var exec = __webpack_require__(56002);
// EXTERNAL MODULE: ./src/plan/step-settings.ts
var step_settings = __webpack_require__(38163);
// EXTERNAL MODULE: ./src/plan/image-names.ts
var image_names = __webpack_require__(32915);
// EXTERNAL MODULE: ./src/plan/retry.ts
var retry = __webpack_require__(76033);
// EXTERNAL MODULE: ./src/versions/pep440.ts
var pep440 = __webpack_require__(42422);
// EXTERNAL MODULE: ./src/steps/image-build.ts + 3 modules
var image_build = __webpack_require__(89847);
// EXTERNAL MODULE: ./src/steps/manifest-lists.ts
var manifest_lists = __webpack_require__(10150);
;// CONCATENATED MODULE: ./src/steps/probed-engine.ts
function probedEngine(engine) {
    const ask = (question) => {
        const answer = question();
        answer.catch(() => undefined); // awaited, and so reported, by the step that needs it
        return answer;
    };
    let builder = ask(() => engine.inspectBuilder());
    let buildx = ask(() => engine.buildxVersion());
    const store = ask(() => engine.hasContainerdStore());
    const version = ask(() => engine.serverVersion());
    return {
        configDir: engine.configDir,
        inspectBuilder: name => (name ? engine.inspectBuilder(name) : builder),
        installBuildx: async () => {
            await engine.installBuildx();
            // A new buildx: the builder and the version are asked again.
            builder = ask(() => engine.inspectBuilder());
            buildx = ask(() => engine.buildxVersion());
        },
        buildxVersion: () => buildx,
        hasContainerdStore: () => store,
        serverVersion: () => version,
        login: (registry, username, password) => engine.login(registry, username, password),
        bootstrapContainerBuilder: image => engine.bootstrapContainerBuilder(image),
        registerQemu: (platforms, image) => engine.registerQemu(platforms, image),
        buildAndPush: options => engine.buildAndPush(options),
        createManifestList: (tags, sources, annotations) => engine.createManifestList(tags, sources, annotations),
        inspectImage: ref => engine.inspectImage(ref),
        dispose: () => engine.dispose()
    };
}

// EXTERNAL MODULE: ./src/steps/index-review.ts
var index_review = __webpack_require__(2836);
;// CONCATENATED MODULE: ./src/steps/push-images.ts
// The image step: open the engine with a DOCKER_CONFIG of the run's own, make sure buildx is there, log in to
// every registry the image goes to, then push each image of the images input (each as the push decision says) and copy
// it under its other names. Also what `latest` needs to know first: the versions the registry's tags name.












/** The versions the image's tags name; none, with a warning, when the registry cannot be read. */
async function registryVersions(settings, outside) {
    const registry = outside.registry(settings.image, (0,image_names/* imageCredentials */.AV)(settings), settings.timeouts.request);
    try {
        const tags = await (0,retry/* withRetries */.LH)(`Reading the tags of ${settings.image}`, () => registry.tags(), runner/* info */.pq);
        return tags.map(pep440/* normalizeVersion */.Qj).filter((v) => v !== undefined);
    }
    catch (error) {
        runner/* warning */.$e(`Could not read the tags of ${settings.image} (${(0,index_review/* failureReason */.Hr)(error)}); latest follows this clone's tags only.`);
        return [];
    }
}
/** The logins of this step: none for a pull request's check, which pushes nothing. */
function stepLogins(plan, settings) {
    return plan.type === 'verify' ? [] : (0,step_settings/* completeLogins */.eW)(settings);
}
/** The engine, with a DOCKER_CONFIG made for this step's logins, remembered for the post step until disposed of. */
async function openEngineFor(plan, settings, site, outside) {
    const registries = stepLogins(plan, settings).map(l => l.registry);
    const engine = await outside.openEngine(site.temp, registries, settings.timeouts);
    (0,leftovers/* remember */.kY)('docker-config', engine.configDir);
    return engine;
}
/**
 * The image step's engine, opened ahead and asked at once what it is (probed-engine.ts): read only, no login. The
 * caller hands it to pushImages, or disposes of it where the step never comes.
 */
async function openImageEngine(plan, settings, site, outside) {
    return probedEngine(await openEngineFor(plan, settings, site, outside));
}
/** The step's engine gone, and its DOCKER_CONFIG with it (also where the image step never came to take it). */
function closeImageEngine(engine) {
    engine.dispose();
    (0,leftovers/* forget */.y6)('docker-config', engine.configDir);
}
async function pushImages(plan, settings, site, outside, 
/** The engine openImageEngine opened before (once Python had built); this step disposes of it. */
opened) {
    const logins = stepLogins(plan, settings);
    const engine = await (opened ?? openEngineFor(plan, settings, site, outside));
    try {
        // One buildx start tells both that buildx is there and what the current builder is.
        let current = await engine.inspectBuilder();
        if (!current) {
            runner/* info */.pq('docker buildx is missing: installing a pinned release.');
            await engine.installBuildx();
            current = await engine.inspectBuilder();
            if (!current)
                throw new docker/* DockerError */.Bi('docker buildx is still missing after installing it.');
        }
        // Which buildx builds: the first thing to know when a build behaves differently elsewhere.
        runner/* info */.pq(`${await engine.buildxVersion()}, builder ${current.name} (${current.driver} driver)`);
        if (plan.type !== 'verify') {
            if (!settings.registryUsername || !settings.registryPassword) {
                runner/* notice */.lm(`No registry credentials given: pushing to ${settings.registry} with the runner's own docker login, if any.`);
            }
            for (const l of logins)
                await login(engine, l);
        }
        // Each image of the step in turn, from the same staged package: the first is the step's image.
        const images = [];
        for (const spec of [undefined, ...settings.moreImages]) {
            // Each image is read back from its own registry with that registry's login, never the first image's.
            const own = spec && logins.find(l => l.registry === spec.registry);
            const i = spec
                ? {
                    ...settings,
                    ...spec,
                    moreImages: [],
                    registryUsername: own?.username ?? '',
                    registryPassword: own?.password ?? ''
                }
                : settings;
            const p = spec
                ? {
                    ...plan,
                    image: spec.image,
                    mirrors: spec.mirrors.map(m => m.name),
                    imageRefs: plan.imageRefs.map(t => `${spec.image}${t.slice(plan.image.length)}`)
                }
                : plan;
            const pushed = await (0,image_build/* pushFirstName */.WH)(engine, current, p, i, site, outside);
            const copies = p.type === 'verify' || i.mode === 'platform' || !i.mirrors.length
                ? []
                : await copyToMirrors(engine, p, i, pushed);
            images.push({ ...pushed, refs: [...pushed.refs, ...copies] });
        }
        return { ...images[0], more: images.slice(1) };
    }
    finally {
        closeImageEngine(engine);
    }
}
async function login(engine, { registry, username, password }) {
    await (0,retry/* withRetries */.LH)(`Logging in to ${registry}`, async () => {
        const result = await engine.login(registry, username, password);
        if (result.code === 0)
            return;
        const why = (0,exec/* lastLines */.w$)(result, 1);
        if ((0,retry/* isAuthFailure */.Xg)(result.stderr)) {
            throw new retry/* PermanentError */.Dr(`Authentication failed for registry ${registry} as "${username}" (${why}). Check registry-username and registry-password (or registry-logins).`);
        }
        throw new docker/* DockerError */.Bi(`Logging in to ${registry} failed: ${why}`);
    }, runner/* info */.pq);
}
/**
 * The same manifest list under the image's other names (one build): every tag under each. A name whose
 * registry has a login line with an empty password (a fork's run) is skipped with a notice.
 */
async function copyToMirrors(engine, plan, settings, pushed) {
    const copied = [];
    const logins = (0,step_settings/* imageLogins */.A7)(settings);
    for (const mirror of settings.mirrors) {
        const login = logins.find(l => l.registry === mirror.registry);
        const listed = mirror.registry === settings.registry || settings.registryLogins.some(l => l.registry === mirror.registry);
        if (listed && login && !(login.username && login.password)) {
            runner/* notice */.lm(`${mirror.name}: no credentials for ${mirror.registry} in this run (a fork has no secrets), so this name is skipped.`);
            continue;
        }
        const refs = pushed.refs.map(ref => `${mirror.name}${ref.slice(plan.image.length)}`);
        const source = `${plan.image}@${pushed.digest}`;
        await (0,manifest_lists/* createList */.D1)(engine, mirror.registry, refs, [source], {}, `Copy ${source} to ${refs.join(', ')}`);
        copied.push(...refs);
    }
    return copied;
}


/***/ }),

/***/ 10072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VB: () => (/* binding */ stageBuilt),
/* harmony export */   qf: () => (/* binding */ carriedName),
/* harmony export */   tI: () => (/* binding */ buildPython)
/* harmony export */ });
/* harmony import */ var _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45081);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _outside_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69071);
/* harmony import */ var _outside_leftovers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25335);
/* harmony import */ var _outside_project_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89856);
/* harmony import */ var _outside_stage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(21033);
/* harmony import */ var _versions_pep440_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(42422);
/* harmony import */ var _versions_pyproject_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(95377);
/* harmony import */ var _versions_words_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(13880);
// The Python build and the staging of its files into the Docker context: the package is built at the plan's
// version from the commit's own time, every file's metadata checked to carry that version, then copied into
// each pkg directory (earlier builds' files removed) for the Dockerfile to install from /pkg/.










async function buildPython(plan, settings, site) {
    // One chunk with preflight, which loads it on demand too (a static import here would bundle it twice).
    const { Python, PythonError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 92374));
    const python = new Python(settings.python); // preflight checked that it runs
    const project = (0,_outside_project_files_js__WEBPACK_IMPORTED_MODULE_5__/* .findProject */ .t1)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(site.workspace, settings.pythonProject));
    if (!project)
        throw new PythonError(`No pyproject.toml or setup.py in "${settings.pythonProject}".`);
    const tools = await python.withTools(site.temp, _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq, settings.timeouts.build);
    const outDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(site.temp, 'dev-release-dist-'));
    const files = await _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`Build the Python package at ${plan.version}`, () => tools.build(project, plan.version, outDir, settings.pythonBuildArgs, plan.commitEpoch, settings.timeouts.build, settings.pkgDirs));
    const name = await carriedName(tools, files, plan, site);
    _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Built ${files.map(f => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(f)).join(', ')}.`);
    return { python: tools, files, name };
}
/** The project's name as the files' metadata spells it, where every file carries the plan's version; else an error. */
async function carriedName(tools, files, plan, site) {
    const { PythonError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 92374));
    const metadata = await tools.readMetadata(files);
    const wrong = metadata.filter(m => (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_7__/* .normalizeVersion */ .Qj)(m.version) !== (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_7__/* .normalizeVersion */ .Qj)(plan.version));
    if (wrong.length) {
        const names = wrong.map(m => `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(m.file)} (${m.version})`).join(', ');
        throw new PythonError(`The build carries another version than this release (${plan.version}): ${names}. ` +
            `The package must take its version from git: ${site.project ? (0,_versions_pyproject_js__WEBPACK_IMPORTED_MODULE_8__/* .versionAdvice */ .bC)(site.project) : 'use setuptools_scm (dynamic = ["version"]).'}`);
    }
    return metadata[0].name;
}
/**
 * Copy the files into every pkg directory; returns the staged paths and the directories staging made (remembered for
 * the post step first: the run removes them when it ends, and the post step where it was killed).
 */
async function stageBuilt(files, plan, settings, site) {
    const dirs = settings.pkgDirs.map(d => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(site.workspace, d));
    const tracked = await new _outside_git_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .T(site.workspace, settings.timeouts.request).trackedFiles(dirs);
    const staged = dirs.flatMap(dir => files.map(file => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file))));
    const made = (0,_outside_stage_js__WEBPACK_IMPORTED_MODULE_6__/* .missingDirs */ .bI)(dirs);
    for (const dir of made)
        (0,_outside_leftovers_js__WEBPACK_IMPORTED_MODULE_4__/* .remember */ .kY)('staged-dir', dir);
    for (const file of staged)
        (0,_outside_leftovers_js__WEBPACK_IMPORTED_MODULE_4__/* .remember */ .kY)('staged', file);
    const removed = (0,_outside_stage_js__WEBPACK_IMPORTED_MODULE_6__/* .stageDists */ .qJ)(dirs, files, plan.commitEpoch, tracked);
    _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Staged ${files.map(f => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(f)).join(', ')} into ${settings.pkgDirs.join(', ')}${removed.length ? ` (removed ${(0,_versions_words_js__WEBPACK_IMPORTED_MODULE_9__/* .plural */ .LS)(removed.length, 'earlier file')})` : ''}.`);
    return { staged, dirs: made };
}


/***/ })

};

//# sourceMappingURL=432.index.js.map