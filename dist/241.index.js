export const id = 241;
export const ids = [241];
export const modules = {

/***/ 24241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signStatements: () => (/* binding */ signStatements),
/* harmony export */   sigstoreUrls: () => (/* binding */ sigstoreUrls)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15179);
/* harmony import */ var _endpoints_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45889);
// Sigstore: a statement signed as a DSSE envelope with a short-lived Fulcio certificate for the job's OIDC
// identity. Public Sigstore logs it in Rekor; GitHub's own instance (for private repositories, as actions/attest
// does: nothing about them goes to a public log) has it timestamped by GitHub's authority instead. The tests'
// local instances come in through the DEV_RELEASE_* variables endpoints.ts reads. Every request has the deadline; sigstore-js retries a failing service twice.



function sigstoreUrls(instance) {
    return (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_2__/* .endpoints */ .v)().sigstore[instance];
}
/**
 * One key pair and one identity token for several statements: each is signed (FulcioSigner asks Fulcio for a
 * certificate per signature), then logged or timestamped, in turn.
 */
async function signStatements(statements, options) {
    const urls = sigstoreUrls(options.instance ?? 'public-good');
    const fetchOptions = { timeout: options.timeoutMs, retry: { retries: 2 } };
    const signer = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .FulcioSigner */ .$o({
        fulcioBaseURL: urls.fulcio,
        identityProvider: { getToken: async () => options.identityToken },
        ...fetchOptions
    });
    // dsse entries, as PyPI's own signer (sigstore-python) makes them.
    const witness = urls.rekor
        ? new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .RekorWitness */ .fU({ rekorBaseURL: urls.rekor, entryType: 'dsse', ...fetchOptions })
        : new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .TSAWitness */ .gs({ tsaBaseURL: urls.tsa, ...fetchOptions });
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