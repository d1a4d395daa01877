export const id = 397;
export const ids = [397];
export const modules = {

/***/ 7778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readBack: () => (/* binding */ readBack),
  verifyCommands: () => (/* binding */ verifyCommands)
});

// UNUSED EXPORTS: verifyRelease

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
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
var package_index = __webpack_require__(6534);
// EXTERNAL MODULE: ./src/outside/registry-api.ts
var registry_api = __webpack_require__(6337);
// EXTERNAL MODULE: ./src/plan/image-attestation.ts
var image_attestation = __webpack_require__(5397);
// EXTERNAL MODULE: ./src/plan/image.ts
var plan_image = __webpack_require__(9710);
// EXTERNAL MODULE: ./src/plan/inputs.ts
var plan_inputs = __webpack_require__(1846);
// EXTERNAL MODULE: ./src/versions/pep440.ts
var pep440 = __webpack_require__(2422);
// EXTERNAL MODULE: ./src/steps/image.ts
var steps_image = __webpack_require__(2654);
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
    }
    return checks;
}
/** Each platform image of a list: its labels, and the distribution files in its layers against the index's. */
async function platformImages(ref, digest, api, plan, held) {
    const checks = [];
    const list = await api.manifest(digest);
    for (const entry of list?.manifests ?? []) {
        const platform = entry.platform &&
            [entry.platform.os, entry.platform.architecture, entry.platform.variant].filter(Boolean).join('/');
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
/**
 * The checks of a plan's release, against the registries and the index the inputs name. `distName` is the
 * project's name on the index; without one (no Python package, or publish-pypi false) the index is not read.
 */
function readBack(plan, inputs, distName) {
    const uploads = plan.steps.some(s => s.id === 'pypi' && !s.skippedBecause);
    const urls = (0,package_index.indexUrls)((0,plan_inputs/* indexFor */.C9)(plan.type, inputs).url);
    return verifyRelease(plan, {
        registry: image => new registry_api/* RegistryApi */.cA((0,registry_api/* imageLocation */.DD)(image), (0,steps_image/* credentialsFor */.Og)(inputs, (0,plan_image/* splitRegistry */.K0)(image).registry), inputs.timeouts.request),
        index: uploads && distName ? () => (0,package_index/* existingFiles */.$6)(urls, distName, inputs.timeouts.request) : undefined,
        provenance: inputs.provenance
    });
}


/***/ })

};

//# sourceMappingURL=397.index.js.map