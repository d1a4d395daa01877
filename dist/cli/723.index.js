export const id = 723;
export const ids = [723];
export const modules = {

/***/ 55723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attachReferrer: () => (/* binding */ attachReferrer)
/* harmony export */ });
/* harmony import */ var _registry_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16337);
// An artifact (a Sigstore bundle) attached to an image in its registry as an OCI 1.1 referrer: an image manifest
// whose subject is the image's manifest list. A registry with the referrers API indexes it itself (it answers
// OCI-Subject); one without it (distribution 2.8) gets the fallback the OCI spec names: an image index under the
// tag sha256-<digest of the subject> that lists the referrers, read and extended, never replaced.

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const EMPTY = { mediaType: 'application/vnd.oci.empty.v1+json', data: Buffer.from('{}') };
/** A blob, uploaded in one request unless the registry has it. */
async function pushBlob(api, data) {
    const digest = (0,_registry_api_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(data);
    const repo = api.location.repository;
    const head = await api.request(`${repo}/blobs/${digest}`, { method: 'HEAD' }, 'pull,push');
    if (head.ok)
        return digest;
    const start = await api.request(`${repo}/blobs/uploads/`, { method: 'POST' }, 'pull,push');
    await start.body?.cancel();
    const location = start.headers.get('location');
    if (start.status !== 202 || !location)
        throw new _registry_api_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryApiError */ .u4(`The registry answered ${start.status} to starting a blob upload.`);
    const url = new URL(location, `${api.location.base}/v2/`);
    url.searchParams.set('digest', digest);
    const put = await api.request(url.toString(), { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: data }, 'pull,push');
    await put.body?.cancel();
    if (put.status !== 201)
        throw new _registry_api_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryApiError */ .u4(`The registry answered ${put.status} to a blob upload.`);
    return digest;
}
/** Attach `data` (of `artifactType`) to the manifest list `subjectDigest` names. */
async function attachReferrer(api, subjectDigest, artifact) {
    const found = await api.manifest(subjectDigest);
    if (!found)
        throw new _registry_api_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryApiError */ .u4(`The registry has no ${subjectDigest}.`);
    const subject = { mediaType: found.mediaType, digest: subjectDigest, size: found.size };
    const config = { mediaType: EMPTY.mediaType, digest: await pushBlob(api, EMPTY.data), size: EMPTY.data.length };
    const layer = {
        mediaType: artifact.artifactType,
        digest: await pushBlob(api, artifact.data),
        size: artifact.data.length
    };
    const manifest = JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: artifact.artifactType,
        config,
        layers: [layer],
        subject,
        annotations: artifact.annotations
    });
    const digest = (0,_registry_api_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(manifest);
    const repo = api.location.repository;
    const put = await api.request(`${repo}/manifests/${digest}`, { method: 'PUT', headers: { 'Content-Type': OCI_MANIFEST }, body: manifest }, 'pull,push');
    await put.body?.cancel();
    if (put.status !== 201)
        throw new _registry_api_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryApiError */ .u4(`The registry answered ${put.status} to the referrer's manifest.`);
    if (put.headers.get('oci-subject'))
        return { digest, listedBy: 'the registry’s referrers API' };
    // No referrers API: the fallback tag's index, with what it already lists kept. Only a tag the registry does not
    // have starts a new index; a read that fails stops here rather than replace what others attached.
    const tag = subjectDigest.replace(':', '-');
    const listed = (await api.manifest(tag))?.manifests ?? [];
    const entry = {
        mediaType: OCI_MANIFEST,
        digest,
        size: Buffer.byteLength(manifest),
        artifactType: artifact.artifactType,
        annotations: artifact.annotations
    };
    const index = JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [...listed.filter(m => m.digest !== digest), entry]
    });
    await api.putManifest(tag, index, OCI_INDEX);
    return { digest, listedBy: `the tag ${tag}` };
}


/***/ })

};

//# sourceMappingURL=723.index.js.map