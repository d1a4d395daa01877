export const id = 19;
export const ids = [19];
export const modules = {

/***/ 45889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ endpoints)
/* harmony export */ });
// Where the services the action talks to answer, read in one place: each has its public address, and a
// DEV_RELEASE_* variable that points it elsewhere (the tests' stand-ins on loopback, a mirror of a service).
function endpoints(env = process.env) {
    return {
        dockerHub: env.DEV_RELEASE_DOCKER_HUB_API || 'https://hub.docker.com',
        ghcrRegistry: env.DEV_RELEASE_GHCR_REGISTRY || 'https://ghcr.io',
        sigstore: {
            'public-good': {
                fulcio: env.DEV_RELEASE_FULCIO_URL || 'https://fulcio.sigstore.dev',
                rekor: env.DEV_RELEASE_REKOR_URL || 'https://rekor.sigstore.dev'
            },
            // GitHub's own instance, for private repositories: no public log, a timestamp authority instead.
            github: {
                fulcio: env.DEV_RELEASE_GITHUB_FULCIO_URL || 'https://fulcio.githubapp.com',
                tsa: env.DEV_RELEASE_TSA_URL || 'https://timestamp.githubapp.com'
            }
        },
        trustedRoot: env.DEV_RELEASE_TRUSTED_ROOT || undefined
    };
}


/***/ }),

/***/ 70019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sourceProblems: () => (/* binding */ sourceProblems),
/* harmony export */   trustMaterial: () => (/* binding */ trustMaterial),
/* harmony export */   tufCache: () => (/* binding */ tufCache),
/* harmony export */   verifyBundle: () => (/* binding */ verifyBundle),
/* harmony export */   witnessPolicy: () => (/* binding */ witnessPolicy)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _sigstore_tuf__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84423);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54187);
/* harmony import */ var _endpoints_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(45889);
// Sigstore's other half: a bundle checked as `gh attestation verify` and PyPI check it. The signature against a
// trusted root (public Sigstore's, fetched and verified through its TUF repository, or the file
// DEV_RELEASE_TRUSTED_ROOT names: a mirror, GitHub's own instance, the tests' local one), the certificate's OIDC
// issuer GitHub Actions' and its identity a workflow of the repository. Returns the in-toto statement it signs.








const ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * Where the TUF client keeps public Sigstore's metadata, which it trusts once there: the job's own RUNNER_TEMP, else
 * a directory of this user's own under their cache (0700), never a fixed path in a shared /tmp where another user of
 * a self-hosted runner could plant a root.json.
 */
function tufCache(env = process.env) {
    const dir = env.RUNNER_TEMP
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.RUNNER_TEMP, 'dev-release-tuf')
        : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.cache'), 'dev-release', 'tuf');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir);
    if (stat.uid !== process.getuid?.() || (stat.mode & 0o022) !== 0)
        throw new Error(`${dir}, where the TUF client keeps Sigstore's trusted root, is not this user's alone (it belongs to uid ${stat.uid}, mode ${(stat.mode & 0o777).toString(8)}): remove it, or set DEV_RELEASE_TRUSTED_ROOT.`);
    return dir;
}
/** The trust material every bundle of this run is checked against, loaded once. */
let trust;
function trustMaterial(timeoutMs) {
    const file = (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_7__/* .endpoints */ .v)().trustedRoot;
    trust ??= (file
        ? Promise.resolve(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_4__.TrustedRoot.fromJSON(JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'))))
        : (0,_sigstore_tuf__WEBPACK_IMPORTED_MODULE_5__.getTrustedRoot)({ cachePath: tufCache(), timeout: timeoutMs, retry: 2 })).then(_sigstore_verify__WEBPACK_IMPORTED_MODULE_6__/* .toTrustMaterial */ .jO);
    trust.catch(() => (trust = undefined));
    return trust;
}
/** Fulcio's extensions for GitHub Actions (docs: sigstore/fulcio oid-info.md): the source, whatever workflow signed. */
const OID = {
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryId: '1.3.6.1.4.1.57264.1.15',
    /** Before 2023's extensions: owner/repo and the commit, as raw text. */
    legacyRepository: '1.3.6.1.4.1.57264.1.5',
    legacySha: '1.3.6.1.4.1.57264.1.3'
};
/** An extension's text: the current ones hold a DER UTF8String, the legacy ones the raw text. */
function extensionText(oids, oid) {
    const value = oids.find(o => o.oid?.id.join('.') === oid)?.value;
    if (!value)
        return undefined;
    if (value[0] !== 0x0c)
        return value.toString('utf8');
    const long = value[1] & 0x80 ? value[1] & 0x7f : 0;
    const length = long ? value.subarray(2, 2 + long).reduce((n, byte) => n * 256 + byte, 0) : value[1];
    return value.subarray(2 + long, 2 + long + length).toString('utf8');
}
function sourceExtensions(oids = []) {
    const legacy = extensionText(oids, OID.legacyRepository);
    return {
        repositoryUri: extensionText(oids, OID.sourceRepositoryUri) ?? (legacy ? `https://github.com/${legacy}` : undefined),
        digest: extensionText(oids, OID.sourceRepositoryDigest) ?? extensionText(oids, OID.legacySha),
        repositoryId: extensionText(oids, OID.sourceRepositoryId)
    };
}
/**
 * Why a certificate is not this release's, where it is not: the SAN names the workflow that signed, which a reusable
 * workflow's callers share, so the source repository, its ID and the commit come from the certificate's extensions.
 */
function sourceProblems(source, expected) {
    const problems = [];
    const uri = `https://github.com/${expected.repository}`;
    if (!source.repositoryUri)
        problems.push('the certificate names no source repository');
    else if (source.repositoryUri.toLowerCase() !== uri.toLowerCase())
        problems.push(`signed for the source of ${source.repositoryUri}, not ${uri}`);
    if (expected.repositoryId && source.repositoryId && source.repositoryId !== expected.repositoryId)
        problems.push(`signed for repository ID ${source.repositoryId}, not ${expected.repositoryId} (a repository of that name before this one)`);
    if (expected.commit && source.digest?.toLowerCase() !== expected.commit.toLowerCase())
        problems.push(`signed for commit ${source.digest ?? '(none named)'}, not ${expected.commit}`);
    return problems;
}
/**
 * What must witness a signature. Public Sigstore logs every signature: under its root a bundle without a log entry
 * is refused (a timestamp alone would let a certificate outlive its ten minutes unseen). Another root (GitHub's own
 * instance, a mirror, the tests') may witness with a timestamp and no certificate log.
 */
function witnessPolicy(logged, publicGood) {
    if (publicGood && !logged)
        throw new Error("the bundle has no transparency-log entry, which public Sigstore's signatures always have");
    return logged
        ? { tlogThreshold: 1, ctlogThreshold: 1 }
        : { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 };
}
/**
 * A Sigstore bundle (JSON) checked against the trusted root, signed by a GitHub Actions workflow of the repository
 * for its own source at the commit. Throws with the reason: a signature or log entry that does not verify, another
 * issuer, another repository, another commit.
 */
async function verifyBundle(bundle, expected, timeoutMs) {
    const { repository } = expected;
    const parsed = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_3__.bundleFromJSON)(bundle);
    const logged = parsed.verificationMaterial.tlogEntries.length > 0;
    const verifier = new _sigstore_verify__WEBPACK_IMPORTED_MODULE_6__/* .Verifier */ .BL(await trustMaterial(timeoutMs), witnessPolicy(logged, !(0,_endpoints_js__WEBPACK_IMPORTED_MODULE_7__/* .endpoints */ .v)().trustedRoot));
    const signer = verifier.verify((0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_6__/* .toSignedEntity */ .DC)(parsed), { extensions: { issuer: ACTIONS_ISSUER } });
    const identity = signer.identity?.subjectAlternativeName ?? '';
    const workflows = `https://github.com/${repository}/.github/workflows/`;
    if (!identity.toLowerCase().startsWith(workflows.toLowerCase()))
        throw new Error(`signed by ${identity || 'an unnamed identity'}, not by a workflow of ${repository}`);
    const problems = sourceProblems(sourceExtensions(signer.identity?.oids), expected);
    if (problems.length)
        throw new Error(problems.join('; '));
    if (parsed.content.$case !== 'dsseEnvelope')
        throw new Error('the bundle signs no in-toto statement');
    const statement = JSON.parse(parsed.content.dsseEnvelope.payload.toString('utf8'));
    return { identity, statement };
}


/***/ })

};

//# sourceMappingURL=19.index.js.map