export const id = 279;
export const ids = [279,716];
export const modules = {

/***/ 26279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GhcrPackage: () => (/* binding */ GhcrPackage)
/* harmony export */ });
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85716);
/* harmony import */ var _plan_image_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32915);
/* harmony import */ var _package_api_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58733);
// ghcr.io's container packages, through GitHub's packages API: one package's versions, read to the last page, and
// a version deleted. An organization's package or a user's: the first listing finds which, later calls ask there.




class GhcrPackage {
    /** Whose the package is, once a listing found it: later listings and deletions ask there alone. */
    scope;
    api;
    /** `image` is ghcr.io/OWNER/NAME…; the token needs read (and, to delete, admin) access to the package. */
    constructor(image, token, timeoutMs) {
        const { owner, name } = (0,_plan_image_names_js__WEBPACK_IMPORTED_MODULE_2__/* .ghcrPackageOf */ .Ww)(image);
        this.owner = owner;
        this.name = name;
        this.api = (0,_github_js__WEBPACK_IMPORTED_MODULE_0__.github)(token, timeoutMs);
    }
    owner;
    name;
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
                const status = (0,_github_js__WEBPACK_IMPORTED_MODULE_0__.githubStatus)(error);
                if (status !== 404)
                    throw new _package_api_error_js__WEBPACK_IMPORTED_MODULE_1__/* .PackageApiError */ .f(error.message, status, (0,_github_js__WEBPACK_IMPORTED_MODULE_0__.rateLimited)(error));
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
            const status = (0,_github_js__WEBPACK_IMPORTED_MODULE_0__.githubStatus)(error);
            if (status === undefined)
                throw error;
            return status;
        }
    }
}


/***/ }),

/***/ 85716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attestationBundles: () => (/* binding */ attestationBundles),
/* harmony export */   branchNames: () => (/* binding */ branchNames),
/* harmony export */   github: () => (/* binding */ github),
/* harmony export */   githubStatus: () => (/* binding */ githubStatus),
/* harmony export */   rateLimited: () => (/* binding */ rateLimited),
/* harmony export */   storeAttestation: () => (/* binding */ storeAttestation)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86856);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45081);
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
/**
 * The Sigstore bundles GitHub stores for a subject digest in the repository, every page (none: GitHub answers
 * 404). A listing that links a bundle instead of holding it (newer API versions) counts as one without a bundle.
 */
async function attestationBundles(api, repository, digest) {
    const [owner, repo] = repository.split('/');
    const bundles = [];
    try {
        for await (const page of api.paginate.iterator('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
            owner,
            repo,
            subject_digest: digest,
            per_page: 100
        }))
            for (const item of page.data.attestations ?? [])
                bundles.push(item.bundle ?? null);
    }
    catch (error) {
        if (githubStatus(error) === 404)
            return [];
        throw error;
    }
    return bundles;
}


/***/ }),

/***/ 58733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ PackageApiError)
/* harmony export */ });
// GitHub's refusal of a package listing, in a module of its own: cleanup tells it from other failures without loading
// Octokit, which only the package API's own module (ghcr-packages.ts) needs.
/** GitHub's refusal of a listing: its status where GitHub answered, and whether it was the rate limit. */
class PackageApiError extends Error {
    status;
    rateLimited;
    constructor(message, status, rateLimited) {
        super(message);
        this.status = status;
        this.rateLimited = rateLimited;
        this.name = 'PackageApiError';
    }
}


/***/ })

};

//# sourceMappingURL=279.index.js.map