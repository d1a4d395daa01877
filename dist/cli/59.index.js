export const id = 59;
export const ids = [59];
export const modules = {

/***/ 6669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TY: () => (/* binding */ branchTag),
/* harmony export */   al: () => (/* binding */ stagingTag),
/* harmony export */   rK: () => (/* binding */ imageTags)
/* harmony export */ });
/* unused harmony export BRANCH_PREFIX */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Docker tags for a release or a development release.

const MAX_TAG = 128;
/** Prefix for branch tags that would otherwise pass for `latest` or a version. */
const BRANCH_PREFIX = 'branch-';
/**
 * A branch name made a valid Docker tag (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`):
 * `feature/implement-doodad` becomes `feature-implement-doodad`; where other
 * characters had to go, a short hash of the name keeps it apart (`feature-ä` →
 * `feature-1a2b3c4d`). A name that
 * could be taken for `latest` or a release version (`latest`, `1.1.0`, `v2.0`)
 * gets the `branch-` prefix, so a branch never overwrites a release image.
 */
function branchTag(branch) {
    let tag = branch.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
    if (tag === '')
        return `${BRANCH_PREFIX}${shortHash(branch)}`;
    // Only `/` → `-` keeps a name apart from others; anything else lost (`feature/ä`,
    // `fix/#12`) could give two branches one tag, so a hash of the full name follows.
    if (tag !== branch.replace(/\//g, '-'))
        tag = `${tag.replace(/-+$/, '')}-${shortHash(branch)}`;
    if (/^latest$/i.test(tag) || /^[vV]?\d/.test(tag))
        tag = BRANCH_PREFIX + tag;
    if (tag.length > MAX_TAG) {
        // Cut, and keep names that share their first 119 characters apart.
        const hash = shortHash(branch);
        tag = `${tag.slice(0, MAX_TAG - hash.length - 1)}-${hash}`;
    }
    return tag;
}
function shortHash(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 8);
}
function imageTags(image, tags) {
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

/***/ 3654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dz: () => (/* binding */ InputError),
  C9: () => (/* binding */ indexFor),
  TL: () => (/* binding */ parseInputs)
});

// UNUSED EXPORTS: BINFMT_IMAGE, BUILDKIT_IMAGE, DEFAULT_PLATFORMS, parseDuration, readInputs

;// CONCATENATED MODULE: ./src/image.ts
// Docker image references: validation, lower-casing and the registry they live in.
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d+)?$|^\[[0-9a-fA-F:.]+\](?::\d+)?$/;
/** Parse an image name, or return a sentence saying what is wrong with it. */
function parseImage(input) {
    const given = input.trim();
    if (!given)
        return 'is empty';
    if (given.includes('@'))
        return 'must not contain a digest (@sha256:…): the action pushes tags';
    const parts = given.split('/');
    let registry = 'docker.io';
    // The first part is a registry host when it looks like one (Docker's rule).
    if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) {
        registry = parts.shift();
        if (!HOST.test(registry))
            return `has an invalid registry host "${registry}"`;
    }
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

// EXTERNAL MODULE: ./src/platforms.ts
var src_platforms = __webpack_require__(9799);
// EXTERNAL MODULE: ./src/tag-templates.ts
var tag_templates = __webpack_require__(2921);
// EXTERNAL MODULE: ./src/words.ts
var words = __webpack_require__(5846);
;// CONCATENATED MODULE: ./src/inputs.ts
// The action's inputs: read, defaulted and checked all at once, so that a user
// sees every mistake in one run and nothing is published after a bad one.




const MODES = ['all', 'platform', 'merge'];
const DEFAULT_PLATFORMS = 'linux/amd64,linux/arm/v7,linux/arm64';
/** The image that registers QEMU emulators, and the image of a docker-container builder. */
const BINFMT_IMAGE = 'tonistiigi/binfmt:qemu-v9.2.2';
const BUILDKIT_IMAGE = 'moby/buildkit:buildx-stable-1';
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.length === 1 ? problems[0] : `${problems.length} inputs are wrong:\n- ${problems.join('\n- ')}`);
        this.problems = problems;
        this.name = 'InputError';
    }
}
/**
 * Read every input. `repository` is `owner/repo`, the default image name.
 * Throws an InputError listing every problem found.
 */
function readInputs(get, repository) {
    const parsed = parseInputs(get, repository);
    if (parsed.problems.length)
        throw new InputError(parsed.problems);
    return parsed.inputs;
}
/** Read every input, and say what is wrong with them (defaults stand in for wrong ones). */
function parseInputs(get, repository) {
    const problems = [];
    const notices = [];
    const text = (name, fallback = '') => get(name).trim() || fallback;
    const bool = (name, fallback) => {
        const raw = text(name);
        if (raw === '')
            return fallback;
        if (/^(true|True|TRUE)$/.test(raw))
            return true;
        if (/^(false|False|FALSE)$/.test(raw))
            return false;
        problems.push(`Input "${name}" is "${raw}"; use true or false.`);
        return fallback;
    };
    let image = text('image', repository.toLowerCase());
    let registry = 'docker.io';
    const parsed = parseImage(image);
    if (typeof parsed === 'string') {
        problems.push(`Input "image" ("${image}") ${parsed}. Give a name like owner/app, ghcr.io/owner/app or localhost:5000/app.`);
    }
    else {
        if (parsed.lowered)
            notices.push(`Image names are lower-case in Docker: using "${parsed.name}" for "${image}".`);
        image = parsed.name;
        registry = parsed.registry;
    }
    const platformText = get('platforms').trim() === '' ? DEFAULT_PLATFORMS : get('platforms');
    const platforms = (0,src_platforms/* parsePlatforms */.q)(platformText);
    if (typeof platforms === 'string')
        problems.push(`Input "platforms" ${platforms}`);
    const context = text('context', 'docker');
    const pkgDirText = text('pkg-dir', `${context}/pkg`);
    const pypiUrl = text('pypi-url', 'https://upload.pypi.org/legacy/');
    if (!/^https?:\/\/[^/\s]+/i.test(pypiUrl)) {
        problems.push(`Input "pypi-url" ("${pypiUrl}") is not an http(s) URL; give the index's upload URL, like https://upload.pypi.org/legacy/.`);
    }
    const devPypiUrl = text('dev-pypi-url');
    if (devPypiUrl && !/^https?:\/\/[^/\s]+/i.test(devPypiUrl)) {
        problems.push(`Input "dev-pypi-url" ("${devPypiUrl}") is not an http(s) URL; give the upload URL of the index for development releases, like https://test.pypi.org/legacy/.`);
    }
    const latest = text('latest', 'auto');
    if (latest !== 'auto' && latest !== 'false') {
        problems.push(`Input "latest" is "${latest}"; use auto (tag the highest final release as latest) or false (never).`);
    }
    const versionChecks = text('version-checks', 'strict');
    if (versionChecks !== 'strict' && versionChecks !== 'warn') {
        problems.push(`Input "version-checks" is "${versionChecks}"; use strict (a version that pip would misplace stops the release) or warn.`);
    }
    const pullRequests = text('pull-requests', 'build');
    if (pullRequests !== 'build' && pullRequests !== 'skip') {
        problems.push(`Input "pull-requests" is "${pullRequests}"; use build (build everything, publish nothing) or skip.`);
    }
    const tagPrefix = text('tag-prefix');
    if (/[\s~^:?*[\\]/.test(tagPrefix))
        problems.push(`Input "tag-prefix" ("${tagPrefix}") cannot start a git tag name; give the literal start of this package's tags, like api-.`);
    const duration = (name, fallback) => {
        const raw = text(name, fallback);
        const ms = parseDuration(raw);
        if (ms === undefined) {
            problems.push(`Input "${name}" is "${raw}"; give a duration like 90s, 15m or 1h (a bare number is minutes).`);
            return parseDuration(fallback);
        }
        return ms;
    };
    const timeouts = { request: duration('request-timeout', '60s'), upload: duration('upload-timeout', '15m'), push: duration('push-timeout', '60m') };
    const mode = text('mode', 'all');
    if (!MODES.includes(mode)) {
        problems.push(`Input "mode" is "${mode}"; use all (one job), platform (one platform's image, by digest) or merge (the manifest list and the upload).`);
    }
    if (mode === 'platform' && Array.isArray(platforms) && platforms.length !== 1) {
        problems.push(`Input "platforms" lists ${platforms.length} platforms, but mode platform builds exactly one; pass the matrix's platform, like platforms: \${{ matrix.platform }}.`);
    }
    const lines = (name) => (0,words/* splitLines */.uz)(get(name));
    const templates = (0,tag_templates/* parseTagTemplates */.H)(lines('tags'));
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
        registryUsername: text('registry-username'),
        registryPassword: get('registry-password'),
        platforms: typeof platforms === 'string' ? [] : platforms,
        context,
        dockerfile: text('dockerfile', `${context}/Dockerfile`),
        pkgDirs: (0,words/* splitList */.ry)(pkgDirText),
        pythonProject: text('python-project', '.'),
        python: text('python', 'python3'),
        pythonBuildArgs: buildArgs ?? [],
        pypiUrl,
        pypiToken: get('pypi-token'),
        devPypiUrl,
        devPypiToken: get('dev-pypi-token'),
        publishPypi: bool('publish-pypi', true),
        publishDocker: bool('publish-docker', true),
        dockerByDefault: text('publish-docker') === '' && text('dockerfile') === '' && text('context') === '',
        skipBranches: (0,words/* splitList */.ry)(text('skip-branches', 'master,main')),
        latest: latest === 'false' ? 'false' : 'auto',
        tagPrefix,
        pullRequests: pullRequests === 'skip' ? 'skip' : 'build',
        versionChecks: versionChecks === 'warn' ? 'warn' : 'strict',
        dryRun: bool('dry-run', false),
        provenance: bool('provenance', false),
        binfmtImage: text('binfmt-image', BINFMT_IMAGE),
        buildkitImage: text('buildkit-image', BUILDKIT_IMAGE),
        buildArgs: lines('build-args'),
        labels: labelLines,
        tagTemplates: templates.templates,
        mode: MODES.includes(mode) ? mode : 'all',
        digestsDir: text('digests-dir'),
        cacheFrom: lines('cache-from'),
        cacheTo: lines('cache-to'),
        timeouts,
        notices
    };
    return { inputs, problems };
}
/** `90s`, `15m`, `1h`, or a bare number of minutes, in milliseconds; undefined when it is none. */
function parseDuration(text) {
    const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(text.trim());
    if (!m || Number(m[1]) <= 0)
        return undefined;
    return Math.round(Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 'm')]);
}
/** The index a release goes to, and its token: development releases to dev-pypi-url where one is given. */
function indexFor(type, inputs) {
    return type === 'dev' && inputs.devPypiUrl ? { url: inputs.devPypiUrl, token: inputs.devPypiToken } : { url: inputs.pypiUrl, token: inputs.pypiToken };
}


/***/ }),

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

/***/ 4059:
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
        headRef: env.GITHUB_HEAD_REF ?? ''
    };
}

// EXTERNAL MODULE: ./src/exec.ts + 1 modules
var exec = __webpack_require__(4981);
// EXTERNAL MODULE: ./src/leftovers.ts
var leftovers = __webpack_require__(1739);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
        hasPythonProject: ['pyproject.toml', 'setup.py'].some(f => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(git.cwd, options.pythonProject, f))),
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
// EXTERNAL MODULE: ./src/inputs.ts + 1 modules
var src_inputs = __webpack_require__(3654);
// EXTERNAL MODULE: ./src/python.ts
var python = __webpack_require__(2325);
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
    const buildsPython = (inputs.publishPypi || inputs.publishDocker) && isDir(projectDir) && (0,python/* findProject */.t1)(projectDir);
    if (buildsPython && !(await new python/* Python */.VX(inputs.python).exists())) {
        problems.push(`Input "python": the interpreter "${inputs.python}" was not found or does not run; give a Python 3 on the PATH or its full path.`);
    }
    return problems;
}

// EXTERNAL MODULE: ./src/planner.ts
var planner = __webpack_require__(2015);
// EXTERNAL MODULE: ./src/pyproject.ts
var pyproject = __webpack_require__(1775);
// EXTERNAL MODULE: ./src/version-config.ts
var version_config = __webpack_require__(7458);
;// CONCATENATED MODULE: ./src/project-files.ts
// Reads the Python project's own files (pyproject.toml, setup.py) and what
// they say about versions, for the planner.





function readIfThere(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
function readProjectFiles(dir) {
    return { pyproject: readIfThere((0,external_node_path_.join)(dir, 'pyproject.toml')), setupPy: readIfThere((0,external_node_path_.join)(dir, 'setup.py')) };
}
/** The project's version configuration, and the tag rules that follow from it and the tag-prefix input. */
function readVersioning(projectDir, tagPrefix, env) {
    const files = readProjectFiles(projectDir);
    let info;
    const problems = [];
    try {
        info = (0,pyproject/* readProjectInfo */.Wx)(files);
    }
    catch (error) {
        problems.push(`${(0,external_node_path_.join)(projectDir, 'pyproject.toml')} is not valid TOML: ${error.message.split('\n')[0]}`);
    }
    const reading = (0,version_config/* readVersionConfig */.T7)(info, files.setupPy, env);
    const { rules, problems: ruleProblems } = (0,src_version/* tagRules */.w8)(reading.config, tagPrefix);
    return {
        versioning: { config: reading.config, rules },
        info,
        problems: [...problems, ...reading.problems, ...ruleProblems],
        notices: reading.notices
    };
}

// EXTERNAL MODULE: ./src/summary.ts
var summary = __webpack_require__(8855);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/main.ts
// The action: read the event and inputs, plan, then report (dry run) or publish.













const SECRET_INPUTS = ['registry-password', 'pypi-token', 'dev-pypi-token'];
async function run() {
    try {
        // Mask secrets before anything can print them.
        for (const name of SECRET_INPUTS) {
            const value = runner/* getInput */.V4(name);
            if (value)
                runner/* setSecret */.Pq(value);
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
        const versioning = () => (project ??= readVersioning((0,external_node_path_.join)(workspace, inputs.pythonProject), inputs.tagPrefix, process.env));
        const trigger = (0,planner/* classify */.L8)(event, inputs.skipBranches, () => versioning().versioning.rules, inputs.pullRequests);
        // Everything wrong with the inputs in one error, before anything is published.
        if (trigger.type !== 'skip' || event.ref.startsWith('refs/tags/'))
            problems.push(...versioning().problems);
        if (trigger.type !== 'skip')
            problems.push(...(await preflight(inputs, workspace)));
        if (problems.length)
            throw new src_inputs/* InputError */.dz(problems);
        let facts;
        if (trigger.type !== 'skip') {
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
        const plan = project ? (0,planner/* makePlan */.Cs)(event, inputs, trigger, facts, project.versioning) : (0,planner/* makePlan */.Cs)(event, inputs, trigger);
        plan.notices.push(...(project?.notices ?? []));
        report(plan, inputs.dryRun);
        if (plan.errors.length)
            throw new src_inputs/* InputError */.dz(plan.errors);
        if (plan.type === 'skip' || inputs.dryRun)
            return;
        // Publishing code (Docker, the index, the tool cache) loads only when there is something to publish.
        const { emptyOutcome, execute } = await Promise.all(/* import() */[__webpack_require__.e(991), __webpack_require__.e(429)]).then(__webpack_require__.bind(__webpack_require__, 7429));
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
            throw new Error(why);
        }
        finally {
            process.off('SIGTERM', cancel).off('SIGINT', cancel);
            // The staged files stay in the work tree of a run that ended; only a killed run leaves them to the post step.
            for (const file of outcome.staged)
                (0,leftovers/* forget */.y6)('staged', file);
        }
        runner/* setOutput */.uH('docker-tags', done.dockerTags.join('\n'));
        runner/* setOutput */.uH('digest', outcome.digest);
        runner/* setOutput */.uH('dists', outcome.dists.join('\n'));
        if (inputs.mode === 'platform')
            runner/* setOutput */.uH('platform', inputs.platforms[0]);
        runner/* appendSummary */.fe((0,summary/* outcomeMarkdown */.Iu)(done, outcome, (0,src_inputs/* indexFor */.C9)(done.type, inputs).url));
    }
    catch (error) {
        runner/* setFailed */.C1(error instanceof Error ? error.message : String(error));
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
    runner/* setOutput */.uH('docker-tags', plan.dockerTags.join('\n'));
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

/***/ 2015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ makePlan),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   Z5: () => (/* binding */ holdLatest),
/* harmony export */   uE: () => (/* binding */ reviewAgainstIndex)
/* harmony export */ });
/* unused harmony export defaultVersioning */
/* harmony import */ var _docker_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6669);
/* harmony import */ var _tag_templates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2921);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3654);
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(936);
/* harmony import */ var _tag_regex_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2953);
/* harmony import */ var _version_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7458);
/* harmony import */ var _version_schemes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6734);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(311);
// The planner: a pure function from the event, the inputs and facts read from
// git to one plan. It runs nothing; the executor (or the dry run) takes it from here.








/** setuptools_scm's defaults, for a project that configures nothing. */
function defaultVersioning() {
    return { config: (0,_version_config_js__WEBPACK_IMPORTED_MODULE_5__/* .readVersionConfig */ .T7)(undefined, undefined, {}).config, rules: (0,_version_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultRules */ .Z4)() };
}
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
const REF_EVENTS = ['push', 'workflow_dispatch'];
/** Decide from the event alone whether this is a release, a dev release or nothing. */
function classify(event, skipBranches, tagRules = _version_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultRules */ .Z4, pullRequests = 'skip') {
    if (event.name === 'pull_request' && pullRequests === 'build') {
        // Forks included: nothing is logged in to, pushed or uploaded, so no secret is needed.
        return { type: 'verify', branch: event.headRef || event.ref };
    }
    if (PULL_REQUEST_EVENTS.includes(event.name)) {
        const why = event.name === 'pull_request_target'
            ? 'pull_request_target runs with the repository\'s secrets, so it never builds a pull request\'s code'
            : 'pull-requests is skip';
        return { type: 'skip', reason: `Pull requests never publish (${why}); a release needs a push or a manual run.` };
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
            return { type: 'skip', reason: `Tag "${tag}" belongs to another package: this package's tags start with "${rules.prefix}".` };
        }
        const version = (0,_version_js__WEBPACK_IMPORTED_MODULE_7__/* .tagVersion */ .RQ)(tag, rules);
        if (version === undefined) {
            const regex = rules.tagRegex.source === _tag_regex_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_TAG_REGEX */ .$F ? '' : ` of this package (tag_regex ${rules.tagRegex.source})`;
            return { type: 'skip', reason: `Tag "${tag}" is not a version${regex}, so it releases nothing.` };
        }
        if (!(0,_version_js__WEBPACK_IMPORTED_MODULE_7__/* .describeAdmits */ .Ei)(rules.describe, tag)) {
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
function makePlan(event, inputs, trigger, facts, given) {
    const base = {
        ref: event.ref,
        sha: event.sha,
        image: inputs.image,
        platforms: inputs.platforms,
        errors: [],
        warnings: [],
        notices: [...inputs.notices]
    };
    if (trigger.type === 'skip' || !facts) {
        const reason = trigger.type === 'skip' ? trigger.reason : 'Nothing to release.';
        return { ...base, type: 'skip', reason, version: '', dockerTags: [], steps: [] };
    }
    const versioning = given ?? defaultVersioning();
    const computed = trigger.type === 'release' ? releaseVersion(trigger, facts, versioning) : devVersion(trigger, facts, versioning);
    if (trigger.type === 'verify') {
        computed.reason = `Pull request from "${trigger.branch}": built and checked at its would-be version, ${computed.since}, and published nowhere.`;
    }
    const { version, reason, versionSource, baseTag } = computed;
    base.errors.push(...computed.errors);
    base.warnings.push(...computed.warnings);
    base.notices.push(...computed.notices);
    let tags;
    let latest;
    let taggedRelease;
    if (trigger.type === 'release') {
        const moveLatest = latestDecision(version, facts.tagVersions, inputs.latest);
        latest = moveLatest.why;
        tags = moveLatest.latest ? [version, 'latest'] : [version];
    }
    else if (trigger.type === 'verify') {
        tags = []; // built, never pushed
    }
    else {
        tags = [(0,_docker_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .branchTag */ .TY)(trigger.branch)];
        if (facts.nearest?.distance === 0 && !versioning.config.pretend)
            taggedRelease = facts.nearest.tag;
    }
    if (trigger.type !== 'verify' && inputs.tagTemplates.length) {
        const extra = (0,_tag_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTags */ .E)(inputs.tagTemplates, {
            type: trigger.type,
            version,
            branch: trigger.type === 'dev' ? trigger.branch : undefined,
            branchTag: trigger.type === 'dev' ? tags[0] : undefined,
            sha: event.sha,
            releasedVersions: facts.tagVersions
        });
        tags = [...new Set([...tags, ...extra.tags])];
        base.notices.push(...extra.notes);
    }
    const dockerTags = inputs.publishDocker ? (0,_docker_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .imageTags */ .rK)(inputs.image, tags) : [];
    const steps = trigger.type === 'verify' ? verifySteps(inputs, facts, version) : planSteps(trigger.type, inputs, facts, version, dockerTags, taggedRelease);
    const uploads = steps.some(s => s.id === 'pypi' && !s.skip);
    if (trigger.type === 'dev' && uploads && version && !(0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .isPreRelease */ .Ty)(version)) {
        const problem = `A branch push publishes a development release, which pip installs only with --pre, but ${versionSource} gives ${version}, ` +
            `which every pip install would pick${(0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .isFinal */ .dR)(version) ? ' (a final release)' : ''}. Use a version_scheme that gives .devN versions ` +
            '(guess-next-dev, no-guess-dev, release-branch-semver), set publish-pypi: false for branches, or set version-checks: warn if this is meant.';
        if (inputs.versionChecks === 'strict')
            base.errors.push(problem);
        else
            base.warnings.push(problem);
    }
    return { ...base, type: trigger.type, reason, version, dockerTags, latest, versionSource, baseTag, commitEpoch: facts.commitEpoch, steps };
}
/**
 * The plan, held against the versions already on the index. A development
 * version below its highest final release is a missing tag when no tag names
 * that release (an error): pip install --pre would never pick it; and a branch
 * from before that release otherwise (a warning). A release below it leaves
 * `latest` where it is.
 */
function reviewAgainstIndex(plan, mode, indexVersions, tagVersions) {
    const highest = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .highestVersion */ .t)(indexVersions.filter(_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .isFinal */ .dR));
    const quiet = { plan, errors: [], warnings: [] };
    if (!highest || (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersions */ .Zy)(plan.version, highest) > 0)
        return quiet;
    if (plan.type === 'dev' && tagVersions.some(v => (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersions */ .Zy)(v, highest) === 0)) {
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
    const latest = plan.dockerTags.find(t => t.endsWith(':latest'));
    const highest = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .highestVersion */ .t)(versions.filter(_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .isFinal */ .dR));
    if (plan.type !== 'release' || !latest || !highest || (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersions */ .Zy)(highest, plan.version) <= 0)
        return plan;
    return {
        ...plan,
        dockerTags: plan.dockerTags.filter(t => t !== latest),
        latest: `not moved: ${where} has ${highest}, a higher release`
    };
}
/** The tool and the settings that differ from its defaults, as the summary names them. */
function describeConfig(v) {
    const parts = [v.config.tool === 'hatch-vcs' ? 'hatch-vcs (setuptools_scm)' : 'setuptools_scm', `version_scheme ${v.config.scheme}`];
    if (!v.config.normalize)
        parts.push('normalize false');
    if (v.rules.tagRegex.source !== _tag_regex_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_TAG_REGEX */ .$F)
        parts.push(`tag_regex ${v.rules.tagRegex.source}`);
    if (v.rules.prefix)
        parts.push(`tag prefix ${v.rules.prefix}`);
    return parts;
}
function releaseVersion(trigger, facts, v) {
    const out = { version: '', reason: '', versionSource: '', errors: [], warnings: [], notices: [] };
    const tagged = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeVersion */ .Qj)(trigger.version);
    const scm = runScheme(v, { tag: trigger.version, distance: 0, branch: 'HEAD', facts }, out);
    out.version = scm ?? tagged;
    out.baseTag = trigger.tag;
    out.versionSource = [...describeConfig(v), `tag ${trigger.tag}`].join(', ');
    out.reason = `Tag "${trigger.tag}" is version ${out.version}: a release.`;
    if (out.version !== tagged) {
        out.warnings.push(`version_scheme ${v.config.scheme} turns tag "${trigger.tag}" (${tagged}) into ${out.version}, and this release publishes what the project computes.`);
    }
    const pretend = v.config.pretend;
    if (pretend && (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeVersion */ .Qj)(pretend.version) !== out.version) {
        out.errors.push(`${pretend.variable} is ${pretend.version}, but tag "${trigger.tag}" is version ${out.version}: a tag build releases the tag. Unset ${pretend.variable} for tag builds.`);
    }
    return out;
}
function devVersion(trigger, facts, v) {
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
    out.baseTag = nearest?.tag;
    const since = nearest
        ? nearest.distance === 0
            ? `at tag "${nearest.tag}"`
            : `${plural(nearest.distance, 'commit')} after tag "${nearest.tag}"`
        : `no version tag yet, ${plural(facts.commitCount, 'commit')} in all`;
    const pretend = v.config.pretend;
    if (pretend) {
        out.version = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeVersion */ .Qj)(pretend.version);
        out.versionSource = `${pretend.variable}=${pretend.version}`;
        out.notices.push(`The version comes from ${pretend.variable} (${pretend.version}), not from git.`);
    }
    else {
        // setuptools_scm counts from 0.0 where no tag is found.
        out.version = runScheme(v, { tag: nearest?.version ?? '0.0', distance, branch: trigger.branch, facts }, out) ?? '';
        out.versionSource = [...describeConfig(v), nearest ? `tag ${nearest.tag}` : 'no tag', plural(distance, 'commit')].join(', ');
    }
    out.since = since;
    out.reason = `Push to branch "${trigger.branch}": a development release, ${since}.`;
    return out;
}
/** The scheme's version without its local part, or undefined with an error where setuptools_scm would fail. */
function runScheme(v, at, out) {
    let raw;
    try {
        const result = (0,_version_schemes_js__WEBPACK_IMPORTED_MODULE_6__/* .computeVersion */ .E2)(v.config.scheme, {
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
        if (!(error instanceof _version_schemes_js__WEBPACK_IMPORTED_MODULE_6__/* .SchemeError */ .At))
            throw error;
        out.errors.push(`setuptools_scm's version_scheme ${v.config.scheme} fails here: ${error.message}. Tag a version it can continue from, or choose another version_scheme.`);
        return undefined;
    }
    const version = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .publicVersion */ .Yd)(raw);
    if (!version) {
        out.errors.push(`version_scheme ${v.config.scheme} gives "${raw}" here, which is not a PEP 440 version; no build backend accepts it. Tag a version it can continue from, or choose another version_scheme.`);
        return undefined;
    }
    if (version !== (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeVersion */ .Qj)(raw))
        out.notices.push(`The local part of ${raw} is dropped: a package index refuses local versions.`);
    return version;
}
function latestDecision(version, tagVersions, mode) {
    if (mode === 'false')
        return { latest: false, why: 'not moved: input latest is false' };
    if (!(0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .isFinal */ .dR)(version))
        return { latest: false, why: `not moved: ${version} is not a final release` };
    const highest = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .highestVersion */ .t)(tagVersions.filter(v => (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .isFinal */ .dR)(v) && (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersions */ .Zy)(v, version) > 0));
    if (highest)
        return { latest: false, why: `not moved: ${highest} is a higher release` };
    return { latest: true, why: `moved: ${version} is the highest final release` };
}
/** A pull request: the package and every image are built, and nothing leaves the runner. */
function verifySteps(inputs, facts, version) {
    const noPython = facts.hasPythonProject ? undefined : `no pyproject.toml or setup.py in "${inputs.pythonProject}"`;
    const nothing = 'a pull request publishes nothing';
    return [
        { id: 'python-build', title: `Build sdist and wheel of "${inputs.pythonProject}" at ${version}`, skip: noPython },
        { id: 'stage', title: `Stage them into ${inputs.pkgDirs.join(', ')}`, skip: noPython ?? (inputs.publishDocker ? undefined : 'publish-docker is false') },
        {
            id: 'docker',
            title: `Build ${inputs.platforms.join(', ')} (no login, nothing pushed: the result stays in the build cache)`,
            skip: inputs.publishDocker ? undefined : 'publish-docker is false'
        },
        { id: 'pypi', title: `Upload to ${inputs.pypiUrl}`, skip: nothing }
    ];
}
function planSteps(type, inputs, facts, version, dockerTags, taggedRelease) {
    const noPython = facts.hasPythonProject
        ? undefined
        : `no pyproject.toml or setup.py in "${inputs.pythonProject}"`;
    const build = {
        id: 'python-build',
        title: `Build sdist and wheel of "${inputs.pythonProject}" at ${version}`,
        skip: noPython ?? (!inputs.publishPypi && !inputs.publishDocker ? 'publish-pypi and publish-docker are false' : undefined)
    };
    const stage = {
        id: 'stage',
        title: `Stage them into ${inputs.pkgDirs.join(', ')}`,
        skip: build.skip ?? (inputs.publishDocker ? undefined : 'publish-docker is false')
    };
    const dockerSkip = inputs.publishDocker ? undefined : 'publish-docker is false';
    const docker = {
        id: 'docker',
        title: inputs.mode === 'platform'
            ? `Build ${inputs.platforms[0]} and push it by digest, for the merge job`
            : inputs.mode === 'merge'
                ? `Merge the platform images (${inputs.platforms.join(', ')}) into ${dockerTags.join(', ')}`
                : `Build ${inputs.platforms.join(', ')} and push ${dockerTags.join(', ')}`,
        skip: dockerSkip
    };
    if (inputs.mode === 'merge' && !stage.skip)
        stage.skip = 'mode merge builds no image';
    const pypi = {
        id: 'pypi',
        title: `Upload to ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .indexFor */ .C9)(type, inputs).url}`,
        skip: !inputs.publishPypi
            ? 'publish-pypi is false'
            : inputs.mode === 'platform'
                ? 'mode platform: the merge job uploads'
                : (noPython ??
                    (taggedRelease !== undefined
                        ? `this commit is tag "${taggedRelease}", whose own release publishes ${version}`
                        : undefined))
    };
    return [build, stage, docker, pypi];
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ canonicalPlatform),
/* harmony export */   q: () => (/* binding */ parsePlatforms)
/* harmony export */ });
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5846);
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
    const list = (0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .splitList */ .ry)(text);
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


/***/ }),

/***/ 2325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HE: () => (/* binding */ PythonError),
/* harmony export */   VX: () => (/* binding */ Python),
/* harmony export */   t1: () => (/* binding */ findProject)
/* harmony export */ });
/* unused harmony export pinnedVersionEnv */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4981);
// Everything that runs Python: finding the project, the tools, building at a
// pinned version and reading back the versions of the built files.



function findProject(dir) {
    const pyproject = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'pyproject.toml');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(pyproject))
        return { dir, name: projectName((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(pyproject, 'utf8')) };
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'setup.py')))
        return { dir };
    return undefined;
}
/** `name` of the [project] table; a full TOML parser is more than this needs. */
function projectName(toml) {
    const table = /^\[project\][ \t]*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(toml);
    return table ? /^name\s*=\s*["']([^"']+)["']/m.exec(table[1])?.[1] : undefined;
}
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
class PythonError extends _exec_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolError */ .v4 {
}
/** The tools a release needs from the interpreter. */
const TOOLS = ['build', 'twine'];
/** One interpreter start per interpreter and run: whether it runs, and which tools it lacks. */
const probes = new Map();
class Python {
    interpreter;
    constructor(interpreter) {
        this.interpreter = interpreter;
    }
    probe() {
        let probe = probes.get(this.interpreter);
        if (!probe) {
            const code = `import importlib.util, sys; print(" ".join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))`;
            probe = (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)(this.interpreter, ['-c', code, ...TOOLS], { allowFailure: true }).then(r => ({ runs: r.code === 0, missing: r.stdout.split(/\s+/).filter(Boolean) }), () => ({ runs: false, missing: TOOLS }));
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
    async withTools(tempDir, log) {
        const { missing } = await this.probe();
        if (!missing.length)
            return this;
        const venv = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tempDir, 'dev-release-venv');
        log(`${this.interpreter} lacks ${missing.join(' and ')}: installing them into a virtual environment at ${venv}`);
        await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)(this.interpreter, ['-m', 'venv', venv]);
        const python = new Python((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(venv, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python'));
        const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)(python.interpreter, ['-m', 'pip', 'install', '--quiet', 'build', 'twine'], { allowFailure: true });
        if (r.code !== 0) {
            throw new PythonError(`Installing build and twine into ${venv} failed: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .lastLines */ .w$)(r)}`, r.stdout + r.stderr);
        }
        return python;
    }
    /**
     * `python -m build --sdist --wheel` at a pinned version; returns the built files.
     * `sourceDateEpoch` (the commit's time) makes the wheel the same bytes on every re-run.
     */
    async build(project, version, outDir, extraArgs, sourceDateEpoch) {
        const epoch = process.env.SOURCE_DATE_EPOCH ?? (sourceDateEpoch === undefined ? undefined : String(sourceDateEpoch));
        const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)(this.interpreter, ['-m', 'build', '--sdist', '--wheel', '--outdir', outDir, ...extraArgs, project.dir], {
            env: { ...pinnedVersionEnv(version, project.name), ...(epoch ? { SOURCE_DATE_EPOCH: epoch } : {}) },
            stream: true,
            allowFailure: true
        });
        if (r.code !== 0) {
            throw new PythonError(`The Python build of "${project.dir}" failed (exit code ${r.code}): ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .lastLines */ .w$)(r)}`, r.stdout + r.stderr);
        }
        const files = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(outDir)
            .filter(f => f.endsWith('.whl') || f.endsWith('.tar.gz'))
            .sort()
            .map(f => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, f));
        if (!files.length)
            throw new PythonError(`The Python build of "${project.dir}" produced no .whl or .tar.gz file.`, r.stdout);
        return files;
    }
    /** The name and version in each distribution's metadata (PKG-INFO or METADATA). */
    async readMetadata(files) {
        const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)(this.interpreter, ['-c', READ_METADATA, ...files]);
        return JSON.parse(r.stdout);
    }
}
const READ_METADATA = `
import email.parser, json, sys, tarfile, zipfile
out = []
for path in sys.argv[1:]:
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
    const response = await fetch(request, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' }, signal: AbortSignal.timeout(60_000) });
    const body = (await response.json().catch(() => ({})));
    if (!response.ok || !body.value)
        throw new Error(`The runner's OIDC endpoint answered ${response.status}.`);
    setSecret(body.value);
    return body.value;
}


/***/ }),

/***/ 2921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ renderTags),
/* harmony export */   H: () => (/* binding */ parseTagTemplates)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(936);
// Extra image tags from the `tags` input: one template per line, each for the
// release types it names. `{{major}}.{{minor}}` on releases is an alias that
// moves only when this release is the highest of its line; dev tags can never
// pass for a release tag.


const PLACEHOLDERS = ['version', 'major', 'minor', 'patch', 'branch', 'sha7', 'sha', 'tag'];
const VALID_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
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
        const unknown = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map(p => p[1]).filter(p => !PLACEHOLDERS.includes(p));
        if (unknown.length) {
            problems.push(`Input "tags": "${line}" uses {{${unknown.join('}}, {{')}}}; the placeholders are ${PLACEHOLDERS.map(p => `{{${p}}}`).join(', ')}.`);
            continue;
        }
        const usesVersionParts = /\{\{\s*(major|minor|patch)\s*\}\}/.test(text);
        // Without "on": a template naming the version is a release's, any other a dev release's.
        const namesVersion = usesVersionParts || /\{\{\s*version\s*\}\}/.test(text);
        const on = m[3] ? { kind: 'branch', name: m[3] } : m[2] === 'dev' ? { kind: 'dev' } : m[2] === 'release' || namesVersion ? { kind: 'release' } : { kind: 'dev' };
        if (usesVersionParts && on.kind !== 'release') {
            problems.push(`Input "tags": "${line}" uses {{major}}, {{minor}} or {{patch}}, which only a release has; make it "on release".`);
            continue;
        }
        templates.push({ text, on });
    }
    return { templates, problems };
}
function fill(text, values) {
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => values[name] ?? '');
}
function releaseValues(version) {
    const release = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(version)?.release ?? [];
    return { version, tag: version, major: String(release[0] ?? 0n), minor: String(release[1] ?? 0n), patch: String(release[2] ?? 0n) };
}
/** Made a valid tag that cannot pass for a release: `latest` or a version get `branch-`, as branch tags do. */
function safeDevTag(tag) {
    let out = tag.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
    if (out !== tag)
        out = `${out.replace(/-+$/, '')}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(tag).digest('hex').slice(0, 8)}`;
    if (/^latest$/i.test(out) || /^[vV]?\d/.test(out))
        out = `branch-${out}`;
    return out.slice(0, 128);
}
/** The extra tags this release gets from the templates. */
function renderTags(templates, ctx) {
    const tags = [];
    const notes = [];
    for (const template of templates) {
        if (ctx.type === 'release' && template.on.kind === 'release') {
            if (!(0,_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .isFinal */ .dR)(ctx.version)) {
                notes.push(`"${template.text}" not set: ${ctx.version} is not a final release.`);
                continue;
            }
            const tag = fill(template.text, releaseValues(ctx.version));
            // An alias belongs to the highest final release that renders to it: a backport moves its own line only.
            const higher = ctx.releasedVersions.filter(v => (0,_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .isFinal */ .dR)(v) && (0,_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(v, ctx.version) > 0 && fill(template.text, releaseValues(v)) === tag);
            if (higher.length) {
                notes.push(`${tag} not moved: ${higher.sort(_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy).pop()} is a higher release of that line.`);
                continue;
            }
            if (VALID_TAG.test(tag))
                tags.push(tag);
            else
                notes.push(`"${template.text}" gives "${tag}", which is no valid tag.`);
        }
        else if (ctx.type === 'dev' && (template.on.kind === 'dev' || (template.on.kind === 'branch' && template.on.name === ctx.branch))) {
            const values = { version: ctx.version, branch: ctx.branchTag ?? '', tag: ctx.branchTag ?? '', sha7: ctx.sha.slice(0, 7), sha: ctx.sha };
            tags.push(safeDevTag(fill(template.text, values)));
        }
    }
    return { tags: [...new Set(tags)], notes };
}


/***/ })

};
