export const id = 179;
export const ids = [179];
export const modules = {

/***/ 1739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kY: () => (/* binding */ remember),
/* harmony export */   y6: () => (/* binding */ forget)
/* harmony export */ });
/* unused harmony export leftovers */
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
            return JSON.parse(core.getState(`leftover-${kind}`) || '[]');
        }
        catch {
            return [];
        }
    };
    return { 'docker-config': read('docker-config'), builder: read('builder'), staged: read('staged') };
}


/***/ }),

/***/ 6179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/runner.ts
var runner = __webpack_require__(4813);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/event.ts
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
        fork: payload.repository?.fork === true,
        deleted: payload.deleted === true,
        repositoryUrl: payload.repository?.html_url ?? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repository}`,
        headRef: env.GITHUB_HEAD_REF ?? '',
        deletedBranch: env.GITHUB_EVENT_NAME === 'delete' && payload.ref_type === 'branch' ? payload.ref : undefined,
        action: payload.action
    };
}

// EXTERNAL MODULE: ./src/exec.ts + 1 modules
var exec = __webpack_require__(4981);
// EXTERNAL MODULE: ./src/leftovers.ts
var leftovers = __webpack_require__(1739);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/project-files.ts
var project_files = __webpack_require__(2724);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/facts.ts
// Reads from git (and the work tree) the facts the planner needs.



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
    if (state === 'none') {
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
/** The normalized versions of this package's version tags, in the whole repository. */
async function tagVersions(git, rules) {
    return (await git.tags()).map(t => (0,src_version/* versionFromTag */.bp)(t, rules)).filter((v) => v !== undefined);
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
            const version = (0,src_version/* tagVersion */.RQ)(tag, rules);
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

// EXTERNAL MODULE: ./src/git.ts
var src_git = __webpack_require__(1243);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
;// CONCATENATED MODULE: ./src/preflight.ts
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
/**
 * A repository without a Dockerfile, where none of publish-docker, dockerfile and
 * context was given, releases its package only: the inputs without Docker, and a notice saying so.
 */
function packageOnly(inputs, workspace) {
    if (!inputs.publishDocker || !inputs.dockerByDefault || isFile((0,external_node_path_.resolve)(workspace, inputs.dockerfile)))
        return { inputs };
    return {
        inputs: { ...inputs, publishDocker: false },
        notice: `No Dockerfile at ${inputs.dockerfile}: releasing the Python package only (set dockerfile and context, or publish-docker: true to make a missing Dockerfile an error).`
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
        if (!isDir(at(inputs.context))) {
            problems.push(`Input "context": directory "${inputs.context}" does not exist in the workspace; give the Docker build context (default: docker).`);
        }
        if (!isFile(at(inputs.dockerfile))) {
            problems.push(`Input "dockerfile": file "${inputs.dockerfile}" does not exist in the workspace; give the Dockerfile's path (default: <context>/Dockerfile).`);
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
    const { Python } = buildsPython ? await __webpack_require__.e(/* import() */ 325).then(__webpack_require__.bind(__webpack_require__, 2325)) : { Python: undefined };
    if (Python && !(await new Python(inputs.python).exists())) {
        problems.push(`Input "python": the interpreter "${inputs.python}" was not found or does not run; give a Python 3 on the PATH or its full path.`);
    }
    return problems;
}

// EXTERNAL MODULE: ./src/planner.ts
var planner = __webpack_require__(2015);
// EXTERNAL MODULE: ./src/summary.ts
var summary = __webpack_require__(8855);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/main.ts
// The action: read the event and inputs, plan, then report (dry run) or publish.













const SECRET_INPUTS = ['registry-password', 'pypi-token', 'dev-pypi-token', 'github-token'];
async function run() {
    try {
        // Mask secrets before anything can print them.
        for (const name of SECRET_INPUTS) {
            const value = runner/* getInput */.V4(name);
            if (value)
                runner/* setSecret */.Pq(value);
        }
        for (const line of runner/* getInput */.V4('registry-logins').split('\n')) {
            const password = line.trim().split(/\s+/)[2];
            if (password)
                runner/* setSecret */.Pq(password);
        }
        const event = eventFromEnvironment(process.env);
        const parsed = (0,src_inputs/* parseInputs */.TL)(name => runner/* getInput */.V4(name), event.repository);
        const { problems } = parsed;
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        const { inputs, notice: packageOnlyNotice } = packageOnly(parsed.inputs, workspace);
        if (packageOnlyNotice)
            inputs.notices.push(packageOnlyNotice);
        // The project's version settings are read only where the event can release (a pull request never reads them).
        let project;
        const versioning = () => (project ??= (0,project_files/* readVersioning */.Bm)((0,external_node_path_.join)(workspace, inputs.pythonProject), inputs.tagPrefix, process.env));
        const trigger = (0,planner/* classify */.L8)(event, inputs.skipBranches, () => versioning().versioning.rules, inputs.pullRequests, inputs.cleanup, inputs.cleanupOnClose);
        const builds = trigger.type !== 'skip' && trigger.type !== 'cleanup';
        // Everything wrong with the inputs in one error, before anything is published.
        if (builds || event.ref.startsWith('refs/tags/'))
            problems.push(...versioning().problems);
        if (builds)
            problems.push(...(await preflight(inputs, workspace)));
        if (problems.length)
            throw new src_inputs/* InputError */.dz(problems);
        let facts;
        if (trigger.type !== 'skip' && trigger.type !== 'cleanup') {
            const git = new src_git/* Git */.T(workspace);
            await ensureFullHistory(git, runner/* info */.pq);
            const { config, rules } = versioning().versioning;
            facts = await readFacts(git, trigger, event.sha, {
                pythonProject: inputs.pythonProject,
                rules,
                ownDescribe: rules.describe !== config.describe ? config.describe : undefined,
                needsCommitTime: config.scheme === 'calver-by-date'
            });
        }
        const plan = project
            ? (0,planner/* makePlan */.Cs)(event, inputs, trigger, facts, project.versioning)
            : (0,planner/* makePlan */.Cs)(event, inputs, trigger);
        plan.notices.push(...(project?.notices ?? []));
        report(plan, inputs.dryRun);
        if (plan.errors.length)
            throw new src_inputs/* InputError */.dz(plan.errors);
        if (plan.type === 'skip' || inputs.dryRun)
            return;
        // Publishing code (Docker, the index, the tool cache) loads only when there is something to publish.
        const { emptyOutcome, execute } = await Promise.all(/* import() */[__webpack_require__.e(991), __webpack_require__.e(82)]).then(__webpack_require__.bind(__webpack_require__, 1082));
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
            const env = {
                workspace,
                temp: process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
                repositoryUrl: event.repositoryUrl,
                repository: event.repository,
                project: project?.info,
                tagVersions: () => tagVersions(new src_git/* Git */.T(workspace), versioning().versioning.rules)
            };
            done = await execute(plan, inputs, env, outcome);
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            const why = cancelled ? `The job was cancelled (${cancelled}) and the release stopped. ${message}` : message;
            // What was done and what was not, for the person who reads the failed job.
            runner/* appendSummary */.fe((0,summary/* failureMarkdown */.A5)(plan, outcome, why));
            throw new Error(why, { cause: error });
        }
        finally {
            process.off('SIGTERM', cancel).off('SIGINT', cancel);
            // The staged files stay in the work tree of a run that ended; only a killed run leaves them to the post step.
            for (const file of outcome.staged)
                (0,leftovers/* forget */.y6)('staged', file);
        }
        const pushedTags = outcome.image ? [outcome.image, ...(outcome.image.more ?? [])].flatMap(i => i.tags) : [];
        runner/* setOutput */.uH('docker-tags', (pushedTags.length ? pushedTags : done.dockerTags).join('\n'));
        runner/* setOutput */.uH('digest', outcome.digest);
        runner/* setOutput */.uH('dists', outcome.dists.join('\n'));
        if (inputs.mode === 'platform')
            runner/* setOutput */.uH('platform', inputs.platforms[0]);
        runner/* appendSummary */.fe((0,summary/* outcomeMarkdown */.Iu)(done, outcome, (0,src_inputs/* indexFor */.C9)(done.type, inputs).url));
        if (done.type === 'dev' && inputs.comment && inputs.githubToken)
            await tellThePullRequest(done, outcome, inputs, event);
    }
    catch (error) {
        runner/* setFailed */.C1(error instanceof Error ? error.message : String(error));
    }
}
/** The comment on the branch's pull request: never a reason for the release to fail. */
async function tellThePullRequest(plan, outcome, inputs, event) {
    const { commentBody, commentOnPullRequest } = await __webpack_require__.e(/* import() */ 860).then(__webpack_require__.bind(__webpack_require__, 1860));
    const images = outcome.image ? [outcome.image, ...(outcome.image.more ?? [])] : [];
    // The index the executor uploaded to, as it found it.
    const simple = outcome.indexSimple;
    const uploaded = outcome.uploads.some(u => u.result === 'uploaded' || /re-run/.test(u.why ?? ''));
    const body = commentBody({
        version: plan.version,
        sha: plan.sha,
        images,
        index: uploaded && outcome.distName && simple
            ? { name: outcome.distName, simpleUrl: simple, isPypi: simple === 'https://pypi.org/simple/' }
            : undefined
    });
    const branch = event.ref.replace(/^refs\/heads\//, '');
    try {
        const done = await commentOnPullRequest(branch, body, {
            base: process.env.GITHUB_API_URL || 'https://api.github.com',
            token: inputs.githubToken,
            repository: event.repository
        });
        if (done === 'created' || done === 'updated')
            runner/* info */.pq(`The pull request's comment on how to try this branch is ${done}.`);
    }
    catch (error) {
        runner/* warning */.$e(`Could not comment on the pull request: ${error.message}`);
    }
}
function report(plan, dryRun) {
    for (const warning of plan.warnings)
        runner/* warning */.$e(warning);
    for (const notice of plan.notices)
        runner/* notice */.lm(notice);
    runner/* startGroup */.Oh(dryRun ? 'Release plan (dry run: nothing is published)' : 'Release plan');
    runner/* info */.pq((0,summary/* planText */.Pt)(plan));
    runner/* endGroup */.N4();
    runner/* setOutput */.uH('release-type', plan.type);
    runner/* setOutput */.uH('reason', plan.reason);
    runner/* setOutput */.uH('version', plan.version);
    runner/* setOutput */.uH('docker-tags', (0,planner/* allTags */.Jw)(plan).join('\n'));
    runner/* setOutput */.uH('digest', '');
    runner/* setOutput */.uH('dists', '');
    runner/* setOutput */.uH('platform', '');
    if (dryRun || plan.type === 'skip') {
        const heading = plan.type === 'skip' ? 'dev-release: nothing to release' : 'dev-release plan (dry run)';
        runner/* appendSummary */.fe((0,summary/* planMarkdown */.Xg)(plan, heading));
        if (dryRun && plan.type !== 'skip')
            runner/* info */.pq('Dry run: nothing was built, pushed or uploaded.');
    }
}


/***/ }),

/***/ 2724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bm: () => (/* binding */ readVersioning),
/* harmony export */   t1: () => (/* binding */ findProject)
/* harmony export */ });
/* unused harmony export readProjectFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _pyproject_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1775);
/* harmony import */ var _version_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7458);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
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
    return { pyproject: readIfThere((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'pyproject.toml')), setupPy: readIfThere((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'setup.py')) };
}
/** The Python project in `dir` (a pyproject.toml or a setup.py), or undefined where there is none. */
function findProject(dir) {
    const files = readProjectFiles(dir);
    if (files.pyproject === undefined && files.setupPy === undefined)
        return undefined;
    let name;
    try {
        name = (0,_pyproject_js__WEBPACK_IMPORTED_MODULE_2__/* .readProjectInfo */ .Wx)(files).name;
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
        info = (0,_pyproject_js__WEBPACK_IMPORTED_MODULE_2__/* .readProjectInfo */ .Wx)(files);
    }
    catch (error) {
        problems.push(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(projectDir, 'pyproject.toml')} is not valid TOML: ${error.message.split('\n')[0]}`);
    }
    const reading = (0,_version_config_js__WEBPACK_IMPORTED_MODULE_3__/* .readVersionConfig */ .T7)(info, files.setupPy, env);
    const { rules, problems: ruleProblems } = (0,_version_js__WEBPACK_IMPORTED_MODULE_4__/* .tagRules */ .w8)(reading.config, tagPrefix);
    return {
        versioning: { config: reading.config, rules },
        info,
        problems: [...problems, ...reading.problems, ...ruleProblems],
        notices: reading.notices
    };
}


/***/ }),

/***/ 4813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   Oh: () => (/* binding */ startGroup),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   V9: () => (/* binding */ getIDToken),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput)
/* harmony export */ });
/* unused harmony exports error, getState */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
// The runner's side of an action, as GitHub documents it: inputs and state in
// the environment, workflow commands on standard output (::warning::, ::group::,
// ::add-mask::), outputs, state and the job summary in the files the runner
// names, and the OIDC token endpoint. Written here rather than loaded from
// @actions/core, which brings an HTTP client (undici) that costs ~80 ms to load
// on every run, for the one OIDC request that a trusted-publishing upload makes.



/** `%`, CR and LF escaped, as the runner expects in a command's message. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function command(name, message) {
    process.stdout.write(`::${name}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/** An input as the runner passes it (INPUT_<NAME>), trimmed; '' when not given. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** From here on the runner shows `secret` as ***. */
function setSecret(secret) {
    command('add-mask', secret);
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
function notice(message) {
    command('notice', message);
}
function warning(message) {
    command('warning', message);
}
function error(message) {
    command('error', message);
}
function startGroup(title) {
    command('group', title);
}
function endGroup() {
    process.stdout.write(`::endgroup::${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/** The step fails with this message, as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** `name<<delimiter` blocks, the form GITHUB_OUTPUT and GITHUB_STATE take. */
function appendKeyValue(file, name, value) {
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        appendKeyValue(process.env.GITHUB_OUTPUT, name, value);
    else
        info(`(output) ${name}=${value}`);
}
/** Saved for this action's post step, which reads it with getState. */
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        appendKeyValue(process.env.GITHUB_STATE, name, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
/** Markdown appended to the job summary. */
function appendSummary(markdown) {
    if (process.env.GITHUB_STEP_SUMMARY)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(process.env.GITHUB_STEP_SUMMARY, markdown);
}
/** A GitHub OIDC token for `audience`, from the runner's token endpoint (the job needs id-token: write); masked at once. */
async function getIDToken(audience) {
    const url = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const token = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !token)
        throw new Error('Unable to get the OIDC token: the job has no ACTIONS_ID_TOKEN_REQUEST_URL (permissions: id-token: write).');
    const request = new URL(url);
    request.searchParams.set('audience', audience);
    const response = await fetch(request, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
        signal: AbortSignal.timeout(60_000)
    });
    const body = (await response.json().catch(() => ({})));
    if (!response.ok || !body.value)
        throw new Error(`The runner's OIDC endpoint answered ${response.status}.`);
    setSecret(body.value);
    return body.value;
}


/***/ })

};

//# sourceMappingURL=179.index.js.map