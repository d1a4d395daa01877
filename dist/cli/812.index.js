export const id = 812;
export const ids = [812,716];
export const modules = {

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

/***/ 7812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentBody: () => (/* binding */ commentBody),
/* harmony export */   commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
/* harmony export */ });
/* unused harmony export MARKER */
/* harmony import */ var _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45081);
/* harmony import */ var _outside_github_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85716);
// The one comment on a branch's open pull request that says how to try its
// development release: found again by a hidden marker and edited, never
// duplicated. Over GitHub's REST API with the workflow's token; a token that may
// not write (a fork, read-only permissions) gives a notice, never a failed release.


const MARKER = '<!-- dev-release: how to try this branch -->';
/** The comment's Markdown: every image by tag and by digest, the platforms, the pip line, the commit. */
function commentBody(p) {
    const lines = [MARKER, `### Try this branch: development release \`${p.version}\``, ''];
    for (const image of p.images) {
        const [first] = image.refs;
        if (!first)
            continue;
        const name = first.slice(0, first.lastIndexOf(':'));
        lines.push('```sh', `docker pull ${first}`, `docker pull ${name}@${image.digest}   # exactly this build`, '```');
        lines.push(`Platforms: ${image.platforms.join(', ')}`, '');
    }
    if (p.index) {
        const indexArg = p.index.isPypi ? '' : ` --index-url ${p.index.simpleUrl}`;
        lines.push('```sh', `pip install --pre${indexArg} "${p.index.name}==${p.version}"`, '```', '');
    }
    if (p.verify)
        lines.push('Check that what stands under these names is this build:', '```sh', p.verify, '```', '');
    lines.push(`Built from ${p.sha}.`);
    return lines.join('\n') + '\n';
}
/**
 * Who the token acts as. A user's token says so (`GET /user`); an installation token, GITHUB_TOKEN among them,
 * may not ask (403) and writes as `github-actions[bot]`.
 */
async function actingLogin(api) {
    try {
        return (await api.rest.users.getAuthenticated()).data.login;
    }
    catch (error) {
        if ((0,_outside_github_js__WEBPACK_IMPORTED_MODULE_1__.githubStatus)(error) === 403 || (0,_outside_github_js__WEBPACK_IMPORTED_MODULE_1__.githubStatus)(error) === 401)
            return 'github-actions[bot]';
        throw error;
    }
}
/**
 * Keep the comment on the branch's open pull request in this repository; returns what was done. Only a comment
 * the token's own identity wrote and that starts with the marker is the action's: a marker in anyone else's
 * comment is ignored (it could otherwise steer what the action edits, and keep its own words around it).
 */
async function commentOnPullRequest(branch, body, { repository, api }) {
    const [owner, repo] = repository.split('/');
    try {
        const pulls = await api.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:${branch}`, per_page: 1 });
        const [pull] = pulls.data;
        if (!pull)
            return 'no pull request';
        const me = await actingLogin(api);
        const comments = await api.paginate(api.rest.issues.listComments, {
            owner,
            repo,
            issue_number: pull.number,
            per_page: 100
        });
        const existing = comments.find(c => c.user?.login === me && c.body?.startsWith(MARKER))?.id;
        if (existing === undefined)
            await api.rest.issues.createComment({ owner, repo, issue_number: pull.number, body });
        else
            await api.rest.issues.updateComment({ owner, repo, comment_id: existing, body });
        return existing === undefined ? 'created' : 'updated';
    }
    catch (error) {
        const status = (0,_outside_github_js__WEBPACK_IMPORTED_MODULE_1__.githubStatus)(error);
        if (status === 401 || status === 403 || status === 404) {
            _outside_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`Could not comment on the pull request (${status}): the token may not write there. Give the job "permissions: pull-requests: write"; a fork's run has no such token, and the release stands without the comment.`);
            return 'not allowed';
        }
        throw error;
    }
}


/***/ })

};

//# sourceMappingURL=812.index.js.map