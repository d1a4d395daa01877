export const id = 952;
export const ids = [952,716];
export const modules = {

/***/ 5716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   branchNames: () => (/* binding */ branchNames),
/* harmony export */   github: () => (/* binding */ github),
/* harmony export */   githubStatus: () => (/* binding */ githubStatus),
/* harmony export */   m: () => (/* binding */ storeAttestation),
/* harmony export */   x: () => (/* binding */ rateLimited)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5081);
// GitHub's REST API, through @actions/github (Octokit): GITHUB_API_URL (GitHub
// Enterprise Server too), the runner's proxy settings, every page of a list
// (Link headers), retries of server errors, and rate limits waited out, but only
// within the request deadline. Every request has that deadline.





/** What went wrong with a call, where GitHub answered: its status, and the message it gave. */
function githubStatus(error) {
    const status = error.status;
    return typeof status === 'number' && error.response !== undefined ? status : undefined;
}
/** Whether GitHub refused a call for its rate limit (and the wait was longer than the deadline allows). */
function rateLimited(error) {
    const status = githubStatus(error);
    const headers = error.response?.headers ?? {};
    return status === 429 || (status === 403 && headers['x-ratelimit-remaining'] === '0');
}
/**
 * A fetch whose every call ends after `timeoutMs`. The error is an AbortError, which Octokit passes on as it is:
 * a stalled request is not retried (it would only stall again).
 */
function withDeadline(fetch, timeoutMs) {
    return async (url, init = {}) => {
        const deadline = AbortSignal.timeout(timeoutMs);
        const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        try {
            return await fetch(url, { ...init, signal });
        }
        catch (error) {
            if (!deadline.aborted)
                throw error;
            const stalled = new Error(`GitHub's API did not answer ${init.method ?? 'GET'} ${new URL(url).pathname} within ${Math.round(timeoutMs / 1000)} s (request-timeout).`);
            stalled.name = 'AbortError';
            throw stalled;
        }
    };
}
/** A client for `token`; `timeoutMs` bounds every request and every wait for a rate limit. */
function github(token, timeoutMs) {
    const request = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request;
    const waitOut = (what) => (retryAfter, options, _octokit, retryCount) => {
        const call = `${options.method ?? 'GET'} ${options.url ?? ''}`;
        if (retryCount < 3 && retryAfter * 1000 <= timeoutMs) {
            _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`GitHub's ${what}: waiting ${retryAfter} s, then ${call} again.`);
            return true;
        }
        _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`GitHub's ${what} asks to wait ${retryAfter} s before ${call}, longer than request-timeout allows (or tried ${retryCount + 1} times): giving up on it.`);
        return false;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .githubApi */ .Mc(),
        request: { agent: request.agent, fetch: withDeadline(request.fetch ?? fetch, timeoutMs) },
        throttle: { onRateLimit: waitOut('rate limit'), onSecondaryRateLimit: waitOut('secondary rate limit') },
        // Rate limits are the throttling plugin's to wait out, within the deadline; the retry plugin takes server errors.
        retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
}
/** Store a Sigstore bundle with GitHub's attestations API (the job needs attestations: write); its id. */
async function storeAttestation(api, repository, bundle) {
    const [owner, repo] = repository.split('/');
    const response = await api.request('POST /repos/{owner}/{repo}/attestations', {
        owner,
        repo,
        bundle: bundle
    });
    return response.data.id;
}
/** The repository's branches now, every page (the job needs contents: read; GitHub answers 404 to a token that cannot see it). */
async function branchNames(api, repository) {
    const [owner, repo] = repository.split('/');
    const branches = await api.paginate('GET /repos/{owner}/{repo}/branches', { owner, repo, per_page: 100 });
    return branches.map(b => b.name);
}


/***/ }),

/***/ 6337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ imageLocation),
/* harmony export */   cA: () => (/* binding */ RegistryApi),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   u4: () => (/* binding */ RegistryApiError)
/* harmony export */ });
/* unused harmony export parseChallenge */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plan_image_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9710);
/* harmony import */ var _plan_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6033);
// The registry's HTTP API (the OCI distribution spec), for what docker's CLI
// cannot answer: which tags an image already has. Token auth as registries do
// it: a 401 names a realm, which hands out a bearer token for the scope.



/** Where an image's registry answers, by Docker's rules (docker.io, library/, loopback over plain HTTP). */
function imageLocation(image) {
    const { registry: host, path: parts } = (0,_plan_image_js__WEBPACK_IMPORTED_MODULE_1__/* .splitRegistry */ .K0)(image);
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
        const platforms = manifests
            .map(m => m.platform)
            .filter(p => p !== undefined && p.os !== 'unknown')
            .map(p => [p.os, p.architecture, p.variant].filter(Boolean).join('/'));
        // Its descriptor, as a manifest that refers to it names it (an OCI referrer's subject).
        const mediaType = (response.headers.get('content-type') ?? '').split(';')[0];
        return { digest, mediaType, size: Buffer.byteLength(body), platforms, children, attestations, manifests };
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

/***/ 6033:
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


/***/ }),

/***/ 5952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  emptyOutcome: () => (/* reexport */ emptyOutcome),
  execute: () => (/* binding */ execute),
  previewPush: () => (/* binding */ previewPush)
});

// EXTERNAL MODULE: ./src/outside/runner.ts
var runner = __webpack_require__(5081);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/outside/git.ts
var git = __webpack_require__(9071);
// EXTERNAL MODULE: ./src/versions/pep440.ts
var pep440 = __webpack_require__(2422);
// EXTERNAL MODULE: ./src/plan/inputs.ts
var plan_inputs = __webpack_require__(1846);
// EXTERNAL MODULE: ./src/plan/plan.ts
var plan_plan = __webpack_require__(8720);
// EXTERNAL MODULE: ./src/plan/latest.ts
var latest = __webpack_require__(320);
// EXTERNAL MODULE: ./src/plan/image.ts
var plan_image = __webpack_require__(9710);
// EXTERNAL MODULE: ./src/outside/github.ts
var github = __webpack_require__(5716);
// EXTERNAL MODULE: ./src/outside/registry-api.ts
var registry_api = __webpack_require__(6337);
;// CONCATENATED MODULE: ./src/steps/cleanup.ts
// A deleted branch's image tags, removed from a registry that speaks the
// distribution API: the tag itself where the registry deletes tags, else the
// manifest by digest when no other tag points at it, else nothing (and why).




/** Remove `refs` (image:tag), one repository at a time; every other tag stays. */
async function removeBranchImages(refs, access) {
    const removals = [];
    const byImage = new Map();
    for (const ref of refs) {
        const at = ref.lastIndexOf(':');
        byImage.set(ref.slice(0, at), [...(byImage.get(ref.slice(0, at)) ?? []), ref.slice(at + 1)]);
    }
    for (const [image, tags] of byImage) {
        const host = (0,plan_image/* splitRegistry */.K0)(image).registry;
        if (host === 'ghcr.io') {
            removals.push(...(await fromGhcr(image, tags, access)));
            continue;
        }
        if (host === 'docker.io') {
            removals.push(...(await fromDockerHub(image, tags, access)));
            continue;
        }
        const api = access.registry(image, access.credentials(host));
        for (const tag of tags) {
            const ref = `${image}:${tag}`;
            try {
                removals.push({ ref, ...(await removeOne(api, tag, tags)) });
            }
            catch (error) {
                removals.push({ ref, result: 'kept', why: error.message });
            }
        }
    }
    for (const r of removals.filter(r => r.result === 'kept'))
        runner/* warning */.$e(`${r.ref} stays: ${r.why}`);
    return removals;
}
async function removeOne(api, tag, ours) {
    const found = await api.manifest(tag);
    if (!found)
        return { result: 'absent', why: 'the registry has no such tag (removed before, or never pushed)' };
    if ((await api.deleteTag(tag)) === 'deleted')
        return { result: 'removed', why: 'the tag was deleted' };
    // The registry deletes no tags: the manifest may go, but only when no other tag points at it.
    const others = [];
    for (const other of await api.tags()) {
        if (other === tag || ours.includes(other))
            continue;
        if ((await api.manifest(other))?.digest === found.digest)
            others.push(other);
    }
    if (others.length)
        return {
            result: 'kept',
            why: `the registry deletes no tags, and ${others.join(', ')} still point${others.length === 1 ? 's' : ''} at ${found.digest}`
        };
    // Reading every other tag took a while: a push in between may have moved this one to a new image.
    const now = await api.manifest(tag);
    if (!now)
        return { result: 'absent', why: 'removed meanwhile' };
    if (now.digest !== found.digest)
        return movedMeanwhile(now.digest);
    const status = await api.deleteManifest(found.digest);
    if (status === 202 || status === 200)
        return { result: 'removed', why: `no other tag pointed at ${found.digest}, which was deleted` };
    if (status === 404)
        return { result: 'absent', why: 'removed meanwhile' };
    if (status === 405)
        return {
            result: 'kept',
            why: 'the registry does not allow deleting (for a distribution registry: storage.delete.enabled)'
        };
    if (status === 401 || status === 403)
        return { result: 'kept', why: `the registry refused the deletion (${status}): the credentials need delete rights` };
    return { result: 'kept', why: `the registry answered ${status} to deleting ${found.digest}` };
}
/** A tag a push moved after it was read: it is not the branch's old image any more. */
function movedMeanwhile(digest) {
    return { result: 'kept', why: `the tag moved to ${digest} after it was read (a push in between)` };
}
async function json(url, init, timeoutMs) {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
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
const tagsOf = (v) => v.metadata?.container?.tags ?? [];
/** A signature, attestation or SBOM stored beside an image under a `sha256-<digest>…` tag (cosign, the referrers fallback). */
const isReferrer = (v) => tagsOf(v).some(t => /^sha256-[0-9a-f]{64}/.test(t));
/** One container package on ghcr.io, through GitHub's package versions API, read to the last page. */
class GhcrPackage {
    api;
    owner;
    name;
    /** Whose the package is, once a listing found it: later listings and deletions ask there alone. */
    scope;
    constructor(api, owner, name) {
        this.api = api;
        this.owner = owner;
        this.name = name;
    }
    /** Every version, on every page; undefined where GitHub shows no such package (404: absent, or hidden from the token). */
    async versions() {
        const common = { package_type: 'container', package_name: this.name, per_page: 100 };
        const scopes = this.scope ? [this.scope] : [{ org: this.owner }, { username: this.owner }];
        for (const scope of scopes) {
            try {
                const list = 'org' in scope
                    ? await this.api.paginate(this.api.rest.packages.getAllPackageVersionsForPackageOwnedByOrg, {
                        ...common,
                        org: scope.org,
                        state: 'active'
                    })
                    : await this.api.paginate(this.api.rest.packages.getAllPackageVersionsForPackageOwnedByUser, {
                        ...common,
                        username: scope.username,
                        state: 'active'
                    });
                this.scope = scope;
                return list;
            }
            catch (error) {
                if ((0,github.githubStatus)(error) !== 404)
                    throw error;
            }
        }
        return undefined;
    }
    /** Delete a version (of a package versions() found); GitHub's status. */
    async remove(id) {
        const scope = this.scope ?? { org: this.owner };
        try {
            const r = 'org' in scope
                ? await this.api.rest.packages.deletePackageVersionForOrg({
                    package_type: 'container',
                    package_name: this.name,
                    org: scope.org,
                    package_version_id: id
                })
                : await this.api.rest.packages.deletePackageVersionForUser({
                    package_type: 'container',
                    package_name: this.name,
                    username: scope.username,
                    package_version_id: id
                });
            return r.status;
        }
        catch (error) {
            const status = (0,github.githubStatus)(error);
            if (status === undefined)
                throw error;
            return status;
        }
    }
}
/**
 * ghcr.io: GitHub's packages API, every page read before anything is decided. A version carrying only tags of
 * this branch is deleted, with its platform images that no other tagged version (on any page) lists; one that
 * carries another tag too keeps it (the tag alone is moved off). Referrers (`sha256-*` tags, attestations) stay.
 */
async function fromGhcr(image, tags, access) {
    const [, owner, ...rest] = image.split('/');
    const pkg = new GhcrPackage((0,github.github)(access.github.token, access.timeoutMs), owner, rest.join('/'));
    const keepAll = (why) => tags.map(tag => ({ ref: `${image}:${tag}`, result: 'kept', why }));
    let versions;
    try {
        versions = await pkg.versions();
    }
    catch (error) {
        const status = (0,github.githubStatus)(error);
        if ((0,github/* rateLimited */.x)(error))
            return keepAll(`GitHub's rate limit (${status}) asked for a longer wait than request-timeout allows; run the cleanup again later`);
        if (status === 401 || status === 403)
            return keepAll(`GitHub refused to list the package's versions (${status}): the token needs read and delete access to the package (permissions: packages: write, and the package's admin access for this repository)`);
        return keepAll(`the package's versions could not be read (${error.message})`);
    }
    if (!versions)
        return keepAll(`GitHub shows no package ${rest.join('/')} to this token (404): it does not exist, or the token may not see it. Give the job "permissions: packages: write" and, in the package's settings, "Manage Actions access", the repository admin access`);
    const registryApi = registry(image, access);
    const removals = [];
    for (const tag of tags) {
        const ref = `${image}:${tag}`;
        const version = versions.find(v => tagsOf(v).includes(tag));
        if (!version) {
            removals.push({ ref, result: 'absent', why: 'no version carries this tag' });
            continue;
        }
        const others = tagsOf(version).filter(t => !tags.includes(t));
        if (others.length) {
            // ghcr.io can delete a version but not take one tag off it: the tag is moved to an empty manifest list, which then goes.
            removals.push({ ref, ...(await untag(tag, version, others, pkg, registryApi)) });
            continue;
        }
        // A multi-platform version's platform images are untagged versions of their own: they go too, unless another
        // tagged version still lists them. Read before the deletion, while the registry still has the list.
        const remaining = versions.filter(v => v !== version && tagsOf(v).some(t => !tags.includes(t)));
        const { orphans, kept } = await platformVersions(registryApi, version, remaining, versions);
        // A push between the listing and now moved the tag: it is not the branch's old image any more.
        const now = await registryApi.manifest(tag).catch(() => undefined);
        if (now && now.digest !== version.name) {
            removals.push({ ref, ...movedMeanwhile(now.digest) });
            continue;
        }
        const status = await pkg.remove(version.id);
        if (status === 204 || status === 200) {
            const gone = [];
            for (const orphan of orphans) {
                const s = await pkg.remove(orphan.id);
                if (s === 204 || s === 200)
                    gone.push(orphan.name);
            }
            removals.push({
                ref,
                result: 'removed',
                why: `version ${version.name} deleted${gone.length ? `, with its platform images ${gone.join(', ')}` : ''}` +
                    (kept.length ? `; ${kept.join('; ')}` : '')
            });
        }
        else if (status === 404)
            removals.push({ ref, result: 'absent', why: 'removed meanwhile' });
        else
            removals.push({
                ref,
                result: 'kept',
                why: `GitHub refused to delete version ${version.name} (${status}): the token needs admin access to the package`
            });
    }
    return removals;
}
/** A manifest list (an OCI image index) of nothing: it needs no blobs, so any registry takes it. */
const EMPTY_LIST = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: []
});
async function untag(tag, version, others, pkg, api) {
    try {
        const now = await api.manifest(tag);
        if (now && now.digest !== version.name)
            return movedMeanwhile(now.digest);
        const placeholder = await api.putManifest(tag, EMPTY_LIST, 'application/vnd.oci.image.index.v1+json');
        const moved = ((await pkg.versions()) ?? []).find(v => v.name === placeholder);
        if (!moved)
            return {
                result: 'kept',
                why: `the tag was moved to an empty manifest list ${placeholder}, which GitHub does not list yet; delete it by hand`
            };
        const status = await pkg.remove(moved.id);
        if (status !== 204 && status !== 200)
            return { result: 'kept', why: `GitHub refused to delete the placeholder version ${placeholder} (${status})` };
        return { result: 'removed', why: `untagged: ${version.name} keeps ${others.join(', ')}` };
    }
    catch (error) {
        return {
            result: 'kept',
            why: `the version also carries ${others.join(', ')}, and moving the tag off it failed (${error.message})`
        };
    }
}
function registry(image, access) {
    const location = (0,registry_api/* imageLocation */.DD)(image);
    return new registry_api/* RegistryApi */.cA({ ...location, base: access.ghcrRegistry }, access.credentials('ghcr.io'), access.timeoutMs);
}
/** Run `work` over `items`, a few at a time (a package of hundreds of versions is read without a burst). */
async function inBatches(items, work, size = 8) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(...(await Promise.all(items.slice(i, i + size).map(work))));
    return out;
}
/**
 * The untagged versions that are `version`'s platform images and that no version in `remaining` lists, and why
 * any others stay: its attestation manifests (referrers are never deleted).
 */
async function platformVersions(api, version, remaining, all) {
    const read = (v) => api.manifest(v.name).catch(() => undefined);
    const own = await read(version);
    if (!own?.children.length)
        return { orphans: [], kept: [] };
    const listed = new Set((await inBatches(remaining, read)).flatMap(m => m?.children ?? []));
    const candidates = all.filter(v => !tagsOf(v).length && !isReferrer(v) && own.children.includes(v.name));
    const kept = [];
    const shared = candidates.filter(v => listed.has(v.name));
    if (shared.length)
        kept.push(`${shared.map(v => v.name).join(', ')} stay${shared.length === 1 ? 's' : ''}: another tagged version lists ${shared.length === 1 ? 'it' : 'them'}`);
    const attestations = candidates.filter(v => own.attestations.includes(v.name));
    if (attestations.length)
        kept.push(`its attestation manifests ${attestations.map(v => v.name).join(', ')} stay: cleanup deletes no referrer`);
    return { orphans: candidates.filter(v => !listed.has(v.name) && !own.attestations.includes(v.name)), kept };
}
/** Docker Hub: its own API deletes a tag, with a token from the registry credentials (it needs delete rights). */
async function fromDockerHub(image, tags, access) {
    const path = image.replace(/^docker\.io\//, '');
    const repository = path.includes('/') ? path : `library/${path}`;
    const credentials = access.credentials('docker.io');
    if (!credentials)
        return tags.map(tag => ({
            ref: `${image}:${tag}`,
            result: 'kept',
            why: 'no Docker Hub credentials in this run'
        }));
    const login = await json(`${access.dockerHub}/v2/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: credentials.username, password: credentials.password })
    }, access.timeoutMs);
    const token = login.body?.token;
    if (login.status !== 200 || !token) {
        return tags.map(tag => ({
            ref: `${image}:${tag}`,
            result: 'kept',
            why: `Docker Hub refused the login (${login.status}): use an access token with Read, Write, Delete rights`
        }));
    }
    runner/* setSecret */.Pq(token);
    const removals = [];
    for (const tag of tags) {
        const ref = `${image}:${tag}`;
        const r = await json(`${access.dockerHub}/v2/repositories/${repository}/tags/${tag}/`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } }, access.timeoutMs);
        if (r.status === 204 || r.status === 200)
            removals.push({ ref, result: 'removed', why: 'the tag was deleted' });
        else if (r.status === 404)
            removals.push({ ref, result: 'absent', why: 'Docker Hub has no such tag' });
        else
            removals.push({
                ref,
                result: 'kept',
                why: `Docker Hub refused (${r.status}): the access token needs Read, Write, Delete rights`
            });
    }
    return removals;
}

// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(9805);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/outside/exec.ts
var exec = __webpack_require__(6002);
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
        return { name: field('Name'), driver: field('Driver'), platforms: platforms.filter(Boolean) };
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
        const platforms = (manifest.manifests ?? [])
            .map(m => m.platform)
            .filter(p => p !== undefined && p.os !== 'unknown')
            .map(p => [p.os, p.architecture, p.variant].filter(Boolean).join('/'));
        return { digest: manifest.digest, platforms };
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
    if (o.cacheOnly) {
        args.push('--output', 'type=cacheonly');
    }
    else if (o.byDigest) {
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/versions/words.ts
var words = __webpack_require__(3880);
;// CONCATENATED MODULE: ./src/outside/package-index.ts
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
    const absolute = (href) => href ? new URL(decodeEntities(href), pageUrl).toString().replace(/#.*$/, '') : undefined;
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
async function mintToken(urls, timeoutMs) {
    if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new IndexError('No pypi-token was given, and trusted publishing needs an OIDC token that this job cannot request: ' +
            'add "permissions: id-token: write" to the job, or pass pypi-token.');
    }
    // Each request has the request deadline: an index that accepts the connection and never answers ends the job.
    const within = async (what, request) => request().catch((error) => {
        if (error.name === 'TimeoutError')
            throw new IndexError(`Trusted publishing: ${what} did not answer within ${(0,exec/* formatDuration */.a3)(timeoutMs)} (request-timeout).`);
        throw error;
    });
    const audienceResponse = await within(`${urls.base}/_/oidc/audience`, () => fetch(`${urls.base}/_/oidc/audience`, { signal: AbortSignal.timeout(timeoutMs) }));
    if (!audienceResponse.ok) {
        throw new IndexError(`${urls.base} does not offer trusted publishing (GET /_/oidc/audience answered ${audienceResponse.status}); pass pypi-token.`);
    }
    const { audience } = (await audienceResponse.json());
    const oidcToken = await within("the runner's OIDC token endpoint", () => runner/* getIDToken */.V9(audience, timeoutMs));
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
    runner/* setSecret */.Pq(body.token);
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
    return (0,exec/* run */.eF)(python, twineArgs(urls, files, attestations), {
        env: twineEnv(token),
        allowFailure: true,
        timeoutMs,
        what: `Uploading ${(0,words/* plural */.LS)(files.length, 'file')} to ${urls.upload}`
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
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (file.sha256 && sha256 !== file.sha256)
        throw new IndexError(`${name} from the index does not match the sha256 its page states.`);
    (0,external_node_fs_.writeFileSync)(path, bytes);
}

;// CONCATENATED MODULE: ./src/steps/effects.ts
// What the steps ask of the outside world, as small interfaces. The modules in src/outside/ are the real ones
// (realOutside); unit tests hand in fakes, so that every decision a step makes (how to push, what to fall back
// to, what to retry, what a re-run skips) is tested without dockerd, a registry or an index.



const realOutside = {
    openEngine: (temp, registries, timeouts) => Docker.open(temp, registries, timeouts),
    registry: (image, credentials, timeoutMs) => new registry_api/* RegistryApi */.cA((0,registry_api/* imageLocation */.DD)(image), credentials, timeoutMs),
    referrers: (credentials, timeoutMs) => async (image, subjectDigest, artifact) => {
        const { attachReferrer } = await __webpack_require__.e(/* import() */ 723).then(__webpack_require__.bind(__webpack_require__, 5723));
        const api = new registry_api/* RegistryApi */.cA((0,registry_api/* imageLocation */.DD)(image), credentials(image), timeoutMs);
        return attachReferrer(api, subjectDigest, artifact);
    },
    index: { files: existingFiles, download: downloadFile }
};

// EXTERNAL MODULE: ./src/outside/leftovers.ts
var leftovers = __webpack_require__(5335);
;// CONCATENATED MODULE: ./src/plan/buildx-output.ts
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

// EXTERNAL MODULE: ./src/plan/docker-tags.ts
var docker_tags = __webpack_require__(1133);
// EXTERNAL MODULE: ./src/plan/platforms.ts
var plan_platforms = __webpack_require__(551);
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

// EXTERNAL MODULE: ./src/plan/retry.ts
var retry = __webpack_require__(6033);
;// CONCATENATED MODULE: ./src/steps/manifest-lists.ts
// Manifest lists made from images already in the registry: the platform jobs' images merged into one tagged
// list (mode merge, and one build per platform), and the same list copied under the image's other names.







/** What to check when a registry refuses: for ghcr.io, the workflow's permissions and the package's access. */
function authAdvice(registry) {
    return registry === 'ghcr.io'
        ? "Check registry-username and registry-password; with GITHUB_TOKEN the job needs permissions: packages: write, and an existing package must grant this repository write access (the package's settings, Manage Actions access)."
        : 'Check registry-username and registry-password, and that this user may push to the image.';
}
/** Where platform jobs write their digests and the merge job reads them. */
function digestsDir(inputs, site) {
    return inputs.digestsDir ? (0,external_node_path_.resolve)(site.workspace, inputs.digestsDir) : (0,external_node_path_.join)(site.temp, 'dev-release-digests');
}
/** `imagetools create`, with bounded retries for a registry failing for a moment; a refusal names the fix. */
async function createList(engine, registry, refs, sources, annotations, title) {
    await (0,retry/* withRetries */.LH)(title, () => runner/* group */.Os(title, async () => {
        const result = await engine.createManifestList(refs, sources, annotations);
        if (result.code === 0)
            return;
        const failure = classifyBuildxFailure(result.stdout + result.stderr);
        if (failure.kind === 'auth')
            throw new retry/* PermanentError */.Dr(`The registry ${registry} refused ${refs[0]}: ${failure.line}. ${authAdvice(registry)}`);
        if (failure.kind !== 'transient')
            throw new retry/* PermanentError */.Dr(`${title} failed: ${failure.line}`);
        throw new DockerError(`${title} failed: ${failure.line}`);
    }), runner/* info */.pq);
}
/** One tagged manifest list from platform images pushed by digest or under staging tags. */
async function joinPlatforms(engine, plan, inputs, sources, annotations) {
    await createList(engine, inputs.registry, plan.imageRefs, sources, annotations, `Merge ${inputs.platforms.join(', ')} into ${plan.imageRefs.join(', ')}`);
}
/**
 * The platform jobs' digests (one file per platform image, named by its digest, holding its platform), checked:
 * every platform exactly once and none that is not asked for. Throws before anything is tagged.
 */
function readDigests(dir, platforms) {
    const found = new Map();
    const files = (0,external_node_fs_.existsSync)(dir) ? (0,external_node_fs_.readdirSync)(dir).filter(f => /^[0-9a-f]{64}$/.test(f)) : [];
    for (const file of files) {
        // A platform job may spell it linux/arm64/v8: one platform, one name.
        const platform = (0,plan_platforms/* canonicalPlatform */._l)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, file), 'utf8').trim());
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
        throw new DockerError(`Cannot merge the platform images in ${dir}: ${problems.join('; ')}. Nothing was tagged.`);
    }
    return new Map([...found].map(([platform, digests]) => [platform, digests[0]]));
}
/** Every platform exactly once, from the files the platform jobs wrote; then one tagged manifest list. */
async function mergeImages(engine, plan, inputs, site, annotations) {
    const found = readDigests(digestsDir(inputs, site), inputs.platforms);
    const sources = inputs.platforms.map(p => `${plan.image}@${found.get(p)}`);
    await joinPlatforms(engine, plan, inputs, sources, annotations);
    const pushed = await engine.inspectImage(plan.imageRefs[0]);
    return { refs: plan.imageRefs, digest: pushed.digest, platforms: pushed.platforms };
}

;// CONCATENATED MODULE: ./src/steps/image-build.ts
// How the image is built and pushed under its first name: src/plan/image-push.ts decides from what the engine
// says (asked here, only what the decision needs); this carries the decision out: one multi-platform build,
// a platform job's push by digest, a pull request's build into the cache, one build per platform joined into a
// list, or the merge of the platform jobs' images. A dry run previews the decision without starting anything.














/** Build and push under the image's first name (or merge, or build a pull request's images), as decided first. */
async function pushFirstName(engine, current, plan, inputs, site, outside) {
    const { push, builder } = await decidePush(engine, plan, inputs, current);
    const labels = imageLabels({
        plan,
        project: site.project,
        repository: site.repository,
        repositoryUrl: site.repositoryUrl,
        extra: inputs.labels
    });
    if (push.how === 'merge')
        return { ...(await mergeImages(engine, plan, inputs, site, labels)), how: push.why };
    const registry = outside.registry(plan.image, (0,plan_image/* imageCredentials */.AV)(inputs), inputs.timeouts.request);
    return { ...(await carryOutBuild(push, builder, labels, engine, registry, plan, inputs, site)), how: push.why };
}
function pushRequest(plan, inputs) {
    return { mode: inputs.mode, platforms: inputs.platforms, verify: plan.type === 'verify' };
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
async function previewImagePush(plan, inputs, engine) {
    const current = await engine.inspectBuilder();
    if (!current)
        return 'decided where it runs (docker buildx is not installed here; the action installs it)';
    const request = pushRequest(plan, inputs);
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
async function decidePush(engine, plan, inputs, current) {
    const request = pushRequest(plan, inputs);
    const facts = await engineFacts(engine, request, current);
    if (wantsOwnBuilder(request, facts)) {
        const created = await engine.bootstrapContainerBuilder(inputs.buildkitImage);
        facts.ownBuilderError = created.code === 0 ? '' : (0,exec/* lastLines */.w$)(created, 1) || `exit ${created.code}`;
        if (created.code === 0) {
            (0,leftovers/* remember */.kY)('builder', BUILDER_NAME);
            current = (await engine.inspectBuilder(BUILDER_NAME)) ?? current;
        }
    }
    const push = decideImagePush(request, facts);
    runner/* info */.pq(`Image push: ${push.why}.`);
    if (push.warning)
        runner/* warning */.$e(push.warning);
    const missing = push.how === 'merge' ? [] : (0,plan_platforms/* unsupportedPlatforms */.AD)(current, inputs.platforms);
    if (missing.length) {
        const qemu = await engine.registerQemu(missing, inputs.binfmtImage);
        if (qemu.code !== 0) {
            runner/* warning */.$e(`The builder lists no ${missing.join(', ')}, and registering QEMU for them failed (${(0,exec/* lastLines */.w$)(qemu, 1)}). ` +
                'Trying the build anyway: steps that run no foreign binaries need no emulation.');
        }
    }
    return { push, builder: push.ownBuilder ? BUILDER_NAME : undefined };
}
/** One buildx build; its failure sorted into what a retry may mend (a registry away) and what it cannot. */
async function buildOnce(engine, build, registry) {
    try {
        return await engine.buildAndPush(build);
    }
    catch (error) {
        if (!(error instanceof DockerError))
            throw error;
        const failure = classifyBuildxFailure(error.output || error.message);
        switch (failure.kind) {
            case 'build':
                throw new retry/* PermanentError */.Dr(`The image build failed: ${failure.line}`);
            case 'auth':
                throw new retry/* PermanentError */.Dr(`The registry ${registry} refused the push: ${failure.line}. ${authAdvice(registry)}`);
            case 'transient':
                throw new DockerError(`Pushing to ${registry} failed: ${failure.line}`);
            default:
                throw new retry/* PermanentError */.Dr(`docker buildx build failed: ${failure.line}`);
        }
    }
}
async function carryOutBuild(push, builder, labels, engine, registry, plan, inputs, site) {
    const platform = inputs.platforms[0];
    const refs = push.how === 'staging-tag' ? [(0,docker_tags/* stagingTag */.al)(plan.imageRefs[0], platform)] : plan.imageRefs;
    const build = {
        builder,
        context: (0,external_node_path_.resolve)(site.workspace, inputs.context),
        dockerfile: (0,external_node_path_.resolve)(site.workspace, inputs.dockerfile),
        platforms: inputs.platforms,
        tags: refs,
        byDigest: push.how === 'by-digest' ? { image: plan.image } : undefined,
        cacheFrom: inputs.cacheFrom,
        cacheTo: inputs.cacheTo,
        labels,
        annotations: labels,
        buildArgs: inputs.buildArgs,
        target: inputs.target || undefined,
        provenance: inputs.provenance,
        sourceDateEpoch: plan.commitEpoch,
        metadataFile: (0,external_node_path_.join)(engine.configDir, 'metadata.json')
    };
    if (push.how === 'cache-only' || push.how === 'cache-only-each-platform')
        return await verifyBuild(engine, inputs, { ...build, tags: [], cacheOnly: true }, push.how !== 'cache-only');
    if (push.how === 'each-platform')
        return await pushEachPlatform(engine, registry, plan, inputs, build);
    const title = inputs.mode === 'platform'
        ? `Build ${platform} and push it ${push.how === 'by-digest' ? 'by digest' : `as ${refs[0]}`}`
        : `Build ${inputs.platforms.join(', ')} and push ${refs.join(', ')}`;
    const digest = await (0,retry/* withRetries */.LH)(title, () => runner/* group */.Os(title, async () => {
        const built = await buildOnce(engine, build, inputs.registry);
        if (build.byDigest)
            return built;
        // The digest is what the tag resolves to in the registry, not what buildx wrote down (after a
        // retried push the two can differ); a list that lacks a platform is pushed again.
        const pushed = await registry.manifest(refs[0].slice(plan.image.length + 1));
        const lacking = inputs.platforms.length > 1
            ? inputs.platforms.filter(p => !pushed?.platforms.some(q => (0,plan_platforms/* samePlatform */.my)(p, q)))
            : [];
        if (!pushed || lacking.length) {
            throw new DockerError(`The registry's ${refs[0]} ${pushed ? `lacks ${lacking.join(', ')}` : 'is missing'} after the push`);
        }
        return pushed.digest;
    }), runner/* info */.pq);
    if (inputs.mode === 'platform') {
        const dir = digestsDir(inputs, site);
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, digest.replace(/^sha256:/, '')), `${platform}\n`);
        runner/* info */.pq(`Wrote ${platform} ${digest} to ${dir} for the merge job.`);
        return { refs: [], digest, platforms: [platform] };
    }
    // buildx pushed exactly these platforms in one manifest list (the tests read it back from the registry).
    return { refs: plan.imageRefs, digest, platforms: inputs.platforms };
}
/** A pull request's images: every platform built, the result kept in the build cache only. */
async function verifyBuild(engine, inputs, build, perPlatform) {
    const rounds = perPlatform ? inputs.platforms.map(p => [p]) : [inputs.platforms];
    for (const platforms of rounds) {
        const title = `Build ${platforms.join(', ')} (nothing is pushed)`;
        await (0,retry/* withRetries */.LH)(title, () => runner/* group */.Os(title, () => buildOnce(engine, { ...build, platforms }, inputs.registry)), runner/* info */.pq);
    }
    return { refs: [], digest: '', platforms: inputs.platforms };
}
/**
 * One build per platform with the docker driver, each under a staging tag, then one manifest list
 * from them (what mode merge does across jobs), then the staging tags go where the registry allows it.
 */
async function pushEachPlatform(engine, registry, plan, inputs, build) {
    const sources = [];
    const staging = [];
    for (const platform of inputs.platforms) {
        const ref = (0,docker_tags/* stagingTag */.al)(plan.imageRefs[0], platform);
        const title = `Build ${platform} and push it as ${ref}`;
        const digest = await (0,retry/* withRetries */.LH)(title, () => runner/* group */.Os(title, async () => {
            await buildOnce(engine, { ...build, platforms: [platform], tags: [ref] }, inputs.registry);
            const pushed = await registry.manifest(ref.slice(plan.image.length + 1));
            if (!pushed)
                throw new DockerError(`The registry has no ${ref} after the push`);
            return pushed.digest;
        }), runner/* info */.pq);
        sources.push(`${plan.image}@${digest}`);
        staging.push(ref);
    }
    await joinPlatforms(engine, plan, inputs, sources, build.annotations ?? {});
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
        throw new DockerError(`The registry has no ${plan.imageRefs[0]} after the merge.`);
    return { refs: plan.imageRefs, digest: pushed.digest, platforms: pushed.platforms };
}

// EXTERNAL MODULE: ./src/plan/dist-attestations.ts
var dist_attestations = __webpack_require__(2491);
;// CONCATENATED MODULE: ./src/steps/signing.ts
// What the two attestation steps share: the job's OIDC identity for Sigstore (an error naming id-token: write
// where the job has none), and the signer (src/outside/sigstore.ts, loaded only when something is signed; a
// fake in unit tests).


/** The job's OIDC token for the audience `sigstore`; `published` says what stands when it cannot be had. */
async function sigstoreIdentity(input, timeoutMs, published) {
    return runner/* getIDToken */.V9('sigstore', timeoutMs).catch((error) => {
        throw new retry/* PermanentError */.Dr(`${input}: the job's OIDC token for Sigstore cannot be had (${error.message}): give the job permissions: id-token: write, or set ${input}: false. ${published}`);
    });
}
/** The signer a step was given, or Sigstore's. */
async function signer(given) {
    return given ?? (await Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(241)]).then(__webpack_require__.bind(__webpack_require__, 4241))).signStatements;
}

;// CONCATENATED MODULE: ./src/steps/attest-dists.ts
// PEP 740 attestations, made right before the upload: for each file that goes up (never one the index already
// holds), a statement of its name and digest signed with Sigstore for the job's OIDC identity, written beside
// it as <file>.publish.attestation for twine --attestations.






/** Sign `files` where attest-dists says so; the attestations written, or none (with a notice or warning saying why). */
async function attestDists(files, signing) {
    const decision = (0,dist_attestations/* attestDecision */.a5)(signing.request);
    if (!decision.sign) {
        if (signing.request.mode !== 'false')
            runner/* notice */.lm(`No attestations for the dists: ${decision.why}.`);
        return [];
    }
    const twine = await signing.twineVersion();
    const old = !twine || (0,pep440/* compareVersions */.Zy)(twine, '5.1') < 0;
    const found = twine ? `twine ${twine}` : 'none';
    // auto never stops a release that uploaded before: an older twine uploads without attestations, with a warning.
    if (old && signing.request.mode === 'auto') {
        runner/* warning */.$e(`No attestations for the dists: uploading them needs twine 5.1 or later, and this interpreter has ${found}. Upgrade twine to have PyPI show the files as verified.`);
        return [];
    }
    if (old)
        throw new IndexError(`attest-dists: uploading attestations needs twine 5.1 or later, and this interpreter has ${found}. Upgrade twine, or set attest-dists: false. Nothing was signed or uploaded.`);
    const identityToken = await sigstoreIdentity('attest-dists', signing.timeoutMs, 'Nothing was uploaded.');
    const reusable = (0,dist_attestations/* reusableWorkflow */.ho)((0,dist_attestations/* tokenClaims */.f)(identityToken));
    if (reusable) {
        runner/* warning */.$e(`No attestations for the dists: ${reusable}. The files are uploaded without them.`);
        return [];
    }
    const sign = await signer(signing.sign);
    const bundles = await sign(files.map(f => (0,dist_attestations/* distStatement */.Uy)(f.name, f.sha256)), { identityToken, timeoutMs: signing.timeoutMs }).catch((error) => {
        throw new IndexError(`Signing the dists with Sigstore failed (${error.message}). Nothing was uploaded.`);
    });
    return files.map((f, i) => {
        const path = `${f.path}.publish.attestation`;
        (0,external_node_fs_.writeFileSync)(path, JSON.stringify((0,dist_attestations/* pep740 */.ZD)(bundles[i])));
        const logIndex = (0,dist_attestations/* logIndexOf */.Or)(bundles[i]);
        runner/* info */.pq(`Signed ${f.name}: transparency log entry ${logIndex}.`);
        return { file: f.name, path, logIndex };
    });
}

;// CONCATENATED MODULE: ./src/steps/index-upload.ts
// The package index step: which files go up (a re-run completes a half-finished
// upload; another build's files under the same dev version are left alone),
// twine with bounded retries, and an error that says what is on the index and
// what is not, in the index's own words.








/** The built files with their digests, the wheel first: a wheel rebuilds byte for byte, so it proves whose a half upload is. */
function distFiles(paths) {
    return paths
        .map(path => ({
        path,
        name: (0,external_node_path_.basename)(path),
        sha256: (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(path)).digest('hex')
    }))
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
        // File names carry the normalized version (normalize = false keeps it as written everywhere else).
        const sameVersion = [...index.keys()].filter(name => fileVersion(name) === (0,pep440/* normalizeVersion */.Qj)(version));
        const wheel = ours.find(f => f.name.endsWith('.whl'));
        const ourBuild = wheel !== undefined && index.get(wheel.name)?.sha256 === wheel.sha256;
        if (sameVersion.length && !ourBuild) {
            return {
                kind: 'taken',
                why: `${version} is another build's (its files on the index: ${sameVersion.join(', ')}): another branch or commit reached this .dev number first`
            };
        }
    }
    return { kind: 'upload', todo, present };
}
/** Upload what the decision says, retrying transient faults with only what has not arrived. */
async function uploadToIndex(type, version, ours, index, step) {
    const decision = decideUploads(type, version, ours, index);
    if (decision.kind === 'taken') {
        runner/* warning */.$e(`${decision.why}. Nothing is uploaded, and pip install --pre "==${version}" gets that build, not this one; the image holds this commit's build. Set dev-number: commit-time to give every commit a version of its own.`);
        return ours.map(f => ({ file: f.name, result: 'skipped', why: decision.why }));
    }
    const uploads = decision.present.map(f => ({
        file: f.name,
        result: 'skipped',
        why: 'already on the index (a re-run)'
    }));
    if (!decision.todo.length) {
        runner/* notice */.lm(`${version} is already on the index with all its files: this is a re-run, nothing to upload.`);
        return uploads;
    }
    if (decision.present.length) {
        runner/* notice */.lm(`${decision.present.map(f => f.name).join(', ')} of this build ${decision.present.length === 1 ? 'is' : 'are'} already on the index: uploading the rest.`);
    }
    const token = step.token || (await mintToken(step.urls, step.requestTimeoutMs));
    // Signed right before the upload, and only what goes up: a file the index holds is never signed again.
    const attested = step.signing ? await attestDists(decision.todo, step.signing) : [];
    let arrived = index;
    try {
        await (0,retry/* withRetries */.LH)(`Uploading to ${step.urls.upload}`, async () => {
            const missing = decision.todo.filter(f => !arrived.has(f.name));
            if (!missing.length)
                return;
            const result = await runner/* group */.Os(`Upload ${missing.map(f => f.name).join(', ')} to ${step.urls.upload}`, async () => {
                const done = await upload(step.python, step.urls, missing.map(f => f.path), token, step.timeoutMs, attested.filter(a => missing.some(f => f.name === a.file)).map(a => a.path));
                // The runner masks the token too; an index that echoes it must not put it in the log through us.
                runner/* info */.pq(filterSecret(done.stdout + done.stderr, token));
                return done;
            });
            if (result.code === 0)
                return;
            const failure = readTwineFailure(filterSecret(`${result.stdout}\n${result.stderr}`, token));
            if (failure.auth) {
                throw new retry/* PermanentError */.Dr(`The index ${step.urls.upload} refused the credentials (${failure.reason}): check pypi-token, or the trusted publisher.`);
            }
            // After a failed attempt, see what arrived before trying again (or giving up).
            arrived = await step.read().catch(() => arrived);
            if (closedRelease(failure.reason))
                throw new retry/* PermanentError */.Dr(closedReleaseMessage(step.urls.upload, version, failure.reason, missing, arrived));
            if (!failure.transient)
                throw new retry/* PermanentError */.Dr(`The index ${step.urls.upload} rejected the upload: ${failure.reason}.`);
            throw new IndexError(`Uploading to ${step.urls.upload} failed: ${failure.reason}.`);
        }, runner/* info */.pq);
    }
    catch (error) {
        const there = decision.todo.filter(f => arrived.has(f.name)).map(f => f.name);
        throw new UploadError(`${error.message} ${whatIsWhere(decision.todo, arrived)}`, there);
    }
    for (const file of decision.todo) {
        const logIndex = attested.find(a => a.file === file.name)?.logIndex;
        uploads.push({ file: file.name, result: 'uploaded', ...(logIndex === undefined ? {} : { logIndex }) });
    }
    return uploads;
}
/** PyPI's rule since July 2026 (warehouse#19727): a release takes no new files once it is 14 days old. */
function closedRelease(reason) {
    return /new files to releases older than \d+ days/i.test(reason);
}
function closedReleaseMessage(url, version, reason, missing, index) {
    const held = [...index.keys()].filter(name => fileVersion(name) === (0,pep440/* normalizeVersion */.Qj)(version));
    return (`The index ${url} takes no new files for ${version}: ${reason} (PyPI's rule since July 2026: a release is closed 14 days after its first file, and a file can never be added to it or replaced). ` +
        `It holds ${held.length ? held.join(', ') : 'no file of it that this build made'}; ${missing.map(f => f.name).join(', ')} cannot be added. ` +
        'Publish a new version for them (a post-release tag, or the next version).');
}
/** A failed upload, with the files of this build that the index has all the same (they are published). */
class UploadError extends IndexError {
    uploaded;
    constructor(message, uploaded) {
        super(message);
        this.uploaded = uploaded;
        this.name = 'UploadError';
    }
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

;// CONCATENATED MODULE: ./src/steps/index-review.ts
// Before anything is published: what the package index already holds of this project, the plan held against it
// (a version another build took, a release below one already there), and on a re-run the very files it holds,
// so that the image gets the bytes pip will install (an sdist never rebuilds byte for byte).








/** The cause of a failed fetch ("fetch failed" alone says nothing). */
function failureReason(error) {
    const e = error;
    return [e.message, e.cause?.code ?? e.cause?.message].filter(Boolean).join(': ');
}
function readIndex(index, urls, name, inputs) {
    return (0,retry/* withRetries */.LH)(`Reading ${urls.simple}`, () => index.files(urls, name, inputs.timeouts.request), runner/* info */.pq);
}
/** The index read and the plan held against it; an error (nothing published yet) where the plan cannot go on. */
async function reviewIndex(plan, inputs, name, tagVersions, index) {
    const urls = indexUrls((0,plan_inputs/* indexFor */.C9)(plan.type, inputs).url);
    const present = await readIndex(index, urls, name, inputs).catch(error => {
        throw new IndexError(`The index's page at ${urls.simple} cannot be read (${failureReason(error)}). Nothing was published: the index is read before anything is pushed.`);
    });
    const onIndex = [...present.keys()].map(fileVersion).filter((v) => !!v);
    const review = (0,latest/* reviewAgainstIndex */.uE)(plan, inputs.versionChecks, onIndex, await tagVersions());
    for (const warning of review.warnings)
        runner/* warning */.$e(warning);
    if (review.errors.length)
        throw new IndexError(review.errors.join(' '));
    return { urls, present, plan: review.plan };
}
/**
 * Where the index already holds every file of this build (a re-run of a release, or of this very dev build: its
 * wheel is byte-identical), those files, downloaded; otherwise undefined.
 */
async function heldByIndex(plan, files, present, temp, inputs, index) {
    const ours = distFiles(files);
    if (!ours.every(f => present.has(f.name)))
        return undefined;
    const wheel = ours.find(f => f.name.endsWith('.whl'));
    if (plan.type === 'dev' && present.get(wheel?.name ?? '')?.sha256 !== wheel?.sha256)
        return undefined;
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(temp, 'dev-release-held-'));
    const held = ours.map(f => (0,external_node_path_.join)(dir, f.name));
    await (0,retry/* withRetries */.LH)('Downloading the files the index holds', () => Promise.all(ours.map((f, i) => index.download(present.get(f.name), f.name, held[i], inputs.timeouts.request))), runner/* info */.pq);
    runner/* info */.pq(`The index already holds ${ours.map(f => f.name).join(', ')}: the image gets exactly those files.`);
    return held;
}

;// CONCATENATED MODULE: ./src/steps/image.ts
// The image step: open the engine with a DOCKER_CONFIG of the run's own, make sure buildx is there, log in to
// every registry the image goes to, then push each image of the images input (src/steps/image-push.ts) and copy
// it under its other names. Also what `latest` needs to know first: the versions the registry's tags name.










/** The versions the image's tags name; none, with a warning, when the registry cannot be read. */
async function registryVersions(inputs, outside) {
    const registry = outside.registry(inputs.image, (0,plan_image/* imageCredentials */.AV)(inputs), inputs.timeouts.request);
    try {
        const tags = await (0,retry/* withRetries */.LH)(`Reading the tags of ${inputs.image}`, () => registry.tags(), runner/* info */.pq);
        return tags.map(pep440/* normalizeVersion */.Qj).filter((v) => v !== undefined);
    }
    catch (error) {
        runner/* warning */.$e(`Could not read the tags of ${inputs.image} (${failureReason(error)}); latest follows this clone's tags only.`);
        return [];
    }
}
/** Every registry the image goes to, with the credentials given for it (empty where none were). */
function registryLogins(inputs) {
    const logins = [
        { registry: inputs.registry, username: inputs.registryUsername, password: inputs.registryPassword }
    ];
    const names = [
        ...inputs.mirrors,
        ...inputs.moreImages.flatMap(i => [{ name: i.image, registry: i.registry }, ...i.mirrors])
    ];
    for (const { registry } of names) {
        if (logins.some(l => l.registry === registry))
            continue;
        logins.push(inputs.registryLogins.find(l => l.registry === registry) ?? { registry, username: '', password: '' });
    }
    return logins;
}
/** The credentials given for `host` (an image's registry), where both a user and a password were. */
function credentialsFor(inputs, host) {
    return registryLogins(inputs).find(l => l.registry === host && l.username && l.password);
}
async function pushImages(plan, inputs, site, outside) {
    const logins = plan.type === 'verify' ? [] : registryLogins(inputs).filter(l => l.username && l.password);
    const engine = await outside.openEngine(site.temp, logins.map(l => l.registry), inputs.timeouts);
    (0,leftovers/* remember */.kY)('docker-config', engine.configDir);
    try {
        // One buildx start tells both that buildx is there and what the current builder is.
        let current = await engine.inspectBuilder();
        if (!current) {
            runner/* info */.pq('docker buildx is missing: installing a pinned release.');
            await engine.installBuildx();
            current = await engine.inspectBuilder();
            if (!current)
                throw new DockerError('docker buildx is still missing after installing it.');
        }
        // Which buildx builds: the first thing to know when a build behaves differently elsewhere.
        runner/* info */.pq(`${await engine.buildxVersion()}, builder ${current.name} (${current.driver} driver)`);
        if (plan.type !== 'verify') {
            if (!inputs.registryUsername || !inputs.registryPassword) {
                runner/* notice */.lm(`No registry credentials given: pushing to ${inputs.registry} with the runner's own docker login, if any.`);
            }
            for (const l of logins)
                await login(engine, l);
        }
        // Each image of the step in turn, from the same staged package: the first is the step's image.
        const images = [];
        for (const spec of [undefined, ...inputs.moreImages]) {
            // Each image is read back from its own registry with that registry's login, never the first image's.
            const own = spec && logins.find(l => l.registry === spec.registry);
            const i = spec
                ? {
                    ...inputs,
                    ...spec,
                    moreImages: [],
                    registryUsername: own?.username ?? '',
                    registryPassword: own?.password ?? ''
                }
                : inputs;
            const p = spec
                ? {
                    ...plan,
                    image: spec.image,
                    mirrors: spec.mirrors.map(m => m.name),
                    imageRefs: plan.imageRefs.map(t => `${spec.image}${t.slice(plan.image.length)}`)
                }
                : plan;
            const pushed = await pushFirstName(engine, current, p, i, site, outside);
            const copies = p.type === 'verify' || i.mode === 'platform' || !i.mirrors.length
                ? []
                : await copyToMirrors(engine, p, i, pushed);
            images.push({ ...pushed, refs: [...pushed.refs, ...copies] });
        }
        return { ...images[0], more: images.slice(1) };
    }
    finally {
        engine.dispose();
        (0,leftovers/* forget */.y6)('docker-config', engine.configDir);
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
        throw new DockerError(`Logging in to ${registry} failed: ${why}`);
    }, runner/* info */.pq);
}
/**
 * The same manifest list under the image's other names (one build): every tag under each. A name whose
 * registry has a login line with an empty password (a fork's run) is skipped with a notice.
 */
async function copyToMirrors(engine, plan, inputs, pushed) {
    const copied = [];
    const logins = registryLogins(inputs);
    for (const mirror of inputs.mirrors) {
        const login = logins.find(l => l.registry === mirror.registry);
        const listed = mirror.registry === inputs.registry || inputs.registryLogins.some(l => l.registry === mirror.registry);
        if (listed && login && !(login.username && login.password)) {
            runner/* notice */.lm(`${mirror.name}: no credentials for ${mirror.registry} in this run (a fork has no secrets), so this name is skipped.`);
            continue;
        }
        const refs = pushed.refs.map(ref => `${mirror.name}${ref.slice(plan.image.length)}`);
        const source = `${plan.image}@${pushed.digest}`;
        await createList(engine, mirror.registry, refs, [source], {}, `Copy ${source} to ${refs.join(', ')}`);
        copied.push(...refs);
    }
    return copied;
}

;// CONCATENATED MODULE: ./src/steps/outcome.ts
function emptyOutcome() {
    return { completed: [], dists: [], staged: [], digest: '', uploads: [] };
}

;// CONCATENATED MODULE: ./src/plan/image-attestation.ts
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
                    }
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
    const { registry, path } = (0,plan_image/* splitRegistry */.K0)(image);
    if (registry !== 'docker.io')
        return image;
    return `index.docker.io/${path.length > 1 ? path.join('/') : `library/${path[0]}`}`;
}

;// CONCATENATED MODULE: ./src/steps/attest-image.ts
// The image's provenance, once the manifest list is pushed and before anything goes to the package index: an
// SLSA provenance statement for its digest, signed with Sigstore for the job's OIDC identity and stored through
// GitHub's attestations API, where `gh attestation verify oci://IMAGE` finds it. A failure stops the release
// before the upload; a re-run pushes the same list again and attests it again.







async function attestImage(image, digest, signing) {
    const identityToken = await sigstoreIdentity('attest-image', signing.timeoutMs, 'The image is pushed; nothing was uploaded to the index.');
    const claims = (0,dist_attestations/* tokenClaims */.f)(identityToken);
    // A private (or internal) repository's provenance goes to GitHub's own Sigstore, never to a public log.
    const instance = claims.repository_visibility === 'public' ? 'public-good' : 'github';
    const statement = provenanceStatement({ name: subjectName(image), digest }, claims, signing.build, process.env.GITHUB_SERVER_URL || 'https://github.com');
    const sign = await signer(signing.sign);
    const [bundle] = await sign([statement], { identityToken, timeoutMs: signing.timeoutMs, instance }).catch((error) => {
        throw new IndexError(`Signing the image's provenance with Sigstore failed (${error.message}). Nothing was uploaded to the index.`);
    });
    const store = signing.store ??
        ((b) => (0,github/* storeAttestation */.m)((0,github.github)(signing.githubToken, signing.timeoutMs), signing.repository, b));
    const id = await store(bundle).catch((error) => {
        const status = (0,github.githubStatus)(error);
        // A rate limit is a 403 too: it needs a later re-run, not a permission.
        const why = (0,github/* rateLimited */.x)(error)
            ? ": GitHub's rate limit did not lift within the waits this run allows; run the job again later"
            : status === 403 || status === 404
                ? ': the job needs permissions: attestations: write'
                : '';
        throw new retry/* PermanentError */.Dr(`GitHub's attestations API refused the image's provenance (${error.message})${why}. The image is pushed; nothing was uploaded to the index.`);
    });
    let referrer = '';
    if (signing.attach) {
        const attached = await signing
            .attach(image, digest, {
            artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
            data: Buffer.from(JSON.stringify(bundle)),
            annotations: {
                'dev.sigstore.bundle.content': 'dsse-envelope',
                'dev.sigstore.bundle.predicateType': SLSA_PROVENANCE
            }
        })
            .catch((error) => {
            throw new retry/* PermanentError */.Dr(`Attaching the image's provenance to ${image} failed (${error.message}); it is stored with GitHub (attestation ${id}). The image is pushed; nothing was uploaded to the index.`);
        });
        referrer = `, in the registry as ${attached.digest} (listed by ${attached.listedBy})`;
    }
    const logIndex = (0,dist_attestations/* logIndexOf */.Or)(bundle);
    const where = instance === 'github' ? "GitHub's Sigstore (a private repository's)" : `transparency log entry ${logIndex}`;
    runner/* info */.pq(`Attested ${subjectName(image)}@${digest}: GitHub attestation ${id}, ${where}${referrer}.`);
    return { image: subjectName(image), digest, id, logIndex, where: where + referrer };
}

// EXTERNAL MODULE: ./src/outside/project-files.ts
var project_files = __webpack_require__(9856);
;// CONCATENATED MODULE: ./src/outside/stage.ts
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

// EXTERNAL MODULE: ./src/versions/pyproject.ts
var pyproject = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/steps/python-build.ts
// The Python build and the staging of its files into the Docker context: the package is built at the plan's
// version from the commit's own time, every file's metadata checked to carry that version, then copied into
// each pkg directory (earlier builds' files removed) for the Dockerfile to install from /pkg/.










async function buildPython(plan, inputs, site) {
    // One chunk with preflight, which loads it on demand too (a static import here would bundle it twice).
    const { Python, PythonError } = await __webpack_require__.e(/* import() */ 537).then(__webpack_require__.bind(__webpack_require__, 2537));
    const python = new Python(inputs.python); // preflight checked that it runs
    const project = (0,project_files/* findProject */.t1)((0,external_node_path_.resolve)(site.workspace, inputs.pythonProject));
    if (!project)
        throw new PythonError(`No pyproject.toml or setup.py in "${inputs.pythonProject}".`);
    const tools = await python.withTools(site.temp, runner/* info */.pq, inputs.timeouts.build);
    const outDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(site.temp, 'dev-release-dist-'));
    const files = await runner/* group */.Os(`Build the Python package at ${plan.version}`, () => tools.build(project, plan.version, outDir, inputs.pythonBuildArgs, plan.commitEpoch, inputs.timeouts.build));
    const metadata = await tools.readMetadata(files);
    const wrong = metadata.filter(m => (0,pep440/* normalizeVersion */.Qj)(m.version) !== (0,pep440/* normalizeVersion */.Qj)(plan.version));
    if (wrong.length) {
        const names = wrong.map(m => `${(0,external_node_path_.basename)(m.file)} (${m.version})`).join(', ');
        throw new PythonError(`The build carries another version than this release (${plan.version}): ${names}. ` +
            `The package must take its version from git: ${site.project ? (0,pyproject/* versionAdvice */.bC)(site.project) : 'use setuptools_scm (dynamic = ["version"]).'}`);
    }
    runner/* info */.pq(`Built ${files.map(f => (0,external_node_path_.basename)(f)).join(', ')}.`);
    return { python: tools, files, name: metadata[0].name };
}
/** Copy the files into every pkg directory; returns the staged paths (remembered for the post step first). */
async function stageBuilt(files, plan, inputs, site) {
    const dirs = inputs.pkgDirs.map(d => (0,external_node_path_.resolve)(site.workspace, d));
    const tracked = await new git/* Git */.T(site.workspace, inputs.timeouts.request).trackedFiles(dirs);
    const staged = dirs.flatMap(dir => files.map(file => (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(file))));
    for (const file of staged)
        (0,leftovers/* remember */.kY)('staged', file);
    const removed = stageDists(dirs, files, plan.commitEpoch, tracked);
    runner/* info */.pq(`Staged ${files.map(f => (0,external_node_path_.basename)(f)).join(', ')} into ${inputs.pkgDirs.join(', ')}${removed.length ? ` (removed ${(0,words/* plural */.LS)(removed.length, 'earlier file')})` : ''}.`);
    return staged;
}

;// CONCATENATED MODULE: ./src/steps/executor.ts
// Carries out a plan, step by step: Python build, the index read, staging, the image, the index upload; or a
// deleted branch's cleanup. The index comes last: image tags can be pushed again by a re-run, uploaded files
// cannot. A failure before it leaves only what a re-run overwrites: the image tags already pushed (`latest`
// among them, for a release). Each step is a module of its own; what they touch outside comes in `outside`.


















/**
 * Carry out the plan. `outcome` is filled in as the steps finish, so that a failure can still report what was
 * done. Returns the plan as carried out (the index can hold `latest` back).
 */
async function execute(plan, inputs, site, outcome = emptyOutcome(), outside = realOutside) {
    const step = async (id, body) => {
        outcome.current = id;
        const result = await body();
        outcome.completed.push(id);
        outcome.current = undefined;
        return result;
    };
    if (plan.type === 'cleanup') {
        outcome.removed = await step('cleanup', () => removeBranchImages((0,plan_plan/* allRefs */.w)(plan), {
            credentials: host => credentialsFor(inputs, host),
            github: { token: inputs.githubToken || inputs.registryPassword },
            // Docker Hub's API lives beside its registry; the variable points tests at a stand-in.
            dockerHub: process.env.DEV_RELEASE_DOCKER_HUB_API || 'https://hub.docker.com',
            ghcrRegistry: process.env.DEV_RELEASE_GHCR_REGISTRY || 'https://ghcr.io',
            timeoutMs: inputs.timeouts.request,
            registry: (image, credentials) => outside.registry(image, credentials, inputs.timeouts.request)
        }));
        return plan;
    }
    // The commit's time stamps everything built from it (SOURCE_DATE_EPOCH, created): a re-run builds the same bytes.
    if (plan.commitEpoch === undefined)
        plan = { ...plan, commitEpoch: (await new git/* Git */.T(site.workspace, inputs.timeouts.request).commit(plan.sha))?.epoch };
    const runs = (id) => plan.steps.some(s => s.id === id && !s.skippedBecause);
    let built;
    if (runs('python-build')) {
        built = await step('python-build', () => buildPython(plan, inputs, site));
        outcome.dists = built.files.map(f => (0,external_node_path_.basename)(f));
        outcome.distName = built.name;
    }
    else {
        const why = plan.steps.find(s => s.id === 'python-build')?.skippedBecause;
        if (why)
            runner/* notice */.lm(`No Python build: ${why}.`);
    }
    // Before anything is published: where the version stands on the index.
    let review;
    if (built && runs('pypi')) {
        review = await reviewIndex(plan, inputs, built.name, site.tagVersions, outside.index);
        plan = review.plan;
    }
    if (built && runs('stage')) {
        // A re-run: the image gets exactly the bytes the index already holds.
        const held = review && (await heldByIndex(plan, built.files, review.present, site.temp, inputs, outside.index));
        const files = held ?? built.files;
        outcome.staged = await step('stage', () => stageBuilt(files, plan, inputs, site));
    }
    if (runs('docker') && plan.imageRefs.some(t => t.endsWith(':latest'))) {
        // The registry may know a higher release than this clone does (two tags pushed close together).
        plan = (0,latest/* holdLatest */.Z5)(plan, await registryVersions(inputs, outside), `the registry (${inputs.image})`);
    }
    if (runs('docker')) {
        outcome.image = await step('docker', async () => {
            const pushed = await pushImages(plan, inputs, site, outside);
            // The provenance goes with the pushed list: before the index, whose files cannot be taken back.
            if (inputs.attestImage !== 'false' && plan.type !== 'verify' && inputs.mode !== 'platform') {
                outcome.imageAttestations = [];
                for (const image of [
                    { ...pushed, name: plan.image },
                    ...pushed.more.map((m, i) => ({ ...m, name: inputs.moreImages[i].image }))
                ])
                    outcome.imageAttestations.push(await attestImage(image.name, image.digest, imageSigning(inputs, site, outside)));
            }
            return pushed;
        });
        outcome.digest = outcome.image.digest;
    }
    if (built && review) {
        const { urls, present } = review;
        const name = built.name;
        const tools = built.python;
        const python = tools.interpreter;
        const files = distFiles(built.files);
        const { token } = (0,plan_inputs/* indexFor */.C9)(plan.type, inputs);
        outcome.indexPage = urls.page(name, (0,pep440/* normalizeVersion */.Qj)(plan.version) ?? plan.version);
        outcome.indexSimple = urls.simple;
        outcome.uploads = await step('pypi', () => uploadToIndex(plan.type, plan.version, files, present, {
            urls,
            python,
            token,
            timeoutMs: inputs.timeouts.upload,
            requestTimeoutMs: inputs.timeouts.request,
            read: () => readIndex(outside.index, urls, name, inputs),
            signing: {
                request: {
                    mode: inputs.attestDists,
                    type: plan.type,
                    uploadUrl: urls.upload,
                    token: !!token
                },
                timeoutMs: inputs.timeouts.request,
                twineVersion: () => tools.twineVersion()
            }
        }).catch((error) => {
            // What arrived before the failure is published: the outputs and the summary say so.
            if (error instanceof UploadError)
                outcome.uploads = error.uploaded.map(file => ({ file, result: 'uploaded' }));
            throw error;
        }));
    }
    else if (built) {
        const why = plan.steps.find(s => s.id === 'pypi')?.skippedBecause;
        outcome.uploads = built.files.map(f => ({ file: (0,external_node_path_.basename)(f), result: 'skipped', why }));
    }
    return plan;
}
/** A dry run's view of how the image would be pushed (the engine asked, read only; nothing started). */
async function previewPush(plan, inputs, temp, outside = realOutside) {
    const engine = await outside.openEngine(temp, [], inputs.timeouts);
    try {
        return await previewImagePush(plan, inputs, engine);
    }
    finally {
        engine.dispose();
    }
}
/** What the image's provenance is signed and stored with: the build's inputs, the token for GitHub's API. */
function imageSigning(inputs, site, outside) {
    const credentials = (image) => credentialsFor(inputs, (0,plan_image/* splitRegistry */.K0)(image).registry);
    return {
        attach: inputs.attestImage === 'registry' ? outside.referrers(credentials, inputs.timeouts.request) : undefined,
        repository: site.repository,
        githubToken: inputs.githubToken,
        timeoutMs: inputs.timeouts.request,
        build: {
            platforms: inputs.platforms,
            dockerfile: inputs.dockerfile,
            context: inputs.context,
            target: inputs.target,
            buildArgNames: inputs.buildArgs.map(arg => arg.split('=')[0])
        }
    };
}


/***/ })

};

//# sourceMappingURL=952.index.js.map