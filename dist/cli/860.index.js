export const id = 860;
export const ids = [860];
export const modules = {

/***/ 1860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentBody: () => (/* binding */ commentBody),
/* harmony export */   commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
/* harmony export */ });
/* unused harmony export MARKER */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4813);
// The one comment on a branch's open pull request that says how to try its
// development release: found again by a hidden marker and edited, never
// duplicated. Over GitHub's REST API with the workflow's token; a token that may
// not write (a fork, read-only permissions) gives a notice, never a failed release.

const MARKER = '<!-- dev-release: how to try this branch -->';
/** The comment's Markdown: every image by tag and by digest, the platforms, the pip line, the commit. */
function commentBody(p) {
    const lines = [MARKER, `### Try this branch: development release \`${p.version}\``, ''];
    for (const image of p.images) {
        const [first] = image.tags;
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
    lines.push(`Built from ${p.sha}.`);
    return lines.join('\n') + '\n';
}
async function call(api, method, path, body) {
    return fetch(`${api.base}${path}`, {
        method,
        headers: { ..._runner_js__WEBPACK_IMPORTED_MODULE_0__/* .githubHeaders */ .OW(api.token), ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(30_000)
    });
}
/** Keep the comment on the branch's open pull request in this repository; returns what was done. */
async function commentOnPullRequest(branch, body, api) {
    const [owner] = api.repository.split('/');
    const pulls = await call(api, 'GET', `/repos/${api.repository}/pulls?state=open&head=${encodeURIComponent(`${owner}:${branch}`)}`);
    if (!pulls.ok)
        return denied(pulls);
    const [pull] = (await pulls.json());
    if (!pull)
        return 'no pull request';
    let existing;
    for (let page = 1; existing === undefined; page++) {
        const response = await call(api, 'GET', `/repos/${api.repository}/issues/${pull.number}/comments?per_page=100&page=${page}`);
        if (!response.ok)
            return denied(response);
        const comments = (await response.json());
        existing = comments.find(c => c.body?.startsWith(MARKER))?.id;
        if (comments.length < 100)
            break;
    }
    const response = existing === undefined
        ? await call(api, 'POST', `/repos/${api.repository}/issues/${pull.number}/comments`, { body })
        : await call(api, 'PATCH', `/repos/${api.repository}/issues/comments/${existing}`, { body });
    if (!response.ok)
        return denied(response);
    return existing === undefined ? 'created' : 'updated';
}
function denied(response) {
    if (response.status === 401 || response.status === 403 || response.status === 404) {
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`Could not comment on the pull request (${response.status}): the token may not write there. Give the job "permissions: pull-requests: write"; a fork's run has no such token, and the release stands without the comment.`);
        return 'not allowed';
    }
    throw new Error(`GitHub's API answered ${response.status}.`);
}


/***/ })

};

//# sourceMappingURL=860.index.js.map