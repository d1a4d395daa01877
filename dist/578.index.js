export const id = 578;
export const ids = [578];
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

/***/ 56002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ TimeoutError),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   um: () => (/* binding */ stopAll),
/* harmony export */   v4: () => (/* binding */ ToolError),
/* harmony export */   w$: () => (/* binding */ lastLines)
/* harmony export */ });
/* unused harmony exports CommandError, StoppedError, childEnvironment */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45081);
// The one place that starts processes. Arguments go straight to the program
// (no shell), so branch and tag names are always data, never code. Every child
// gets the environment without the action's inputs (secrets among them), can
// have a deadline, and is stopped when the action itself is stopped.


class CommandError extends Error {
    command;
    result;
    constructor(command, result) {
        super(`${command} exited with code ${result.code}${lastLines(result, 5) ? `:\n${lastLines(result, 5)}` : ''}`);
        this.command = command;
        this.result = result;
        this.name = 'CommandError';
    }
}
/** A failure of an outside tool, carrying what the tool printed. */
class ToolError extends Error {
    output;
    constructor(message, output = '') {
        super(message);
        this.output = output;
        this.name = new.target.name;
    }
}
/** A program that ran past its deadline and was stopped: not tried again (a stall would only stall again). */
class TimeoutError extends ToolError {
    permanent = true;
}
/** A program stopped because the action was (a cancelled job). */
class StoppedError extends ToolError {
    permanent = true;
}
/** The last lines a program printed: standard error, or standard output when that is empty. */
function lastLines(r, n = 8) {
    return (r.stderr.trim() || r.stdout.trim()).split('\n').slice(-n).join('\n');
}
const running = new Set();
let stopping = false;
/**
 * What no child sees unless it is named: the action's inputs (INPUT_*, where the secrets are) and state (STATE_*,
 * which the post step trusts), the runner's files (a child could write the action's outputs, environment or
 * state), the runner's tokens and service URLs (ACTIONS_*: OIDC, cache, results), a workflow's GitHub tokens, and
 * the command line's secrets. The project's own build (setup.py, a build backend: a pull request's code) runs here.
 */
const HIDDEN = [
    /^INPUT_/,
    /^STATE_/,
    /^ACTIONS_/,
    /^GITHUB_(ENV|PATH|OUTPUT|STATE|STEP_SUMMARY|TOKEN)$/,
    /^GH_TOKEN$/,
    /^DEV_RELEASE_.*(PASSWORD|TOKEN|LOGINS)$/
];
/** The environment a child gets: the action's own without what it hides (HIDDEN), then `runnerVariables` and `extra`. */
function childEnvironment(extra = {}, runnerVariables = []) {
    const env = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (value === undefined)
            continue;
        if (HIDDEN.some(p => p.test(key)) && !runnerVariables.includes(key))
            continue;
        env[key] = value;
    }
    return { ...env, ...extra };
}
/** How much of a streamed program's output is kept for its error message: the rest is in the log already. */
const KEPT_TAIL = 64 * 1024;
function keepTail(text) {
    return text.length > 2 * KEPT_TAIL ? text.slice(-KEPT_TAIL) : text;
}
async function run(program, args, options = {}) {
    if (stopping)
        throw new StoppedError(`Not starting ${program}: the action is being stopped.`);
    // A streamed program's output is the project's (a build, a Dockerfile's steps): the runner reads it as text only.
    if (options.stream) {
        (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .write */ .M9)(`[command]${program} ${args.join(' ')}\n`);
        return (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(() => runChild(program, args, options));
    }
    return runChild(program, args, options);
}
async function runChild(program, args, options) {
    // A process group of its own, so that a deadline or a cancel stops the program's children too (docker's plugins).
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
        cwd: options.cwd,
        env: childEnvironment(options.env, options.runnerVariables),
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: true
    });
    running.add(child);
    let stdout = '';
    let stderr = '';
    // Decoded as UTF-8 across chunk boundaries (a character split between two reads stays whole).
    // A streamed program's output is in the log as it comes; only its tail is kept, for the error it may end in.
    const keep = options.stream ? keepTail : (text) => text;
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
        stdout = keep(stdout + chunk);
        if (options.stream)
            (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .write */ .M9)(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
        stderr = keep(stderr + chunk);
        if (options.stream)
            (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .write */ .M9)(chunk);
    });
    child.stdin.on('error', () => undefined); // a program that exits without reading its input
    child.stdin.end(options.input ?? '');
    let timedOut = false;
    const timer = options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            terminate(child);
        }, options.timeoutMs);
    const code = await new Promise((resolve, reject) => {
        child.on('error', error => reject(error));
        child.on('close', (status, signal) => resolve(status ?? (signal ? 128 + (signalNumber(signal) ?? 0) : -1)));
    }).finally(() => {
        clearTimeout(timer);
        running.delete(child);
    });
    const result = { code, stdout, stderr };
    if (timedOut) {
        const what = options.what ?? `${program} ${args[0] ?? ''}`.trim();
        throw new TimeoutError(`${what} did not finish within ${formatDuration(options.timeoutMs)} and was stopped.`, stdout + stderr);
    }
    if (stopping)
        throw new StoppedError(`${program} ${args[0] ?? ''} was stopped: the action is being stopped.`, stdout + stderr);
    if (code !== 0 && !options.allowFailure)
        throw new CommandError(`${program} ${args[0] ?? ''}`.trim(), result);
    return result;
}
/** SIGTERM to the program's process group, SIGKILL a few seconds later if it is still there. */
function terminate(child) {
    const signal = (name) => {
        try {
            process.kill(-child.pid, name);
        }
        catch {
            // already gone
        }
    };
    signal('SIGTERM');
    setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null)
            signal('SIGKILL');
    }, 5000).unref();
}
/** Stop every running program and start no more: the job was cancelled. Resolves when they are gone. */
async function stopAll() {
    stopping = true;
    const children = [...running];
    for (const child of children)
        terminate(child);
    await Promise.all(children.map(child => new Promise(resolve => child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('close', () => resolve()))));
}
function signalNumber(signal) {
    return { SIGTERM: 15, SIGKILL: 9, SIGINT: 2 }[signal];
}
function formatDuration(ms) {
    return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.round(ms / 1000)} s`;
}


/***/ }),

/***/ 25335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   To: () => (/* binding */ leftovers),
/* harmony export */   kY: () => (/* binding */ remember),
/* harmony export */   y6: () => (/* binding */ forget)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45081);
// What a run leaves behind until it ends (its Docker config with the login, the
// builder it started, the files it staged), written to the runner's state as it
// is made, so that the post step removes whatever a killed main step left.

const KINDS = ['docker-config', 'builder', 'staged', 'staged-dir'];
const held = new Map(KINDS.map(kind => [kind, new Set()]));
function save(kind) {
    _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(`leftover-${kind}`, JSON.stringify([...held.get(kind)]));
}
/** Note something made that the post step must remove if this run does not. */
function remember(kind, what) {
    held.get(kind).add(what);
    save(kind);
}
/** This run removed it (or keeps it on purpose): the post step leaves it alone. */
function forget(kind, what) {
    if (held.get(kind).delete(what))
        save(kind);
}
/** What the main step left, as the post step reads it from the runner's state. */
function leftovers() {
    const read = (kind) => {
        try {
            return JSON.parse(_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(`leftover-${kind}`) || '[]');
        }
        catch {
            return [];
        }
    };
    return {
        'docker-config': read('docker-config'),
        builder: read('builder'),
        staged: read('staged'),
        'staged-dir': read('staged-dir')
    };
}


/***/ }),

/***/ 21033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ DIST_FILE),
/* harmony export */   YI: () => (/* binding */ removeEmptyDirs),
/* harmony export */   ac: () => (/* binding */ unstage),
/* harmony export */   bI: () => (/* binding */ missingDirs),
/* harmony export */   qJ: () => (/* binding */ stageDists)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Staging: the image's pkg/ directories get exactly this build's files.


/** A distribution file's name: a wheel or an sdist. */
const DIST_FILE = /\.(whl|tar\.gz)$/;
/**
 * The directories of `dirs` that do not exist yet, each with those of its parents that would be made with it: what
 * staging creates, and what the run removes again once they are empty.
 */
function missingDirs(dirs) {
    const missing = [];
    for (const dir of dirs) {
        for (let d = dir; !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(d) && !missing.includes(d); d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d))
            missing.push(d);
    }
    return missing;
}
/**
 * The staged files removed, then each directory staging made, deepest first, where nothing else is in it: the work
 * tree as the run found it (a pkg/ left at the root is a package to setuptools' flat-layout discovery).
 */
function unstage(files, dirs) {
    for (const file of files)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file, { force: true });
    removeEmptyDirs(dirs);
}
/** Each of `dirs` that `mayRemove` allows, deepest first, where nothing is in it (any more); returns those removed. */
function removeEmptyDirs(dirs, mayRemove = () => true) {
    const removed = [];
    for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !mayRemove(dir) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).length)
            continue;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmdirSync)(dir);
        removed.push(dir);
    }
    return removed;
}
/**
 * Into each directory (created if missing): remove earlier distribution files,
 * and only those (never one in `tracked`, the files git tracks), then copy the
 * new ones in. Returns the files removed.
 * `epoch` (the commit's time) becomes every staged file's and directory's time,
 * so that the image layer holding them is the same on a re-run.
 */
function stageDists(dirs, files, epoch, tracked = new Set()) {
    const removed = [];
    for (const dir of dirs) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry);
            // A file that git tracks is the project's own (a vendored archive), never an earlier build.
            if (DIST_FILE.test(entry) && !tracked.has(path) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).isFile()) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path);
                removed.push(path);
            }
        }
        for (const file of files) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(file, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file)));
            if (epoch !== undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.utimesSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file)), epoch, epoch);
        }
        if (epoch !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.utimesSync)(dir, epoch, epoch);
    }
    return removed;
}


/***/ }),

/***/ 71578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45081);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _outside_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56002);
/* harmony import */ var _outside_docker_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64655);
/* harmony import */ var _outside_leftovers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25335);
/* harmony import */ var _outside_stage_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(21033);
// The post step: removes whatever a main step that was killed or cancelled left
// behind, and the buildx builder a main step started (a finished step leaves only
// that: its own builds used it to the end). The state it reads names paths, so it removes only what it can prove the action made: a
// Docker config directory of its own prefix under the runner's temp directory, a
// built file staged into the checkout, the builder of its own name.








/** `path` itself (no link) lies inside `root` (links resolved), and is of the kind asked. */
function ownPath(path, root, kind) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path);
        if (stat.isSymbolicLink() || (kind === 'directory' ? !stat.isDirectory() : !stat.isFile()))
            return false;
        const inside = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path));
        const top = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root);
        return inside === top || inside.startsWith(top + node_path__WEBPACK_IMPORTED_MODULE_3__.sep);
    }
    catch {
        return false;
    }
}
async function post() {
    const left = (0,_outside_leftovers_js__WEBPACK_IMPORTED_MODULE_6__/* .leftovers */ .To)();
    const temp = process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const refuse = (what, path) => _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The post step leaves ${path} alone: it is no ${what} this action made.`);
    for (const dir of left['docker-config']) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dir))
            continue;
        if (!(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(dir).startsWith('dev-release-docker-') || !ownPath(dir, temp, 'directory')) {
            refuse(`Docker config under ${temp}`, dir);
            continue;
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
        _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Removed the Docker config with the registry login that the release left: ${dir}`);
    }
    for (const file of left.staged) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
            continue;
        if (!_outside_stage_js__WEBPACK_IMPORTED_MODULE_7__/* .DIST_FILE */ .Ku.test(file) || !ownPath(file, workspace, 'file')) {
            refuse('built file staged into the checkout', file);
            continue;
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(file, { force: true });
        _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Removed a file the release staged and did not finish with: ${file}`);
    }
    // The pkg directories staging made, deepest first, once empty (never one that holds anything else).
    for (const dir of (0,_outside_stage_js__WEBPACK_IMPORTED_MODULE_7__/* .removeEmptyDirs */ .YI)(left['staged-dir'], d => ownPath(d, workspace, 'directory')))
        _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Removed the directory the release made for its staged files: ${dir}`);
    for (const builder of left.builder.filter(b => b === _outside_docker_js__WEBPACK_IMPORTED_MODULE_5__/* .BUILDER_NAME */ .w2)) {
        const r = await (0,_outside_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .eF)('docker', ['buildx', 'rm', builder], { allowFailure: true, timeoutMs: 60_000 }).catch(() => undefined);
        if (r?.code === 0)
            _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Removed the buildx builder the release started: ${builder}`);
    }
}


/***/ })

};

//# sourceMappingURL=578.index.js.map