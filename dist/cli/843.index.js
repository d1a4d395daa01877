export const id = 843;
export const ids = [843];
export const modules = {

/***/ 84773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ realOutside)
/* harmony export */ });
/* harmony import */ var _outside_docker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64655);
/* harmony import */ var _outside_registry_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16337);
/* harmony import */ var _outside_package_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16534);
// What the steps ask of the outside world, as small interfaces. The modules in src/outside/ are the real ones
// (realOutside); unit tests hand in fakes, so that every decision a step makes (how to push, what to fall back
// to, what to retry, what a re-run skips) is tested without dockerd, a registry or an index.



const realOutside = {
    openEngine: (temp, registries, timeouts) => _outside_docker_js__WEBPACK_IMPORTED_MODULE_0__/* .Docker */ .Jg.open(temp, registries, timeouts),
    registry: (image, credentials, timeoutMs) => new _outside_registry_api_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryApi */ .cA((0,_outside_registry_api_js__WEBPACK_IMPORTED_MODULE_1__/* .imageLocation */ .DD)(image), credentials, timeoutMs),
    referrers: (credentials, timeoutMs) => async (image, subjectDigest, artifact) => {
        const { attachReferrer } = await __webpack_require__.e(/* import() */ 723).then(__webpack_require__.bind(__webpack_require__, 55723));
        const api = new _outside_registry_api_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryApi */ .cA((0,_outside_registry_api_js__WEBPACK_IMPORTED_MODULE_1__/* .imageLocation */ .DD)(image), credentials(image), timeoutMs);
        return attachReferrer(api, subjectDigest, artifact);
    },
    index: { files: _outside_package_index_js__WEBPACK_IMPORTED_MODULE_2__/* .existingFiles */ .$6, download: _outside_package_index_js__WEBPACK_IMPORTED_MODULE_2__/* .downloadFile */ .PE }
};


/***/ }),

/***/ 60514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ buildPython),
  V: () => (/* binding */ stageBuilt)
});

// EXTERNAL MODULE: ./src/outside/runner.ts
var runner = __webpack_require__(45081);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/outside/git.ts
var git = __webpack_require__(69071);
// EXTERNAL MODULE: ./src/outside/leftovers.ts
var leftovers = __webpack_require__(25335);
// EXTERNAL MODULE: ./src/outside/project-files.ts
var project_files = __webpack_require__(89856);
;// CONCATENATED MODULE: ./src/outside/stage.ts
// Staging: the image's pkg/ directories get exactly this build's files.


const DIST_FILE = /\.(whl|tar\.gz)$/;
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
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        for (const entry of (0,external_node_fs_.readdirSync)(dir)) {
            const path = (0,external_node_path_.join)(dir, entry);
            // A file that git tracks is the project's own (a vendored archive), never an earlier build.
            if (DIST_FILE.test(entry) && !tracked.has(path) && (0,external_node_fs_.lstatSync)(path).isFile()) {
                (0,external_node_fs_.rmSync)(path);
                removed.push(path);
            }
        }
        for (const file of files) {
            (0,external_node_fs_.copyFileSync)(file, (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(file)));
            if (epoch !== undefined)
                (0,external_node_fs_.utimesSync)((0,external_node_path_.join)(dir, (0,external_node_path_.basename)(file)), epoch, epoch);
        }
        if (epoch !== undefined)
            (0,external_node_fs_.utimesSync)(dir, epoch, epoch);
    }
    return removed;
}

// EXTERNAL MODULE: ./src/versions/pep440.ts
var pep440 = __webpack_require__(42422);
// EXTERNAL MODULE: ./src/versions/pyproject.ts
var pyproject = __webpack_require__(95377);
// EXTERNAL MODULE: ./src/versions/words.ts
var words = __webpack_require__(13880);
;// CONCATENATED MODULE: ./src/steps/python-build.ts
// The Python build and the staging of its files into the Docker context: the package is built at the plan's
// version from the commit's own time, every file's metadata checked to carry that version, then copied into
// each pkg directory (earlier builds' files removed) for the Dockerfile to install from /pkg/.










async function buildPython(plan, inputs, site) {
    // One chunk with preflight, which loads it on demand too (a static import here would bundle it twice).
    const { Python, PythonError } = await __webpack_require__.e(/* import() */ 537).then(__webpack_require__.bind(__webpack_require__, 82537));
    const python = new Python(inputs.python); // preflight checked that it runs
    const project = (0,project_files/* findProject */.t1)((0,external_node_path_.resolve)(site.workspace, inputs.pythonProject));
    if (!project)
        throw new PythonError(`No pyproject.toml or setup.py in "${inputs.pythonProject}".`);
    const tools = await python.withTools(site.temp, runner/* info */.pq, inputs.timeouts.build);
    const outDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(site.temp, 'dev-release-dist-'));
    const files = await runner/* group */.Os(`Build the Python package at ${plan.version}`, () => tools.build(project, plan.version, outDir, inputs.pythonBuildArgs, plan.commitEpoch, inputs.timeouts.build));
    const metadata = await tools.readMetadata(files);
    const wrong = metadata.filter(m => (0,pep440/* normalizeVersion */.Qj)(m.version) !== (0,pep440/* normalizeVersion */.Qj)(plan.version));
    if (wrong.length) {
        const names = wrong.map(m => `${(0,external_node_path_.basename)(m.file)} (${m.version})`).join(', ');
        throw new PythonError(`The build carries another version than this release (${plan.version}): ${names}. ` +
            `The package must take its version from git: ${site.project ? (0,pyproject/* versionAdvice */.bC)(site.project) : 'use setuptools_scm (dynamic = ["version"]).'}`);
    }
    runner/* info */.pq(`Built ${files.map(f => (0,external_node_path_.basename)(f)).join(', ')}.`);
    return { python: tools, files, name: metadata[0].name };
}
/** Copy the files into every pkg directory; returns the staged paths (remembered for the post step first). */
async function stageBuilt(files, plan, inputs, site) {
    const dirs = inputs.pkgDirs.map(d => (0,external_node_path_.resolve)(site.workspace, d));
    const tracked = await new git/* Git */.T(site.workspace, inputs.timeouts.request).trackedFiles(dirs);
    const staged = dirs.flatMap(dir => files.map(file => (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(file))));
    for (const file of staged)
        (0,leftovers/* remember */.kY)('staged', file);
    const removed = stageDists(dirs, files, plan.commitEpoch, tracked);
    runner/* info */.pq(`Staged ${files.map(f => (0,external_node_path_.basename)(f)).join(', ')} into ${inputs.pkgDirs.join(', ')}${removed.length ? ` (removed ${(0,words/* plural */.LS)(removed.length, 'earlier file')})` : ''}.`);
    return staged;
}


/***/ }),

/***/ 58843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rebuild: () => (/* binding */ rebuild)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/outside/runner.ts
var runner = __webpack_require__(45081);
// EXTERNAL MODULE: ./src/outside/git.ts
var git = __webpack_require__(69071);
// EXTERNAL MODULE: ./src/outside/package-index.ts
var package_index = __webpack_require__(16534);
// EXTERNAL MODULE: ./src/outside/registry-api.ts
var registry_api = __webpack_require__(16337);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/outside/scratch-registry.ts
// A registry of the run's own, on loopback, for as long as a rebuild takes: buildx pushes the rebuilt image there
// exactly as a release pushes it, so that its digests are the ones a registry would serve, and nothing leaves the
// machine. The part of the distribution API a push and a read use (chunked and monolithic blob uploads, manifests
// by tag and by digest), blobs kept in a temporary directory, no login.





class ScratchRegistry {
    server;
    dir;
    manifests = new Map();
    /** `host:port` on 127.0.0.1, once started. */
    host = '';
    constructor(temp) {
        this.dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(temp, 'dev-release-scratch-registry-'));
    }
    async start() {
        this.server = (0,external_node_http_.createServer)((req, res) => {
            const chunks = [];
            req.on('data', (c) => chunks.push(c));
            req.on('end', () => {
                try {
                    this.answer(req, res, Buffer.concat(chunks));
                }
                catch (error) {
                    res.writeHead(500, { 'Content-Type': 'text/plain' }).end(error.message);
                }
            });
        });
        await new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(0, '127.0.0.1', () => resolve());
        });
        const address = this.server.address();
        this.host = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
        return this;
    }
    async stop() {
        await new Promise(resolve => (this.server ? this.server.close(() => resolve()) : resolve()));
        this.server?.closeAllConnections();
        (0,external_node_fs_.rmSync)(this.dir, { recursive: true, force: true });
    }
    answer(req, res, body) {
        const url = new URL(req.url ?? '/', 'http://scratch');
        const method = req.method ?? 'GET';
        const send = (status, headers = {}, data) => {
            res.writeHead(status, { 'Docker-Distribution-API-Version': 'registry/2.0', ...headers });
            res.end(method === 'HEAD' ? undefined : data);
        };
        if (url.pathname === '/v2/' || url.pathname === '/v2')
            return send(200, { 'Content-Type': 'application/json' });
        const upload = /^\/v2\/(.+)\/blobs\/uploads\/([^/]*)$/.exec(url.pathname);
        if (upload)
            return this.upload(method, upload[1], upload[2], url, body, send);
        const blob = /^\/v2\/(.+)\/blobs\/(sha256:[0-9a-f]{64})$/.exec(url.pathname);
        if (blob && (method === 'GET' || method === 'HEAD')) {
            const path = this.blobPath(blob[2]);
            if (!(0,external_node_fs_.existsSync)(path))
                return send(404);
            const size = (0,external_node_fs_.statSync)(path).size;
            return send(200, { 'Content-Length': size, 'Docker-Content-Digest': blob[2], 'Content-Type': 'application/octet-stream' }, method === 'GET' ? (0,external_node_fs_.readFileSync)(path) : undefined);
        }
        const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname);
        if (manifest && method === 'PUT') {
            const digest = (0,registry_api/* digestOf */.ol)(body);
            const stored = { type: req.headers['content-type'] ?? 'application/json', body };
            this.manifests.set(`${manifest[1]}@${digest}`, stored);
            this.manifests.set(`${manifest[1]}:${manifest[2]}`, stored);
            return send(201, { Location: `/v2/${manifest[1]}/manifests/${digest}`, 'Docker-Content-Digest': digest });
        }
        if (manifest && (method === 'GET' || method === 'HEAD')) {
            const ref = manifest[2].startsWith('sha256:') ? `${manifest[1]}@${manifest[2]}` : `${manifest[1]}:${manifest[2]}`;
            const stored = this.manifests.get(ref);
            if (!stored)
                return send(404, { 'Content-Type': 'application/json' }, Buffer.from('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}'));
            const digest = (0,registry_api/* digestOf */.ol)(stored.body);
            return send(200, { 'Content-Type': stored.type, 'Content-Length': stored.body.length, 'Docker-Content-Digest': digest }, stored.body);
        }
        send(404);
    }
    /** Blob uploads: POST starts one (or is the whole blob, with ?digest=), PATCH appends, PUT ends it with its digest. */
    upload(method, name, id, url, body, send) {
        if (method === 'POST') {
            const mount = url.searchParams.get('mount');
            if (mount && (0,external_node_fs_.existsSync)(this.blobPath(mount)))
                return send(201, { Location: `/v2/${name}/blobs/${mount}`, 'Docker-Content-Digest': mount });
            const uuid = (0,external_node_crypto_.randomUUID)();
            (0,external_node_fs_.writeFileSync)(this.uploadPath(uuid), body);
            const digest = url.searchParams.get('digest');
            if (digest)
                return this.finish(name, uuid, digest, send);
            return send(202, { Location: `/v2/${name}/blobs/uploads/${uuid}`, Range: '0-0', 'Docker-Upload-UUID': uuid });
        }
        if (!id || !(0,external_node_fs_.existsSync)(this.uploadPath(id)))
            return send(404);
        (0,external_node_fs_.appendFileSync)(this.uploadPath(id), body);
        if (method === 'PATCH') {
            const size = (0,external_node_fs_.statSync)(this.uploadPath(id)).size;
            return send(202, { Location: `/v2/${name}/blobs/uploads/${id}`, Range: `0-${Math.max(size - 1, 0)}` });
        }
        if (method === 'PUT')
            return this.finish(name, id, url.searchParams.get('digest') ?? '', send);
        send(405);
    }
    finish(name, uuid, digest, send) {
        const path = this.uploadPath(uuid);
        const actual = (0,registry_api/* digestOf */.ol)((0,external_node_fs_.readFileSync)(path));
        if (actual !== digest) {
            (0,external_node_fs_.rmSync)(path, { force: true });
            return send(400);
        }
        (0,external_node_fs_.renameSync)(path, this.blobPath(digest));
        send(201, { Location: `/v2/${name}/blobs/${digest}`, 'Docker-Content-Digest': digest });
    }
    uploadPath(uuid) {
        return (0,external_node_path_.join)(this.dir, `upload-${uuid.replace(/[^0-9a-f-]/gi, '')}`);
    }
    blobPath(digest) {
        return (0,external_node_path_.join)(this.dir, digest.replace(':', '-'));
    }
}

// EXTERNAL MODULE: ./src/plan/image-names.ts
var image_names = __webpack_require__(32915);
// EXTERNAL MODULE: ./src/plan/inputs.ts + 2 modules
var plan_inputs = __webpack_require__(91358);
// EXTERNAL MODULE: ./src/versions/pep440.ts
var pep440 = __webpack_require__(42422);
// EXTERNAL MODULE: ./src/steps/effects.ts
var effects = __webpack_require__(84773);
// EXTERNAL MODULE: ./src/steps/push-images.ts
var push_images = __webpack_require__(50522);
// EXTERNAL MODULE: ./src/steps/python-build.ts + 1 modules
var python_build = __webpack_require__(60514);
;// CONCATENATED MODULE: ./src/steps/rebuild.ts
// `dev-release verify --rebuild`: the release built again from nothing, as a stranger would build it, and held
// against what was published. A clone of the commit (every tag, none of this work tree's changes), the package built
// and staged by the release's own steps, every image built without any cache and pushed the way a release pushes it,
// but into a registry of this run's own on loopback (scratch-registry.ts): a registry's digests are what a
// comparison needs, and nothing leaves the machine. Then each file's sha256 against the index's, each platform
// image's digest against the published list's.














/** Build the plan's release again in a clone at its commit; one check per file and per platform image. */
async function rebuild(plan, inputs, site, outside = effects/* realOutside */._) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(site.temp, 'dev-release-rebuild-'));
    const scratch = await new ScratchRegistry(site.temp).start();
    try {
        const clone = (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(site.workspace));
        await new git/* Git */.T(site.workspace, inputs.timeouts.request).cloneAt(clone, plan.sha);
        const epoch = plan.commitEpoch ?? (await new git/* Git */.T(clone, inputs.timeouts.request).commit(plan.sha))?.epoch;
        const there = { ...site, workspace: clone };
        const { plan: again, inputs: scratchInputs } = intoScratch({ ...plan, commitEpoch: epoch }, inputs, scratch.host);
        const runs = (id) => plan.steps.some(s => s.id === id && !s.skippedBecause);
        const checks = [];
        if (runs('python-build')) {
            const built = await (0,python_build/* buildPython */.t)(again, scratchInputs, there);
            checks.push(...(runs('index-upload')
                ? await compareDists(plan, inputs, built.name, built.files).catch((error) => [
                    { ok: false, line: `the index's files cannot be read to compare the rebuilt ones: ${error.message}` }
                ])
                : built.files.map(file => ({
                    ok: true,
                    line: `rebuilt ${(0,external_node_path_.basename)(file)}: not on an index in this plan (publish-pypi false), compared through the image only`
                }))));
            if (runs('stage'))
                await (0,python_build/* stageBuilt */.V)(built.files, again, scratchInputs, there);
        }
        if (runs('docker')) {
            if (!site.repositoryUrl)
                runner/* warning */.$e("origin is no GitHub repository's URL: the rebuilt image's url and source labels are empty, so its digests cannot be a GitHub release's. Rebuild in a clone of the repository from GitHub.");
            await runner/* group */.Os(`Rebuild ${plan.imageRefs[0]} without a cache, into ${scratch.host}`, () => (0,push_images/* pushImages */.ZX)(again, scratchInputs, there, outside));
            const pairs = [plan.image, ...plan.moreImages.map(m => m.image)].map(image => ({
                published: image,
                rebuilt: scratchName(image, scratch.host)
            }));
            const tag = plan.imageRefs[0].slice(plan.image.length + 1);
            for (const pair of pairs)
                checks.push(...(await compareImages(pair, tag, inputs, scratch.host)));
        }
        return checks;
    }
    finally {
        await scratch.stop();
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** An image's name in the scratch registry. */
function scratchName(image, host) {
    return `${host}/rebuild/${(0,image_names/* splitRegistry */.K0)(image).path.join('/')}`;
}
/**
 * The plan and inputs of the rebuild: one tag (no latest, which would ask the real registry), every image renamed
 * into the scratch registry, no mirrors, no logins, no cache, nothing signed, nothing uploaded.
 */
function intoScratch(plan, inputs, host) {
    const rename = (image) => scratchName(image, host);
    const tag = plan.imageRefs[0]?.slice(plan.image.length) ?? '';
    return {
        plan: {
            ...plan,
            image: rename(plan.image),
            imageRefs: tag ? [`${rename(plan.image)}${tag}`] : [],
            mirrors: [],
            moreImages: plan.moreImages.map(m => ({ image: rename(m.image), mirrors: [] }))
        },
        inputs: {
            ...inputs,
            image: rename(inputs.image),
            registry: host,
            mirrors: [],
            registryLogins: [],
            registryUsername: '',
            registryPassword: '',
            moreImages: inputs.moreImages.map(m => ({ ...m, image: rename(m.image), registry: host, mirrors: [] })),
            cacheFrom: [],
            cacheTo: [],
            noCache: true,
            attestImage: 'false',
            mode: 'all'
        }
    };
}
/** Each rebuilt file against the index's file of that name. */
async function compareDists(plan, inputs, name, files) {
    const index = (0,plan_inputs/* indexFor */.C9)(plan.type, inputs);
    const held = await (0,package_index/* existingFiles */.$6)((0,package_index.indexUrls)(index.url), name, inputs.timeouts.request);
    const version = (0,pep440/* normalizeVersion */.Qj)(plan.distVersion ?? plan.version);
    const ofVersion = [...held.keys()].filter(file => (0,package_index/* fileVersion */.fB)(file) === version);
    return files.map(path => {
        const file = (0,external_node_path_.basename)(path);
        const sha256 = (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(path)).digest('hex');
        const theirs = held.get(file)?.sha256;
        if (theirs === sha256)
            return { ok: true, line: `rebuilt ${file}: the index's bytes (sha256:${sha256})` };
        return {
            ok: false,
            line: theirs
                ? `rebuilt ${file} is sha256:${sha256}, but the index's is sha256:${theirs}`
                : `rebuilt ${file} (sha256:${sha256}), which the index does not hold (it holds ${ofVersion.join(', ') || 'no file of this version'})`
        };
    });
}
/** The rebuilt list's platform images against the published list's, platform by platform, then the lists. */
async function compareImages(pair, tag, inputs, host) {
    const timeout = inputs.timeouts.request;
    const published = await new registry_api/* RegistryApi */.cA((0,registry_api/* imageLocation */.DD)(pair.published), (0,push_images/* credentialsFor */.Og)(inputs, (0,image_names/* splitRegistry */.K0)(pair.published).registry), timeout).manifest(tag);
    const rebuilt = await new registry_api/* RegistryApi */.cA((0,registry_api/* imageLocation */.DD)(pair.rebuilt), undefined, timeout).manifest(tag);
    const ref = `${pair.published}:${tag}`;
    if (!published)
        return [{ ok: false, line: `${ref} does not resolve: there is nothing to compare the rebuild with` }];
    if (!rebuilt)
        return [{ ok: false, line: `the rebuild of ${ref} left no image in ${host}` }];
    const byPlatform = (list) => new Map(list.manifests.filter(m => m.platform && m.platform.os !== 'unknown').map(m => [(0,registry_api/* platformOf */.tj)(m), m.digest]));
    const theirs = byPlatform(published);
    const ours = byPlatform(rebuilt);
    const checks = [];
    for (const [platform, digest] of ours) {
        const other = theirs.get(platform);
        checks.push(other === digest
            ? { ok: true, line: `rebuilt ${ref} ${platform}: the published image (${digest})` }
            : {
                ok: false,
                line: other
                    ? `rebuilt ${ref} ${platform} is ${digest}, but the published one is ${other}`
                    : `rebuilt ${ref} ${platform} (${digest}), which the published list does not hold`
            });
    }
    // buildx's provenance entries record when they were built: with provenance on, only the platform images compare.
    if (!inputs.provenance)
        checks.push(rebuilt.digest === published.digest
            ? { ok: true, line: `rebuilt ${ref}: the published manifest list (${published.digest})` }
            : {
                ok: false,
                line: `rebuilt ${ref} is the list ${rebuilt.digest}, but the published one is ${published.digest}`
            });
    return checks;
}


/***/ })

};

//# sourceMappingURL=843.index.js.map