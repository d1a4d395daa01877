export const id = 941;
export const ids = [941];
export const modules = {

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

/***/ 95397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ provenanceStatement),
/* harmony export */   YD: () => (/* binding */ SLSA_PROVENANCE),
/* harmony export */   wn: () => (/* binding */ subjectName)
/* harmony export */ });
/* harmony import */ var _image_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32915);
// The image's provenance as pure data: an in-toto statement whose subject is the image (its name without a tag,
// and the manifest list's digest), with an SLSA v1 provenance predicate of GitHub's workflow build type, read
// from the claims of the job's OIDC token (what GitHub vouches for: the workflow, the commit, the run) and the
// build's own inputs. The same statement actions/attest-build-provenance makes, so `gh attestation verify` reads it.

const SLSA_PROVENANCE = 'https://slsa.dev/provenance/v1';
const WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** The predicate's parts that come from the token: each claim GitHub sets on a job's OIDC token. */
function provenanceStatement(image, claims, build, serverUrl = 'https://github.com') {
    const text = (name) => (typeof claims[name] === 'string' ? claims[name] : '');
    const repository = text('repository');
    const [workflowPath, workflowRef] = splitWorkflowRef(text('workflow_ref'), repository);
    return {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: image.name, digest: { sha256: image.digest.replace(/^sha256:/, '') } }],
        predicateType: SLSA_PROVENANCE,
        predicate: {
            buildDefinition: {
                buildType: WORKFLOW_BUILD_TYPE,
                externalParameters: {
                    workflow: { ref: workflowRef, repository: `${serverUrl}/${repository}`, path: workflowPath },
                    image: {
                        platforms: build.platforms,
                        dockerfile: build.dockerfile,
                        context: build.context,
                        ...(build.target ? { target: build.target } : {}),
                        ...(build.buildArgNames.length ? { buildArgs: build.buildArgNames } : {})
                    }
                },
                internalParameters: {
                    github: {
                        event_name: text('event_name'),
                        repository_id: text('repository_id'),
                        repository_owner_id: text('repository_owner_id'),
                        runner_environment: text('runner_environment')
                    },
                    ...(build.sourceDateEpoch === undefined ? {} : { sourceDateEpoch: build.sourceDateEpoch })
                },
                resolvedDependencies: [
                    { uri: `git+${serverUrl}/${repository}@${text('ref')}`, digest: { gitCommit: text('sha') } }
                ]
            },
            runDetails: {
                builder: { id: `${serverUrl}/${text('job_workflow_ref')}` },
                metadata: {
                    invocationId: `${serverUrl}/${repository}/actions/runs/${text('run_id')}/attempts/${text('run_attempt')}`
                }
            }
        }
    };
}
/** `owner/repo/.github/workflows/release.yml@refs/tags/1.2.3` as its path and its ref. */
function splitWorkflowRef(workflowRef, repository) {
    const at = workflowRef.indexOf('@');
    const path = at < 0 ? workflowRef : workflowRef.slice(0, at);
    return [
        path.startsWith(`${repository}/`) ? path.slice(repository.length + 1) : path,
        at < 0 ? '' : workflowRef.slice(at + 1)
    ];
}
/** The image's name as a subject: without a tag, with its registry (Docker Hub's as index.docker.io, as Docker names it). */
function subjectName(image) {
    const { registry, path } = (0,_image_names_js__WEBPACK_IMPORTED_MODULE_0__/* .splitRegistry */ .K0)(image);
    if (registry !== 'docker.io')
        return image;
    return `index.docker.io/${path.length > 1 ? path.join('/') : `library/${path[0]}`}`;
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

/***/ 6941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  plannedAttestations: () => (/* binding */ plannedAttestations),
  readBack: () => (/* binding */ readBack),
  verifyCommands: () => (/* binding */ verifyCommands)
});

// UNUSED EXPORTS: verifyRelease

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/outside/capped-body.ts
var capped_body = __webpack_require__(72727);
;// CONCATENATED MODULE: ./src/outside/layer-files.ts
// The regular files of an image layer (a tar archive, gzip- or zstd-compressed or not), with the sha256 of each:
// enough to say which distribution files an image holds, and whether they are the index's bytes.



/**
 * The layer's bytes, uncompressed, by its media type (or its magic number), up to `max`: a layer that unpacks to more
 * (a zstd or gzip bomb) is an error, not the job's memory.
 */
function layerTar(blob, mediaType = '', max = capped_body/* MAX_BLOB */.p6) {
    const bounded = (unpack) => {
        try {
            return unpack();
        }
        catch (error) {
            if (error.code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
                throw new capped_body/* TooLargeError */.qB(`A layer unpacks to more than ${Math.round(max / capped_body/* MiB */.lv)} MiB: it is not read.`);
            throw error;
        }
    };
    if (mediaType.endsWith('+zstd') || blob.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd])))
        return bounded(() => (0,external_node_zlib_.zstdDecompressSync)(blob, { maxOutputLength: max }));
    if (mediaType.endsWith('gzip') || (blob[0] === 0x1f && blob[1] === 0x8b))
        return bounded(() => (0,external_node_zlib_.gunzipSync)(blob, { maxOutputLength: max }));
    return blob;
}
/** Every regular file in a tar archive (ustar, pax and GNU long names), with its digest. */
function tarFiles(tar) {
    const files = [];
    let longName;
    for (let at = 0; at + 512 <= tar.length;) {
        const header = tar.subarray(at, at + 512);
        if (header.every(b => b === 0))
            break;
        const field = (start, length) => header
            .subarray(start, start + length)
            .toString('utf8')
            .replace(/\0.*$/s, '');
        const size = parseSize(header.subarray(124, 136));
        const type = String.fromCharCode(header[156] || 48);
        const body = tar.subarray(at + 512, at + 512 + size);
        at += 512 + Math.ceil(size / 512) * 512;
        if (type === 'x') {
            longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(`\n${body.toString('utf8')}`)?.[1] ?? longName;
            continue;
        }
        if (type === 'L') {
            longName = body.toString('utf8').replace(/\0.*$/s, '');
            continue;
        }
        if (type === 'g' || type === 'K')
            continue;
        const prefix = field(345, 155);
        const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
        longName = undefined;
        if (type === '0' || type === '7')
            files.push({ path: name.replace(/^\.?\//, ''), sha256: (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex') });
    }
    return files;
}
/** A tar size field: octal digits, or base-256 where the first byte's high bit is set. */
function parseSize(field) {
    if (field[0] & 0x80)
        return field.subarray(1).reduce((n, b) => n * 256 + b, field[0] & 0x7f);
    return parseInt(field.toString('ascii').replace(/\0.*$/s, '').trim() || '0', 8);
}

// EXTERNAL MODULE: ./src/outside/stage.ts
var stage = __webpack_require__(21033);
// EXTERNAL MODULE: ./src/outside/package-index.ts
var package_index = __webpack_require__(16534);
// EXTERNAL MODULE: ./src/outside/registry-api.ts
var registry_api = __webpack_require__(16337);
// EXTERNAL MODULE: ./src/plan/image-attestation.ts
var image_attestation = __webpack_require__(95397);
// EXTERNAL MODULE: ./src/plan/step-settings.ts
var step_settings = __webpack_require__(38163);
// EXTERNAL MODULE: ./src/versions/pep440.ts
var pep440 = __webpack_require__(42422);
// EXTERNAL MODULE: ./src/versions/words.ts
var words = __webpack_require__(13880);
// EXTERNAL MODULE: ./src/plan/dist-attestations.ts
var dist_attestations = __webpack_require__(12491);
;// CONCATENATED MODULE: ./src/plan/dockerfile-base.ts
// The image a Dockerfile's built stage starts from, for one target platform: the read-back skips the layers an image
// shares with it, byte for byte, instead of downloading a Python base's hundreds of MB on every release. Read as
// BuildKit reads it (parser directives, line continuations, heredocs, global ARGs and build args, stage names); any
// part it cannot resolve the same way (a variable without a value, a pattern substitution, another platform) gives
// no base, and every layer is read.
/** The base the built stage starts from, or undefined where it cannot be told for certain. */
function stageBase(dockerfile, build) {
    const instructions = parseInstructions(dockerfile);
    const given = new Map();
    for (const arg of build.buildArgs) {
        const at = arg.indexOf('=');
        given.set(at < 0 ? arg : arg.slice(0, at), at < 0 ? undefined : arg.slice(at + 1));
    }
    // FROM sees the global ARGs (those before the first FROM) and BuildKit's target platform arguments.
    const [os, arch, variant] = build.platform.split('/');
    const scope = new Map([
        ['TARGETPLATFORM', build.platform],
        ['TARGETOS', os],
        ['TARGETARCH', arch],
        ['TARGETVARIANT', variant ?? ''],
        // The build machine's: not known to a read-back, which may run elsewhere.
        ['BUILDPLATFORM', undefined],
        ['BUILDOS', undefined],
        ['BUILDARCH', undefined],
        ['BUILDVARIANT', undefined]
    ]);
    const stages = [];
    for (const { keyword, rest } of instructions) {
        if (keyword === 'ARG' && !stages.length) {
            for (const [name, value] of argDeclarations(rest)) {
                // A build arg given as NAME alone takes the environment's value, which is not known here; an ARG with
                // neither a default nor a build arg is empty.
                if (given.has(name))
                    scope.set(name, given.get(name));
                else
                    scope.set(name, value === undefined ? '' : expand(value, scope));
            }
        }
        else if (keyword === 'FROM') {
            const words = rest.split(/\s+/).filter(Boolean);
            let platformFlag;
            while (words[0]?.startsWith('--')) {
                const flag = words.shift();
                if (flag.startsWith('--platform='))
                    platformFlag = flag.slice('--platform='.length);
            }
            const [image, as, name] = words;
            if (!image)
                return undefined;
            stages.push({
                image,
                platformFlag,
                name: as?.toLowerCase() === 'as' && name ? name.toLowerCase() : undefined
            });
        }
    }
    let stage = build.target ? stages.find(s => s.name === build.target.toLowerCase()) : stages[stages.length - 1];
    for (let hops = 0; stage; hops++) {
        if (hops > stages.length)
            return undefined;
        if (stage.platformFlag !== undefined) {
            // A stage pinned to a platform starts from that platform's image: the target's only where it names it.
            const pinned = expand(stage.platformFlag, scope);
            if (pinned !== build.platform)
                return undefined;
        }
        const image = expand(stage.image, scope);
        if (image === undefined)
            return undefined;
        const earlier = stages.slice(0, stages.indexOf(stage)).find(s => s.name === image.toLowerCase());
        if (earlier) {
            stage = earlier;
            continue;
        }
        return image.toLowerCase() === 'scratch' ? 'scratch' : { image };
    }
    return undefined;
}
/** The instructions, joined across continuation lines, without comments, parser directives or heredoc bodies. */
function parseInstructions(text) {
    const lines = text.split(/\r?\n/);
    let escape = '\\';
    // Parser directives: comments of the form `# name=value` at the very top.
    let at = 0;
    for (; at < lines.length; at++) {
        const directive = /^\s*#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(lines[at]);
        if (!directive)
            break;
        if (directive[1].toLowerCase() === 'escape' && (directive[2] === '`' || directive[2] === '\\'))
            escape = directive[2];
    }
    const instructions = [];
    let current = '';
    const heredocs = [];
    for (; at < lines.length; at++) {
        const line = lines[at];
        if (heredocs.length) {
            const end = heredocs[0].strip ? line.replace(/^\t+/, '') : line;
            if (end === heredocs[0].word)
                heredocs.shift();
            continue;
        }
        if (!current && /^\s*(#|$)/.test(line))
            continue;
        if (current && /^\s*#/.test(line))
            continue;
        const trimmed = line.replace(/\s+$/, '');
        if (trimmed.endsWith(escape) && !trimmed.endsWith(escape + escape)) {
            current += trimmed.slice(0, -1);
            continue;
        }
        current += trimmed;
        const match = /^\s*(\S+)\s*(.*)$/.exec(current);
        current = '';
        if (!match)
            continue;
        const keyword = match[1].toUpperCase();
        instructions.push({ keyword, rest: match[2] });
        if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD')
            for (const doc of match[2].matchAll(/<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g))
                heredocs.push({ word: doc[3], strip: doc[1] === '-' });
    }
    return instructions;
}
/** `ARG a=1 b="two" c`: each name with its default (undefined: none). */
function argDeclarations(rest) {
    const declared = [];
    for (const word of rest.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? []) {
        const at = word.indexOf('=');
        const name = at < 0 ? word : word.slice(0, at);
        const value = at < 0 ? undefined : word.slice(at + 1).replace(/^"(.*)"$|^'(.*)'$/s, '$1$2');
        declared.push([name, value]);
    }
    return declared;
}
/**
 * `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`, `${NAME+word}` as BuildKit expands them in
 * FROM; undefined where a variable has no known value, or a form the read-back does not follow is used.
 */
function expand(text, scope) {
    let unknown = false;
    const value = (name) => {
        if (!scope.has(name))
            return '';
        const v = scope.get(name);
        if (v === undefined)
            unknown = true;
        return v;
    };
    const out = text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*)|(\{[^}]*\}))/g, (_all, braced, colon, op, word, bare, other) => {
        if (other !== undefined) {
            unknown = true;
            return '';
        }
        const name = braced ?? bare;
        if (!op)
            return value(name) ?? '';
        const set = scope.has(name);
        if (set && scope.get(name) === undefined) {
            unknown = true;
            return '';
        }
        const current = scope.get(name) ?? '';
        const present = colon ? set && current !== '' : set;
        // The word is expanded in turn: ${VARIANT:+-$VARIANT}.
        const expanded = () => {
            const w = expand(word, scope);
            if (w === undefined)
                unknown = true;
            return w ?? '';
        };
        if (op === '-')
            return present ? current : expanded();
        return present ? expanded() : '';
    });
    return unknown ? undefined : out;
}

// EXTERNAL MODULE: ./src/plan/image-names.ts
var image_names = __webpack_require__(32915);
// EXTERNAL MODULE: ./src/plan/platforms.ts
var platforms = __webpack_require__(90551);
;// CONCATENATED MODULE: ./src/steps/base-layers.ts
// The layers an image shares with the image its Dockerfile starts from: the read-back skips them. Shared means the
// same blob digests, in the same order, as the base's own manifest for that platform lists now, so what is skipped
// is byte for byte the base's (a registry serves a blob only as the bytes of its digest). A base that cannot be
// read, or has moved since the build, shares fewer layers or none: more is read, never less checked.




/**
 * Why a base's registry is not asked for the base's manifests: Docker Hub counts every manifest read as a pull against
 * the limit of an address without a login (10 an hour), which the next build on a self-hosted runner would meet.
 * GitHub's hosted runners are exempt, and a login for docker.io has a limit of its own.
 */
function baseNotAsked(image, { loggedIn, githubHosted }) {
    if ((0,image_names/* splitRegistry */.K0)((0,image_names/* splitReference */.mQ)(image).name).registry !== 'docker.io' || loggedIn || githubHosted)
        return undefined;
    return "Docker Hub counts each manifest read against this address's pull limit without a login";
}
/**
 * The bases of one image's platforms, from its Dockerfile (read once) and its build's target and build args, each
 * base read with `registry`'s login for its name (anonymous where none is given, as docker pulls it).
 */
function baseLayersOf(dockerfile, build, registry, 
/** Why a base's registry is not to be asked (baseNotAsked); undefined: ask it. */
notAsked = () => undefined) {
    let text;
    const lists = new Map();
    return async (platform) => {
        text ??= dockerfile().catch(() => undefined);
        const source = await text;
        const base = source === undefined ? undefined : stageBase(source, { ...build, platform });
        if (!base)
            return undefined;
        if (base === 'scratch')
            return { image: 'scratch', layers: [] };
        const why = notAsked(base.image);
        if (why)
            return { image: base.image, layers: [], notAsked: why };
        const { name, reference } = (0,image_names/* splitReference */.mQ)(base.image);
        if (!lists.has(base.image)) {
            const api = registry(name);
            lists.set(base.image, api
                .manifest(reference)
                .then(found => found && { api, entries: found.manifests, digest: found.digest })
                .catch(() => undefined));
        }
        const list = await lists.get(base.image);
        if (!list)
            return undefined;
        const entry = list.entries.length ? list.entries.find(e => matches((0,registry_api/* platformOf */.tj)(e), platform))?.digest : list.digest;
        if (!entry)
            return undefined;
        const image = await list.api.imageManifest(entry).catch(() => undefined);
        return image && { image: base.image, layers: image.layers.map(l => l.digest) };
    };
}
/** A base list's entry for a platform as Docker picks it: `linux/arm` is `linux/arm/v7` there. */
function matches(entry, platform) {
    const armV7 = (p) => p.replace(/^(\w+\/arm)$/, '$1/v7');
    return entry !== undefined && (0,platforms/* samePlatform */.my)(armV7(entry), armV7(platform));
}
/** How many of an image's bottom layers are the base's, digest for digest. */
function sharedLayers(layers, base) {
    let n = 0;
    while (n < layers.length && n < base.length && layers[n].digest === base[n])
        n++;
    return n;
}

;// CONCATENATED MODULE: ./src/steps/verify-attestations.ts


/** Whether the image's provenance for `digest` (the list `ref` points at) is there and verifies. */
async function imageProvenance(ref, digest, access, repository) {
    const bundles = await access.image(digest).catch((error) => error);
    if (bundles instanceof Error)
        return { ok: false, line: `${ref}: its provenance cannot be read from GitHub: ${bundles.message}` };
    if (!bundles.length)
        return { ok: false, line: `${ref}: GitHub holds no provenance of ${digest} in ${repository}` };
    const sha256 = digest.replace(/^sha256:/, '');
    const verdict = await firstThatHolds(bundles, access, s => s.predicateType !== image_attestation/* SLSA_PROVENANCE */.YD
        ? `its statement is ${s.predicateType}, not SLSA provenance`
        : s.subject.some(subject => subject.digest.sha256 === sha256)
            ? undefined
            : `its subject is ${s.subject.map(x => `sha256:${x.digest.sha256}`).join(', ')}, not the list ${digest}`);
    return 'identity' in verdict
        ? { ok: true, line: `${ref}: its SLSA provenance of ${digest} verifies, signed by ${verdict.identity}` }
        : { ok: false, line: `${ref}: no provenance of ${digest} verifies: ${verdict.why}` };
}
/** Whether a dist's PEP 740 attestation is on the index and verifies for its name and the index's sha256. */
async function distAttestation(filename, sha256, access) {
    const bundles = await access.dist(filename).catch((error) => error);
    if (bundles instanceof Error)
        return { ok: false, line: `${filename}: its attestations cannot be read from the index: ${bundles.message}` };
    if (!bundles?.length)
        return { ok: false, line: `${filename}: the index serves no PEP 740 attestation of it` };
    const verdict = await firstThatHolds(bundles, access, s => {
        if (s.predicateType !== dist_attestations/* PUBLISH_ATTESTATION */.Je)
            return `its statement is ${s.predicateType}, not PyPI's publish`;
        const subject = s.subject[0];
        if (s.subject.length !== 1 || subject.name !== filename)
            return `its subject is ${s.subject.map(x => x.name).join(', ')}, not ${filename}`;
        return subject.digest.sha256 === sha256
            ? undefined
            : `its subject is sha256:${subject.digest.sha256}, the index's file sha256:${sha256 ?? '(not stated)'}`;
    });
    return 'identity' in verdict
        ? { ok: true, line: `${filename}: its PEP 740 attestation verifies, signed by ${verdict.identity}` }
        : { ok: false, line: `${filename}: no attestation of it verifies: ${verdict.why}` };
}
/** The first bundle that verifies and whose statement `wrong` finds nothing wrong with; else every reason. */
async function firstThatHolds(bundles, access, wrong) {
    const reasons = [];
    for (const bundle of bundles) {
        if (!bundle) {
            reasons.push('GitHub lists it without its bundle');
            continue;
        }
        const signed = await access.check(bundle).catch((error) => error);
        const why = signed instanceof Error ? signed.message : wrong(signed.statement);
        if (!why)
            return { identity: signed.identity };
        reasons.push(why);
    }
    return { why: [...new Set(reasons)].join('; ') };
}

;// CONCATENATED MODULE: ./src/steps/verify.ts
// A release read back: what the plan of a ref would have published, held against what the registry and the index
// serve now. Every planned tag resolves to one manifest list with exactly the planned platforms (all tags of an
// image to the same list, latest among them where the plan moves it); each platform image's version and revision
// labels are the plan's; the distribution files in its layers are the index's bytes; the index has the sdist and the
// wheel. One line per check, naming the tag, platform or file that is wrong. Reads only.












/** Every check of a published release. */
async function verifyRelease(plan, access) {
    const checks = [];
    const tags = plan.imageRefs.map(ref => ref.slice(plan.image.length + 1));
    const version = (0,pep440/* normalizeVersion */.Qj)(plan.distVersion ?? plan.version) ?? plan.version;
    // The index first: its files are what the images must hold.
    let held;
    if (access.index) {
        const files = await access.index();
        held = [...files].filter(([name]) => (0,package_index/* fileVersion */.fB)(name) === version).map(([name, f]) => [name, f.sha256]);
        for (const [kind, test] of [
            ['sdist', (n) => n.endsWith('.tar.gz')],
            ['wheel', (n) => n.endsWith('.whl')]
        ]) {
            const found = held.filter(([name]) => test(name)).map(([name]) => name);
            checks.push(found.length
                ? { ok: true, line: `the index has the ${kind} of ${version}: ${found.join(', ')}` }
                : {
                    ok: false,
                    line: `the index has no ${kind} of ${version} (it holds ${held.map(h => h[0]).join(', ') || 'no file of it'})`
                });
        }
        if (access.attestations?.dist)
            for (const [name, sha256] of held)
                checks.push(await distAttestation(name, sha256, access.attestations));
    }
    const groups = [[plan.image, ...plan.mirrors], ...plan.moreImages.map(i => [i.image, ...i.mirrors])];
    for (const names of groups) {
        let list;
        for (const name of names) {
            const api = access.registry(name);
            for (const tag of tags) {
                const ref = `${name}:${tag}`;
                const found = await api.manifest(tag).catch((error) => error);
                if (found instanceof Error) {
                    checks.push({ ok: false, line: `${ref} cannot be read: ${found.message}` });
                    continue;
                }
                if (!found) {
                    checks.push({ ok: false, line: `${ref} does not resolve: the registry has no such tag` });
                    continue;
                }
                // dev-release pushes a list, one entry per platform; a single image (pushed another way) holds the platform
                // its config names, and is read back as that.
                const single = !found.manifests.length ? await readImage(api, found.digest) : undefined;
                const platforms = single ? [single.platform] : found.platforms;
                const problems = [];
                const missing = plan.platforms.filter(p => !platforms.includes(p));
                const extra = platforms.filter(p => !plan.platforms.includes(p));
                if (missing.length)
                    problems.push(`lacks ${missing.join(', ')}`);
                if (extra.length)
                    problems.push(`holds ${extra.join(', ')}, which the plan does not`);
                const unknown = found.manifests.filter(m => m.platform?.os === 'unknown' && !(access.provenance && found.attestations.includes(m.digest)));
                if (unknown.length)
                    problems.push(`has ${unknown.length} unknown/unknown entr${unknown.length === 1 ? 'y' : 'ies'}`);
                if (list && found.digest !== list.digest)
                    problems.push(`points at ${found.digest}, but ${list.ref} at ${list.digest}`);
                checks.push(problems.length
                    ? { ok: false, line: `${ref} ${problems.join('; ')} (planned: ${plan.platforms.join(', ')})` }
                    : {
                        ok: true,
                        line: `${ref} → ${found.digest}: ${single ? `a single ${single.platform} image (its config's platform), not a list` : platforms.join(', ')}`
                    });
                list ??= { ref, digest: found.digest, api };
            }
        }
        if (list)
            checks.push(...(await platformImages(list.ref, list.digest, list.api, plan, held, access.distName, access.baseOf?.(names[0]))));
        if (list && access.attestations?.image)
            checks.push(await imageProvenance(list.ref, list.digest, access.attestations, access.attestations.repository));
    }
    return checks;
}
/** A platform image: its layers, and from its config its labels and its platform (os/architecture[/variant]). */
async function readImage(api, digest) {
    const image = await api.imageManifest(digest);
    const config = JSON.parse((await api.blob(image.config.digest)).toString('utf8'));
    const platform = (0,registry_api/* platformOf */.tj)({
        platform: { os: config.os ?? 'unknown', architecture: config.architecture ?? 'unknown', variant: config.variant }
    });
    return { platform, labels: config.config?.Labels ?? {}, layers: image.layers };
}
/** Each platform image of a list (or the single image): its labels, and the distribution files in its layers against the index's. */
async function platformImages(ref, digest, api, plan, held, distName, baseOf) {
    const list = await api.manifest(digest);
    const entries = list?.manifests.length ? list.manifests : [{ digest }];
    // The platform images side by side (each one's layers in turn), their checks in the list's order.
    const each = await Promise.all(entries.map(async (entry) => {
        if ('platform' in entry && (!(0,registry_api/* platformOf */.tj)(entry) || entry.platform?.os === 'unknown'))
            return [];
        const image = await readImage(api, entry.digest);
        // A list's entry names the platform; a single image's config does.
        const platform = 'platform' in entry ? (0,registry_api/* platformOf */.tj)(entry) : image.platform;
        const { labels } = image;
        const version = labels['org.opencontainers.image.version'];
        const revision = labels['org.opencontainers.image.revision'];
        const checks = [
            version === plan.version && revision === plan.sha
                ? { ok: true, line: `${ref} ${platform}: labels version ${version}, revision ${revision}` }
                : {
                    ok: false,
                    line: `${ref} ${platform}: labels version ${version ?? '(none)'}, revision ${revision ?? '(none)'}; the plan's are ${plan.version} and ${plan.sha}`
                }
        ];
        if (!held)
            return checks;
        const base = await baseOf?.(platform);
        return [...checks, ...(await distFilesIn(`${ref} ${platform}`, image.layers, api, new Map(held), distName, base))];
    }));
    return each.flat();
}
/**
 * The project's distribution files in an image's layers, each against the index's: the same bytes as the index's file
 * of that name, and none the index lacks. The layers the image shares with its base, digest for digest, are the
 * base's bytes, not this build's, and are not read. An image that holds none of the files was not compared (a build
 * stage may install and drop them), which fails nothing and holds nothing.
 */
async function distFilesIn(where, layers, api, wanted, distName, base) {
    const project = distName ? (0,package_index/* normalizeName */.Pc)(distName) : undefined;
    const ours = (name) => wanted.has(name) || (project !== undefined && stage/* DIST_FILE */.Ku.test(name) && distNameOf(name) === project);
    const found = [];
    const skipped = base ? sharedLayers(layers, base.layers) : 0;
    for (const layer of layers.slice(skipped)) {
        for (const file of tarFiles(layerTar(await api.blob(layer.digest), layer.mediaType)))
            if (ours((0,external_node_path_.basename)(file.path)))
                found.push(file);
    }
    const read = skipped
        ? ` (its ${skipped} bottom layer${skipped === 1 ? ' is' : 's are'} ${base.image}'s: not read)`
        : base?.notAsked
            ? ` (every layer read: ${base.image}'s are not told apart, as ${base.notAsked})`
            : '';
    if (!found.length) {
        const names = [...wanted.keys()];
        return [
            {
                ok: true,
                notCompared: true,
                line: `${where}: ${names.length ? `no file of the index's ${names.join(', ')}` : 'no distribution file of the project'} in its layers${read} (a build stage may install and drop them): not compared`
            }
        ];
    }
    return found.map(file => {
        const name = (0,external_node_path_.basename)(file.path);
        if (!wanted.has(name))
            return {
                ok: false,
                line: `${where}: /${file.path} is not on the index (it holds ${[...wanted.keys()].join(', ') || 'no file of this version'}): the image holds a package the index does not publish`
            };
        const theirs = wanted.get(name);
        return theirs === file.sha256
            ? { ok: true, line: `${where}: /${file.path} is the index's (sha256:${file.sha256})${read}` }
            : {
                ok: false,
                line: `${where}: /${file.path} is sha256:${file.sha256}, but the index's ${name} is sha256:${theirs ?? '(not stated)'}`
            };
    });
}
/** The normalized project name a wheel's or sdist's file name starts with. */
function distNameOf(file) {
    const base = file.replace(/\.(whl|tar\.gz)$/, '');
    // A wheel's name is everything before its version; an sdist's, everything before the last dash.
    const name = file.endsWith('.whl') ? base.split('-')[0] : base.slice(0, base.lastIndexOf('-'));
    return (0,package_index/* normalizeName */.Pc)(name);
}
/** What a user can run alone to check the same things. */
function verifyCommands(plan, repository, index, attested) {
    const ref = plan.imageRefs[0];
    const lines = [];
    // Every value quoted for a shell: a person pastes these lines, and names come from the repository's files.
    const q = words/* shellQuote */.ZL;
    if (index) {
        const version = plan.distVersion ?? plan.version;
        const wanted = `${q(index.simple)} ${q(`${index.name}==${version}`)}`;
        lines.push(
        // --isolated: no pip.conf or PIP_* variable adds an index (an extra-index-url would fetch another project's file).
        `pip download --isolated --no-deps --only-binary :all: --index-url ${wanted} -d dists && sha256sum dists/*`, `pip download --isolated --no-deps --no-binary :all: --index-url ${wanted} -d dists && sha256sum dists/*`);
    }
    if (ref) {
        lines.push(`docker buildx imagetools inspect ${q(ref)}`);
        if (attested) {
            // The source and the commit, not only the signing workflow (a reusable workflow's callers share it).
            lines.push(`gh attestation verify ${q(`oci://${ref}`)} -R ${q(repository)} --source-digest ${q(plan.sha)}`);
            lines.push(`cosign verify-attestation --type slsaprovenance1 --certificate-oidc-issuer https://token.actions.githubusercontent.com --certificate-identity-regexp ${q(`^https://github.com/${repository}/`)} --certificate-github-workflow-repository ${q(repository)} --certificate-github-workflow-sha ${q(plan.sha)} ${q((0,image_attestation/* subjectName */.wn)(plan.image))}@<digest>`);
        }
    }
    return lines;
}
/** What the plan of a release signs: attest-image, and attest-dists where this upload would sign. */
function plannedAttestations(plan, { index, attestations }) {
    return {
        image: attestations.image !== 'false',
        dists: (0,dist_attestations/* attestDecision */.a5)({ mode: attestations.dists, type: plan.type, uploadUrl: index.url, token: !!index.token })
            .sign
    };
}
/**
 * The checks of a plan's release, against the registries and the index the settings name. `distName` is the
 * project's name on the index; without one (no Python package, or publish-pypi false) the index is not read.
 * `attested`: what was signed, checked against Sigstore's trusted root for `repository`'s workflows, for its own
 * source (`repositoryId`, where the runner says it) at the plan's commit.
 */
function readBack(plan, { image, index, attestations: signed }, distName, repository, attested, { repositoryId, held, fileAt, githubHosted } = {}) {
    const uploads = plan.steps.some(s => s.id === 'index-upload' && !s.skippedBecause);
    const urls = (0,package_index.indexUrls)(index.url);
    const timeout = index.timeouts.request;
    const indexFiles = uploads && distName ? (held ?? (0,package_index.projectFilesOnce)(urls, distName, timeout)) : undefined;
    const version = plan.distVersion ?? plan.version;
    const attestations = {
        repository,
        check: async (bundle) => (await Promise.all(/* import() */[__webpack_require__.e(526), __webpack_require__.e(42), __webpack_require__.e(19)]).then(__webpack_require__.bind(__webpack_require__, 70019))).verifyBundle(bundle, { repository, repositoryId, commit: plan.sha }, timeout),
        image: attested.image && plan.imageRefs.length
            ? async (digest) => {
                const { attestationBundles, github } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(716)]).then(__webpack_require__.bind(__webpack_require__, 85716));
                return attestationBundles(github(signed.githubToken, timeout), repository, digest);
            }
            : undefined,
        dist: attested.dists && indexFiles
            ? async (filename) => {
                const file = (await indexFiles()).get(filename) ?? {};
                const served = await (0,package_index/* fileProvenance */.KY)(urls, { name: distName, version }, filename, file, timeout);
                return served?.flatMap(b => b.attestations.map(a => (0,dist_attestations/* pep740AsBundle */.fS)(a)));
            }
            : undefined
    };
    const registry = (name) => new registry_api/* RegistryApi */.cA((0,registry_api/* imageLocation */.DD)(name), (0,step_settings/* imageCredentialsFor */.TY)(image, name), timeout);
    // Each image's Dockerfile, target and build args, by its first name: its base is what the read-back skips.
    const builds = new Map([[image.image, image], ...image.moreImages.map(spec => [spec.image, spec])]);
    return verifyRelease(plan, {
        registry,
        baseOf: name => {
            const build = builds.get(name);
            // Docker Hub is asked only where its reads count against no address's pull limit (baseNotAsked).
            const notAsked = (base) => baseNotAsked(base, { loggedIn: !!(0,step_settings/* imageCredentialsFor */.TY)(image, base), githubHosted: !!githubHosted });
            return build && fileAt && baseLayersOf(() => fileAt(build.dockerfile), build, registry, notAsked);
        },
        index: indexFiles,
        distName,
        provenance: image.provenance,
        attestations: attestations.image || attestations.dist ? attestations : undefined
    });
}


/***/ })

};

//# sourceMappingURL=941.index.js.map