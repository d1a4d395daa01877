export const id = 534;
export const ids = [534];
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


/***/ })

};

//# sourceMappingURL=534.index.js.map