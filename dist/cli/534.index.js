export const id = 534;
export const ids = [534,374];
export const modules = {

/***/ 72727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lv: () => (/* binding */ MiB),
/* harmony export */   p6: () => (/* binding */ MAX_BLOB),
/* harmony export */   q6: () => (/* binding */ cappedBody),
/* harmony export */   qB: () => (/* binding */ TooLargeError),
/* harmony export */   xZ: () => (/* binding */ MAX_MANIFEST)
/* harmony export */ });
// A response body read whole, up to a size: a registry or an index that sends more (a huge layer, an endless body)
// ends the read with an error naming what and how much, instead of the job's memory.
const MiB = 1024 * 1024;
/** Most a manifest may be: the OCI distribution spec has registries take 4 MiB. */
const MAX_MANIFEST = 4 * MiB;
/** Most a blob, a layer uncompressed, or an index's file may be, read into memory to be compared. */
const MAX_BLOB = 2048 * MiB;
class TooLargeError extends Error {
}
/** The body's bytes, where they are at most `max`; else an error naming `what` (a Content-Length over it, before any). */
async function cappedBody(response, max, what) {
    const tooLarge = (size) => new TooLargeError(`${what} is ${size}, more than the ${Math.round(max / MiB)} MiB it may be: it is not read.`);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > max) {
        await response.body?.cancel();
        throw tooLarge(`${Math.round(declared / MiB)} MiB`);
    }
    const chunks = [];
    let size = 0;
    if (!response.body)
        return Buffer.alloc(0);
    for await (const chunk of response.body) {
        size += chunk.length;
        if (size > max) {
            await response.body.cancel().catch(() => undefined);
            throw tooLarge(`over ${Math.round(max / MiB)} MiB`);
        }
        chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks, size);
}


/***/ }),

/***/ 16534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KY: () => (/* binding */ fileProvenance),
/* harmony export */   PE: () => (/* binding */ downloadFile),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   Se: () => (/* binding */ upload),
/* harmony export */   W$: () => (/* binding */ mintToken),
/* harmony export */   db: () => (/* binding */ IndexError),
/* harmony export */   existingFiles: () => (/* binding */ existingFiles),
/* harmony export */   fB: () => (/* binding */ fileVersion),
/* harmony export */   indexUrls: () => (/* binding */ indexUrls),
/* harmony export */   projectFilesOnce: () => (/* binding */ projectFilesOnce),
/* harmony export */   sn: () => (/* binding */ readTwineFailure)
/* harmony export */ });
/* unused harmony exports parseProjectPage, audienceProblem, twineArgs, twineEnv */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45081);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56002);
/* harmony import */ var _python_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92374);
/* harmony import */ var _capped_body_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72727);
/* harmony import */ var _versions_pep440_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42422);
/* harmony import */ var _versions_words_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(13880);
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
    return raw ? (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizeVersion */ .Qj)(raw) : undefined;
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
                provenance: absolute(f.provenance ?? undefined),
                ...(f['upload-time'] ? { uploadTime: f['upload-time'] } : {})
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
/** The project's files on the index, read on the first call and kept: one read serves every check of one run. */
function projectFilesOnce(urls, name, timeoutMs) {
    let read;
    return () => (read ??= existingFiles(urls, name, timeoutMs));
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
    // No redirect is followed: fetch would send the job's OIDC token, a POST body, on to wherever a 307 points.
    const audienceResponse = await within(`${urls.base}/_/oidc/audience`, () => fetch(`${urls.base}/_/oidc/audience`, { redirect: 'error', signal: AbortSignal.timeout(timeoutMs) })).catch(refusedRedirect(`${urls.base}/_/oidc/audience`));
    if (!audienceResponse.ok) {
        throw new IndexError(`${urls.base} does not offer trusted publishing (GET /_/oidc/audience answered ${audienceResponse.status}); pass pypi-token.`);
    }
    const { audience } = (await audienceResponse.json());
    const problem = audienceProblem(urls.base, audience);
    if (problem)
        throw new IndexError(problem);
    const oidcToken = await within("the runner's OIDC token endpoint", () => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9(audience, timeoutMs));
    const minted = await within(`${urls.base}/_/oidc/mint-token`, () => fetch(`${urls.base}/_/oidc/mint-token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token: oidcToken }),
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs)
    })).catch(refusedRedirect(`${urls.base}/_/oidc/mint-token`));
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
/** Where PyPI's own audiences may come from: a token minted for them uploads to the real PyPI or TestPyPI. */
const PYPI_AUDIENCES = { pypi: 'https://pypi.org', testpypi: 'https://test.pypi.org' };
/**
 * Why an index's audience must not be asked for: PyPI's audiences from any other host, which could replay the job's
 * token to PyPI for an upload token of the real project. Undefined where the audience is the index's own.
 */
function audienceProblem(base, audience) {
    const home = PYPI_AUDIENCES[audience];
    if (!home || new URL(base).origin === home)
        return undefined;
    return `Trusted publishing: ${base} asks for an OIDC token for the audience "${audience}", which is ${home}'s: a token for it would let that index upload to ${home} as this repository. Nothing was requested; check pypi-url, or pass pypi-token.`;
}
/** A redirect on the trusted-publishing exchange ends it: nothing is sent on. */
function refusedRedirect(url) {
    return error => {
        const cause = error.cause;
        if (error.name === 'TypeError' && /redirect/i.test(`${error.message} ${cause?.message ?? ''}`))
            throw new IndexError(`Trusted publishing: ${url} answered with a redirect, which is not followed (the job's OIDC token would go on to where it points); give the index's own upload URL as pypi-url.`);
        throw error;
    };
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
    return (0,_python_js__WEBPACK_IMPORTED_MODULE_4__.runPython)(python, twineArgs(urls, files, attestations), {
        env: twineEnv(token),
        allowFailure: true,
        timeoutMs,
        what: `Uploading ${(0,_versions_words_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(files.length, 'file')} to ${urls.upload}`
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
        : status ||
            body ||
            records.findLast(r => /^[\w.]*(Error|Exception)\b/.test(r)) ||
            records.slice(-2).join(' ') ||
            output.trim();
    const code = Number(/^\d{3}/.exec(status ?? '')?.[0]);
    return {
        status,
        reason,
        auth: code === 401 || code === 403 || /invalid or non-existent authentication|\bforbidden\b/i.test(output),
        // Without an HTTP status, only a failure on the way to the index is worth another try: a twine that cannot start
        // (an ImportError, a traceback of its own) fails the same way every time.
        transient: code ? code >= 500 : NETWORK_FAILURE.test(output)
    };
}
/** What requests and urllib3 say when the index could not be reached or stopped answering. */
const NETWORK_FAILURE = /ConnectionError|Connect(ion)?Timeout|ReadTimeout|timed out|Connection (refused|reset|aborted)|Max retries exceeded|RemoteDisconnected|ProtocolError|IncompleteRead|BrokenPipe|Temporary failure in name resolution|Name or service not known|SSLError|EOF occurred/i;
/** Download a file the index holds into `path`, checking its sha256 where the index states one. */
async function downloadFile(file, name, path, timeoutMs) {
    if (!file.url)
        throw new IndexError(`The index gives no address for ${name}.`);
    const response = await fetch(file.url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok)
        throw new IndexError(`The index answered ${response.status} for ${file.url}.`);
    const bytes = await (0,_capped_body_js__WEBPACK_IMPORTED_MODULE_5__/* .cappedBody */ .q6)(response, _capped_body_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_BLOB */ .p6, `${name} from the index`);
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(bytes).digest('hex');
    if (file.sha256 && sha256 !== file.sha256)
        throw new IndexError(`${name} from the index does not match the sha256 its page states.`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(path, bytes);
}


/***/ }),

/***/ 92374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Python: () => (/* binding */ Python),
  PythonError: () => (/* binding */ PythonError),
  TOOL_PINS: () => (/* binding */ TOOL_PINS),
  pinnedVersionEnv: () => (/* binding */ pinnedVersionEnv),
  runPython: () => (/* binding */ runPython)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/outside/exec.ts
var exec = __webpack_require__(56002);
;// CONCATENATED MODULE: ./src/plan/python-build-output.ts
// Why a Python build failed, in the build's own words: the lines that say error, wherever they stand (the last lines
// are often warnings printed after the cause), and the known causes named with their fix. Pure.
/** The most lines of error quoted: a runaway build that prints thousands is in the log already. */
const MOST_ERROR_LINES = 12;
/** The build's lines that say error, each with the indented lines that continue it (a list of missing dependencies). */
function errorLines(output) {
    const lines = output.split('\n').map(line => line.replace(/\s+$/, ''));
    const kept = [];
    for (let i = 0; i < lines.length; i++) {
        if (!/(^|\W)error\b/i.test(lines[i]) || /^\s*(warning|deprecat)/i.test(lines[i]))
            continue;
        const record = [lines[i].trim()];
        while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]) && !/(^|\W)error\b/i.test(lines[i + 1]))
            record.push(lines[++i].trim());
        const text = record.join(' ');
        if (!kept.includes(text))
            kept.push(text);
    }
    return kept.length > MOST_ERROR_LINES ? kept.slice(-MOST_ERROR_LINES) : kept;
}
/**
 * setuptools' flat-layout discovery took a folder the action stages into (docker/ for docker/pkg) for a package of
 * its own: the fix, where that is what happened.
 */
function flatLayoutAdvice(output, pkgDirs) {
    const m = /Multiple top-level (?:packages|modules) discovered in a flat-layout: \[([^\]]*)\]/.exec(output);
    if (!m)
        return undefined;
    const found = [...m[1].matchAll(/'([^']+)'/g)].map(x => x[1]);
    const staging = [...new Set(pkgDirs.map(dir => dir.replace(/^\.\//, '').split('/')[0]))].filter(top => found.includes(top));
    if (!staging.length)
        return undefined;
    const own = found.filter(name => !staging.includes(name));
    const folders = staging.map(top => `${top}/`).join(', ');
    return (`setuptools' automatic discovery takes ${folders}, which holds the Docker context the package is staged into, for a package of the project (it found ${found.join(', ')}). ` +
        `Name the project's own packages in pyproject.toml: [tool.setuptools.packages.find] include = [${(own.length ? own : ['your_package']).map(name => `"${name}*"`).join(', ')}] ` +
        `(or exclude = [${staging.map(top => `"${top}*"`).join(', ')}]), or move the project into a src/ layout.`);
}
/** A failed build's message: the error lines, the fix where the cause is known, and the last lines for context. */
function buildFailureMessage(what, code, output, pkgDirs) {
    const all = `${output.stdout}\n${output.stderr}`;
    const errors = errorLines(output.stderr).concat(errorLines(output.stdout));
    const unique = errors.filter((line, i) => errors.indexOf(line) === i);
    const last = (output.stderr.trim() || output.stdout.trim()).split('\n').slice(-4).join('\n');
    const advice = flatLayoutAdvice(all, pkgDirs);
    const parts = [`${what} failed (exit code ${code}).`];
    if (advice)
        parts.push(advice);
    if (unique.length)
        parts.push(`Its errors:\n${unique.map(line => `  ${line}`).join('\n')}`);
    parts.push(`It ended with:\n${last}`);
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/outside/python.ts
// Everything that runs Python: the tools, building at a
// pinned version and reading back the versions of the built files.





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
let emptyDir;
/**
 * Python run for the action's own tools (build, twine, pip, the scripts here), never from the checkout: `python -m`
 * and `-c` put the working directory first on sys.path, so a flat-layout project named like a module the tool imports
 * (keyring, packaging, rich, requests) would stand in for it. They run in an empty directory of the action's own
 * (0700), with every path absolute; the build backend still runs in the project, as PEP 517 says.
 */
function runPython(interpreter, args, options = {}) {
    emptyDir ??= (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'dev-release-python-'));
    const program = interpreter.includes('/') && !(0,external_node_path_.isAbsolute)(interpreter) ? (0,external_node_path_.resolve)(interpreter) : interpreter;
    return (0,exec/* run */.eF)(program, args, { ...options, cwd: emptyDir });
}
/** The tools a release needs from the interpreter. */
const TOOLS = ['build', 'twine'];
/**
 * The versions installed where the interpreter lacks them (pinned: a new release changes nothing until the action
 * does). An interpreter that has them keeps its own: give `python` one with the versions wanted.
 */
const TOOL_PINS = ['build==1.6.1', 'twine==7.0.0'];
/** One interpreter start per interpreter and run: whether it runs, and which tools it lacks. */
const probes = new Map();
class Python {
    interpreter;
    /** The metadata of the files this interpreter built, read as the build finished. */
    read = new Map();
    constructor(interpreter) {
        this.interpreter = interpreter;
    }
    probe() {
        let probe = probes.get(this.interpreter);
        if (!probe) {
            const code = `import importlib.util, sys; print(" ".join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))`;
            probe = runPython(this.interpreter, ['-c', code, ...TOOLS], { allowFailure: true }).then(r => ({ runs: r.code === 0, missing: r.stdout.split(/\s+/).filter(Boolean) }), () => ({ runs: false, missing: TOOLS }));
            probes.set(this.interpreter, probe);
        }
        return probe;
    }
    /** The interpreter runs (the same start also finds which tools it lacks). */
    async exists() {
        return (await this.probe()).runs;
    }
    /**
     * An interpreter that has `build` and `twine`: this one, or a virtual
     * environment under `tempDir` with them installed (never the system Python).
     */
    async withTools(tempDir, log, timeoutMs) {
        const { missing } = await this.probe();
        if (!missing.length)
            return this;
        const venv = (0,external_node_path_.join)(tempDir, 'dev-release-venv');
        log(`${this.interpreter} lacks ${missing.join(' and ')}: installing them into a virtual environment at ${venv}`);
        await runPython(this.interpreter, ['-m', 'venv', venv], {
            timeoutMs,
            what: 'Making a virtual environment (build-timeout)'
        });
        const python = new Python((0,external_node_path_.join)(venv, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python'));
        const r = await runPython(python.interpreter, ['-m', 'pip', 'install', '--quiet', ...TOOL_PINS], {
            allowFailure: true,
            timeoutMs,
            what: `Installing ${TOOL_PINS.join(' and ')} (build-timeout)`
        });
        if (r.code !== 0) {
            throw new PythonError(`Installing build and twine into ${venv} failed: ${(0,exec/* lastLines */.w$)(r)}`, r.stdout + r.stderr);
        }
        return python;
    }
    /**
     * `python -m build --sdist --wheel` at a pinned version; returns the built files.
     * `sourceDateEpoch` (the commit's time) makes the wheel the same bytes on every re-run.
     */
    async build(project, version, outDir, extraArgs, sourceDateEpoch, timeoutMs, pkgDirs = []) {
        const epoch = process.env.SOURCE_DATE_EPOCH ?? (sourceDateEpoch === undefined ? undefined : String(sourceDateEpoch));
        const r = await runPython(this.interpreter, ['-m', 'build', '--sdist', '--wheel', '--outdir', outDir, ...extraArgs, project.dir], {
            env: { ...pinnedVersionEnv(version, project.name), ...(epoch ? { SOURCE_DATE_EPOCH: epoch } : {}) },
            stream: true,
            allowFailure: true,
            timeoutMs,
            what: `The Python build of "${project.dir}" (build-timeout)`
        });
        if (r.code !== 0) {
            throw new PythonError(buildFailureMessage(`The Python build of "${project.dir}"`, r.code, r, pkgDirs), r.stdout + r.stderr);
        }
        const files = (0,external_node_fs_.readdirSync)(outDir)
            .filter(f => f.endsWith('.whl') || f.endsWith('.tar.gz'))
            .sort()
            .map(f => (0,external_node_path_.join)(outDir, f));
        if (!files.length)
            throw new PythonError(`The Python build of "${project.dir}" produced no .whl or .tar.gz file.`, r.stdout);
        // One interpreter start for both: the archives made the same bytes, then their metadata read (kept for readMetadata).
        const metadata = await runPython(this.interpreter, [
            '-c',
            `${epoch ? NORMALIZE_DISTS : ''}${READ_METADATA}`,
            ...(epoch ? [epoch] : []),
            ...files
        ]);
        for (const m of JSON.parse(metadata.stdout))
            this.read.set(m.file, m);
        return files;
    }
    /** The version of twine this interpreter has ('' where it has none). */
    async twineVersion() {
        const code = 'import importlib.metadata as m; print(m.version("twine"))';
        const r = await runPython(this.interpreter, ['-c', code], { allowFailure: true });
        return r.code === 0 ? r.stdout.trim() : '';
    }
    /** The name and version in each distribution's metadata (PKG-INFO or METADATA). */
    async readMetadata(files) {
        const known = files.map(file => this.read.get(file));
        if (known.every(m => m !== undefined))
            return known;
        const r = await runPython(this.interpreter, ['-c', READ_METADATA, ...files]);
        return JSON.parse(r.stdout);
    }
}
// Reads the files named after the arguments (after the epoch, where the normalizing code comes first and took it).
const READ_METADATA = `
import email.parser, json, sys, tarfile, zipfile
out = []
for path in [a for a in sys.argv[1:] if a.endswith((".whl", ".tar.gz"))]:
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
// The archives made the same bytes wherever and whenever the commit is built: every member's time clamped to the
// commit's, its mode 0644 (0755 where it is executable, and for directories), no owner, the gzip header's time the
// commit's. Backends differ in what they fix themselves (setuptools' sdist keeps the checkout's times and modes, and
// gzip's clock); the files' contents and their order stay as the backend wrote them. Arguments: the epoch, the files.
const NORMALIZE_DISTS = `
import gzip, io, sys, tarfile, time, zipfile
epoch = int(sys.argv[1])
def mode(m, directory):
    return 0o755 if directory or m & 0o111 else 0o644
for path in sys.argv[2:]:
    if path.endswith(".tar.gz"):
        out = io.BytesIO()
        with tarfile.open(path, "r:gz") as src, tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as dst:
            for m in src.getmembers():
                data = src.extractfile(m).read() if m.isfile() else None
                m.mtime = min(int(m.mtime), epoch)
                m.mode = mode(m.mode, m.isdir())
                m.uid = m.gid = 0
                m.uname = m.gname = ""
                m.pax_headers = {k: v for k, v in m.pax_headers.items() if k in ("path", "linkpath")}
                dst.addfile(m, io.BytesIO(data) if data is not None else None)
        with open(path, "wb") as f, gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=epoch, compresslevel=9) as gz:
            gz.write(out.getvalue())
    elif path.endswith(".whl"):
        stamp = time.gmtime(max(epoch, 315532800))[:6]
        with zipfile.ZipFile(path) as src:
            members = [(i, src.read(i.filename)) for i in src.infolist()]
        with zipfile.ZipFile(path, "w") as dst:
            for i, data in members:
                info = zipfile.ZipInfo(i.filename, date_time=min(i.date_time, stamp))
                info.compress_type = i.compress_type
                info.create_system = 3
                directory = i.filename.endswith("/")
                info.external_attr = ((0o040000 if directory else 0o100000) | mode(i.external_attr >> 16, directory)) << 16
                dst.writestr(info, data)
`;


/***/ })

};

//# sourceMappingURL=534.index.js.map