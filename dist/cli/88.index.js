export const id = 88;
export const ids = [88,534];
export const modules = {

/***/ 16534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ existingFiles),
/* harmony export */   KY: () => (/* binding */ fileProvenance),
/* harmony export */   PE: () => (/* binding */ downloadFile),
/* harmony export */   Se: () => (/* binding */ upload),
/* harmony export */   W$: () => (/* binding */ mintToken),
/* harmony export */   db: () => (/* binding */ IndexError),
/* harmony export */   fB: () => (/* binding */ fileVersion),
/* harmony export */   indexUrls: () => (/* binding */ indexUrls),
/* harmony export */   sn: () => (/* binding */ readTwineFailure)
/* harmony export */ });
/* unused harmony exports normalizeName, parseProjectPage, twineArgs, twineEnv */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45081);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56002);
/* harmony import */ var _versions_pep440_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42422);
/* harmony import */ var _versions_words_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13880);
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
    const raw = file.endsWith('.whl')
        ? file.split('-')[1]
        : file
            .replace(/\.(tar\.gz|zip)$/, '')
            .split('-')
            .pop();
    return raw ? (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeVersion */ .Qj)(raw) : undefined;
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
    const absolute = (href) => href ? new URL(decodeEntities(href), pageUrl).toString().replace(/#.*$/, '') : undefined;
    if (contentType.includes('json')) {
        const json = JSON.parse(body);
        for (const f of json.files ?? [])
            files.set(f.filename, {
                sha256: f.hashes?.sha256?.toLowerCase(),
                url: absolute(f.url),
                provenance: absolute(f.provenance ?? undefined)
            });
        return files;
    }
    for (const m of body.matchAll(/<a\b([^>]*)>([^<]+)<\/a>/gi)) {
        const href = /href\s*=\s*["']([^"']*)["']/.exec(m[1])?.[1];
        const sha256 = /#sha256=([0-9a-fA-F]{64})/.exec(href ?? '')?.[1]?.toLowerCase();
        const provenance = /data-provenance\s*=\s*["']([^"']*)["']/.exec(m[1])?.[1];
        files.set(decodeEntities(m[2].trim()), { sha256, url: absolute(href), provenance: absolute(provenance) });
    }
    return files;
}
function decodeEntities(text) {
    return text
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'");
}
/** The files the index holds for a project (empty when it has none). */
async function existingFiles(urls, name, timeoutMs) {
    const url = `${urls.simple}${normalizeName(name)}/`;
    const response = await fetch(url, {
        headers: { Accept: 'application/vnd.pypi.simple.v1+json, text/html;q=0.1' },
        signal: AbortSignal.timeout(timeoutMs)
    }).catch(error => {
        if (error.name === 'TimeoutError')
            throw new IndexError(`${url} did not answer within ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(timeoutMs)}`);
        throw error;
    });
    if (response.status === 404)
        return new Map();
    if (!response.ok)
        throw new IndexError(`The index answered ${response.status} for ${url}.`);
    return parseProjectPage(await response.text(), response.headers.get('content-type') ?? '', url);
}
/**
 * PEP 740: a file's attestations as the index serves them, at the URL its page gives (or PyPI's Integrity API
 * path); undefined where the index has none (404).
 */
async function fileProvenance(urls, project, filename, file, timeoutMs) {
    const url = file.provenance ??
        `${urls.base}/integrity/${normalizeName(project.name)}/${project.version}/${encodeURIComponent(filename)}/provenance`;
    const response = await fetch(url, {
        headers: { Accept: 'application/vnd.pypi.integrity.v1+json, application/json;q=0.9' },
        signal: AbortSignal.timeout(timeoutMs)
    });
    if (response.status === 404)
        return undefined;
    if (!response.ok)
        throw new IndexError(`The index answered ${response.status} for ${url}.`);
    const body = (await response.json());
    return (body.attestation_bundles ?? []).map(b => ({ publisher: b.publisher, attestations: b.attestations ?? [] }));
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
async function mintToken(urls, timeoutMs) {
    if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new IndexError('No pypi-token was given, and trusted publishing needs an OIDC token that this job cannot request: ' +
            'add "permissions: id-token: write" to the job, or pass pypi-token.');
    }
    // Each request has the request deadline: an index that accepts the connection and never answers ends the job.
    const within = async (what, request) => request().catch((error) => {
        if (error.name === 'TimeoutError')
            throw new IndexError(`Trusted publishing: ${what} did not answer within ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(timeoutMs)} (request-timeout).`);
        throw error;
    });
    const audienceResponse = await within(`${urls.base}/_/oidc/audience`, () => fetch(`${urls.base}/_/oidc/audience`, { signal: AbortSignal.timeout(timeoutMs) }));
    if (!audienceResponse.ok) {
        throw new IndexError(`${urls.base} does not offer trusted publishing (GET /_/oidc/audience answered ${audienceResponse.status}); pass pypi-token.`);
    }
    const { audience } = (await audienceResponse.json());
    const oidcToken = await within("the runner's OIDC token endpoint", () => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9(audience, timeoutMs));
    const minted = await within(`${urls.base}/_/oidc/mint-token`, () => fetch(`${urls.base}/_/oidc/mint-token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token: oidcToken }),
        signal: AbortSignal.timeout(timeoutMs)
    }));
    const body = (await within(`${urls.base}/_/oidc/mint-token`, () => minted.json()).catch(error => {
        if (error instanceof IndexError)
            throw error;
        return {};
    }));
    if (!minted.ok || !body.token) {
        const reasons = (body.errors ?? []).map(e => `${OIDC_ERRORS[e.code] ?? e.code} (${e.description})`);
        throw new IndexError(`Trusted publishing to ${urls.base} failed: ${reasons.join('; ') || body.message || `HTTP ${minted.status}`}.`);
    }
    _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(body.token);
    return body.token;
}
/** `python -m twine upload`; the token travels in the environment only. */
function twineArgs(urls, files, attestations = []) {
    // --verbose: twine shows the index's own reason for a refusal only then.
    return [
        '-m',
        'twine',
        'upload',
        '--non-interactive',
        '--disable-progress-bar',
        '--verbose',
        '--repository-url',
        urls.upload,
        // Each file's <file>.publish.attestation goes with it (twine 5.1 and later).
        ...(attestations.length ? ['--attestations'] : []),
        ...files,
        ...attestations
    ];
}
/** The environment twine needs: the token (nowhere else), and plain, unwrapped output. */
function twineEnv(token) {
    return {
        TWINE_USERNAME: '__token__',
        TWINE_PASSWORD: token,
        TWINE_NON_INTERACTIVE: '1',
        COLUMNS: '1000',
        NO_COLOR: '1',
        TERM: 'dumb'
    };
}
async function upload(python, urls, files, token, timeoutMs, attestations = []) {
    return (0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .eF)(python, twineArgs(urls, files, attestations), {
        env: twineEnv(token),
        allowFailure: true,
        timeoutMs,
        what: `Uploading ${(0,_versions_words_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(files.length, 'file')} to ${urls.upload}`
    });
}
// twine's log may carry colour codes (rich colours it for a terminal, or where FORCE_COLOR says so).
// eslint-disable-next-line no-control-regex
const ANSI_COLOUR = /\x1b\[[0-9;]*m/g;
/** twine's log as records: a line at the margin, and the indented lines that continue it (rich wraps at 80 columns). */
function logRecords(output) {
    const records = [];
    for (const line of output.replace(ANSI_COLOUR, '').split('\n')) {
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
    const status = at >= 0
        ? records[at].replace(/^Response from \S+:\s*/, '')
        : /^HTTPError: (\d{3} .*?) from \S+/.exec(httpError ?? '')?.[1];
    const next = at >= 0 ? records[at + 1] : undefined;
    const body = next && !/^(HTTPError|Uploading|Retry)\b/.test(next) ? next : '';
    const reason = status && body && !status.includes(body)
        ? `${status}: ${body}`
        : status || body || records.slice(-2).join(' ') || output.trim();
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
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(bytes).digest('hex');
    if (file.sha256 && sha256 !== file.sha256)
        throw new IndexError(`${name} from the index does not match the sha256 its page states.`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(path, bytes);
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
/* harmony import */ var _plan_image_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32915);
/* harmony import */ var _plan_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76033);
// The registry's HTTP API (the OCI distribution spec), for what docker's CLI
// cannot answer: which tags an image already has. Token auth as registries do
// it: a 401 names a realm, which hands out a bearer token for the scope.



/** Where an image's registry answers, by Docker's rules (docker.io, library/, loopback over plain HTTP). */
function imageLocation(image) {
    const { registry: host, path: parts } = (0,_plan_image_names_js__WEBPACK_IMPORTED_MODULE_1__/* .splitRegistry */ .K0)(image);
    if (host === 'docker.io' || host === 'index.docker.io') {
        return {
            base: 'https://registry-1.docker.io',
            repository: parts.length === 1 ? `library/${parts[0]}` : parts.join('/')
        };
    }
    const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);
    return { base: `${loopback ? 'http' : 'https'}://${host}`, repository: parts.join('/') };
}
/** An OCI content digest: what a registry names a manifest or blob by. */
const digestOf = (data) => `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
/** A list entry's platform as Docker writes it: os/architecture[/variant]; undefined for an entry without one. */
function platformOf(entry) {
    const p = entry.platform;
    return p && [p.os, p.architecture, p.variant].filter(Boolean).join('/');
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
            headers: {
                ...init.headers,
                ...(this.authorization ? { Authorization: this.authorization } : {})
            },
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
        const body = await response.text();
        const digest = response.headers.get('docker-content-digest') ?? digestOf(body);
        const manifests = JSON.parse(body).manifests ?? [];
        const children = manifests.map(m => m.digest);
        // buildx's attestation manifests: children of the manifest list that are referrers of another child.
        const attestations = manifests
            .filter(m => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest')
            .map(m => m.digest);
        const platforms = manifests.filter(m => m.platform && m.platform.os !== 'unknown').map(m => platformOf(m));
        // Its descriptor, as a manifest that refers to it names it (an OCI referrer's subject).
        const mediaType = (response.headers.get('content-type') ?? '').split(';')[0];
        return { digest, mediaType, size: Buffer.byteLength(body), platforms, children, attestations, manifests };
    }
    /** A platform image's manifest: its config and its layers. */
    async imageManifest(digest) {
        const response = await this.request(`${this.location.repository}/manifests/${digest}`, {
            headers: { Accept: MANIFEST_TYPES }
        });
        if (!response.ok)
            throw new RegistryApiError(`The registry answered ${response.status} for ${this.location.repository}@${digest}.`);
        const body = (await response.json());
        if (!body.config)
            throw new RegistryApiError(`${this.location.repository}@${digest} is no image manifest.`);
        return { config: body.config, layers: body.layers ?? [] };
    }
    /** A blob's bytes (a config, a layer), checked against its digest. */
    async blob(digest) {
        const response = await this.request(`${this.location.repository}/blobs/${digest}`);
        if (!response.ok)
            throw new RegistryApiError(`The registry answered ${response.status} for blob ${digest} of ${this.location.repository}.`);
        const data = Buffer.from(await response.arrayBuffer());
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
                throw new _plan_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .PermanentError */ .Dr(`The registry refused to list the tags of ${this.location.repository} (${response.status}): check registry-username and registry-password.`);
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

/***/ 76033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ PermanentError),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   Xg: () => (/* binding */ isAuthFailure)
/* harmony export */ });
/* unused harmony exports RETRY_DELAYS_MS, isPermanent */
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


/***/ })

};

//# sourceMappingURL=88.index.js.map