export const id = 258;
export const ids = [258];
export const modules = {

/***/ 6258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var lib_core = __webpack_require__(6058);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/event.ts
function eventFromContext(context) {
    const payload = context.payload;
    const repository = process.env.GITHUB_REPOSITORY ?? '';
    return {
        name: context.eventName ?? '',
        ref: context.ref ?? '',
        sha: context.sha ?? '',
        repository,
        fork: payload.repository?.fork === true,
        deleted: payload.deleted === true,
        repositoryUrl: payload.repository?.html_url ?? `${context.serverUrl}/${repository}`
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/buildx-output.ts
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
    if (/did not complete successfully|dockerfile parse error|failed to (parse|read) dockerfile|failed to compute cache key|not found$/i.test(line) && !/failed to push/i.test(line)) {
        return { kind: 'build', line };
    }
    if (AUTH.test(line))
        return { kind: 'auth', line };
    if (TRANSIENT.test(line))
        return { kind: 'transient', line };
    return { kind: 'other', line };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/docker-tags.ts
// Docker tags for a release or a development release.

const MAX_TAG = 128;
/** Prefix for branch tags that would otherwise pass for `latest` or a version. */
const BRANCH_PREFIX = 'branch-';
/**
 * A branch name made a valid Docker tag (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`):
 * `feature/implement-doodad` becomes `feature-implement-doodad`; where other
 * characters had to go, a short hash of the name keeps it apart (`feature-ä` →
 * `feature-1a2b3c4d`). A name that
 * could be taken for `latest` or a release version (`latest`, `1.1.0`, `v2.0`)
 * gets the `branch-` prefix, so a branch never overwrites a release image.
 */
function branchTag(branch) {
    let tag = branch.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
    if (tag === '')
        return `${BRANCH_PREFIX}${shortHash(branch)}`;
    // Only `/` → `-` keeps a name apart from others; anything else lost (`feature/ä`,
    // `fix/#12`) could give two branches one tag, so a hash of the full name follows.
    if (tag !== branch.replace(/\//g, '-'))
        tag = `${tag.replace(/-+$/, '')}-${shortHash(branch)}`;
    if (/^latest$/i.test(tag) || /^[vV]?\d/.test(tag))
        tag = BRANCH_PREFIX + tag;
    if (tag.length > MAX_TAG) {
        // Cut, and keep names that share their first 119 characters apart.
        const hash = shortHash(branch);
        tag = `${tag.slice(0, MAX_TAG - hash.length - 1)}-${hash}`;
    }
    return tag;
}
function shortHash(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 8);
}
function imageTags(image, tags) {
    return tags.map(tag => `${image}:${tag}`);
}
/**
 * The tag a single platform's image goes under where it cannot be pushed by
 * digest: `image:feature-x--linux-arm-v7`, kept within Docker's 128 characters.
 */
function stagingTag(ref, platform) {
    const at = ref.lastIndexOf(':');
    const [image, tag] = [ref.slice(0, at), ref.slice(at + 1)];
    const suffix = `--${platform.replace(/\//g, '-')}`;
    if (tag.length + suffix.length <= MAX_TAG)
        return `${image}:${tag}${suffix}`;
    const hash = shortHash(tag);
    return `${image}:${tag.slice(0, MAX_TAG - suffix.length - hash.length - 1)}-${hash}${suffix}`;
}

// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(9805);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/exec.ts + 1 modules
var exec = __webpack_require__(4981);
;// CONCATENATED MODULE: ./src/docker.ts
// Everything that runs docker: a private config directory for credentials,
// login, the buildx builder, QEMU, the build and push, and inspecting the result.





/** The buildx release installed when the runner has none. */
const BUILDX_VERSION = '0.19.3';
const BUILDER_NAME = 'dev-release';
const BINFMT_IMAGE = 'tonistiigi/binfmt:qemu-v9.2.2';
const BUILDKIT_IMAGE = 'moby/buildkit:buildx-stable-1';
class DockerError extends exec/* ToolError */.v4 {
}
const NO_TIMEOUTS = { request: 0, push: 0 };
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
     * action logs in to `loginRegistry`, the user's config.json comes along without
     * its credential store, so that the login
     * writes into that directory (gone when it is removed), never into a keychain,
     * pass or secretservice that outlives the job; the store still answers for every
     * other registry it knows.
     */
    static async open(tempRoot, loginRegistry, timeouts = NO_TIMEOUTS) {
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tempRoot, 'dev-release-docker-'));
        const original = process.env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(original, 'config.json'))) {
            if (loginRegistry) {
                const config = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(original, 'config.json'), 'utf8'));
                const servers = config.credsStore ? await storedServers(config.credsStore) : [];
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'config.json'), JSON.stringify(privateConfig(config, servers, loginRegistry), null, 2), { mode: 0o600 });
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
        const timeoutMs = options.timeoutMs || undefined; // 0: none
        return (0,exec/* run */.eF)('docker', args, { ...options, timeoutMs, env: { ...options.env, DOCKER_CONFIG: this.configDir } });
    }
    async hasBuildx() {
        const r = await this.docker(['buildx', 'version'], { allowFailure: true }).catch(() => undefined);
        return r?.code === 0;
    }
    /** Download a pinned buildx release into this config's plugin directory. */
    async installBuildx() {
        const arch = { x64: 'amd64', arm64: 'arm64', arm: 'arm-v7' }[process.arch];
        if (!arch || process.platform !== 'linux') {
            throw new DockerError(`docker buildx is missing, and no buildx release is known for ${process.platform}/${process.arch}.`);
        }
        let cached = tool_cache/* find */.I6('docker-buildx', BUILDX_VERSION, arch);
        if (!cached) {
            const url = `https://github.com/docker/buildx/releases/download/v${BUILDX_VERSION}/buildx-v${BUILDX_VERSION}.linux-${arch}`;
            const downloaded = await tool_cache/* downloadTool */.bq(url);
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
    async inspectBuilder(name) {
        const r = await this.docker(['buildx', 'inspect', '--bootstrap', ...(name ? [name] : [])], { allowFailure: true });
        if (r.code !== 0)
            throw new DockerError(`docker buildx inspect failed: ${r.stderr.trim()}`);
        const field = (key) => new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(r.stdout)?.[1].trim() ?? '';
        const platforms = [...r.stdout.matchAll(/^Platforms:\s*(.*)$/gm)].flatMap(m => m[1].split(',').map(p => p.trim().replace(/\*$/, '')));
        return { name: field('Name'), driver: field('Driver'), platforms: platforms.filter(Boolean) };
    }
    /** With the containerd image store, the default `docker` driver pushes multi-platform images. */
    async hasContainerdStore() {
        const r = await this.docker(['info', '--format', '{{json .DriverStatus}}'], { allowFailure: true });
        return r.code === 0 && r.stdout.includes('io.containerd.snapshotter');
    }
    /** A docker-container builder running `image`, reused when it exists. */
    async createContainerBuilder(image) {
        const existing = await this.docker(['buildx', 'inspect', BUILDER_NAME], { allowFailure: true });
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
    /** One buildx build that pushes every platform and tag; returns the manifest list's digest. */
    async buildAndPush(o) {
        const args = ['buildx', 'build'];
        if (o.builder)
            args.push('--builder', o.builder);
        args.push('--platform', o.platforms.join(','), '--file', o.dockerfile, `--provenance=${o.provenance}`);
        args.push('--metadata-file', o.metadataFile);
        if (o.byDigest) {
            args.push('--output', `type=image,name=${o.byDigest.image},push-by-digest=true,name-canonical=true,push=true`);
        }
        else {
            args.push('--push');
            for (const tag of o.tags)
                args.push('--tag', tag);
        }
        for (const cache of o.cacheFrom)
            args.push('--cache-from', cache);
        for (const cache of o.cacheTo)
            args.push('--cache-to', cache);
        for (const [key, value] of Object.entries(o.labels))
            args.push('--label', `${key}=${value}`);
        for (const arg of o.buildArgs)
            args.push('--build-arg', arg);
        args.push(o.context);
        // The environment carries the runner's cache service variables (ACTIONS_RESULTS_URL,
        // ACTIONS_RUNTIME_TOKEN) to buildx, which type=gha needs; they never go into arguments.
        const epoch = process.env.SOURCE_DATE_EPOCH ?? (o.sourceDateEpoch === undefined ? undefined : String(o.sourceDateEpoch));
        const r = await this.docker(args, {
            stream: true,
            allowFailure: true,
            timeoutMs: this.timeouts.push,
            what: 'Building and pushing the image',
            env: epoch ? { SOURCE_DATE_EPOCH: epoch } : {}
        });
        if (r.code !== 0)
            throw new DockerError(`docker buildx build failed (exit code ${r.code}): ${(0,exec/* lastLines */.w$)(r, 10)}`, r.stderr);
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
    async createManifestList(tags, sources) {
        const args = ['buildx', 'imagetools', 'create'];
        for (const tag of tags)
            args.push('--tag', tag);
        return this.docker([...args, ...sources], { stream: true, allowFailure: true, timeoutMs: this.timeouts.push, what: 'Creating the manifest list' });
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
        const platforms = (manifest.manifests ?? [])
            .map(m => m.platform)
            .filter(p => p !== undefined && p.os !== 'unknown')
            .map(p => [p.os, p.architecture, p.variant].filter(Boolean).join('/'));
        return { digest: manifest.digest, platforms };
    }
}
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
function privateConfig(config, storedServers, registry) {
    const { credsStore, ...rest } = config;
    const ours = new Set(registryKeys(registry));
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
/** Platforms a builder lists, compared with what was asked: `linux/arm64/v8` is `linux/arm64`. */
function unsupportedPlatforms(builder, wanted) {
    return wanted.filter(p => !builder.platforms.some(q => samePlatform(p, q)));
}
/** One platform however it is written: `linux/arm64/v8` is `linux/arm64`, `linux/amd64/v1` is `linux/amd64`. */
function samePlatform(a, b) {
    const norm = (p) => p.replace(/^linux\/arm64\/v8$/, 'linux/arm64').replace(/^linux\/amd64\/v1$/, 'linux/amd64');
    return norm(a) === norm(b);
}

// EXTERNAL MODULE: ./src/pep440.ts
var pep440 = __webpack_require__(936);
;// CONCATENATED MODULE: ./src/package-index.ts
// The package index: where its pages are, which files it already has, trusted
// publishing, and uploads with twine.





/** PyPI's upload host differs from its site; any other index serves both from one place. */
function indexUrls(uploadUrl) {
    const url = new URL(uploadUrl);
    if (url.host === 'upload.pypi.org') {
        return {
            upload: uploadUrl,
            simple: 'https://pypi.org/simple/',
            base: 'https://pypi.org',
            page: (name, version) => `https://pypi.org/project/${normalizeName(name)}/${version}/`
        };
    }
    const simplePath = url.pathname.replace(/\/legacy\/?$/, '/').replace(/\/?$/, '/') + 'simple/';
    const simple = new URL(simplePath, url.origin).toString();
    return {
        upload: uploadUrl,
        simple,
        base: url.origin,
        page: (name, version) => url.host === 'test.pypi.org'
            ? `https://test.pypi.org/project/${normalizeName(name)}/${version}/`
            : `${simple}${normalizeName(name)}/`
    };
}
/** The normalized version in a distribution file name: `name-1.0-py3-none-any.whl`, `name-1.0.tar.gz`. */
function fileVersion(file) {
    const raw = file.endsWith('.whl') ? file.split('-')[1] : file.replace(/\.(tar\.gz|zip)$/, '').split('-').pop();
    return raw ? (0,pep440/* normalizeVersion */.Qj)(raw) : undefined;
}
/** PEP 503 name normalization. */
function normalizeName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
class IndexError extends Error {
    constructor(message) {
        super(message);
        this.name = 'IndexError';
    }
}
/** The files of a project's page: PEP 691 JSON (as pypi.org serves it) or PEP 503 HTML. */
function parseProjectPage(body, contentType, pageUrl) {
    const files = new Map();
    const absolute = (href) => (href ? new URL(decodeEntities(href), pageUrl).toString().replace(/#.*$/, '') : undefined);
    if (contentType.includes('json')) {
        const json = JSON.parse(body);
        for (const f of json.files ?? [])
            files.set(f.filename, { sha256: f.hashes?.sha256?.toLowerCase(), url: absolute(f.url) });
        return files;
    }
    for (const m of body.matchAll(/<a\b([^>]*)>([^<]+)<\/a>/gi)) {
        const href = /href\s*=\s*["']([^"']*)["']/.exec(m[1])?.[1];
        const sha256 = /#sha256=([0-9a-fA-F]{64})/.exec(href ?? '')?.[1]?.toLowerCase();
        files.set(decodeEntities(m[2].trim()), { sha256, url: absolute(href) });
    }
    return files;
}
function decodeEntities(text) {
    return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}
/** The files the index holds for a project (empty when it has none). */
async function existingFiles(urls, name, timeoutMs) {
    const url = `${urls.simple}${normalizeName(name)}/`;
    const response = await fetch(url, {
        headers: { Accept: 'application/vnd.pypi.simple.v1+json, text/html;q=0.1' },
        signal: AbortSignal.timeout(timeoutMs)
    }).catch(error => {
        if (error.name === 'TimeoutError')
            throw new IndexError(`${url} did not answer within ${(0,exec/* formatDuration */.a3)(timeoutMs)}`);
        throw error;
    });
    if (response.status === 404)
        return new Map();
    if (!response.ok)
        throw new IndexError(`The index answered ${response.status} for ${url}.`);
    return parseProjectPage(await response.text(), response.headers.get('content-type') ?? '', url);
}
const OIDC_ERRORS = {
    'not-enabled': 'trusted publishing is not enabled on this index',
    'invalid-publisher': "no trusted publisher on the index matches this workflow: add one in the project's publishing settings (owner, repository, workflow file name, environment), or give pypi-token",
    'invalid-pending-publisher': 'the pending publisher does not match this workflow, or the project name is taken',
    'invalid-token': "the index refused GitHub's OIDC token",
    'invalid-payload': 'the index could not read the token request'
};
/**
 * Trusted publishing: a GitHub OIDC token for the index's audience, exchanged
 * for a short-lived upload token, which is masked at once.
 */
async function mintToken(urls) {
    if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new IndexError('No pypi-token was given, and trusted publishing needs an OIDC token that this job cannot request: ' +
            'add "permissions: id-token: write" to the job, or pass pypi-token.');
    }
    const audienceResponse = await fetch(`${urls.base}/_/oidc/audience`);
    if (!audienceResponse.ok) {
        throw new IndexError(`${urls.base} does not offer trusted publishing (GET /_/oidc/audience answered ${audienceResponse.status}); pass pypi-token.`);
    }
    const { audience } = (await audienceResponse.json());
    const oidcToken = await lib_core/* getIDToken */.V9(audience);
    const minted = await fetch(`${urls.base}/_/oidc/mint-token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token: oidcToken })
    });
    const body = (await minted.json().catch(() => ({})));
    if (!minted.ok || !body.token) {
        const reasons = (body.errors ?? []).map(e => `${OIDC_ERRORS[e.code] ?? e.code} (${e.description})`);
        throw new IndexError(`Trusted publishing to ${urls.base} failed: ${reasons.join('; ') || body.message || `HTTP ${minted.status}`}.`);
    }
    lib_core/* setSecret */.Pq(body.token);
    return body.token;
}
/** `python -m twine upload`; the token travels in the environment only. */
function twineArgs(urls, files) {
    // --verbose: twine shows the index's own reason for a refusal only then.
    return ['-m', 'twine', 'upload', '--non-interactive', '--disable-progress-bar', '--verbose', '--repository-url', urls.upload, ...files];
}
/** The environment twine needs: the token (nowhere else), and plain, unwrapped output. */
function twineEnv(token) {
    return { TWINE_USERNAME: '__token__', TWINE_PASSWORD: token, TWINE_NON_INTERACTIVE: '1', COLUMNS: '1000', NO_COLOR: '1', TERM: 'dumb' };
}
async function upload(python, urls, files, token, timeoutMs) {
    return (0,exec/* run */.eF)(python, twineArgs(urls, files), {
        env: twineEnv(token),
        allowFailure: true,
        timeoutMs,
        what: `Uploading ${files.length} file${files.length === 1 ? '' : 's'} to ${urls.upload}`
    });
}
/** twine's log as records: a line at the margin, and the indented lines that continue it (rich wraps at 80 columns). */
function logRecords(output) {
    const records = [];
    for (const line of output.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
        if (!line.trim())
            continue;
        if (/^\s/.test(line) && records.length)
            records[records.length - 1] += ` ${line.trim()}`;
        else
            records.push(line.trim());
    }
    return records.map(r => r.replace(/^(INFO|DEBUG|WARNING|ERROR)\s+/, ''));
}
/** What went wrong in a failed twine upload, from its (verbose) output. */
function readTwineFailure(output) {
    const records = logRecords(output);
    // Verbose twine logs "Response from <url>: <the status line the index sent>", then the index's body.
    const at = records.findLastIndex(r => r.startsWith('Response from '));
    const httpError = records.findLast(r => r.startsWith('HTTPError: '));
    const status = at >= 0 ? records[at].replace(/^Response from \S+:\s*/, '') : /^HTTPError: (\d{3} .*?) from \S+/.exec(httpError ?? '')?.[1];
    const next = at >= 0 ? records[at + 1] : undefined;
    const body = next && !/^(HTTPError|Uploading|Retry)\b/.test(next) ? next : '';
    const reason = status && body && !status.includes(body) ? `${status}: ${body}` : status || body || records.slice(-2).join(' ') || output.trim();
    const code = Number(/^\d{3}/.exec(status ?? '')?.[0]);
    return {
        status,
        reason,
        auth: code === 401 || code === 403 || /invalid or non-existent authentication|\bforbidden\b/i.test(output),
        transient: !code || code >= 500
    };
}
/** Download a file the index holds into `path`, checking its sha256 where the index states one. */
async function downloadFile(file, name, path, timeoutMs) {
    if (!file.url)
        throw new IndexError(`The index gives no address for ${name}.`);
    const response = await fetch(file.url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok)
        throw new IndexError(`The index answered ${response.status} for ${file.url}.`);
    const bytes = Buffer.from(await response.arrayBuffer());
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (file.sha256 && sha256 !== file.sha256)
        throw new IndexError(`${name} from the index does not match the sha256 its page states.`);
    (0,external_node_fs_.writeFileSync)(path, bytes);
}

;// CONCATENATED MODULE: ./src/retry.ts
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

;// CONCATENATED MODULE: ./src/index-upload.ts
// The package index step: which files go up (a re-run completes a half-finished
// upload; another build's files under the same dev version are left alone),
// twine with bounded retries, and an error that says what is on the index and
// what is not, in the index's own words.






/** The built files with their digests, the wheel first: a wheel rebuilds byte for byte, so it proves whose a half upload is. */
function distFiles(paths) {
    return paths
        .map(path => ({ path, name: (0,external_node_path_.basename)(path), sha256: (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(path)).digest('hex') }))
        .sort((a, b) => Number(b.name.endsWith('.whl')) - Number(a.name.endsWith('.whl')) || a.name.localeCompare(b.name));
}
/**
 * What to upload, given what the index holds. A release uploads what is missing.
 * A dev version already on the index is this build's when its wheel is
 * byte-identical (a re-run, or a half-finished upload: the rest goes up);
 * otherwise another branch reached this .devN first, and nothing goes up.
 */
function decideUploads(type, version, ours, index) {
    const present = ours.filter(f => index.has(f.name));
    const todo = ours.filter(f => !index.has(f.name));
    if (type === 'dev') {
        const sameVersion = [...index.keys()].filter(name => fileVersion(name) === version);
        const wheel = ours.find(f => f.name.endsWith('.whl'));
        const ourBuild = wheel !== undefined && index.get(wheel.name)?.sha256 === wheel.sha256;
        if (sameVersion.length && !ourBuild) {
            return {
                kind: 'taken',
                why: `${version} is already on the index from another build (${sameVersion.join(', ')}): another branch reached this .dev number first`
            };
        }
    }
    return { kind: 'upload', todo, present };
}
/** Upload what the decision says, retrying transient faults with only what has not arrived. */
async function uploadToIndex(type, version, ours, index, step) {
    const decision = decideUploads(type, version, ours, index);
    if (decision.kind === 'taken') {
        lib_core/* warning */.$e(`${decision.why}. Nothing is uploaded; the image holds this commit's build.`);
        return ours.map(f => ({ file: f.name, result: 'skipped', why: decision.why }));
    }
    const uploads = decision.present.map(f => ({ file: f.name, result: 'skipped', why: 'already on the index (a re-run)' }));
    if (!decision.todo.length) {
        lib_core/* notice */.lm(`${version} is already on the index with all its files: this is a re-run, nothing to upload.`);
        return uploads;
    }
    if (decision.present.length) {
        lib_core/* notice */.lm(`${decision.present.map(f => f.name).join(', ')} of this build ${decision.present.length === 1 ? 'is' : 'are'} already on the index: uploading the rest.`);
    }
    const token = step.token || (await mintToken(step.urls));
    let arrived = index;
    try {
        await withRetries(`Uploading to ${step.urls.upload}`, async () => {
            const missing = decision.todo.filter(f => !arrived.has(f.name));
            if (!missing.length)
                return;
            lib_core/* startGroup */.Oh(`Upload ${missing.map(f => f.name).join(', ')} to ${step.urls.upload}`);
            let result;
            try {
                result = await upload(step.python, step.urls, missing.map(f => f.path), token, step.timeoutMs);
                // The runner masks the token too; an index that echoes it must not put it in the log through us.
                lib_core/* info */.pq(filterSecret(result.stdout + result.stderr, token));
            }
            finally {
                lib_core/* endGroup */.N4();
            }
            if (result.code === 0)
                return;
            const failure = readTwineFailure(filterSecret(`${result.stdout}\n${result.stderr}`, token));
            if (failure.auth) {
                throw new PermanentError(`The index ${step.urls.upload} refused the credentials (${failure.reason}): check pypi-token, or the trusted publisher.`);
            }
            // After a failed attempt, see what arrived before trying again (or giving up).
            arrived = await step.read().catch(() => arrived);
            if (!failure.transient)
                throw new PermanentError(`The index ${step.urls.upload} rejected the upload: ${failure.reason}.`);
            throw new IndexError(`Uploading to ${step.urls.upload} failed: ${failure.reason}.`);
        }, lib_core/* info */.pq);
    }
    catch (error) {
        throw new IndexError(`${error.message} ${whatIsWhere(decision.todo, arrived)}`);
    }
    for (const file of decision.todo)
        uploads.push({ file: file.name, result: 'uploaded' });
    return uploads;
}
/** After a failed upload: which of this build's files the index has, and which it has not. */
function whatIsWhere(todo, arrived) {
    const there = todo.filter(f => arrived.has(f.name)).map(f => f.name);
    const missing = todo.filter(f => !arrived.has(f.name)).map(f => f.name);
    if (!there.length)
        return `Nothing was uploaded to the index this time (missing: ${missing.join(', ')}). The image is already pushed; a re-run will complete the release.`;
    return `On the index now: ${there.join(', ')}; not on it: ${missing.join(', ')}. The image is already pushed; a re-run uploads what is missing.`;
}
function filterSecret(text, secret) {
    return secret ? text.split(secret).join('***') : text;
}

// EXTERNAL MODULE: ./src/tag-regex.ts
var tag_regex = __webpack_require__(2953);
// EXTERNAL MODULE: ./src/version-config.ts
var version_config = __webpack_require__(7458);
// EXTERNAL MODULE: ./src/version-schemes.ts
var version_schemes = __webpack_require__(6734);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/planner.ts
// The planner: a pure function from the event, the inputs and facts read from
// git to one plan. It runs nothing; the executor (or the dry run) takes it from here.






const DEFAULT_VERSIONING = { config: (0,version_config/* readVersionConfig */.T7)(undefined, undefined, {}).config, rules: src_version/* DEFAULT_RULES */.ck };
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
const REF_EVENTS = ['push', 'workflow_dispatch'];
/** Decide from the event alone whether this is a release, a dev release or nothing. */
function classify(event, skipBranches, rules = src_version/* DEFAULT_RULES */.ck) {
    if (PULL_REQUEST_EVENTS.includes(event.name)) {
        return { type: 'skip', reason: 'Pull requests never publish: a release needs a push or a manual run.' };
    }
    if (event.fork) {
        return { type: 'skip', reason: `This run is in a fork of the repository; only the repository itself publishes.` };
    }
    if (!REF_EVENTS.includes(event.name)) {
        return { type: 'skip', reason: `Event "${event.name}" does not publish; only push and workflow_dispatch do.` };
    }
    if (event.deleted) {
        return { type: 'skip', reason: `The push deleted ${event.ref}; there is nothing to release.` };
    }
    if (event.ref.startsWith('refs/tags/')) {
        const tag = event.ref.slice('refs/tags/'.length);
        if (rules.prefix && !tag.startsWith(rules.prefix)) {
            return { type: 'skip', reason: `Tag "${tag}" belongs to another package: this package's tags start with "${rules.prefix}".` };
        }
        const version = (0,src_version/* tagVersion */.RQ)(tag, rules);
        if (version === undefined) {
            const regex = rules.tagRegex.source === tag_regex/* DEFAULT_TAG_REGEX */.$F ? '' : ` of this package (tag_regex ${rules.tagRegex.source})`;
            return { type: 'skip', reason: `Tag "${tag}" is not a version${regex}, so it releases nothing.` };
        }
        if (!(0,src_version/* describeAdmits */.Ei)(rules.describe, tag)) {
            return {
                type: 'skip',
                reason: `Tag "${tag}" is left out by the git_describe_command's --match/--exclude patterns, so setuptools_scm never counts it as a version; it releases nothing.`
            };
        }
        return { type: 'release', tag, version };
    }
    if (event.ref.startsWith('refs/heads/')) {
        const branch = event.ref.slice('refs/heads/'.length);
        const rule = skipBranches.find(pattern => matchesBranch(pattern, branch));
        if (rule !== undefined) {
            return {
                type: 'skip',
                reason: `Branch "${branch}" is in skip-branches: its commits were already released from the branch they came from, and its tags release themselves.`
            };
        }
        return { type: 'dev', branch };
    }
    return { type: 'skip', reason: `Ref "${event.ref}" is neither a branch nor a tag.` };
}
/** skip-branches entries are names, where `*` stands for any run of characters. */
function matchesBranch(pattern, branch) {
    const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`);
    return regex.test(branch);
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Turn the trigger and what git says into the plan. */
function makePlan(event, inputs, trigger, facts, versioning = DEFAULT_VERSIONING) {
    const base = {
        ref: event.ref,
        sha: event.sha,
        image: inputs.image,
        platforms: inputs.platforms,
        errors: [],
        warnings: [],
        notices: [...inputs.notices]
    };
    if (trigger.type === 'skip' || !facts) {
        const reason = trigger.type === 'skip' ? trigger.reason : 'Nothing to release.';
        return { ...base, type: 'skip', reason, version: '', dockerTags: [], tagVersions: [], steps: [] };
    }
    const computed = trigger.type === 'release' ? releaseVersion(trigger, facts, versioning) : devVersion(trigger, facts, versioning);
    const { version, reason, versionSource, baseTag } = computed;
    base.errors.push(...computed.errors);
    base.warnings.push(...computed.warnings);
    base.notices.push(...computed.notices);
    let tags;
    let latest;
    let taggedRelease;
    if (trigger.type === 'release') {
        const moveLatest = latestDecision(version, facts.tagVersions, inputs.latest);
        latest = moveLatest.why;
        tags = moveLatest.latest ? [version, 'latest'] : [version];
    }
    else {
        tags = [branchTag(trigger.branch)];
        if (facts.nearest?.distance === 0 && !versioning.config.pretend)
            taggedRelease = facts.nearest.tag;
    }
    const dockerTags = inputs.publishDocker ? imageTags(inputs.image, tags) : [];
    const steps = planSteps(inputs, facts, version, dockerTags, taggedRelease);
    const uploads = steps.some(s => s.id === 'pypi' && !s.skip);
    if (trigger.type === 'dev' && uploads && version && !(0,pep440/* isPreRelease */.Ty)(version)) {
        const problem = `A branch push publishes a development release, which pip installs only with --pre, but ${versionSource} gives ${version}, ` +
            `which every pip install would pick${(0,pep440/* isFinal */.dR)(version) ? ' (a final release)' : ''}. Use a version_scheme that gives .devN versions ` +
            '(guess-next-dev, no-guess-dev, release-branch-semver), set publish-pypi: false for branches, or set version-checks: warn if this is meant.';
        if (inputs.versionChecks === 'strict')
            base.errors.push(problem);
        else
            base.warnings.push(problem);
    }
    return { ...base, type: trigger.type, reason, version, dockerTags, latest, versionSource, baseTag, tagVersions: facts.tagVersions, commitEpoch: facts.commitEpoch, steps };
}
/**
 * The plan, held against the versions already on the index. A development
 * version below its highest final release is a missing tag when no tag names
 * that release (an error): pip install --pre would never pick it; and a branch
 * from before that release otherwise (a warning). A release below it leaves
 * `latest` where it is.
 */
function reviewAgainstIndex(plan, mode, indexVersions) {
    const highest = (0,pep440/* highestVersion */.t)(indexVersions.filter(pep440/* isFinal */.dR));
    const quiet = { plan, errors: [], warnings: [] };
    if (!highest || (0,pep440/* compareVersions */.Zy)(plan.version, highest) > 0)
        return quiet;
    if (plan.type === 'dev' && plan.tagVersions.some(v => (0,pep440/* compareVersions */.Zy)(v, highest) === 0)) {
        const warning = `This branch starts before release ${highest}, so its development release ${plan.version} sorts below it and pip install --pre picks ${highest} instead. ` +
            'Merge the release into the branch to publish versions above it.';
        return { plan, errors: [], warnings: [warning] };
    }
    if (plan.type === 'dev') {
        const problem = `The index has ${highest}, but no tag of this repository names it, and this development release is ${plan.version}, which sorts below it, so pip install --pre would never pick it. ` +
            `${plan.baseTag ? `The newest tag it counts from is ${plan.baseTag}` : 'No version tag was found'}: tag the last release (${highest}) on the commit it was made from, ` +
            'and push the tag; or set version-checks: warn if this is meant.';
        return mode === 'strict' ? { plan, errors: [problem], warnings: [] } : { plan, errors: [], warnings: [problem] };
    }
    return { plan: holdLatest(plan, indexVersions, 'the index'), errors: [], warnings: [] };
}
/**
 * The plan without `latest` when `where` (the index, the registry's tags) already
 * has a higher final release than this one: a tag this clone does not know of,
 * pushed meanwhile or never fetched.
 */
function holdLatest(plan, versions, where) {
    const latest = plan.dockerTags.find(t => t.endsWith(':latest'));
    const highest = (0,pep440/* highestVersion */.t)(versions.filter(pep440/* isFinal */.dR));
    if (plan.type !== 'release' || !latest || !highest || (0,pep440/* compareVersions */.Zy)(highest, plan.version) <= 0)
        return plan;
    return {
        ...plan,
        dockerTags: plan.dockerTags.filter(t => t !== latest),
        latest: `not moved: ${where} has ${highest}, a higher release`
    };
}
/** The tool and the settings that differ from its defaults, as the summary names them. */
function describeConfig(v) {
    const parts = [v.config.tool === 'hatch-vcs' ? 'hatch-vcs (setuptools_scm)' : 'setuptools_scm', `version_scheme ${v.config.scheme}`];
    if (!v.config.normalize)
        parts.push('normalize false');
    if (v.rules.tagRegex.source !== tag_regex/* DEFAULT_TAG_REGEX */.$F)
        parts.push(`tag_regex ${v.rules.tagRegex.source}`);
    if (v.rules.prefix)
        parts.push(`tag prefix ${v.rules.prefix}`);
    return parts;
}
function releaseVersion(trigger, facts, v) {
    const out = { version: '', reason: '', versionSource: '', errors: [], warnings: [], notices: [] };
    const tagged = (0,pep440/* normalizeVersion */.Qj)(trigger.version);
    const scm = runScheme(v, { tag: trigger.version, distance: 0, branch: 'HEAD', facts }, out);
    out.version = scm ?? tagged;
    out.baseTag = trigger.tag;
    out.versionSource = [...describeConfig(v), `tag ${trigger.tag}`].join(', ');
    out.reason = `Tag "${trigger.tag}" is version ${out.version}: a release.`;
    if (out.version !== tagged) {
        out.warnings.push(`version_scheme ${v.config.scheme} turns tag "${trigger.tag}" (${tagged}) into ${out.version}, and this release publishes what the project computes.`);
    }
    const pretend = v.config.pretend;
    if (pretend && (0,pep440/* normalizeVersion */.Qj)(pretend.version) !== out.version) {
        out.errors.push(`${pretend.variable} is ${pretend.version}, but tag "${trigger.tag}" is version ${out.version}: a tag build releases the tag. Unset ${pretend.variable} for tag builds.`);
    }
    return out;
}
function devVersion(trigger, facts, v) {
    const out = { version: '', reason: '', versionSource: '', errors: [], warnings: [], notices: [] };
    const nearest = facts.nearest;
    if (facts.passedOver.length) {
        const names = facts.passedOver.map(t => `"${t}"`).join(', ');
        const many = facts.passedOver.length > 1;
        out.warnings.push(`Tag${many ? 's' : ''} ${names} ${many ? 'are' : 'is'} nearer than any version tag of this package but no version of it; setuptools_scm would fail here, so the version counts from ${nearest ? `tag "${nearest.tag}"` : 'no tag'} instead.`);
    }
    if (facts.ownNearest && nearest && v.rules.prefix) {
        out.warnings.push(`The tag prefix "${v.rules.prefix}" makes this version count from "${nearest.tag}", but the project's own setuptools_scm settings find "${facts.ownNearest}" first, another package's tag. ` +
            `Add git_describe_command = "git describe --dirty --tags --long --match '${v.rules.prefix}*[0-9]*'" and a tag_regex for the prefix to the project's settings, so that builds outside this action agree.`);
    }
    const distance = nearest ? nearest.distance : facts.commitCount;
    out.baseTag = nearest?.tag;
    const since = nearest
        ? nearest.distance === 0
            ? `at tag "${nearest.tag}"`
            : `${plural(nearest.distance, 'commit')} after tag "${nearest.tag}"`
        : `no version tag yet, ${plural(facts.commitCount, 'commit')} in all`;
    const pretend = v.config.pretend;
    if (pretend) {
        out.version = (0,pep440/* normalizeVersion */.Qj)(pretend.version);
        out.versionSource = `${pretend.variable}=${pretend.version}`;
        out.notices.push(`The version comes from ${pretend.variable} (${pretend.version}), not from git.`);
    }
    else {
        // setuptools_scm counts from 0.0 where no tag is found.
        out.version = runScheme(v, { tag: nearest?.version ?? '0.0', distance, branch: trigger.branch, facts }, out) ?? '';
        out.versionSource = [...describeConfig(v), nearest ? `tag ${nearest.tag}` : 'no tag', plural(distance, 'commit')].join(', ');
    }
    out.reason = `Push to branch "${trigger.branch}": a development release, ${since}.`;
    return out;
}
/** The scheme's version without its local part, or undefined with an error where setuptools_scm would fail. */
function runScheme(v, at, out) {
    let raw;
    try {
        const result = (0,version_schemes/* computeVersion */.E2)(v.config.scheme, {
            tag: at.tag,
            distance: at.distance,
            branch: at.branch,
            nodeDate: at.facts.commitDate ?? at.facts.today,
            today: at.facts.today,
            tagRegex: v.rules.tagRegex,
            normalize: v.config.normalize
        });
        out.warnings.push(...result.warnings);
        raw = result.version;
    }
    catch (error) {
        if (!(error instanceof version_schemes/* SchemeError */.At))
            throw error;
        out.errors.push(`setuptools_scm's version_scheme ${v.config.scheme} fails here: ${error.message}. Tag a version it can continue from, or choose another version_scheme.`);
        return undefined;
    }
    const version = (0,pep440/* publicVersion */.Yd)(raw);
    if (!version) {
        out.errors.push(`version_scheme ${v.config.scheme} gives "${raw}" here, which is not a PEP 440 version; no build backend accepts it. Tag a version it can continue from, or choose another version_scheme.`);
        return undefined;
    }
    if (version !== (0,pep440/* normalizeVersion */.Qj)(raw))
        out.notices.push(`The local part of ${raw} is dropped: a package index refuses local versions.`);
    return version;
}
function latestDecision(version, tagVersions, mode) {
    if (mode === 'false')
        return { latest: false, why: 'not moved: input latest is false' };
    if (!(0,pep440/* isFinal */.dR)(version))
        return { latest: false, why: `not moved: ${version} is not a final release` };
    const highest = (0,pep440/* highestVersion */.t)(tagVersions.filter(v => (0,pep440/* isFinal */.dR)(v) && (0,pep440/* compareVersions */.Zy)(v, version) > 0));
    if (highest)
        return { latest: false, why: `not moved: ${highest} is a higher release` };
    return { latest: true, why: `moved: ${version} is the highest final release` };
}
function planSteps(inputs, facts, version, dockerTags, taggedRelease) {
    const noPython = facts.hasPythonProject
        ? undefined
        : `no pyproject.toml or setup.py in "${inputs.pythonProject}"`;
    const build = {
        id: 'python-build',
        title: `Build sdist and wheel of "${inputs.pythonProject}" at ${version}`,
        skip: noPython ?? (!inputs.publishPypi && !inputs.publishDocker ? 'publish-pypi and publish-docker are false' : undefined)
    };
    const stage = {
        id: 'stage',
        title: `Stage them into ${inputs.pkgDirs.join(', ')}`,
        skip: build.skip ?? (inputs.publishDocker ? undefined : 'publish-docker is false')
    };
    const dockerSkip = inputs.publishDocker ? undefined : 'publish-docker is false';
    const docker = {
        id: 'docker',
        title: inputs.mode === 'platform'
            ? `Build ${inputs.platforms[0]} and push it by digest, for the merge job`
            : inputs.mode === 'merge'
                ? `Merge the platform images (${inputs.platforms.join(', ')}) into ${dockerTags.join(', ')}`
                : `Build ${inputs.platforms.join(', ')} and push ${dockerTags.join(', ')}`,
        skip: dockerSkip
    };
    if (inputs.mode === 'merge' && !stage.skip)
        stage.skip = 'mode merge builds no image';
    const pypi = {
        id: 'pypi',
        title: `Upload to ${inputs.pypiUrl}`,
        skip: !inputs.publishPypi
            ? 'publish-pypi is false'
            : inputs.mode === 'platform'
                ? 'mode platform: the merge job uploads'
                : (noPython ??
                    (taggedRelease !== undefined
                        ? `this commit is tag "${taggedRelease}", whose own release publishes ${version}`
                        : undefined))
    };
    return [build, stage, docker, pypi];
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/registry-api.ts
// The registry's HTTP API (the OCI distribution spec), for what docker's CLI
// cannot answer: which tags an image already has. Token auth as registries do
// it: a 401 names a realm, which hands out a bearer token for the scope.


/** Where an image's registry answers, by Docker's rules (docker.io, library/, loopback over plain HTTP). */
function imageLocation(image) {
    const parts = image.split('/');
    const hasHost = parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost');
    const host = hasHost ? parts.shift() : 'docker.io';
    if (host === 'docker.io' || host === 'index.docker.io') {
        return { base: 'https://registry-1.docker.io', repository: parts.length === 1 ? `library/${parts[0]}` : parts.join('/') };
    }
    const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);
    return { base: `${loopback ? 'http' : 'https'}://${host}`, repository: parts.join('/') };
}
class RegistryApiError extends Error {
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
        const url = new URL(path, `${this.location.base}/v2/`).toString();
        const send = () => fetch(url, {
            ...init,
            headers: { ...init.headers, ...(this.authorization ? { Authorization: this.authorization } : {}) },
            signal: AbortSignal.timeout(this.timeoutMs)
        });
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
        if (challenge.params.service)
            realm.searchParams.set('service', challenge.params.service);
        realm.searchParams.set('scope', `repository:${this.location.repository}:${scope}`);
        const basic = this.basic();
        const response = await fetch(realm, { headers: basic ? { Authorization: basic } : {}, signal: AbortSignal.timeout(this.timeoutMs) });
        if (!response.ok)
            throw new RegistryApiError(`The registry's token service answered ${response.status} for ${this.location.repository}.`);
        const body = (await response.json());
        const token = body.token ?? body.access_token;
        return token ? `Bearer ${token}` : undefined;
    }
    /** What a tag or digest resolves to in the registry: the digest, and the platforms of a manifest list. */
    async manifest(reference) {
        const response = await this.request(`${this.location.repository}/manifests/${reference}`, { headers: { Accept: MANIFEST_TYPES } });
        if (response.status === 404)
            return undefined;
        if (!response.ok)
            throw new RegistryApiError(`The registry answered ${response.status} for ${this.location.repository}:${reference}.`);
        const body = await response.text();
        const digest = response.headers.get('docker-content-digest') ?? `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`;
        const json = JSON.parse(body);
        const platforms = (json.manifests ?? [])
            .map(m => m.platform)
            .filter(p => p !== undefined && p.os !== 'unknown')
            .map(p => [p.os, p.architecture, p.variant].filter(Boolean).join('/'));
        return { digest, platforms };
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
    /** Every tag of the repository (empty when it does not exist yet), following pagination. */
    async tags() {
        const tags = [];
        let path = `${this.location.repository}/tags/list?n=1000`;
        while (path) {
            const response = await this.request(path);
            if (response.status === 404)
                return tags;
            if (response.status === 401 || response.status === 403) {
                throw new PermanentError(`The registry refused to list the tags of ${this.location.repository} (${response.status}): check registry-username and registry-password.`);
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

// EXTERNAL MODULE: ./src/pyproject.ts
var pyproject = __webpack_require__(1775);
// EXTERNAL MODULE: ./src/git.ts
var src_git = __webpack_require__(1243);
;// CONCATENATED MODULE: ./src/leftovers.ts
// What a run leaves behind until it ends (its Docker config with the login, the
// builder it started, the files it staged), written to the runner's state as it
// is made, so that the post step removes whatever a killed main step left.

const KINDS = ['docker-config', 'builder', 'staged'];
const held = new Map(KINDS.map(kind => [kind, new Set()]));
function save(kind) {
    lib_core/* saveState */.LZ(`leftover-${kind}`, JSON.stringify([...held.get(kind)]));
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
            return JSON.parse(core.getState(`leftover-${kind}`) || '[]');
        }
        catch {
            return [];
        }
    };
    return { 'docker-config': read('docker-config'), builder: read('builder'), staged: read('staged') };
}

;// CONCATENATED MODULE: ./src/python.ts
// Everything that runs Python: finding the project, the tools, building at a
// pinned version and reading back the versions of the built files.



function findProject(dir) {
    const pyproject = (0,external_node_path_.join)(dir, 'pyproject.toml');
    if ((0,external_node_fs_.existsSync)(pyproject))
        return { dir, name: projectName((0,external_node_fs_.readFileSync)(pyproject, 'utf8')) };
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'setup.py')))
        return { dir };
    return undefined;
}
/** `name` of the [project] table; a full TOML parser is more than this needs. */
function projectName(toml) {
    const table = /^\[project\][ \t]*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(toml);
    return table ? /^name\s*=\s*["']([^"']+)["']/m.exec(table[1])?.[1] : undefined;
}
/** The environment variables that pin the version for every common build backend. */
function pinnedVersionEnv(version, name) {
    const env = {
        SETUPTOOLS_SCM_PRETEND_VERSION: version, // setuptools_scm, hatch-vcs, flit_scm
        PDM_BUILD_SCM_VERSION: version,
        POETRY_DYNAMIC_VERSIONING_BYPASS: version
    };
    if (name)
        env[`SETUPTOOLS_SCM_PRETEND_VERSION_FOR_${name.replace(/[-_.]+/g, '_').toUpperCase()}`] = version;
    return env;
}
class PythonError extends exec/* ToolError */.v4 {
}
class Python {
    interpreter;
    constructor(interpreter) {
        this.interpreter = interpreter;
    }
    /** Which of these modules the interpreter cannot import (one interpreter start for all). */
    async missingModules(modules) {
        const probe = `import importlib.util, sys; print(" ".join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))`;
        const r = await (0,exec/* run */.eF)(this.interpreter, ['-c', probe, ...modules]);
        return r.stdout.split(/\s+/).filter(Boolean);
    }
    async exists() {
        const r = await (0,exec/* run */.eF)(this.interpreter, ['--version'], { allowFailure: true }).catch(() => undefined);
        return r?.code === 0;
    }
    /**
     * An interpreter that has `build` and `twine`: this one, or a virtual
     * environment under `tempDir` with them installed (never the system Python).
     */
    async withTools(tempDir, log) {
        const missing = await this.missingModules(['build', 'twine']);
        if (!missing.length)
            return this;
        const venv = (0,external_node_path_.join)(tempDir, 'dev-release-venv');
        log(`${this.interpreter} lacks ${missing.join(' and ')}: installing them into a virtual environment at ${venv}`);
        await (0,exec/* run */.eF)(this.interpreter, ['-m', 'venv', venv]);
        const python = new Python((0,external_node_path_.join)(venv, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python'));
        const r = await (0,exec/* run */.eF)(python.interpreter, ['-m', 'pip', 'install', '--quiet', 'build', 'twine'], { allowFailure: true });
        if (r.code !== 0) {
            throw new PythonError(`Installing build and twine into ${venv} failed: ${(0,exec/* lastLines */.w$)(r)}`, r.stdout + r.stderr);
        }
        return python;
    }
    /**
     * `python -m build --sdist --wheel` at a pinned version; returns the built files.
     * `sourceDateEpoch` (the commit's time) makes the wheel the same bytes on every re-run.
     */
    async build(project, version, outDir, extraArgs, sourceDateEpoch) {
        const epoch = process.env.SOURCE_DATE_EPOCH ?? (sourceDateEpoch === undefined ? undefined : String(sourceDateEpoch));
        const r = await (0,exec/* run */.eF)(this.interpreter, ['-m', 'build', '--sdist', '--wheel', '--outdir', outDir, ...extraArgs, project.dir], {
            env: { ...pinnedVersionEnv(version, project.name), ...(epoch ? { SOURCE_DATE_EPOCH: epoch } : {}) },
            stream: true,
            allowFailure: true
        });
        if (r.code !== 0) {
            throw new PythonError(`The Python build of "${project.dir}" failed (exit code ${r.code}): ${(0,exec/* lastLines */.w$)(r)}`, r.stdout + r.stderr);
        }
        const files = (0,external_node_fs_.readdirSync)(outDir)
            .filter(f => f.endsWith('.whl') || f.endsWith('.tar.gz'))
            .sort()
            .map(f => (0,external_node_path_.join)(outDir, f));
        if (!files.length)
            throw new PythonError(`The Python build of "${project.dir}" produced no .whl or .tar.gz file.`, r.stdout);
        return files;
    }
    /** The name and version in each distribution's metadata (PKG-INFO or METADATA). */
    async readMetadata(files) {
        const r = await (0,exec/* run */.eF)(this.interpreter, ['-c', READ_METADATA, ...files]);
        return JSON.parse(r.stdout);
    }
}
const READ_METADATA = `
import email.parser, json, sys, tarfile, zipfile
out = []
for path in sys.argv[1:]:
    if path.endswith(".whl"):
        with zipfile.ZipFile(path) as z:
            name = next(n for n in z.namelist() if n.count("/") == 1 and n.endswith(".dist-info/METADATA"))
            text = z.read(name).decode()
    else:
        with tarfile.open(path) as t:
            member = min((m for m in t.getmembers() if m.name.count("/") == 1 and m.name.endswith("/PKG-INFO")), key=lambda m: len(m.name))
            text = t.extractfile(member).read().decode()
    meta = email.parser.Parser().parsestr(text, headersonly=True)
    out.append({"file": path, "name": meta["Name"], "version": meta["Version"]})
print(json.dumps(out))
`;

;// CONCATENATED MODULE: ./src/stage.ts
// Staging: the image's pkg/ directories get exactly this build's files.


const DIST_FILE = /\.(whl|tar\.gz)$/;
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
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        for (const entry of (0,external_node_fs_.readdirSync)(dir)) {
            const path = (0,external_node_path_.join)(dir, entry);
            // A file that git tracks is the project's own (a vendored archive), never an earlier build.
            if (DIST_FILE.test(entry) && !tracked.has(path) && (0,external_node_fs_.lstatSync)(path).isFile()) {
                (0,external_node_fs_.rmSync)(path);
                removed.push(path);
            }
        }
        for (const file of files) {
            (0,external_node_fs_.copyFileSync)(file, (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(file)));
            if (epoch !== undefined)
                (0,external_node_fs_.utimesSync)((0,external_node_path_.join)(dir, (0,external_node_path_.basename)(file)), epoch, epoch);
        }
        if (epoch !== undefined)
            (0,external_node_fs_.utimesSync)(dir, epoch, epoch);
    }
    return removed;
}

;// CONCATENATED MODULE: ./src/executor.ts
// Carries out a plan step by step: Python build, staging, Docker, package index.
// The index comes last: image tags can be pushed again by a re-run, uploaded
// files cannot, so a failure before it leaves nothing permanent behind.

















function emptyOutcome() {
    return { completed: [], dists: [], staged: [], digest: '', uploads: [] };
}
/**
 * Carry out the plan. `outcome` is filled in as the steps finish, so that a
 * failure can still report what was done. Returns the plan as carried out
 * (the index can hold `latest` back).
 */
async function execute(plan, inputs, env, outcome = emptyOutcome()) {
    const runs = (id) => plan.steps.some(s => s.id === id && !s.skip);
    const step = async (id, body) => {
        outcome.current = id;
        await body();
        outcome.completed.push(id);
        outcome.current = undefined;
    };
    let built;
    if (runs('python-build')) {
        await step('python-build', async () => {
            built = await buildPython(plan, inputs, env);
            outcome.dists = built.files.map(f => (0,external_node_path_.basename)(f));
            outcome.distName = built.name;
        });
    }
    else {
        const why = plan.steps.find(s => s.id === 'python-build')?.skip;
        if (why)
            lib_core/* notice */.lm(`No Python build: ${why}.`);
    }
    // Before anything is published: where the version stands on the index.
    let present;
    let urls;
    if (built && runs('pypi')) {
        urls = indexUrls(inputs.pypiUrl);
        const simple = urls.simple;
        present = await readIndex(urls, built.name, inputs).catch(error => {
            throw new IndexError(`The index's page at ${simple} cannot be read (${reason(error)}). Nothing was published: the index is read before anything is pushed.`);
        });
        const review = reviewAgainstIndex(plan, inputs.versionChecks, [...present.keys()].map(fileVersion).filter((v) => !!v));
        for (const warning of review.warnings)
            lib_core/* warning */.$e(warning);
        if (review.errors.length)
            throw new IndexError(review.errors.join(' '));
        plan = review.plan;
    }
    if (built && present && runs('stage')) {
        // A re-run: the image gets exactly the bytes the index already holds (an sdist never rebuilds byte for byte).
        const held = await heldByIndex(plan, built, present, env, inputs);
        if (held)
            built = { ...built, files: held };
    }
    if (built && runs('stage')) {
        await step('stage', async () => {
            const dirs = inputs.pkgDirs.map(d => (0,external_node_path_.resolve)(env.workspace, d));
            const tracked = await new src_git/* Git */.T(env.workspace).trackedFiles(dirs);
            outcome.staged = dirs.flatMap(dir => built.files.map(file => (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(file))));
            for (const file of outcome.staged)
                remember('staged', file);
            const removed = stageDists(dirs, built.files, plan.commitEpoch, tracked);
            lib_core/* info */.pq(`Staged ${outcome.dists.join(', ')} into ${inputs.pkgDirs.join(', ')}${removed.length ? ` (removed ${removed.length} earlier file${removed.length > 1 ? 's' : ''})` : ''}.`);
        });
    }
    if (runs('docker') && plan.dockerTags.some(t => t.endsWith(':latest'))) {
        // The registry may know a higher release than this clone does (two tags pushed close together).
        plan = holdLatest(plan, await registryVersions(inputs), `the registry (${inputs.image})`);
    }
    if (runs('docker')) {
        await step('docker', async () => {
            outcome.image = await pushImage(plan, inputs, env);
            outcome.digest = outcome.image.digest;
        });
    }
    if (built) {
        const pypi = plan.steps.find(s => s.id === 'pypi');
        if (urls && present) {
            outcome.indexPage = urls.page(built.name, plan.version);
            const name = built.name;
            await step('pypi', async () => {
                outcome.uploads = await uploadToIndex(plan.type, plan.version, distFiles(built.files), present, {
                    urls: urls,
                    python: built.python.interpreter,
                    token: inputs.pypiToken,
                    timeoutMs: inputs.timeouts.upload,
                    read: () => readIndex(urls, name, inputs)
                });
            });
        }
        else {
            outcome.uploads = built.files.map(f => ({ file: (0,external_node_path_.basename)(f), result: 'skipped', why: pypi?.skip }));
        }
    }
    return plan;
}
/**
 * Where the index already holds every file of this build (a re-run of a release,
 * or of this very dev build: its wheel is byte-identical), those files, downloaded;
 * otherwise undefined.
 */
async function heldByIndex(plan, built, present, env, inputs) {
    const ours = distFiles(built.files);
    if (!ours.every(f => present.has(f.name)))
        return undefined;
    const wheel = ours.find(f => f.name.endsWith('.whl'));
    if (plan.type === 'dev' && present.get(wheel?.name ?? '')?.sha256 !== wheel?.sha256)
        return undefined;
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(env.temp, 'dev-release-held-'));
    const files = ours.map(f => (0,external_node_path_.join)(dir, f.name));
    await withRetries('Downloading the files the index holds', () => Promise.all(ours.map((f, i) => downloadFile(present.get(f.name), f.name, files[i], inputs.timeouts.request))), lib_core/* info */.pq);
    lib_core/* info */.pq(`The index already holds ${ours.map(f => f.name).join(', ')}: the image gets exactly those files.`);
    return files;
}
function credentials(inputs) {
    return inputs.registryUsername ? { username: inputs.registryUsername, password: inputs.registryPassword } : undefined;
}
/** The versions the image's tags name; none, with a warning, when the registry cannot be read. */
async function registryVersions(inputs) {
    const api = new RegistryApi(imageLocation(inputs.image), credentials(inputs), inputs.timeouts.request);
    try {
        const tags = await withRetries(`Reading the tags of ${inputs.image}`, () => api.tags(), lib_core/* info */.pq);
        return tags.map(pep440/* normalizeVersion */.Qj).filter((v) => v !== undefined);
    }
    catch (error) {
        lib_core/* warning */.$e(`Could not read the tags of ${inputs.image} (${reason(error)}); latest follows this clone's tags only.`);
        return [];
    }
}
/** The cause of a failed fetch ("fetch failed" alone says nothing). */
function reason(error) {
    const e = error;
    return [e.message, e.cause?.code ?? e.cause?.message].filter(Boolean).join(': ');
}
function readIndex(urls, name, inputs) {
    return withRetries(`Reading ${urls.simple}`, () => existingFiles(urls, name, inputs.timeouts.request), lib_core/* info */.pq);
}
async function buildPython(plan, inputs, env) {
    const python = new Python(inputs.python); // preflight checked that it runs
    const project = findProject((0,external_node_path_.resolve)(env.workspace, inputs.pythonProject));
    if (!project)
        throw new PythonError(`No pyproject.toml or setup.py in "${inputs.pythonProject}".`);
    const tools = await python.withTools(env.temp, lib_core/* info */.pq);
    const outDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(env.temp, 'dev-release-dist-'));
    lib_core/* startGroup */.Oh(`Build the Python package at ${plan.version}`);
    let files;
    try {
        files = await tools.build(project, plan.version, outDir, inputs.pythonBuildArgs, plan.commitEpoch);
    }
    finally {
        lib_core/* endGroup */.N4();
    }
    const metadata = await tools.readMetadata(files);
    const wrong = metadata.filter(m => (0,pep440/* normalizeVersion */.Qj)(m.version) !== plan.version);
    if (wrong.length) {
        const names = wrong.map(m => `${(0,external_node_path_.basename)(m.file)} (${m.version})`).join(', ');
        throw new PythonError(`The build carries another version than this release (${plan.version}): ${names}. ` +
            `The package must take its version from git: ${env.project ? (0,pyproject/* versionAdvice */.bC)(env.project) : 'use setuptools_scm (dynamic = ["version"]).'}`);
    }
    lib_core/* info */.pq(`Built ${files.map(f => (0,external_node_path_.basename)(f)).join(', ')}.`);
    return { python: tools, files, name: metadata[0].name };
}
async function pushImage(plan, inputs, env) {
    const loggingIn = inputs.registryUsername && inputs.registryPassword ? inputs.registry : undefined;
    const docker = await Docker.open(env.temp, loggingIn, inputs.timeouts);
    remember('docker-config', docker.configDir);
    try {
        if (!(await docker.hasBuildx())) {
            lib_core/* info */.pq('docker buildx is missing: installing a pinned release.');
            await docker.installBuildx();
        }
        await login(docker, inputs);
        if (inputs.mode === 'merge')
            return await mergeImages(docker, plan, inputs, env);
        const { builder, byDigest, perPlatform } = await chooseBuilder(docker, inputs);
        const platform = inputs.platforms[0];
        // Without a builder that pushes by digest, a platform image goes under a staging tag of its own.
        const tags = inputs.mode === 'platform' && !byDigest ? [stagingTag(plan.dockerTags[0], platform)] : plan.dockerTags;
        const build = {
            builder,
            context: (0,external_node_path_.resolve)(env.workspace, inputs.context),
            dockerfile: (0,external_node_path_.resolve)(env.workspace, inputs.dockerfile),
            platforms: inputs.platforms,
            tags,
            byDigest: inputs.mode === 'platform' && byDigest ? { image: plan.image } : undefined,
            cacheFrom: inputs.cacheFrom,
            cacheTo: inputs.cacheTo,
            labels: {
                'org.opencontainers.image.version': plan.version,
                'org.opencontainers.image.revision': plan.sha,
                'org.opencontainers.image.source': env.repositoryUrl,
                // The commit's time, not the clock's: a re-run of a release builds the same image.
                'org.opencontainers.image.created': new Date((plan.commitEpoch ?? Date.now() / 1000) * 1000).toISOString()
            },
            buildArgs: inputs.buildArgs,
            provenance: inputs.provenance,
            sourceDateEpoch: plan.commitEpoch,
            metadataFile: (0,external_node_path_.join)(docker.configDir, 'metadata.json')
        };
        const title = inputs.mode === 'platform' ? `Build ${platform} and push it ${byDigest ? 'by digest' : `as ${tags[0]}`}` : `Build ${inputs.platforms.join(', ')} and push ${tags.join(', ')}`;
        const registry = new RegistryApi(imageLocation(plan.image), credentials(inputs), inputs.timeouts.request);
        if (perPlatform)
            return await pushEachPlatform(docker, registry, plan, inputs, build);
        const digest = await withRetries(title, () => inGroup(title, async () => {
            const built = await buildOnce(docker, build, inputs.registry);
            if (build.byDigest)
                return built;
            // The digest is what the tag resolves to in the registry, not what buildx wrote down (after a
            // retried push the two can differ); a list that lacks a platform is pushed again.
            const pushed = await registry.manifest(tags[0].slice(plan.image.length + 1));
            const lacking = inputs.platforms.length > 1 ? inputs.platforms.filter(p => !pushed?.platforms.some(q => samePlatform(p, q))) : [];
            if (!pushed || lacking.length) {
                throw new DockerError(`The registry's ${tags[0]} ${pushed ? `lacks ${lacking.join(', ')}` : 'is missing'} after the push`);
            }
            return pushed.digest;
        }), lib_core/* info */.pq);
        if (inputs.mode === 'platform') {
            const dir = digestsDir(inputs, env);
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, digest.replace(/^sha256:/, '')), `${platform}\n`);
            lib_core/* info */.pq(`Wrote ${platform} ${digest} to ${dir} for the merge job.`);
            return { tags: [], digest, platforms: [platform] };
        }
        // buildx pushed exactly these platforms in one manifest list (the tests read it back from the registry).
        return { tags: plan.dockerTags, digest, platforms: inputs.platforms };
    }
    finally {
        docker.dispose();
        forget('docker-config', docker.configDir);
    }
}
async function login(docker, inputs) {
    if (!inputs.registryUsername || !inputs.registryPassword) {
        lib_core/* notice */.lm(`No registry credentials given: pushing to ${inputs.registry} with the runner's own docker login, if any.`);
        return;
    }
    await withRetries(`Logging in to ${inputs.registry}`, async () => {
        const result = await docker.login(inputs.registry, inputs.registryUsername, inputs.registryPassword);
        if (result.code === 0)
            return;
        const why = result.stderr.trim().split('\n').pop() ?? '';
        if (isAuthFailure(result.stderr)) {
            throw new PermanentError(`Authentication failed for registry ${inputs.registry} as "${inputs.registryUsername}" (${why}). Check registry-username and registry-password.`);
        }
        throw new DockerError(`Logging in to ${inputs.registry} failed: ${why}`);
    }, lib_core/* info */.pq);
}
/**
 * One build per platform with the docker driver, each under a staging tag, then one manifest list
 * from them (what mode merge does across jobs), then the staging tags go where the registry allows it.
 */
async function pushEachPlatform(docker, registry, plan, inputs, build) {
    const sources = [];
    const staging = [];
    for (const platform of inputs.platforms) {
        const tag = stagingTag(plan.dockerTags[0], platform);
        const title = `Build ${platform} and push it as ${tag}`;
        const digest = await withRetries(title, () => inGroup(title, async () => {
            await buildOnce(docker, { ...build, platforms: [platform], tags: [tag] }, inputs.registry);
            const pushed = await registry.manifest(tag.slice(plan.image.length + 1));
            if (!pushed)
                throw new DockerError(`The registry has no ${tag} after the push`);
            return pushed.digest;
        }), lib_core/* info */.pq);
        sources.push(`${plan.image}@${digest}`);
        staging.push(tag);
    }
    await joinPlatforms(docker, plan, inputs, sources);
    const kept = [];
    for (const tag of staging) {
        const result = await registry.deleteTag(tag.slice(plan.image.length + 1)).catch(() => 'refused');
        if (result !== 'deleted')
            kept.push(tag);
    }
    if (kept.length) {
        lib_core/* notice */.lm(`The registry deletes no tags, so the per-platform staging tags stay: ${kept.join(', ')}. The manifest list holds their images; remove the tags with the registry's own tools if they are in the way.`);
    }
    const pushed = await registry.manifest(plan.dockerTags[0].slice(plan.image.length + 1));
    if (!pushed)
        throw new DockerError(`The registry has no ${plan.dockerTags[0]} after the merge.`);
    return { tags: plan.dockerTags, digest: pushed.digest, platforms: pushed.platforms };
}
/** The builder to use, whether it can push by digest, and whether each platform must be built on its own; registers QEMU where platforms are missing. */
async function chooseBuilder(docker, inputs) {
    let perPlatform = false;
    let current = await docker.inspectBuilder();
    let builder;
    const needsContainerBuilder = current.driver === 'docker' &&
        (inputs.mode === 'platform' || (inputs.platforms.length > 1 && !(await docker.hasContainerdStore())));
    if (needsContainerBuilder) {
        // The docker driver cannot push by digest, nor push multi-platform images without the containerd store.
        const created = await docker.bootstrapContainerBuilder(inputs.buildkitImage);
        if (created.code === 0) {
            builder = BUILDER_NAME;
            remember('builder', BUILDER_NAME);
            current = await docker.inspectBuilder(builder);
        }
        else if (inputs.mode === 'platform') {
            lib_core/* warning */.$e(`Could not start a docker-container builder (${created.stderr.trim().split('\n').pop()}); the docker driver cannot push by digest, so this platform's image goes under a staging tag.`);
        }
        else {
            perPlatform = true;
            lib_core/* warning */.$e(`The docker driver cannot push a multi-platform image without the containerd image store, and a docker-container builder could not start (${created.stderr.trim().split('\n').pop()}). ` +
                'Building each platform on its own and joining them into one manifest list instead.');
        }
    }
    const missing = unsupportedPlatforms(current, inputs.platforms);
    if (missing.length) {
        const qemu = await docker.registerQemu(missing, inputs.binfmtImage);
        if (qemu.code !== 0) {
            lib_core/* warning */.$e(`The builder lists no ${missing.join(', ')}, and registering QEMU for them failed (${qemu.stderr.trim().split('\n').pop()}). ` +
                'Trying the build anyway: steps that run no foreign binaries need no emulation.');
        }
    }
    return { builder, byDigest: current.driver !== 'docker', perPlatform };
}
async function buildOnce(docker, build, registry) {
    try {
        return await docker.buildAndPush(build);
    }
    catch (error) {
        if (!(error instanceof DockerError))
            throw error;
        // Only a registry that is away or failing is worth another try; a broken build is not.
        const failure = classifyBuildxFailure(error.output || error.message);
        switch (failure.kind) {
            case 'build':
                throw new PermanentError(`The image build failed: ${failure.line}`);
            case 'auth':
                throw new PermanentError(`The registry ${registry} refused the push: ${failure.line}. ${authAdvice(registry)}`);
            case 'transient':
                throw new DockerError(`Pushing to ${registry} failed: ${failure.line}`);
            default:
                throw new PermanentError(`docker buildx build failed: ${failure.line}`);
        }
    }
}
/** What to check when a registry refuses: for ghcr.io, the workflow's permissions and the package's access. */
function authAdvice(registry) {
    return registry === 'ghcr.io'
        ? "Check registry-username and registry-password; with GITHUB_TOKEN the job needs permissions: packages: write, and an existing package must grant this repository write access (the package's settings, Manage Actions access)."
        : 'Check registry-username and registry-password, and that this user may push to the image.';
}
async function inGroup(title, body) {
    lib_core/* startGroup */.Oh(title);
    try {
        return await body();
    }
    finally {
        lib_core/* endGroup */.N4();
    }
}
function digestsDir(inputs, env) {
    return inputs.digestsDir ? (0,external_node_path_.resolve)(env.workspace, inputs.digestsDir) : (0,external_node_path_.join)(env.temp, 'dev-release-digests');
}
/** One tagged manifest list from platform images pushed by digest or under staging tags. */
async function joinPlatforms(docker, plan, inputs, sources) {
    const title = `Merge ${inputs.platforms.join(', ')} into ${plan.dockerTags.join(', ')}`;
    await withRetries(title, () => inGroup(title, async () => {
        const result = await docker.createManifestList(plan.dockerTags, sources);
        if (result.code === 0)
            return;
        const failure = classifyBuildxFailure(result.stdout + result.stderr);
        if (failure.kind === 'auth')
            throw new PermanentError(`The registry ${inputs.registry} refused the manifest list: ${failure.line}. ${authAdvice(inputs.registry)}`);
        if (failure.kind !== 'transient')
            throw new PermanentError(`Creating the manifest list failed: ${failure.line}`);
        throw new DockerError(`Creating the manifest list failed: ${failure.line}`);
    }), lib_core/* info */.pq);
}
/** Every platform exactly once, from the files the platform jobs wrote; then one tagged manifest list. */
async function mergeImages(docker, plan, inputs, env) {
    const dir = digestsDir(inputs, env);
    const found = new Map();
    const files = (0,external_node_fs_.existsSync)(dir) ? (0,external_node_fs_.readdirSync)(dir).filter(f => /^[0-9a-f]{64}$/.test(f)) : [];
    for (const file of files) {
        const platform = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, file), 'utf8').trim();
        found.set(platform, [...(found.get(platform) ?? []), `sha256:${file}`]);
    }
    const problems = [];
    for (const platform of inputs.platforms) {
        const digests = found.get(platform) ?? [];
        if (digests.length === 0)
            problems.push(`${platform} is missing: no platform job delivered it`);
        if (digests.length > 1)
            problems.push(`${platform} arrived ${digests.length} times (${digests.join(', ')})`);
    }
    for (const platform of found.keys()) {
        if (!inputs.platforms.includes(platform))
            problems.push(`${platform} arrived but is not in platforms`);
    }
    if (problems.length) {
        throw new DockerError(`Cannot merge the platform images in ${dir}: ${problems.join('; ')}. Nothing was tagged.`);
    }
    const sources = inputs.platforms.map(p => `${plan.image}@${found.get(p)[0]}`);
    await joinPlatforms(docker, plan, inputs, sources);
    const pushed = await docker.inspectImage(plan.dockerTags[0]);
    return { tags: plan.dockerTags, digest: pushed.digest, platforms: pushed.platforms };
}

;// CONCATENATED MODULE: ./src/facts.ts
// Reads from git (and the work tree) the facts the planner needs.



class HistoryError extends Error {
    constructor(message) {
        super(message);
        this.name = 'HistoryError';
    }
}
/**
 * A version computed from a shallow clone is wrong, so fetch everything first.
 * `log` tells the user what is happening.
 */
async function ensureFullHistory(git, log) {
    const state = await git.shallowness();
    if (state === 'none') {
        throw new HistoryError(`${git.cwd} is not a git repository. Check out the repository first (actions/checkout with fetch-depth: 0).`);
    }
    if (state === 'full')
        return;
    log('The repository is a shallow clone: fetching its full history and tags from origin.');
    try {
        await git.unshallow();
    }
    catch (error) {
        throw new HistoryError(`The repository is a shallow clone and fetching its history failed (${error.message.split('\n')[0]}). ` +
            'Versions need the full history and tags: set fetch-depth: 0 on actions/checkout.');
    }
    if ((await git.shallowness()) === 'shallow') {
        throw new HistoryError('The repository is still shallow after fetching. Set fetch-depth: 0 on actions/checkout.');
    }
}
async function readFacts(git, trigger, sha, options) {
    const commit = await git.resolveCommit(sha);
    if (!commit) {
        throw new HistoryError(`Commit ${sha} is not in the repository at ${git.cwd}. Check out the commit the workflow runs for.`);
    }
    const { rules } = options;
    const facts = {
        passedOver: [],
        commitCount: 0,
        tagVersions: [],
        hasPythonProject: ['pyproject.toml', 'setup.py'].some(f => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(git.cwd, options.pythonProject, f))),
        today: buildDate(process.env.SOURCE_DATE_EPOCH),
        ...(await git.commitTime(commit).then(t => ({ commitEpoch: t.epoch, commitDate: t.date })))
    };
    if (trigger.type !== 'skip') {
        facts.tagVersions = (await git.tags()).map(t => (0,src_version/* versionFromTag */.bp)(t, rules)).filter((v) => v !== undefined);
    }
    if (trigger.type === 'dev') {
        // git describe picks the nearest tag; where that one is no version of this
        // package (setuptools_scm would crash), leave it out and ask again.
        for (;;) {
            const described = await git.describe(commit, rules.describe, facts.passedOver);
            if (!described)
                break;
            const tag = described.tag.replace(/^(debian|upstream)\//, '');
            const version = (0,src_version/* tagVersion */.RQ)(tag, rules);
            if (version !== undefined) {
                facts.nearest = { tag: described.tag, version, distance: described.distance };
                break;
            }
            facts.passedOver.push(described.tag);
        }
        if (!facts.nearest)
            facts.commitCount = await git.countCommits(commit);
        if (options.ownDescribe) {
            const own = await git.describe(commit, options.ownDescribe);
            if (own && own.tag !== facts.nearest?.tag)
                facts.ownNearest = own.tag;
        }
    }
    return facts;
}
/** setuptools_scm's "now": SOURCE_DATE_EPOCH when set, else the clock; a UTC date. */
function buildDate(epoch) {
    const seconds = epoch && /^\d+$/.test(epoch) ? Number(epoch) : Date.now() / 1000;
    return new Date(seconds * 1000).toISOString().slice(0, 10);
}

;// CONCATENATED MODULE: ./src/image.ts
// Docker image references: validation, lower-casing and the registry they live in.
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d+)?$|^\[[0-9a-fA-F:.]+\](?::\d+)?$/;
/** Parse an image name, or return a sentence saying what is wrong with it. */
function parseImage(input) {
    const given = input.trim();
    if (!given)
        return 'is empty';
    if (given.includes('@'))
        return 'must not contain a digest (@sha256:…): the action pushes tags';
    const parts = given.split('/');
    let registry = 'docker.io';
    // The first part is a registry host when it looks like one (Docker's rule).
    if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) {
        registry = parts.shift();
        if (!HOST.test(registry))
            return `has an invalid registry host "${registry}"`;
    }
    const path = parts.map(p => p.toLowerCase());
    const last = path[path.length - 1];
    if (last.includes(':'))
        return 'must not contain a tag (":…"): the action chooses the tags';
    for (const component of path) {
        if (!COMPONENT.test(component)) {
            return `has an invalid path component "${component}" (lower-case letters, digits and single separators . _ __ - only)`;
        }
    }
    const name = [registry === 'docker.io' && !given.startsWith('docker.io/') ? '' : registry.toLowerCase(), ...path]
        .filter(Boolean)
        .join('/');
    if (name.length > 255)
        return 'is longer than 255 characters';
    return { name, registry: registry.toLowerCase(), lowered: /[A-Z]/.test(given) };
}

// EXTERNAL MODULE: ./src/words.ts
var words = __webpack_require__(5846);
;// CONCATENATED MODULE: ./src/platforms.ts
// Target platforms (`os/arch[/variant]`) as buildx names them.

const ARCHES = {
    amd64: ['v1', 'v2', 'v3', 'v4'],
    arm64: ['v8'],
    arm: ['v5', 'v6', 'v7', 'v8'],
    '386': [],
    ppc64le: [],
    ppc64: [],
    s390x: [],
    riscv64: [],
    mips64le: [],
    mips64: [],
    mipsle: [],
    mips: [],
    loong64: []
};
const OSES = ['linux', 'windows', 'freebsd', 'darwin'];
/** The platforms of a comma or newline separated list, or what is wrong with it. */
function parsePlatforms(text) {
    const list = (0,words/* splitList */.ry)(text);
    if (list.length === 0)
        return 'is empty; give at least one platform, like linux/amd64.';
    const bad = list.filter(p => !isPlatform(p));
    if (bad.length) {
        return `names unknown platform${bad.length > 1 ? 's' : ''} ${bad.map(b => `"${b}"`).join(', ')}; use os/arch[/variant] such as linux/amd64, linux/arm64 or linux/arm/v7.`;
    }
    const seen = new Set();
    const dupes = list.filter(p => (seen.has(p) ? true : (seen.add(p), false)));
    if (dupes.length)
        return `lists ${dupes.map(d => `"${d}"`).join(', ')} more than once.`;
    return list;
}
function isPlatform(platform) {
    const [os, arch, variant, ...rest] = platform.split('/');
    if (rest.length || !OSES.includes(os) || !Object.hasOwn(ARCHES, arch))
        return false;
    return variant === undefined || ARCHES[arch].includes(variant);
}

;// CONCATENATED MODULE: ./src/inputs.ts
// The action's inputs: read, defaulted and checked all at once, so that a user
// sees every mistake in one run and nothing is published after a bad one.




const MODES = ['all', 'platform', 'merge'];
const DEFAULT_PLATFORMS = 'linux/amd64,linux/arm/v7,linux/arm64';
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.length === 1 ? problems[0] : `${problems.length} inputs are wrong:\n- ${problems.join('\n- ')}`);
        this.problems = problems;
        this.name = 'InputError';
    }
}
/**
 * Read every input. `repository` is `owner/repo`, the default image name.
 * Throws an InputError listing every problem found.
 */
function readInputs(get, repository) {
    const parsed = parseInputs(get, repository);
    if (parsed.problems.length)
        throw new InputError(parsed.problems);
    return parsed.inputs;
}
/** Read every input, and say what is wrong with them (defaults stand in for wrong ones). */
function parseInputs(get, repository) {
    const problems = [];
    const notices = [];
    const text = (name, fallback = '') => get(name).trim() || fallback;
    const bool = (name, fallback) => {
        const raw = text(name);
        if (raw === '')
            return fallback;
        if (/^(true|True|TRUE)$/.test(raw))
            return true;
        if (/^(false|False|FALSE)$/.test(raw))
            return false;
        problems.push(`Input "${name}" is "${raw}"; use true or false.`);
        return fallback;
    };
    let image = text('image', repository.toLowerCase());
    let registry = 'docker.io';
    const parsed = parseImage(image);
    if (typeof parsed === 'string') {
        problems.push(`Input "image" ("${image}") ${parsed}. Give a name like owner/app, ghcr.io/owner/app or localhost:5000/app.`);
    }
    else {
        if (parsed.lowered)
            notices.push(`Image names are lower-case in Docker: using "${parsed.name}" for "${image}".`);
        image = parsed.name;
        registry = parsed.registry;
    }
    const platformText = get('platforms').trim() === '' ? DEFAULT_PLATFORMS : get('platforms');
    const platforms = parsePlatforms(platformText);
    if (typeof platforms === 'string')
        problems.push(`Input "platforms" ${platforms}`);
    const context = text('context', 'docker');
    const pkgDirText = text('pkg-dir', `${context}/pkg`);
    const pypiUrl = text('pypi-url', 'https://upload.pypi.org/legacy/');
    if (!/^https?:\/\/[^/\s]+/i.test(pypiUrl)) {
        problems.push(`Input "pypi-url" ("${pypiUrl}") is not an http(s) URL; give the index's upload URL, like https://upload.pypi.org/legacy/.`);
    }
    const latest = text('latest', 'auto');
    if (latest !== 'auto' && latest !== 'false') {
        problems.push(`Input "latest" is "${latest}"; use auto (tag the highest final release as latest) or false (never).`);
    }
    const versionChecks = text('version-checks', 'strict');
    if (versionChecks !== 'strict' && versionChecks !== 'warn') {
        problems.push(`Input "version-checks" is "${versionChecks}"; use strict (a version that pip would misplace stops the release) or warn.`);
    }
    const tagPrefix = text('tag-prefix');
    if (/[\s~^:?*[\\]/.test(tagPrefix))
        problems.push(`Input "tag-prefix" ("${tagPrefix}") cannot start a git tag name; give the literal start of this package's tags, like api-.`);
    const duration = (name, fallback) => {
        const raw = text(name, fallback);
        const ms = parseDuration(raw);
        if (ms === undefined) {
            problems.push(`Input "${name}" is "${raw}"; give a duration like 90s, 15m or 1h (a bare number is minutes).`);
            return parseDuration(fallback);
        }
        return ms;
    };
    const timeouts = { request: duration('request-timeout', '60s'), upload: duration('upload-timeout', '15m'), push: duration('push-timeout', '60m') };
    const mode = text('mode', 'all');
    if (!MODES.includes(mode)) {
        problems.push(`Input "mode" is "${mode}"; use all (one job), platform (one platform's image, by digest) or merge (the manifest list and the upload).`);
    }
    if (mode === 'platform' && Array.isArray(platforms) && platforms.length !== 1) {
        problems.push(`Input "platforms" lists ${platforms.length} platforms, but mode platform builds exactly one; pass the matrix's platform, like platforms: \${{ matrix.platform }}.`);
    }
    const lines = (name) => (0,words/* splitLines */.uz)(get(name));
    const buildArgs = (0,words/* splitArgs */.sG)(get('python-build-args'));
    if (!buildArgs)
        problems.push('Input "python-build-args" has an unclosed quote.');
    const inputs = {
        image,
        registry,
        registryUsername: text('registry-username'),
        registryPassword: get('registry-password'),
        platforms: typeof platforms === 'string' ? [] : platforms,
        context,
        dockerfile: text('dockerfile', `${context}/Dockerfile`),
        pkgDirs: (0,words/* splitList */.ry)(pkgDirText),
        pythonProject: text('python-project', '.'),
        python: text('python', 'python3'),
        pythonBuildArgs: buildArgs ?? [],
        pypiUrl,
        pypiToken: get('pypi-token'),
        publishPypi: bool('publish-pypi', true),
        publishDocker: bool('publish-docker', true),
        skipBranches: (0,words/* splitList */.ry)(text('skip-branches', 'master,main')),
        latest: latest === 'false' ? 'false' : 'auto',
        tagPrefix,
        versionChecks: versionChecks === 'warn' ? 'warn' : 'strict',
        dryRun: bool('dry-run', false),
        provenance: bool('provenance', false),
        binfmtImage: text('binfmt-image', BINFMT_IMAGE),
        buildkitImage: text('buildkit-image', BUILDKIT_IMAGE),
        buildArgs: lines('build-args'),
        mode: MODES.includes(mode) ? mode : 'all',
        digestsDir: text('digests-dir'),
        cacheFrom: lines('cache-from'),
        cacheTo: lines('cache-to'),
        timeouts,
        notices
    };
    return { inputs, problems };
}
/** `90s`, `15m`, `1h`, or a bare number of minutes, in milliseconds; undefined when it is none. */
function parseDuration(text) {
    const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(text.trim());
    if (!m || Number(m[1]) <= 0)
        return undefined;
    return Math.round(Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 'm')]);
}

;// CONCATENATED MODULE: ./src/preflight.ts
// Checks of the inputs against the work tree and the machine, made before
// anything is built, logged in to or uploaded.



function isDir(path) {
    return (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isDirectory();
}
function isFile(path) {
    return (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isFile();
}
function inside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/** The path with every symbolic link resolved, also where its last parts do not exist yet. */
function realPath(path) {
    const missing = [];
    let existing = path;
    while (!(0,external_node_fs_.existsSync)(existing)) {
        missing.unshift((0,external_node_path_.basename)(existing));
        const parent = (0,external_node_path_.dirname)(existing);
        if (parent === existing)
            break;
        existing = parent;
    }
    return (0,external_node_path_.join)((0,external_node_fs_.realpathSync)(existing), ...missing);
}
/** Every problem with paths and the interpreter, as sentences that name the input and the fix. */
async function preflight(inputs, workspace) {
    const problems = [];
    const at = (path) => (0,external_node_path_.resolve)(workspace, path);
    const projectDir = at(inputs.pythonProject);
    if (!isDir(projectDir)) {
        problems.push(`Input "python-project": directory "${inputs.pythonProject}" does not exist in the workspace; give the directory that holds pyproject.toml or setup.py.`);
    }
    if (inputs.publishDocker) {
        if (!isDir(at(inputs.context))) {
            problems.push(`Input "context": directory "${inputs.context}" does not exist in the workspace; give the Docker build context (default: docker).`);
        }
        if (!isFile(at(inputs.dockerfile))) {
            problems.push(`Input "dockerfile": file "${inputs.dockerfile}" does not exist in the workspace; give the Dockerfile's path (default: <context>/Dockerfile).`);
        }
        for (const dir of inputs.pkgDirs) {
            if (!inside(workspace, at(dir))) {
                problems.push(`Input "pkg-dir": "${dir}" is outside the workspace; give a directory inside the Docker context, like docker/pkg.`);
            }
            else if (!inside(realPath(workspace), realPath(at(dir)))) {
                // Staging deletes old *.whl and *.tar.gz there: never through a link to somewhere else.
                problems.push(`Input "pkg-dir": "${dir}" leads through a symbolic link to ${realPath(at(dir))}, outside the workspace; give a real directory inside the Docker context.`);
            }
        }
    }
    const buildsPython = (inputs.publishPypi || inputs.publishDocker) && isDir(projectDir) && findProject(projectDir);
    if (buildsPython && !(await new Python(inputs.python).exists())) {
        problems.push(`Input "python": the interpreter "${inputs.python}" was not found or does not run; give a Python 3 on the PATH or its full path.`);
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/project-files.ts
// Reads the Python project's own files (pyproject.toml, setup.py) and what
// they say about versions, for the planner.





function readIfThere(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
function readProjectFiles(dir) {
    return { pyproject: readIfThere((0,external_node_path_.join)(dir, 'pyproject.toml')), setupPy: readIfThere((0,external_node_path_.join)(dir, 'setup.py')) };
}
/** The project's version configuration, and the tag rules that follow from it and the tag-prefix input. */
function readVersioning(projectDir, tagPrefix, env) {
    const files = readProjectFiles(projectDir);
    let info;
    const problems = [];
    try {
        info = (0,pyproject/* readProjectInfo */.Wx)(files);
    }
    catch (error) {
        problems.push(`${(0,external_node_path_.join)(projectDir, 'pyproject.toml')} is not valid TOML: ${error.message.split('\n')[0]}`);
    }
    const reading = (0,version_config/* readVersionConfig */.T7)(info, files.setupPy, env);
    const { rules, problems: ruleProblems } = (0,src_version/* tagRules */.w8)(reading.config, tagPrefix);
    return {
        versioning: { config: reading.config, rules },
        info,
        problems: [...problems, ...reading.problems, ...ruleProblems],
        notices: reading.notices
    };
}

// EXTERNAL MODULE: ./src/summary.ts
var summary = __webpack_require__(8855);
;// CONCATENATED MODULE: ./src/main.ts
// The action: read the event and inputs, plan, then report (dry run) or publish.















const SECRET_INPUTS = ['registry-password', 'pypi-token'];
async function run() {
    try {
        // Mask secrets before anything can print them.
        for (const name of SECRET_INPUTS) {
            const value = lib_core/* getInput */.V4(name);
            if (value)
                lib_core/* setSecret */.Pq(value);
        }
        const event = eventFromContext(github/* context */._);
        const { inputs, problems } = parseInputs(name => lib_core/* getInput */.V4(name), event.repository);
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        const project = readVersioning((0,external_node_path_.join)(workspace, inputs.pythonProject), inputs.tagPrefix, process.env);
        const trigger = classify(event, inputs.skipBranches, project.versioning.rules);
        // Everything wrong with the inputs in one error, before anything is published.
        if (trigger.type !== 'skip' || event.ref.startsWith('refs/tags/'))
            problems.push(...project.problems);
        if (trigger.type !== 'skip')
            problems.push(...(await preflight(inputs, workspace)));
        if (problems.length)
            throw new InputError(problems);
        let facts;
        if (trigger.type !== 'skip') {
            const git = new src_git/* Git */.T(workspace);
            await ensureFullHistory(git, lib_core/* info */.pq);
            const { config, rules } = project.versioning;
            facts = await readFacts(git, trigger, event.sha, {
                pythonProject: inputs.pythonProject,
                rules,
                ownDescribe: rules.describe !== config.describe ? config.describe : undefined
            });
        }
        const plan = makePlan(event, inputs, trigger, facts, project.versioning);
        plan.notices.push(...project.notices);
        await report(plan, inputs.dryRun);
        if (plan.errors.length)
            throw new InputError(plan.errors);
        if (plan.type === 'skip' || inputs.dryRun)
            return;
        const outcome = emptyOutcome();
        let done;
        // A cancelled job: stop every program the action started, so that nothing more is pushed or uploaded.
        let cancelled;
        const cancel = (signal) => {
            cancelled = signal;
            lib_core/* info */.pq(`${signal}: the job is being cancelled; stopping the release.`);
            void (0,exec/* stopAll */.um)();
        };
        process.on('SIGTERM', cancel).on('SIGINT', cancel);
        try {
            done = await execute(plan, inputs, { workspace, temp: process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), repositoryUrl: event.repositoryUrl, project: project.info }, outcome);
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            const why = cancelled ? `The job was cancelled (${cancelled}) and the release stopped. ${message}` : message;
            // What was done and what was not, for the person who reads the failed job.
            await lib_core/* summary */.z.addRaw((0,summary/* failureMarkdown */.A5)(plan, outcome, why)).write();
            throw new Error(why);
        }
        finally {
            process.off('SIGTERM', cancel).off('SIGINT', cancel);
            // The staged files stay in the work tree of a run that ended; only a killed run leaves them to the post step.
            for (const file of outcome.staged)
                forget('staged', file);
        }
        lib_core/* setOutput */.uH('docker-tags', done.dockerTags.join('\n'));
        lib_core/* setOutput */.uH('digest', outcome.digest);
        lib_core/* setOutput */.uH('dists', outcome.dists.join('\n'));
        if (inputs.mode === 'platform')
            lib_core/* setOutput */.uH('platform', inputs.platforms[0]);
        await lib_core/* summary */.z.addRaw((0,summary/* outcomeMarkdown */.Iu)(done, outcome, inputs.pypiUrl)).write();
    }
    catch (error) {
        lib_core/* setFailed */.C1(error instanceof Error ? error.message : String(error));
    }
}
async function report(plan, dryRun) {
    for (const warning of plan.warnings)
        lib_core/* warning */.$e(warning);
    for (const notice of plan.notices)
        lib_core/* notice */.lm(notice);
    lib_core/* startGroup */.Oh(dryRun ? 'Release plan (dry run: nothing is published)' : 'Release plan');
    lib_core/* info */.pq((0,summary/* planText */.Pt)(plan));
    lib_core/* endGroup */.N4();
    lib_core/* setOutput */.uH('release-type', plan.type);
    lib_core/* setOutput */.uH('reason', plan.reason);
    lib_core/* setOutput */.uH('version', plan.version);
    lib_core/* setOutput */.uH('docker-tags', plan.dockerTags.join('\n'));
    lib_core/* setOutput */.uH('digest', '');
    lib_core/* setOutput */.uH('dists', '');
    lib_core/* setOutput */.uH('platform', '');
    if (dryRun || plan.type === 'skip') {
        const heading = plan.type === 'skip' ? 'dev-release: nothing to release' : 'dev-release plan (dry run)';
        await lib_core/* summary */.z.addRaw((0,summary/* planMarkdown */.Xg)(plan, heading)).write();
        if (dryRun && plan.type !== 'skip')
            lib_core/* info */.pq('Dry run: nothing was built, pushed or uploaded.');
    }
}


/***/ })

};
