export const id = 661;
export const ids = [661];
export const modules = {

/***/ 3190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   um: () => (/* binding */ stopAll),
/* harmony export */   v4: () => (/* binding */ ToolError),
/* harmony export */   w$: () => (/* binding */ lastLines)
/* harmony export */ });
/* unused harmony exports CommandError, TimeoutError, StoppedError, childEnvironment */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4813);
// The one place that starts processes. Arguments go straight to the program
// (no shell), so branch and tag names are always data, never code. Every child
// gets the environment without the action's inputs (secrets among them), can
// have a deadline, and is stopped when the action itself is stopped.


class CommandError extends Error {
    command;
    result;
    constructor(command, result) {
        super(`${command} exited with code ${result.code}${lastLines(result, 5) ? `:\n${lastLines(result, 5)}` : ''}`);
        this.command = command;
        this.result = result;
        this.name = 'CommandError';
    }
}
/** A failure of an outside tool, carrying what the tool printed. */
class ToolError extends Error {
    output;
    constructor(message, output = '') {
        super(message);
        this.output = output;
        this.name = new.target.name;
    }
}
/** A program that ran past its deadline and was stopped: not tried again (a stall would only stall again). */
class TimeoutError extends ToolError {
    permanent = true;
}
/** A program stopped because the action was (a cancelled job). */
class StoppedError extends ToolError {
    permanent = true;
}
/** The last lines a program printed: standard error, or standard output when that is empty. */
function lastLines(r, n = 8) {
    return (r.stderr.trim() || r.stdout.trim()).split('\n').slice(-n).join('\n');
}
const running = new Set();
let stopping = false;
/**
 * The environment a child gets: the action's own, without its inputs (INPUT_*,
 * where the secrets are) and without the runner's OIDC request credentials.
 */
function childEnvironment(extra = {}) {
    const env = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (value === undefined || key.startsWith('INPUT_') || key.startsWith('ACTIONS_ID_TOKEN_REQUEST_'))
            continue;
        env[key] = value;
    }
    return { ...env, ...extra };
}
async function run(program, args, options = {}) {
    if (stopping)
        throw new StoppedError(`Not starting ${program}: the action is being stopped.`);
    if (options.stream)
        (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .write */ .M9)(`[command]${program} ${args.join(' ')}\n`);
    // A process group of its own, so that a deadline or a cancel stops the program's children too (docker's plugins).
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
        cwd: options.cwd,
        env: childEnvironment(options.env),
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: true
    });
    running.add(child);
    let stdout = '';
    let stderr = '';
    // Decoded as UTF-8 across chunk boundaries (a character split between two reads stays whole).
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
        stdout += chunk;
        if (options.stream)
            (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .write */ .M9)(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
        stderr += chunk;
        if (options.stream)
            (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .write */ .M9)(chunk);
    });
    child.stdin.on('error', () => undefined); // a program that exits without reading its input
    child.stdin.end(options.input ?? '');
    let timedOut = false;
    const timer = options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            terminate(child);
        }, options.timeoutMs);
    const code = await new Promise((resolve, reject) => {
        child.on('error', error => reject(error));
        child.on('close', (status, signal) => resolve(status ?? (signal ? 128 + (signalNumber(signal) ?? 0) : -1)));
    }).finally(() => {
        clearTimeout(timer);
        running.delete(child);
    });
    const result = { code, stdout, stderr };
    if (timedOut) {
        const what = options.what ?? `${program} ${args[0] ?? ''}`.trim();
        throw new TimeoutError(`${what} did not finish within ${formatDuration(options.timeoutMs)} and was stopped.`, stdout + stderr);
    }
    if (stopping)
        throw new StoppedError(`${program} ${args[0] ?? ''} was stopped: the action is being stopped.`, stdout + stderr);
    if (code !== 0 && !options.allowFailure)
        throw new CommandError(`${program} ${args[0] ?? ''}`.trim(), result);
    return result;
}
/** SIGTERM to the program's process group, SIGKILL a few seconds later if it is still there. */
function terminate(child) {
    const signal = (name) => {
        try {
            process.kill(-child.pid, name);
        }
        catch {
            // already gone
        }
    };
    signal('SIGTERM');
    setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null)
            signal('SIGKILL');
    }, 5000).unref();
}
/** Stop every running program and start no more: the job was cancelled. Resolves when they are gone. */
async function stopAll() {
    stopping = true;
    const children = [...running];
    for (const child of children)
        terminate(child);
    await Promise.all(children.map(child => new Promise(resolve => child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('close', () => resolve()))));
}
function signalNumber(signal) {
    return { SIGTERM: 15, SIGKILL: 9, SIGINT: 2 }[signal];
}
function formatDuration(ms) {
    return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.round(ms / 1000)} s`;
}


/***/ }),

/***/ 1739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   To: () => (/* binding */ leftovers),
/* harmony export */   kY: () => (/* binding */ remember),
/* harmony export */   y6: () => (/* binding */ forget)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4813);
// What a run leaves behind until it ends (its Docker config with the login, the
// builder it started, the files it staged), written to the runner's state as it
// is made, so that the post step removes whatever a killed main step left.

const KINDS = ['docker-config', 'builder', 'staged'];
const held = new Map(KINDS.map(kind => [kind, new Set()]));
function save(kind) {
    _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(`leftover-${kind}`, JSON.stringify([...held.get(kind)]));
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
            return JSON.parse(_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(`leftover-${kind}`) || '[]');
        }
        catch {
            return [];
        }
    };
    return { 'docker-config': read('docker-config'), builder: read('builder'), staged: read('staged') };
}


/***/ }),

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4813);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3190);
/* harmony import */ var _leftovers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1739);
// The post step: removes whatever a main step that was killed or cancelled left
// behind. After a main step that finished, there is nothing to do.




async function post() {
    const left = (0,_leftovers_js__WEBPACK_IMPORTED_MODULE_3__/* .leftovers */ .To)();
    for (const dir of left['docker-config']) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dir))
            continue;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Removed the Docker config with the registry login that the release left: ${dir}`);
    }
    for (const file of left.staged) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
            continue;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(file, { force: true });
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Removed a file the release staged and did not finish with: ${file}`);
    }
    for (const builder of left.builder) {
        const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)('docker', ['buildx', 'rm', builder], { allowFailure: true, timeoutMs: 60_000 }).catch(() => undefined);
        if (r?.code === 0)
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Removed the buildx builder the release started: ${builder}`);
    }
}


/***/ })

};

//# sourceMappingURL=661.index.js.map