export const id = 843;
export const ids = [843];
export const modules = {

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
// EXTERNAL MODULE: ./src/plan/step-settings.ts
var step_settings = __webpack_require__(38163);
// EXTERNAL MODULE: ./src/versions/pep440.ts
var pep440 = __webpack_require__(42422);
// EXTERNAL MODULE: ./src/steps/effects.ts + 1 modules
var effects = __webpack_require__(81988);
// EXTERNAL MODULE: ./src/steps/push-images.ts + 1 modules
var push_images = __webpack_require__(29278);
// EXTERNAL MODULE: ./src/steps/python-build.ts
var python_build = __webpack_require__(10072);
;// CONCATENATED MODULE: ./src/steps/rebuild.ts
// `dev-release verify --rebuild`: the release built again from nothing, as a stranger would build it, and held
// against what was published. A clone of the commit (every tag, none of this work tree's changes), the package built
// and staged by the release's own steps, every image built without any cache and pushed the way a release pushes it,
// but into a registry of this run's own on loopback (scratch-registry.ts): a registry's digests are what a
// comparison needs, and nothing leaves the machine. Then each file's sha256 against the index's, each platform
// image's digest against the published list's.














/** Build the plan's release again in a clone at its commit; one check per file and per platform image. */
async function rebuild(plan, { python, image, index }, site, outside = effects/* realOutside */._, 
/** The index's files, where verify read them already. */
held) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(site.temp, 'dev-release-rebuild-'));
    const scratch = await new ScratchRegistry(site.temp).start();
    try {
        const clone = (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(site.workspace));
        await new git/* Git */.T(site.workspace, python.timeouts.request).cloneAt(clone, plan.sha);
        const epoch = plan.commitEpoch ?? (await new git/* Git */.T(clone, python.timeouts.request).commit(plan.sha))?.epoch;
        const there = { ...site, workspace: clone };
        const { plan: again, image: scratchImage } = intoScratch({ ...plan, commitEpoch: epoch }, image, scratch.host);
        const runs = (id) => plan.steps.some(s => s.id === id && !s.skippedBecause);
        const checks = [];
        if (runs('python-build')) {
            const built = await (0,python_build/* buildPython */.tI)(again, python, there);
            checks.push(...(runs('index-upload')
                ? await compareDists(plan, index, built.name, built.files, held).catch((error) => [
                    { ok: false, line: `the index's files cannot be read to compare the rebuilt ones: ${error.message}` }
                ])
                : built.files.map(file => ({
                    ok: true,
                    line: `rebuilt ${(0,external_node_path_.basename)(file)}: not on an index in this plan (publish-pypi false), compared through the image only`
                }))));
            if (runs('stage'))
                await (0,python_build/* stageBuilt */.VB)(built.files, again, python, there);
        }
        if (runs('docker')) {
            if (!site.repositoryUrl)
                runner/* warning */.$e("origin is no GitHub repository's URL: the rebuilt image's url and source labels are empty, so its digests cannot be a GitHub release's. Rebuild in a clone of the repository from GitHub.");
            await runner/* group */.Os(`Rebuild ${plan.imageRefs[0]} without a cache, into ${scratch.host}`, () => (0,push_images/* pushImages */.ZX)(again, scratchImage, there, outside));
            const pairs = [plan.image, ...plan.moreImages.map(m => m.image)].map(image => ({
                published: image,
                rebuilt: scratchName(image, scratch.host)
            }));
            const tag = plan.imageRefs[0].slice(plan.image.length + 1);
            for (const pair of pairs)
                checks.push(...(await compareImages(pair, tag, image, scratch.host)));
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
 * The plan and image settings of the rebuild: one tag (no latest, which would ask the real registry), every image renamed
 * into the scratch registry, no mirrors, no logins, no cache, nothing signed, nothing uploaded.
 */
function intoScratch(plan, image, host) {
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
        image: {
            ...image,
            image: rename(image.image),
            registry: host,
            mirrors: [],
            registryLogins: [],
            registryUsername: '',
            registryPassword: '',
            moreImages: image.moreImages.map(m => ({ ...m, image: rename(m.image), registry: host, mirrors: [] })),
            cacheFrom: [],
            cacheTo: [],
            noCache: true,
            mode: 'all'
        }
    };
}
/** Each rebuilt file against the index's file of that name. */
async function compareDists(plan, index, name, files, read) {
    const held = await (read ? read() : (0,package_index.existingFiles)((0,package_index.indexUrls)(index.url), name, index.timeouts.request));
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
async function compareImages(pair, tag, image, host) {
    const timeout = image.timeouts.request;
    const published = await new registry_api/* RegistryApi */.cA((0,registry_api/* imageLocation */.DD)(pair.published), (0,step_settings/* imageCredentialsFor */.TY)(image, pair.published), timeout).manifest(tag);
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
    if (!image.provenance)
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