export const id = 836;
export const ids = [836];
export const modules = {

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


/***/ })

};

//# sourceMappingURL=836.index.js.map