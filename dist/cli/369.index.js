export const id = 369;
export const ids = [369];
export const modules = {

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

/***/ 7369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  plannedAttestations: () => (/* binding */ plannedAttestations),
  readBack: () => (/* binding */ readBack),
  verifyCommands: () => (/* binding */ verifyCommands)
});

// UNUSED EXPORTS: verifyRelease

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/outside/layer-files.ts
// The regular files of an image layer (a tar archive, gzip- or zstd-compressed or not), with the sha256 of each:
// enough to say which distribution files an image holds, and whether they are the index's bytes.


/** The layer's bytes, uncompressed, by its media type (or its magic number). */
function layerTar(blob, mediaType = '') {
    if (mediaType.endsWith('+zstd') || blob.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd])))
        return (0,external_node_zlib_.zstdDecompressSync)(blob);
    if (mediaType.endsWith('gzip') || (blob[0] === 0x1f && blob[1] === 0x8b))
        return (0,external_node_zlib_.gunzipSync)(blob);
    return blob;
}
/** Every regular file in a tar archive (ustar, pax and GNU long names), with its digest. */
function tarFiles(tar) {
    const files = [];
    let longName;
    for (let at = 0; at + 512 <= tar.length;) {
        const header = tar.subarray(at, at + 512);
        if (header.every(b => b === 0))
            break;
        const field = (start, length) => header
            .subarray(start, start + length)
            .toString('utf8')
            .replace(/\0.*$/s, '');
        const size = parseSize(header.subarray(124, 136));
        const type = String.fromCharCode(header[156] || 48);
        const body = tar.subarray(at + 512, at + 512 + size);
        at += 512 + Math.ceil(size / 512) * 512;
        if (type === 'x') {
            longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(`\n${body.toString('utf8')}`)?.[1] ?? longName;
            continue;
        }
        if (type === 'L') {
            longName = body.toString('utf8').replace(/\0.*$/s, '');
            continue;
        }
        if (type === 'g' || type === 'K')
            continue;
        const prefix = field(345, 155);
        const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
        longName = undefined;
        if (type === '0' || type === '7')
            files.push({ path: name.replace(/^\.?\//, ''), sha256: (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex') });
    }
    return files;
}
/** A tar size field: octal digits, or base-256 where the first byte's high bit is set. */
function parseSize(field) {
    if (field[0] & 0x80)
        return field.subarray(1).reduce((n, b) => n * 256 + b, field[0] & 0x7f);
    return parseInt(field.toString('ascii').replace(/\0.*$/s, '').trim() || '0', 8);
}

// EXTERNAL MODULE: ./src/outside/package-index.ts
var package_index = __webpack_require__(16534);
// EXTERNAL MODULE: ./src/outside/registry-api.ts
var registry_api = __webpack_require__(16337);
// EXTERNAL MODULE: ./src/plan/image-attestation.ts
var image_attestation = __webpack_require__(95397);
// EXTERNAL MODULE: ./src/plan/step-settings.ts
var step_settings = __webpack_require__(38163);
// EXTERNAL MODULE: ./src/versions/pep440.ts
var pep440 = __webpack_require__(42422);
// EXTERNAL MODULE: ./src/plan/dist-attestations.ts
var dist_attestations = __webpack_require__(12491);
;// CONCATENATED MODULE: ./src/steps/verify-attestations.ts


/** Whether the image's provenance for `digest` (the list `ref` points at) is there and verifies. */
async function imageProvenance(ref, digest, access, repository) {
    const bundles = await access.image(digest).catch((error) => error);
    if (bundles instanceof Error)
        return { ok: false, line: `${ref}: its provenance cannot be read from GitHub: ${bundles.message}` };
    if (!bundles.length)
        return { ok: false, line: `${ref}: GitHub holds no provenance of ${digest} in ${repository}` };
    const sha256 = digest.replace(/^sha256:/, '');
    const verdict = await firstThatHolds(bundles, access, s => s.predicateType !== image_attestation/* SLSA_PROVENANCE */.YD
        ? `its statement is ${s.predicateType}, not SLSA provenance`
        : s.subject.some(subject => subject.digest.sha256 === sha256)
            ? undefined
            : `its subject is ${s.subject.map(x => `sha256:${x.digest.sha256}`).join(', ')}, not the list ${digest}`);
    return 'identity' in verdict
        ? { ok: true, line: `${ref}: its SLSA provenance of ${digest} verifies, signed by ${verdict.identity}` }
        : { ok: false, line: `${ref}: no provenance of ${digest} verifies: ${verdict.why}` };
}
/** Whether a dist's PEP 740 attestation is on the index and verifies for its name and the index's sha256. */
async function distAttestation(filename, sha256, access) {
    const bundles = await access.dist(filename).catch((error) => error);
    if (bundles instanceof Error)
        return { ok: false, line: `${filename}: its attestations cannot be read from the index: ${bundles.message}` };
    if (!bundles?.length)
        return { ok: false, line: `${filename}: the index serves no PEP 740 attestation of it` };
    const verdict = await firstThatHolds(bundles, access, s => {
        if (s.predicateType !== dist_attestations/* PUBLISH_ATTESTATION */.Je)
            return `its statement is ${s.predicateType}, not PyPI's publish`;
        const subject = s.subject[0];
        if (s.subject.length !== 1 || subject.name !== filename)
            return `its subject is ${s.subject.map(x => x.name).join(', ')}, not ${filename}`;
        return subject.digest.sha256 === sha256
            ? undefined
            : `its subject is sha256:${subject.digest.sha256}, the index's file sha256:${sha256 ?? '(not stated)'}`;
    });
    return 'identity' in verdict
        ? { ok: true, line: `${filename}: its PEP 740 attestation verifies, signed by ${verdict.identity}` }
        : { ok: false, line: `${filename}: no attestation of it verifies: ${verdict.why}` };
}
/** The first bundle that verifies and whose statement `wrong` finds nothing wrong with; else every reason. */
async function firstThatHolds(bundles, access, wrong) {
    const reasons = [];
    for (const bundle of bundles) {
        if (!bundle) {
            reasons.push('GitHub lists it without its bundle');
            continue;
        }
        const signed = await access.check(bundle).catch((error) => error);
        const why = signed instanceof Error ? signed.message : wrong(signed.statement);
        if (!why)
            return { identity: signed.identity };
        reasons.push(why);
    }
    return { why: [...new Set(reasons)].join('; ') };
}

;// CONCATENATED MODULE: ./src/steps/verify.ts
// A release read back: what the plan of a ref would have published, held against what the registry and the index
// serve now. Every planned tag resolves to one manifest list with exactly the planned platforms (all tags of an
// image to the same list, latest among them where the plan moves it); each platform image's version and revision
// labels are the plan's; the distribution files in its layers are the index's bytes; the index has the sdist and the
// wheel. One line per check, naming the tag, platform or file that is wrong. Reads only.









/** Every check of a published release. */
async function verifyRelease(plan, access) {
    const checks = [];
    const tags = plan.imageRefs.map(ref => ref.slice(plan.image.length + 1));
    const version = (0,pep440/* normalizeVersion */.Qj)(plan.distVersion ?? plan.version) ?? plan.version;
    // The index first: its files are what the images must hold.
    let held;
    if (access.index) {
        const files = await access.index();
        held = [...files].filter(([name]) => (0,package_index/* fileVersion */.fB)(name) === version).map(([name, f]) => [name, f.sha256]);
        for (const [kind, test] of [
            ['sdist', (n) => n.endsWith('.tar.gz')],
            ['wheel', (n) => n.endsWith('.whl')]
        ]) {
            const found = held.filter(([name]) => test(name)).map(([name]) => name);
            checks.push(found.length
                ? { ok: true, line: `the index has the ${kind} of ${version}: ${found.join(', ')}` }
                : {
                    ok: false,
                    line: `the index has no ${kind} of ${version} (it holds ${held.map(h => h[0]).join(', ') || 'no file of it'})`
                });
        }
        if (access.attestations?.dist)
            for (const [name, sha256] of held)
                checks.push(await distAttestation(name, sha256, access.attestations));
    }
    const groups = [[plan.image, ...plan.mirrors], ...plan.moreImages.map(i => [i.image, ...i.mirrors])];
    for (const names of groups) {
        let list;
        for (const name of names) {
            const api = access.registry(name);
            for (const tag of tags) {
                const ref = `${name}:${tag}`;
                const found = await api.manifest(tag).catch((error) => error);
                if (found instanceof Error) {
                    checks.push({ ok: false, line: `${ref} cannot be read: ${found.message}` });
                    continue;
                }
                if (!found) {
                    checks.push({ ok: false, line: `${ref} does not resolve: the registry has no such tag` });
                    continue;
                }
                if (!found.manifests.length) {
                    checks.push({ ok: false, line: `${ref} is a single image (${found.digest}), not a manifest list` });
                    continue;
                }
                const problems = [];
                const missing = plan.platforms.filter(p => !found.platforms.includes(p));
                const extra = found.platforms.filter(p => !plan.platforms.includes(p));
                if (missing.length)
                    problems.push(`lacks ${missing.join(', ')}`);
                if (extra.length)
                    problems.push(`holds ${extra.join(', ')}, which the plan does not`);
                const unknown = found.manifests.filter(m => m.platform?.os === 'unknown' && !(access.provenance && found.attestations.includes(m.digest)));
                if (unknown.length)
                    problems.push(`has ${unknown.length} unknown/unknown entr${unknown.length === 1 ? 'y' : 'ies'}`);
                if (list && found.digest !== list.digest)
                    problems.push(`points at ${found.digest}, but ${list.ref} at ${list.digest}`);
                checks.push(problems.length
                    ? { ok: false, line: `${ref} ${problems.join('; ')} (planned: ${plan.platforms.join(', ')})` }
                    : { ok: true, line: `${ref} → ${found.digest}: ${found.platforms.join(', ')}` });
                list ??= { ref, digest: found.digest, api };
            }
        }
        if (list)
            checks.push(...(await platformImages(list.ref, list.digest, list.api, plan, held)));
        if (list && access.attestations?.image)
            checks.push(await imageProvenance(list.ref, list.digest, access.attestations, access.attestations.repository));
    }
    return checks;
}
/** Each platform image of a list: its labels, and the distribution files in its layers against the index's. */
async function platformImages(ref, digest, api, plan, held) {
    const checks = [];
    const list = await api.manifest(digest);
    for (const entry of list?.manifests ?? []) {
        const platform = (0,registry_api/* platformOf */.tj)(entry);
        if (!platform || entry.platform?.os === 'unknown')
            continue;
        const image = await api.imageManifest(entry.digest);
        const config = JSON.parse((await api.blob(image.config.digest)).toString('utf8'));
        const labels = config.config?.Labels ?? {};
        const version = labels['org.opencontainers.image.version'];
        const revision = labels['org.opencontainers.image.revision'];
        checks.push(version === plan.version && revision === plan.sha
            ? { ok: true, line: `${ref} ${platform}: labels version ${version}, revision ${revision}` }
            : {
                ok: false,
                line: `${ref} ${platform}: labels version ${version ?? '(none)'}, revision ${revision ?? '(none)'}; the plan's are ${plan.version} and ${plan.sha}`
            });
        if (!held)
            continue;
        const wanted = new Map(held);
        const found = [];
        for (const layer of image.layers) {
            for (const file of tarFiles(layerTar(await api.blob(layer.digest), layer.mediaType)))
                if (wanted.has((0,external_node_path_.basename)(file.path)))
                    found.push(file);
        }
        if (!found.length) {
            checks.push({
                ok: true,
                line: `${ref} ${platform}: no file of the index's ${[...wanted.keys()].join(', ')} in its layers (a build stage may install and drop them): not compared`
            });
            continue;
        }
        for (const file of found) {
            const theirs = wanted.get((0,external_node_path_.basename)(file.path));
            checks.push(theirs === file.sha256
                ? { ok: true, line: `${ref} ${platform}: /${file.path} is the index's (sha256:${file.sha256})` }
                : {
                    ok: false,
                    line: `${ref} ${platform}: /${file.path} is sha256:${file.sha256}, but the index's ${(0,external_node_path_.basename)(file.path)} is sha256:${theirs ?? '(not stated)'}`
                });
        }
    }
    return checks;
}
/** What a user can run alone to check the same things. */
function verifyCommands(plan, repository, index, attested) {
    const ref = plan.imageRefs[0];
    const lines = [];
    if (index) {
        const version = plan.distVersion ?? plan.version;
        lines.push(`pip download --no-deps --only-binary :all: --index-url ${index.simple} "${index.name}==${version}" -d dists && sha256sum dists/*`, `pip download --no-deps --no-binary :all: --index-url ${index.simple} "${index.name}==${version}" -d dists && sha256sum dists/*`);
    }
    if (ref) {
        lines.push(`docker buildx imagetools inspect ${ref}`);
        if (attested) {
            lines.push(`gh attestation verify oci://${ref} -R ${repository}`);
            lines.push(`cosign verify-attestation --type slsaprovenance1 --certificate-oidc-issuer https://token.actions.githubusercontent.com --certificate-identity-regexp '^https://github.com/${repository}/' ${(0,image_attestation/* subjectName */.wn)(plan.image)}@<digest>`);
        }
    }
    return lines;
}
/** What the plan of a release signs: attest-image, and attest-dists where this upload would sign. */
function plannedAttestations(plan, { index, attestations }) {
    return {
        image: attestations.image !== 'false',
        dists: (0,dist_attestations/* attestDecision */.a5)({ mode: attestations.dists, type: plan.type, uploadUrl: index.url, token: !!index.token })
            .sign
    };
}
/**
 * The checks of a plan's release, against the registries and the index the settings name. `distName` is the
 * project's name on the index; without one (no Python package, or publish-pypi false) the index is not read.
 * `attested`: what was signed, checked against Sigstore's trusted root for `repository`'s workflows.
 */
function readBack(plan, { image, index, attestations: signed }, distName, repository, attested) {
    const uploads = plan.steps.some(s => s.id === 'index-upload' && !s.skippedBecause);
    const urls = (0,package_index.indexUrls)(index.url);
    const timeout = index.timeouts.request;
    let files;
    const indexFiles = uploads && distName ? () => (files ??= (0,package_index/* existingFiles */.$6)(urls, distName, timeout)) : undefined;
    const version = plan.distVersion ?? plan.version;
    const attestations = {
        repository,
        check: async (bundle) => (await Promise.all(/* import() */[__webpack_require__.e(526), __webpack_require__.e(42), __webpack_require__.e(19)]).then(__webpack_require__.bind(__webpack_require__, 70019))).verifyBundle(bundle, repository, timeout),
        image: attested.image && plan.imageRefs.length
            ? async (digest) => {
                const { attestationBundles, github } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(392), __webpack_require__.e(716)]).then(__webpack_require__.bind(__webpack_require__, 85716));
                return attestationBundles(github(signed.githubToken, timeout), repository, digest);
            }
            : undefined,
        dist: attested.dists && indexFiles
            ? async (filename) => {
                const file = (await indexFiles()).get(filename) ?? {};
                const served = await (0,package_index/* fileProvenance */.KY)(urls, { name: distName, version }, filename, file, timeout);
                return served?.flatMap(b => b.attestations.map(a => (0,dist_attestations/* pep740AsBundle */.fS)(a)));
            }
            : undefined
    };
    return verifyRelease(plan, {
        registry: name => new registry_api/* RegistryApi */.cA((0,registry_api/* imageLocation */.DD)(name), (0,step_settings/* imageCredentialsFor */.TY)(image, name), timeout),
        index: indexFiles,
        provenance: image.provenance,
        attestations: attestations.image || attestations.dist ? attestations : undefined
    });
}


/***/ })

};

//# sourceMappingURL=369.index.js.map