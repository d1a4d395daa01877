export const id = 241;
export const ids = [241];
export const modules = {

/***/ 4241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signStatements: () => (/* binding */ signStatements),
/* harmony export */   sigstoreUrls: () => (/* binding */ sigstoreUrls)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1040);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5179);
// Sigstore: a statement signed as a DSSE envelope with a short-lived Fulcio certificate for the job's OIDC
// identity, and logged in Rekor (public Sigstore, or the instances DEV_RELEASE_FULCIO_URL and
// DEV_RELEASE_REKOR_URL name: the tests' local ones). Every request has the deadline; sigstore-js retries a
// failing service twice.


function sigstoreUrls() {
    return {
        fulcio: process.env.DEV_RELEASE_FULCIO_URL || 'https://fulcio.sigstore.dev',
        rekor: process.env.DEV_RELEASE_REKOR_URL || 'https://rekor.sigstore.dev'
    };
}
/** One signing identity for several statements: each is signed and logged in turn. */
async function signStatements(statements, options) {
    const urls = sigstoreUrls();
    const fetchOptions = { timeout: options.timeoutMs, retry: { retries: 2 } };
    const signer = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .FulcioSigner */ .$o({
        fulcioBaseURL: urls.fulcio,
        identityProvider: { getToken: async () => options.identityToken },
        ...fetchOptions
    });
    // dsse entries, as PyPI's own signer (sigstore-python) makes them.
    const witness = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .RekorWitness */ .fU({ rekorBaseURL: urls.rekor, entryType: 'dsse', ...fetchOptions });
    const builder = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .DSSEBundleBuilder */ .VV({ signer, witnesses: [witness] });
    const bundles = [];
    for (const statement of statements) {
        const bundle = await builder.create({
            data: Buffer.from(JSON.stringify(statement)),
            type: 'application/vnd.in-toto+json'
        });
        bundles.push((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(bundle));
    }
    return bundles;
}


/***/ })

};

//# sourceMappingURL=241.index.js.map