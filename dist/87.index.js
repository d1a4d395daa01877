export const id = 87;
export const ids = [87];
export const modules = {

/***/ 58733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ PackageApiError)
/* harmony export */ });
// GitHub's refusal of a package listing, in a module of its own: cleanup tells it from other failures without loading
// Octokit, which only the package API's own module (ghcr-packages.ts) needs.
/** GitHub's refusal of a listing: its status where GitHub answered, and whether it was the rate limit. */
class PackageApiError extends Error {
    status;
    rateLimited;
    constructor(message, status, rateLimited) {
        super(message);
        this.status = status;
        this.rateLimited = rateLimited;
        this.name = 'PackageApiError';
    }
}


/***/ }),

/***/ 95397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ provenanceStatement),
/* harmony export */   YD: () => (/* binding */ SLSA_PROVENANCE),
/* harmony export */   wn: () => (/* binding */ subjectName)
/* harmony export */ });
/* harmony import */ var _image_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32915);
// The image's provenance as pure data: an in-toto statement whose subject is the image (its name without a tag,
// and the manifest list's digest), with an SLSA v1 provenance predicate of GitHub's workflow build type, read
// from the claims of the job's OIDC token (what GitHub vouches for: the workflow, the commit, the run) and the
// build's own inputs. The same statement actions/attest-build-provenance makes, so `gh attestation verify` reads it.

const SLSA_PROVENANCE = 'https://slsa.dev/provenance/v1';
const WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** The predicate's parts that come from the token: each claim GitHub sets on a job's OIDC token. */
function provenanceStatement(image, claims, build, serverUrl = 'https://github.com') {
    const text = (name) => (typeof claims[name] === 'string' ? claims[name] : '');
    const repository = text('repository');
    const [workflowPath, workflowRef] = splitWorkflowRef(text('workflow_ref'), repository);
    return {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: image.name, digest: { sha256: image.digest.replace(/^sha256:/, '') } }],
        predicateType: SLSA_PROVENANCE,
        predicate: {
            buildDefinition: {
                buildType: WORKFLOW_BUILD_TYPE,
                externalParameters: {
                    workflow: { ref: workflowRef, repository: `${serverUrl}/${repository}`, path: workflowPath },
                    image: {
                        platforms: build.platforms,
                        dockerfile: build.dockerfile,
                        context: build.context,
                        ...(build.target ? { target: build.target } : {}),
                        ...(build.buildArgNames.length ? { buildArgs: build.buildArgNames } : {})
                    }
                },
                internalParameters: {
                    github: {
                        event_name: text('event_name'),
                        repository_id: text('repository_id'),
                        repository_owner_id: text('repository_owner_id'),
                        runner_environment: text('runner_environment')
                    },
                    ...(build.sourceDateEpoch === undefined ? {} : { sourceDateEpoch: build.sourceDateEpoch })
                },
                resolvedDependencies: [
                    { uri: `git+${serverUrl}/${repository}@${text('ref')}`, digest: { gitCommit: text('sha') } }
                ]
            },
            runDetails: {
                builder: { id: `${serverUrl}/${text('job_workflow_ref')}` },
                metadata: {
                    invocationId: `${serverUrl}/${repository}/actions/runs/${text('run_id')}/attempts/${text('run_attempt')}`
                }
            }
        }
    };
}
/** `owner/repo/.github/workflows/release.yml@refs/tags/1.2.3` as its path and its ref. */
function splitWorkflowRef(workflowRef, repository) {
    const at = workflowRef.indexOf('@');
    const path = at < 0 ? workflowRef : workflowRef.slice(0, at);
    return [
        path.startsWith(`${repository}/`) ? path.slice(repository.length + 1) : path,
        at < 0 ? '' : workflowRef.slice(at + 1)
    ];
}
/** The image's name as a subject: without a tag, with its registry (Docker Hub's as index.docker.io, as Docker names it). */
function subjectName(image) {
    const { registry, path } = (0,_image_names_js__WEBPACK_IMPORTED_MODULE_0__/* .splitRegistry */ .K0)(image);
    if (registry !== 'docker.io')
        return image;
    return `index.docker.io/${path.length > 1 ? path.join('/') : `library/${path[0]}`}`;
}


/***/ }),

/***/ 8087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  emptyOutcome: () => (/* reexport */ emptyOutcome),
  execute: () => (/* binding */ execute),
  previewPush: () => (/* binding */ previewPush)
});

// EXTERNAL MODULE: ./src/outside/runner.ts
var runner = __webpack_require__(45081);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/outside/git.ts
var git = __webpack_require__(69071);
// EXTERNAL MODULE: ./src/versions/pep440.ts
var pep440 = __webpack_require__(42422);
// EXTERNAL MODULE: ./src/plan/step-settings.ts
var step_settings = __webpack_require__(38163);
// EXTERNAL MODULE: ./src/plan/plan.ts
var plan_plan = __webpack_require__(48720);
// EXTERNAL MODULE: ./src/plan/latest.ts
var latest = __webpack_require__(10320);
// EXTERNAL MODULE: ./src/plan/image-names.ts
var image_names = __webpack_require__(32915);
// EXTERNAL MODULE: ./src/outside/package-api-error.ts
var package_api_error = __webpack_require__(58733);
;// CONCATENATED MODULE: ./src/steps/cleanup.ts
// A deleted branch's image tags, removed from a registry that speaks the
// distribution API: the tag itself where the registry deletes tags, else the
// manifest by digest when no other tag points at it, else nothing (and why).



/** Remove `refs` (image:tag), one repository at a time; every other tag stays. */
async function removeBranchImages(refs, access) {
    const removals = [];
    const byImage = new Map();
    for (const ref of refs) {
        const at = ref.lastIndexOf(':');
        byImage.set(ref.slice(0, at), [...(byImage.get(ref.slice(0, at)) ?? []), ref.slice(at + 1)]);
    }
    for (const [image, tags] of byImage) {
        const host = (0,image_names/* splitRegistry */.K0)(image).registry;
        if (host === 'ghcr.io') {
            removals.push(...(await fromGhcr(image, tags, access)));
            continue;
        }
        if (host === 'docker.io') {
            removals.push(...(await fromDockerHub(image, tags, access)));
            continue;
        }
        const api = access.registry(image, access.credentials(host));
        for (const tag of tags) {
            const ref = `${image}:${tag}`;
            try {
                removals.push({ ref, ...(await removeOne(api, tag, tags)) });
            }
            catch (error) {
                removals.push({ ref, result: 'kept', why: error.message });
            }
        }
    }
    for (const r of removals.filter(r => r.result === 'kept'))
        runner/* warning */.$e(`${r.ref} stays: ${r.why}`);
    return removals;
}
async function removeOne(api, tag, ours) {
    const found = await api.manifest(tag);
    if (!found)
        return { result: 'absent', why: 'the registry has no such tag (removed before, or never pushed)' };
    if ((await api.deleteTag(tag)) === 'deleted')
        return { result: 'removed', why: 'the tag was deleted' };
    // The registry deletes no tags: the manifest may go, but only when no other tag points at it.
    const others = [];
    for (const other of await api.tags()) {
        if (other === tag || ours.includes(other))
            continue;
        if ((await api.manifest(other))?.digest === found.digest)
            others.push(other);
    }
    if (others.length)
        return {
            result: 'kept',
            why: `the registry deletes no tags, and ${others.join(', ')} still point${others.length === 1 ? 's' : ''} at ${found.digest}`
        };
    // Reading every other tag took a while: a push in between may have moved this one to a new image.
    const now = await api.manifest(tag);
    if (!now)
        return { result: 'absent', why: 'removed meanwhile' };
    if (now.digest !== found.digest)
        return movedMeanwhile(now.digest);
    const status = await api.deleteManifest(found.digest);
    if (status === 202 || status === 200)
        return { result: 'removed', why: `no other tag pointed at ${found.digest}, which was deleted` };
    if (status === 404)
        return { result: 'absent', why: 'removed meanwhile' };
    if (status === 405)
        return {
            result: 'kept',
            why: 'the registry does not allow deleting (for a distribution registry: storage.delete.enabled)'
        };
    if (status === 401 || status === 403)
        return { result: 'kept', why: `the registry refused the deletion (${status}): the credentials need delete rights` };
    return { result: 'kept', why: `the registry answered ${status} to deleting ${found.digest}` };
}
/** A tag a push moved after it was read: it is not the branch's old image any more. */
function movedMeanwhile(digest) {
    return { result: 'kept', why: `the tag moved to ${digest} after it was read (a push in between)` };
}
const tagsOf = (v) => v.metadata?.container?.tags ?? [];
/** A signature, attestation or SBOM stored beside an image under a `sha256-<digest>…` tag (cosign, the referrers fallback). */
const isReferrer = (v) => tagsOf(v).some(t => /^sha256-[0-9a-f]{64}/.test(t));
/**
 * ghcr.io: GitHub's packages API, every page read before anything is decided. A version carrying only tags of
 * this branch is deleted, with its platform images that no other tagged version (on any page) lists; one that
 * carries another tag too keeps it (the tag alone is moved off). Referrers (`sha256-*` tags, attestations) stay.
 */
async function fromGhcr(image, tags, access) {
    const { name } = (0,image_names/* ghcrPackageOf */.Ww)(image);
    const { versions: pkg, registry: registryApi } = await access.ghcr(image);
    const keepAll = (why) => tags.map(tag => ({ ref: `${image}:${tag}`, result: 'kept', why }));
    let versions;
    try {
        versions = await pkg.versions();
    }
    catch (error) {
        // GitHub's refusal, as the package API named it (PackageApiError); anything else could not be read at all.
        const { status, rateLimited } = error instanceof package_api_error/* PackageApiError */.f ? error : { status: undefined, rateLimited: false };
        if (rateLimited)
            return keepAll(`GitHub's rate limit (${status}) asked for a longer wait than request-timeout allows; run the cleanup again later`);
        if (status === 401 || status === 403)
            return keepAll(`GitHub refused to list the package's versions (${status}): the token needs read and delete access to the package (permissions: packages: write, and the package's admin access for this repository)`);
        return keepAll(`the package's versions could not be read (${error.message})`);
    }
    if (!versions)
        return keepAll(`GitHub shows no package ${name} to this token (404): it does not exist, or the token may not see it. Give the job "permissions: packages: write" and, in the package's settings, "Manage Actions access", the repository admin access`);
    const removals = [];
    for (const tag of tags) {
        const ref = `${image}:${tag}`;
        const version = versions.find(v => tagsOf(v).includes(tag));
        if (!version) {
            removals.push({ ref, result: 'absent', why: 'no version carries this tag' });
            continue;
        }
        const others = tagsOf(version).filter(t => !tags.includes(t));
        if (others.length) {
            // ghcr.io can delete a version but not take one tag off it: the tag is moved to an empty manifest list, which then goes.
            removals.push({ ref, ...(await untag(tag, version, others, pkg, registryApi)) });
            continue;
        }
        // A multi-platform version's platform images are untagged versions of their own: they go too, unless another
        // tagged version still lists them. Read before the deletion, while the registry still has the list.
        const remaining = versions.filter(v => v !== version && tagsOf(v).some(t => !tags.includes(t)));
        const { orphans, kept } = await platformVersions(registryApi, version, remaining, versions);
        // A push between the listing and now moved the tag: it is not the branch's old image any more. A tag that cannot
        // be read again may have moved too: nothing is deleted on a guess.
        const now = await registryApi.manifest(tag).catch((error) => error);
        if (now instanceof Error) {
            removals.push({
                ref,
                result: 'kept',
                why: `the tag could not be read again before the deletion (${now.message})`
            });
            continue;
        }
        if (now && now.digest !== version.name) {
            removals.push({ ref, ...movedMeanwhile(now.digest) });
            continue;
        }
        const status = await pkg.remove(version.id);
        if (status === 204 || status === 200) {
            const gone = [];
            for (const orphan of orphans) {
                const s = await pkg.remove(orphan.id);
                if (s === 204 || s === 200)
                    gone.push(orphan.name);
            }
            removals.push({
                ref,
                result: 'removed',
                why: `version ${version.name} deleted${gone.length ? `, with its platform images ${gone.join(', ')}` : ''}` +
                    (kept.length ? `; ${kept.join('; ')}` : '')
            });
        }
        else if (status === 404)
            removals.push({ ref, result: 'absent', why: 'removed meanwhile' });
        else
            removals.push({
                ref,
                result: 'kept',
                why: `GitHub refused to delete version ${version.name} (${status}): the token needs admin access to the package`
            });
    }
    return removals;
}
/** A manifest list (an OCI image index) of nothing: it needs no blobs, so any registry takes it. */
const EMPTY_LIST = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: []
});
async function untag(tag, version, others, pkg, api) {
    try {
        const now = await api.manifest(tag);
        if (now && now.digest !== version.name)
            return movedMeanwhile(now.digest);
        const placeholder = await api.putManifest(tag, EMPTY_LIST, 'application/vnd.oci.image.index.v1+json');
        const moved = ((await pkg.versions()) ?? []).find(v => v.name === placeholder);
        if (!moved)
            return {
                result: 'kept',
                why: `the tag was moved to an empty manifest list ${placeholder}, which GitHub does not list yet; delete it by hand`
            };
        const status = await pkg.remove(moved.id);
        if (status !== 204 && status !== 200)
            return { result: 'kept', why: `GitHub refused to delete the placeholder version ${placeholder} (${status})` };
        return { result: 'removed', why: `untagged: ${version.name} keeps ${others.join(', ')}` };
    }
    catch (error) {
        return {
            result: 'kept',
            why: `the version also carries ${others.join(', ')}, and moving the tag off it failed (${error.message})`
        };
    }
}
/** Run `work` over `items`, a few at a time (a package of hundreds of versions is read without a burst). */
async function inBatches(items, work, size = 8) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(...(await Promise.all(items.slice(i, i + size).map(work))));
    return out;
}
/**
 * The untagged versions that are `version`'s platform images and that no version in `remaining` lists, and why
 * any others stay: its attestation manifests (referrers are never deleted).
 */
async function platformVersions(api, version, remaining, all) {
    // A manifest that cannot be read is no proof that nothing lists a platform image: then every one of them stays.
    const read = (v) => api.manifest(v.name).catch((error) => error);
    const own = await read(version);
    if (own instanceof Error)
        return { orphans: [], kept: [`its platform images stay: its list could not be read (${own.message})`] };
    if (!own?.children.length)
        return { orphans: [], kept: [] };
    const lists = await inBatches(remaining, read);
    const unread = lists.filter((m) => m instanceof Error);
    if (unread.length)
        return {
            orphans: [],
            kept: [
                `its platform images stay: ${unread.length} other tagged version${unread.length === 1 ? '' : 's'} could not be read (${unread[0].message}), and may list them`
            ]
        };
    const listed = new Set(lists.flatMap(m => (m instanceof Error ? [] : (m?.children ?? []))));
    const candidates = all.filter(v => !tagsOf(v).length && !isReferrer(v) && own.children.includes(v.name));
    const kept = [];
    const shared = candidates.filter(v => listed.has(v.name));
    if (shared.length)
        kept.push(`${shared.map(v => v.name).join(', ')} stay${shared.length === 1 ? 's' : ''}: another tagged version lists ${shared.length === 1 ? 'it' : 'them'}`);
    const attestations = candidates.filter(v => own.attestations.includes(v.name));
    if (attestations.length)
        kept.push(`its attestation manifests ${attestations.map(v => v.name).join(', ')} stay: cleanup deletes no referrer`);
    return { orphans: candidates.filter(v => !listed.has(v.name) && !own.attestations.includes(v.name)), kept };
}
/** Docker Hub: its own API deletes a tag, with a token from the registry credentials (it needs delete rights). */
async function fromDockerHub(image, tags, access) {
    const path = image.replace(/^docker\.io\//, '');
    const repository = path.includes('/') ? path : `library/${path}`;
    const credentials = access.credentials('docker.io');
    if (!credentials)
        return tags.map(tag => ({
            ref: `${image}:${tag}`,
            result: 'kept',
            why: 'no Docker Hub credentials in this run'
        }));
    const login = await access.dockerHub.login(credentials.username, credentials.password);
    const token = login.token;
    if (login.status !== 200 || !token) {
        return tags.map(tag => ({
            ref: `${image}:${tag}`,
            result: 'kept',
            why: `Docker Hub refused the login (${login.status}): use an access token with Read, Write, Delete rights`
        }));
    }
    runner/* setSecret */.Pq(token);
    const removals = [];
    for (const tag of tags) {
        const ref = `${image}:${tag}`;
        const status = await access.dockerHub.deleteTag(repository, tag, token);
        if (status === 204 || status === 200)
            removals.push({ ref, result: 'removed', why: 'the tag was deleted' });
        else if (status === 404)
            removals.push({ ref, result: 'absent', why: 'Docker Hub has no such tag' });
        else
            removals.push({
                ref,
                result: 'kept',
                why: `Docker Hub refused (${status}): the access token needs Read, Write, Delete rights`
            });
    }
    return removals;
}

// EXTERNAL MODULE: ./src/steps/effects.ts + 1 modules
var effects = __webpack_require__(81988);
// EXTERNAL MODULE: ./src/steps/image-build.ts + 3 modules
var image_build = __webpack_require__(89847);
// EXTERNAL MODULE: ./src/steps/push-images.ts + 1 modules
var push_images = __webpack_require__(29278);
// EXTERNAL MODULE: ./src/steps/index-review.ts
var index_review = __webpack_require__(2836);
// EXTERNAL MODULE: ./src/steps/dist-files.ts
var dist_files = __webpack_require__(3213);
// EXTERNAL MODULE: ./src/outside/package-index.ts
var package_index = __webpack_require__(16534);
// EXTERNAL MODULE: ./src/plan/retry.ts
var retry = __webpack_require__(76033);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/plan/dist-attestations.ts
var dist_attestations = __webpack_require__(12491);
;// CONCATENATED MODULE: ./src/steps/signing.ts
// What the two attestation steps share: the job's OIDC identity for Sigstore (an error naming id-token: write
// where the job has none), and the signer (sigstore-js, loaded only when something is signed; a
// fake in unit tests).


/** The job's OIDC token for the audience `sigstore`; `published` says what stands when it cannot be had. */
async function sigstoreIdentity(input, timeoutMs, published) {
    return runner/* getIDToken */.V9('sigstore', timeoutMs).catch((error) => {
        throw new retry/* PermanentError */.Dr(`${input}: the job's OIDC token for Sigstore cannot be had (${error.message}): give the job permissions: id-token: write, or set ${input}: false. ${published}`);
    });
}
/** The signer a step was given, or Sigstore's. */
async function signer(given) {
    return given ?? (await Promise.all(/* import() */[__webpack_require__.e(526), __webpack_require__.e(179), __webpack_require__.e(241)]).then(__webpack_require__.bind(__webpack_require__, 24241))).signStatements;
}

;// CONCATENATED MODULE: ./src/steps/attest-dists.ts
// PEP 740 attestations, made right before the upload: for each file that goes up (never one the index already
// holds), a statement of its name and digest signed with Sigstore for the job's OIDC identity, written beside
// it as <file>.publish.attestation for twine --attestations.






/** Sign `files` where attest-dists says so; the attestations written, or none (with a notice or warning saying why). */
async function attestDists(files, signing) {
    const decision = (0,dist_attestations/* attestDecision */.a5)(signing.request);
    if (!decision.sign) {
        if (signing.request.mode !== 'false')
            runner/* notice */.lm(`No attestations for the dists: ${decision.why}.`);
        return [];
    }
    const twine = await signing.twineVersion();
    const old = !twine || (0,pep440/* compareVersions */.Zy)(twine, '5.1') < 0;
    const found = twine ? `twine ${twine}` : 'none';
    // auto never stops a release that uploaded before: an older twine uploads without attestations, with a warning.
    if (old && signing.request.mode === 'auto') {
        runner/* warning */.$e(`No attestations for the dists: uploading them needs twine 5.1 or later, and this interpreter has ${found}. Upgrade twine to have PyPI show the files as verified.`);
        return [];
    }
    if (old)
        throw new package_index/* IndexError */.db(`attest-dists: uploading attestations needs twine 5.1 or later, and this interpreter has ${found}. Upgrade twine, or set attest-dists: false. Nothing was signed or uploaded.`);
    const identityToken = await sigstoreIdentity('attest-dists', signing.timeoutMs, 'Nothing was uploaded.');
    const reusable = (0,dist_attestations/* reusableWorkflow */.ho)((0,dist_attestations/* tokenClaims */.f)(identityToken));
    if (reusable) {
        runner/* warning */.$e(`No attestations for the dists: ${reusable}. The files are uploaded without them.`);
        return [];
    }
    const sign = await signer(signing.sign);
    const bundles = await sign(files.map(f => (0,dist_attestations/* distStatement */.Uy)(f.name, f.sha256)), { identityToken, timeoutMs: signing.timeoutMs }).catch((error) => {
        throw new package_index/* IndexError */.db(`Signing the dists with Sigstore failed (${error.message}). Nothing was uploaded.`);
    });
    return files.map((f, i) => {
        const path = `${f.path}.publish.attestation`;
        (0,external_node_fs_.writeFileSync)(path, JSON.stringify((0,dist_attestations/* pep740 */.ZD)(bundles[i])));
        const logIndex = (0,dist_attestations/* logIndexOf */.Or)(bundles[i]);
        runner/* info */.pq(`Signed ${f.name}: transparency log entry ${logIndex}.`);
        return { file: f.name, path, logIndex };
    });
}

;// CONCATENATED MODULE: ./src/steps/index-upload.ts
// The package index step: which files go up (a re-run completes a half-finished
// upload; another build's files under the same dev version are left alone),
// twine with bounded retries, and an error that says what is on the index and
// what is not, in the index's own words.





/**
 * What to upload, given what the index holds. A release uploads what is missing.
 * A dev version already on the index is this build's when its wheel is
 * byte-identical (a re-run, or a half-finished upload: the rest goes up);
 * otherwise another branch reached this .devN first, and nothing goes up.
 */
function decideUploads(type, version, ours, index) {
    const present = ours.filter(f => index.has(f.name));
    const todo = ours.filter(f => !index.has(f.name));
    if (type === 'dev') {
        // File names carry the normalized version (normalize = false keeps it as written everywhere else).
        const sameVersion = [...index.keys()].filter(name => (0,package_index/* fileVersion */.fB)(name) === (0,pep440/* normalizeVersion */.Qj)(version));
        const wheel = ours.find(f => f.name.endsWith('.whl'));
        const ourBuild = wheel !== undefined && index.get(wheel.name)?.sha256 === wheel.sha256;
        if (sameVersion.length && !ourBuild) {
            return {
                kind: 'taken',
                why: `${version} is another build's (its files on the index: ${sameVersion.join(', ')}): another branch or commit reached this .dev number first`
            };
        }
    }
    return { kind: 'upload', todo, present };
}
/** Upload what the decision says, retrying transient faults with only what has not arrived. */
async function uploadToIndex(type, version, ours, index, step) {
    const decision = decideUploads(type, version, ours, index);
    if (decision.kind === 'taken') {
        runner/* warning */.$e(`${decision.why}. Nothing is uploaded, and pip install --pre "==${version}" gets that build, not this one; the image holds this commit's build. Set dev-number: commit-time to give every commit a version of its own.`);
        return ours.map(f => ({ file: f.name, result: 'skipped', why: decision.why }));
    }
    const uploads = decision.present.map(f => ({
        file: f.name,
        result: 'skipped',
        why: 'already on the index (a re-run)'
    }));
    if (!decision.todo.length) {
        runner/* notice */.lm(`${version} is already on the index with all its files: this is a re-run, nothing to upload.`);
        return uploads;
    }
    if (decision.present.length) {
        runner/* notice */.lm(`${decision.present.map(f => f.name).join(', ')} of this build ${decision.present.length === 1 ? 'is' : 'are'} already on the index: uploading the rest.`);
    }
    const token = step.token || (await (0,package_index/* mintToken */.W$)(step.urls, step.requestTimeoutMs));
    // Signed right before the upload, and only what goes up: a file the index holds is never signed again.
    const attested = step.signing ? await attestDists(decision.todo, step.signing) : [];
    let arrived = index;
    try {
        await (0,retry/* withRetries */.LH)(`Uploading to ${step.urls.upload}`, async () => {
            const missing = decision.todo.filter(f => !arrived.has(f.name));
            if (!missing.length)
                return;
            const result = await runner/* group */.Os(`Upload ${missing.map(f => f.name).join(', ')} to ${step.urls.upload}`, async () => {
                const done = await (0,package_index/* upload */.Se)(step.python, step.urls, missing.map(f => f.path), token, step.timeoutMs, attested.filter(a => missing.some(f => f.name === a.file)).map(a => a.path));
                // The runner masks the token too; an index that echoes it must not put it in the log through us. What the
                // index replied is text, never a workflow command.
                await runner/* asText */.e1(async () => runner/* info */.pq(filterSecret(done.stdout + done.stderr, token)));
                return done;
            });
            if (result.code === 0)
                return;
            const failure = (0,package_index/* readTwineFailure */.sn)(filterSecret(`${result.stdout}\n${result.stderr}`, token));
            if (failure.auth) {
                throw new retry/* PermanentError */.Dr(`The index ${step.urls.upload} refused the credentials (${failure.reason}): check pypi-token, or the trusted publisher.`);
            }
            // After a failed attempt, see what arrived before trying again (or giving up).
            arrived = await step.read().catch(() => arrived);
            if (closedRelease(failure.reason))
                throw new retry/* PermanentError */.Dr(closedReleaseMessage(step.urls.upload, version, failure.reason, missing, arrived));
            if (!failure.transient)
                throw new retry/* PermanentError */.Dr(`The index ${step.urls.upload} rejected the upload: ${failure.reason}.`);
            throw new package_index/* IndexError */.db(`Uploading to ${step.urls.upload} failed: ${failure.reason}.`);
        }, runner/* info */.pq);
    }
    catch (error) {
        const there = decision.todo.filter(f => arrived.has(f.name)).map(f => f.name);
        throw new UploadError(`${error.message} ${whatIsWhere(decision.todo, arrived, !(0,retry/* isPermanent */.lE)(error))}`, there);
    }
    for (const file of decision.todo) {
        const logIndex = attested.find(a => a.file === file.name)?.logIndex;
        uploads.push({ file: file.name, result: 'uploaded', ...(logIndex === undefined ? {} : { logIndex }) });
    }
    return uploads;
}
/** PyPI's rule since July 2026 (warehouse#19727): a release takes no new files once it is 14 days old. */
function closedRelease(reason) {
    return /new files to releases older than \d+ days/i.test(reason);
}
function closedReleaseMessage(url, version, reason, missing, index) {
    const held = [...index.keys()].filter(name => (0,package_index/* fileVersion */.fB)(name) === (0,pep440/* normalizeVersion */.Qj)(version));
    return (`The index ${url} takes no new files for ${version}: ${reason} (PyPI's rule since July 2026: a release is closed 14 days after its first file, and a file can never be added to it or replaced). ` +
        `It holds ${held.length ? held.join(', ') : 'no file of it that this build made'}; ${missing.map(f => f.name).join(', ')} cannot be added. ` +
        'Publish a new version for them (a post-release tag, or the next version).');
}
/** A failed upload, with the files of this build that the index has all the same (they are published). */
class UploadError extends package_index/* IndexError */.db {
    uploaded;
    constructor(message, uploaded) {
        super(message);
        this.uploaded = uploaded;
        this.name = 'UploadError';
    }
}
/**
 * After a failed upload: which of this build's files the index has, and which it has not; a re-run is promised only
 * where the failure can pass (the index away or failing), never where the same run would fail the same way.
 */
function whatIsWhere(todo, arrived, passing) {
    const there = todo.filter(f => arrived.has(f.name)).map(f => f.name);
    const missing = todo.filter(f => !arrived.has(f.name)).map(f => f.name);
    const where = there.length
        ? `On the index now: ${there.join(', ')}; not on it: ${missing.join(', ')}.`
        : `Nothing was uploaded to the index this time (missing: ${missing.join(', ')}).`;
    const next = passing
        ? `a re-run ${there.length ? 'uploads what is missing' : 'will complete the release'}`
        : 'a re-run fails the same way until the cause above is mended, then uploads what is missing';
    return `${where} The image is already pushed; ${next}.`;
}
function filterSecret(text, secret) {
    return secret ? text.split(secret).join('***') : text;
}

;// CONCATENATED MODULE: ./src/steps/outcome.ts
function emptyOutcome() {
    return { completed: [], dists: [], staged: [], digest: '', uploads: [] };
}

// EXTERNAL MODULE: ./src/plan/image-attestation.ts
var image_attestation = __webpack_require__(95397);
;// CONCATENATED MODULE: ./src/steps/attest-image.ts
// The image's provenance, once the manifest list is pushed and before anything goes to the package index: an
// SLSA provenance statement for its digest, signed with Sigstore for the job's OIDC identity and stored through
// GitHub's attestations API, where `gh attestation verify oci://IMAGE` finds it. A failure stops the release
// before the upload; a re-run pushes the same list again and attests it again.






async function attestImage(image, digest, signing) {
    // Octokit loads only when a provenance is stored: the executor's chunk stays without it.
    const { github, githubStatus, rateLimited, storeAttestation } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(716)]).then(__webpack_require__.bind(__webpack_require__, 85716));
    const identityToken = await sigstoreIdentity('attest-image', signing.timeoutMs, 'The image is pushed; nothing was uploaded to the index.');
    const claims = (0,dist_attestations/* tokenClaims */.f)(identityToken);
    // A private (or internal) repository's provenance goes to GitHub's own Sigstore, never to a public log.
    const instance = claims.repository_visibility === 'public' ? 'public-good' : 'github';
    const statement = (0,image_attestation/* provenanceStatement */.D2)({ name: (0,image_attestation/* subjectName */.wn)(image), digest }, claims, signing.build, process.env.GITHUB_SERVER_URL || 'https://github.com');
    const sign = await signer(signing.sign);
    const [bundle] = await sign([statement], { identityToken, timeoutMs: signing.timeoutMs, instance }).catch((error) => {
        throw new package_index/* IndexError */.db(`Signing the image's provenance with Sigstore failed (${error.message}). Nothing was uploaded to the index.`);
    });
    const store = signing.store ??
        ((b) => storeAttestation(github(signing.githubToken, signing.timeoutMs), signing.repository, b));
    const id = await store(bundle).catch((error) => {
        const status = githubStatus(error);
        // A rate limit is a 403 too: it needs a later re-run, not a permission.
        const why = rateLimited(error)
            ? ": GitHub's rate limit did not lift within the waits this run allows; run the job again later"
            : status === 403 || status === 404
                ? ': the job needs permissions: attestations: write'
                : '';
        throw new retry/* PermanentError */.Dr(`GitHub's attestations API refused the image's provenance (${error.message})${why}. The image is pushed; nothing was uploaded to the index.`);
    });
    let referrer = '';
    if (signing.attach) {
        const attached = await signing
            .attach(image, digest, {
            artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
            data: Buffer.from(JSON.stringify(bundle)),
            annotations: {
                'dev.sigstore.bundle.content': 'dsse-envelope',
                'dev.sigstore.bundle.predicateType': image_attestation/* SLSA_PROVENANCE */.YD
            }
        })
            .catch((error) => {
            throw new retry/* PermanentError */.Dr(`Attaching the image's provenance to ${image} failed (${error.message}); it is stored with GitHub (attestation ${id}). The image is pushed; nothing was uploaded to the index.`);
        });
        referrer = `, in the registry as ${attached.digest} (listed by ${attached.listedBy})`;
    }
    const logIndex = (0,dist_attestations/* logIndexOf */.Or)(bundle);
    const where = instance === 'github' ? "GitHub's Sigstore (a private repository's)" : `transparency log entry ${logIndex}`;
    runner/* info */.pq(`Attested ${(0,image_attestation/* subjectName */.wn)(image)}@${digest}: GitHub attestation ${id}, ${where}${referrer}.`);
    return { image: (0,image_attestation/* subjectName */.wn)(image), digest, id, logIndex, where: where + referrer };
}

// EXTERNAL MODULE: ./src/steps/python-build.ts
var python_build = __webpack_require__(10072);
// EXTERNAL MODULE: ./src/outside/stage.ts
var stage = __webpack_require__(21033);
;// CONCATENATED MODULE: ./src/plan/dists-list.ts
// The list a build job (mode build) leaves beside its dists, and what a publishing job checks it against before it
// takes them: the same commit, the same version, exactly the files listed, each with its sha256. It guards against
// mix-ups (another run's artifact, a tag pushed between the jobs, a file lost or added on the way); the files are as
// trustworthy as the build that made them, as they would be in one job.

const DISTS_LIST = 'dev-release-dists.json';
/** A dist's file name: no directory, no path tricks, a wheel or an sdist. */
const DIST_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*\.(whl|tar\.gz)$/;
/** The list read back from its JSON text, or what is wrong with it. */
function parseDistsList(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return 'is not JSON';
    }
    const list = data;
    if (!list || typeof list !== 'object' || list.format !== 1)
        return 'is not a list of format 1';
    if (typeof list.project !== 'string' || typeof list.version !== 'string' || typeof list.commit !== 'string')
        return 'lacks the project, version or commit';
    if (!Array.isArray(list.files) ||
        !list.files.length ||
        !list.files.every(f => typeof f?.name === 'string' && typeof f.sha256 === 'string'))
        return 'lists no files';
    const bad = list.files.find(f => !DIST_NAME.test(f.name) || !/^[0-9a-f]{64}$/.test(f.sha256));
    if (bad)
        return `lists "${bad.name}", which is no dist's file name with a sha256`;
    return list;
}
/**
 * Why the publishing job must not take the build job's files, one sentence each: another commit, another version,
 * a file missing or one more than the list has. `present`: the dist files in the directory.
 */
function distsListProblems(list, plan, present) {
    const problems = [];
    if (list.commit !== plan.sha)
        problems.push(`the build job built commit ${list.commit}, but this job releases ${plan.sha}: pass the artifact of this run's build job`);
    if (((0,pep440/* normalizeVersion */.Qj)(list.version) ?? list.version) !== ((0,pep440/* normalizeVersion */.Qj)(plan.version) ?? plan.version))
        problems.push(`the build job built version ${list.version}, but this job's plan is ${plan.version} (was a tag pushed between the jobs? run both again)`);
    const listed = list.files.map(f => f.name);
    const missing = listed.filter(name => !present.includes(name));
    const extra = present.filter(name => !listed.includes(name));
    if (missing.length)
        problems.push(`${missing.join(', ')} listed but not there`);
    if (extra.length)
        problems.push(`${extra.join(', ')} there but not listed (only the build job's files are released)`);
    return problems;
}

;// CONCATENATED MODULE: ./src/steps/build-job.ts
// The two-job release (docs/security.md): a build job (mode build) that holds no secret leaves the dists and their
// list in dists-dir; the publishing job takes exactly those bytes, checked against its own commit and version, and
// runs no Python build, so no project code runs where the tokens are.








/** Where mode build leaves the files, and a publishing job takes them from. */
function distsDir(settings, site) {
    return settings.distsDir ? (0,external_node_path_.resolve)(site.workspace, settings.distsDir) : (0,external_node_path_.join)(site.temp, 'dev-release-dists');
}
/** Mode build: the built files and their list into dists-dir, which must hold no dist yet. Returns the directory. */
function handOver(built, plan, settings, site) {
    const dir = distsDir(settings, site);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const there = (0,external_node_fs_.readdirSync)(dir).filter(name => stage/* DIST_FILE */.Ku.test(name) || name === DISTS_LIST);
    if (there.length)
        throw new Error(`Input "dists-dir": ${dir} already holds ${there.join(', ')}; give an empty or new directory, so that the publishing job gets this build's files alone.`);
    const files = (0,dist_files/* distFiles */.S)(built.files).map(({ name, sha256 }) => ({ name, sha256 }));
    const list = { format: 1, project: built.name, version: plan.version, commit: plan.sha, files };
    for (const file of built.files)
        (0,external_node_fs_.copyFileSync)(file, (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(file)));
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, DISTS_LIST), `${JSON.stringify(list, null, 2)}\n`);
    runner/* info */.pq(`Left ${list.files.map(f => f.name).join(', ')} and ${DISTS_LIST} in ${dir}: upload them as an artifact for the publishing job.`);
    return dir;
}
/**
 * A publishing job: the build job's files from dists-dir, copied into this run's own directory and checked there
 * (the list's commit, version and sha256, each file's metadata), so that what is checked is what is staged and uploaded.
 */
async function takeOver(plan, settings, site) {
    const dir = distsDir(settings, site);
    const listPath = (0,external_node_path_.join)(dir, DISTS_LIST);
    const fix = "download the build job's artifact there (actions/download-artifact), or leave dists-dir empty to build in this job";
    if (!(0,external_node_fs_.existsSync)(listPath))
        throw new Error(`Input "dists-dir": ${dir} holds no ${DISTS_LIST}; ${fix}.`);
    const list = parseDistsList((0,external_node_fs_.readFileSync)(listPath, 'utf8'));
    if (typeof list === 'string')
        throw new Error(`Input "dists-dir": ${listPath} ${list}; ${fix}.`);
    const present = (0,external_node_fs_.readdirSync)(dir).filter(name => stage/* DIST_FILE */.Ku.test(name));
    const problems = distsListProblems(list, plan, present);
    const own = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(site.temp, 'dev-release-dist-'));
    const copies = problems.length ? [] : list.files.map(file => (0,external_node_path_.join)(own, file.name));
    for (const copy of copies)
        (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(dir, (0,external_node_path_.basename)(copy)), copy);
    for (const copy of (0,dist_files/* distFiles */.S)(copies))
        if (copy.sha256 !== list.files.find(f => f.name === copy.name)?.sha256)
            problems.push(`${copy.name} is not the file the build job listed (its sha256 differs)`);
    if (problems.length)
        throw new Error(`The build job's files in ${dir} are not this release's, and nothing was published: ${problems.join('; ')}.`);
    // Python for twine and to read the files' metadata: the action's own scripts, never the project's code.
    const { Python } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 92374));
    const tools = await new Python(settings.python).withTools(site.temp, runner/* info */.pq, settings.timeouts.build);
    const files = copies.sort();
    const name = await (0,python_build/* carriedName */.qf)(tools, files, plan, site);
    if ((0,package_index/* normalizeName */.Pc)(name) !== (0,package_index/* normalizeName */.Pc)(list.project))
        throw new Error(`The build job's files in ${dir} are of "${name}", but its list names "${list.project}"; nothing was published.`);
    runner/* info */.pq(`Took ${list.files.map(f => f.name).join(', ')} from the build job (commit ${list.commit}, sha256 checked); no Python build runs here.`);
    return { python: tools, files, name };
}

;// CONCATENATED MODULE: ./src/steps/executor.ts
// Carries out a plan, step by step: Python build, the index read, staging, the image, the index upload; or a
// deleted branch's cleanup. The index comes last: image tags can be pushed again by a re-run, uploaded files
// cannot. A failure before it leaves only what a re-run overwrites: the image tags already pushed (`latest`
// among them, for a release). Each step is a module of its own; what they touch outside comes in `outside`.



















/**
 * Carry out the plan. `outcome` is filled in as the steps finish, so that a failure can still report what was
 * done. Returns the plan as carried out (the index can hold `latest` back).
 */
async function execute(plan, settings, site, outcome = emptyOutcome(), outside = effects/* realOutside */._) {
    const step = async (id, body) => {
        outcome.current = id;
        const result = await body();
        outcome.completed.push(id);
        outcome.current = undefined;
        return result;
    };
    const { python, image, index, attestations } = settings;
    if (plan.type === 'cleanup') {
        const { logins, githubToken, timeouts } = settings.cleanup;
        const credentials = (host) => logins.find(l => l.registry === host);
        outcome.removed = await step('cleanup', () => removeBranchImages((0,plan_plan/* allRefs */.w)(plan), {
            credentials,
            registry: (name, login) => outside.registry(name, login, timeouts.request),
            ghcr: name => outside.ghcr(name, credentials('ghcr.io'), githubToken, timeouts.request),
            dockerHub: outside.dockerHub(timeouts.request)
        }));
        return plan;
    }
    // The commit's time stamps everything built from it (SOURCE_DATE_EPOCH, created): a re-run builds the same bytes.
    if (plan.commitEpoch === undefined)
        plan = { ...plan, commitEpoch: (await new git/* Git */.T(site.workspace, python.timeouts.request).commit(plan.sha))?.epoch };
    const runs = (id) => plan.steps.some(s => s.id === id && !s.skippedBecause);
    let built;
    if (runs('python-build')) {
        // A publishing job takes the build job's files (mode build, then dists-dir): no project code runs here.
        const takes = python.mode !== 'build' && !!python.distsDir;
        built = await step('python-build', () => (takes ? takeOver(plan, python, site) : (0,python_build/* buildPython */.tI)(plan, python, site)));
        outcome.dists = built.files.map(f => (0,external_node_path_.basename)(f));
        outcome.distName = built.name;
        if (python.mode === 'build')
            outcome.distsDir = handOver(built, plan, python, site);
    }
    else {
        const why = plan.steps.find(s => s.id === 'python-build')?.skippedBecause;
        if (why)
            runner/* notice */.lm(`No Python build: ${why}.`);
    }
    // The image step's engine, opened and asked what it is (its four questions at once) now that Python has built,
    // while the index is read and the files staged: read only, the login waits for the image step. Not during the
    // build: on two cores the questions slow the build by more than they save (BENCHMARKS.md, issue 37).
    let engine = runs('docker')
        ? (0,push_images/* openImageEngine */.QF)(plan, image, site, outside)
        : undefined;
    engine?.catch(() => undefined); // awaited, and so reported, by the image step
    let review;
    try {
        // Before anything is published: where the version stands on the index.
        if (built && runs('index-upload')) {
            review = await (0,index_review/* reviewIndex */.rU)(plan, index, built.name, site.tagVersions, outside.index);
            plan = review.plan;
        }
        if (built && runs('stage')) {
            // A re-run: the image gets exactly the bytes the index already holds.
            const held = review && (await (0,index_review/* heldByIndex */.Zw)(plan, built.files, review.present, site.temp, index, outside.index));
            const files = held ?? built.files;
            const stage = await step('stage', () => (0,python_build/* stageBuilt */.VB)(files, plan, python, site));
            outcome.staged = stage.staged;
            outcome.stagedDirs = stage.dirs;
        }
        if (runs('docker') && plan.imageRefs.some(t => t.endsWith(':latest'))) {
            // The registry may know a higher release than this clone does (two tags pushed close together).
            plan = (0,latest/* holdLatest */.Z5)(plan, await (0,push_images/* registryVersions */.V$)(image, outside), `the registry (${image.image})`);
        }
        if (runs('docker')) {
            outcome.image = await step('docker', async () => {
                const opened = engine;
                engine = undefined;
                const pushed = await (0,push_images/* pushImages */.ZX)(plan, image, site, outside, opened);
                // The provenance goes with the pushed list: before the index, whose files cannot be taken back.
                if (attestations.image !== 'false' && plan.type !== 'verify' && image.mode !== 'platform') {
                    outcome.imageAttestations = [];
                    for (const one of [
                        { ...pushed, name: plan.image },
                        ...pushed.more.map((m, i) => ({ ...m, name: image.moreImages[i].image }))
                    ])
                        outcome.imageAttestations.push(await attestImage(one.name, one.digest, imageSigning(settings, site, outside, plan.commitEpoch)));
                }
                return pushed;
            });
            outcome.digest = outcome.image.digest;
        }
    }
    finally {
        // A step before the image failed: the engine opened for it goes (the image step disposes of it itself).
        const unused = engine && (await engine.catch(() => undefined));
        if (unused)
            (0,push_images/* closeImageEngine */.aT)(unused);
    }
    if (built && review) {
        const { urls, present } = review;
        const name = built.name;
        const tools = built.python;
        const files = (0,dist_files/* distFiles */.S)(built.files);
        const { token } = index;
        outcome.indexPage = urls.page(name, (0,pep440/* normalizeVersion */.Qj)(plan.version) ?? plan.version);
        outcome.indexSimple = urls.simple;
        outcome.uploads = await step('index-upload', () => uploadToIndex(plan.type, plan.version, files, present, {
            urls,
            python: tools.interpreter,
            token,
            timeoutMs: index.timeouts.upload,
            requestTimeoutMs: index.timeouts.request,
            read: () => (0,index_review/* readIndex */.vY)(outside.index, urls, name, index),
            signing: {
                request: {
                    mode: attestations.dists,
                    type: plan.type,
                    uploadUrl: urls.upload,
                    token: !!token
                },
                timeoutMs: index.timeouts.request,
                twineVersion: () => tools.twineVersion()
            }
        }).catch((error) => {
            // What arrived before the failure is published: the outputs and the summary say so.
            if (error instanceof UploadError)
                outcome.uploads = error.uploaded.map(file => ({ file, result: 'uploaded' }));
            throw error;
        }));
    }
    else if (built) {
        const why = plan.steps.find(s => s.id === 'index-upload')?.skippedBecause;
        outcome.uploads = built.files.map(f => ({ file: (0,external_node_path_.basename)(f), result: 'skipped', why }));
    }
    return plan;
}
/** A dry run's view of how the image would be pushed (the engine asked, read only; nothing started). */
async function previewPush(plan, image, temp, outside = effects/* realOutside */._) {
    const engine = await outside.openEngine(temp, [], image.timeouts);
    try {
        return await (0,image_build/* previewImagePush */.gB)(plan, image, engine);
    }
    finally {
        engine.dispose();
    }
}
/** What the image's provenance is signed and stored with: the build's inputs, the token for GitHub's API. */
function imageSigning({ image, attestations }, site, outside, sourceDateEpoch) {
    const credentials = (name) => (0,step_settings/* imageCredentialsFor */.TY)(image, name);
    return {
        attach: attestations.image === 'registry' ? outside.referrers(credentials, image.timeouts.request) : undefined,
        repository: site.repository,
        githubToken: attestations.githubToken,
        timeoutMs: image.timeouts.request,
        build: {
            platforms: image.platforms,
            dockerfile: image.dockerfile,
            context: image.context,
            target: image.target,
            buildArgNames: image.buildArgs.map(arg => arg.split('=')[0]),
            sourceDateEpoch
        }
    };
}


/***/ })

};

//# sourceMappingURL=87.index.js.map