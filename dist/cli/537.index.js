export const id = 537;
export const ids = [537];
export const modules = {

/***/ 82537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Python: () => (/* binding */ Python),
/* harmony export */   PythonError: () => (/* binding */ PythonError),
/* harmony export */   pinnedVersionEnv: () => (/* binding */ pinnedVersionEnv)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56002);
// Everything that runs Python: the tools, building at a
// pinned version and reading back the versions of the built files.



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
    async withTools(tempDir, log, timeoutMs) {
        const { missing } = await this.probe();
        if (!missing.length)
            return this;
        const venv = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tempDir, 'dev-release-venv');
        log(`${this.interpreter} lacks ${missing.join(' and ')}: installing them into a virtual environment at ${venv}`);
        await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)(this.interpreter, ['-m', 'venv', venv], {
            timeoutMs,
            what: 'Making a virtual environment (build-timeout)'
        });
        const python = new Python((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(venv, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python'));
        const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)(python.interpreter, ['-m', 'pip', 'install', '--quiet', 'build', 'twine'], {
            allowFailure: true,
            timeoutMs,
            what: 'Installing build and twine (build-timeout)'
        });
        if (r.code !== 0) {
            throw new PythonError(`Installing build and twine into ${venv} failed: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .lastLines */ .w$)(r)}`, r.stdout + r.stderr);
        }
        return python;
    }
    /**
     * `python -m build --sdist --wheel` at a pinned version; returns the built files.
     * `sourceDateEpoch` (the commit's time) makes the wheel the same bytes on every re-run.
     */
    async build(project, version, outDir, extraArgs, sourceDateEpoch, timeoutMs) {
        const epoch = process.env.SOURCE_DATE_EPOCH ?? (sourceDateEpoch === undefined ? undefined : String(sourceDateEpoch));
        const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)(this.interpreter, ['-m', 'build', '--sdist', '--wheel', '--outdir', outDir, ...extraArgs, project.dir], {
            env: { ...pinnedVersionEnv(version, project.name), ...(epoch ? { SOURCE_DATE_EPOCH: epoch } : {}) },
            stream: true,
            allowFailure: true,
            timeoutMs,
            what: `The Python build of "${project.dir}" (build-timeout)`
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
        if (epoch)
            await this.normalizeDists(files, Number(epoch));
        return files;
    }
    /**
     * The archives made the same bytes wherever and whenever the commit is built: every member's time clamped to the
     * commit's, its mode 0644 (0755 where it is executable, and for directories), no owner, the gzip header's time the
     * commit's. Backends differ in what they fix themselves (setuptools' sdist keeps the checkout's times and modes, and
     * gzip's clock); the files' contents and their order stay as the backend wrote them.
     */
    async normalizeDists(files, epoch) {
        await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)(this.interpreter, ['-c', NORMALIZE_DISTS, String(epoch), ...files]);
    }
    /** The version of twine this interpreter has ('' where it has none). */
    async twineVersion() {
        const code = 'import importlib.metadata as m; print(m.version("twine"))';
        const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)(this.interpreter, ['-c', code], { allowFailure: true });
        return r.code === 0 ? r.stdout.trim() : '';
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
const NORMALIZE_DISTS = `
import gzip, io, sys, tarfile, time, zipfile
epoch = int(sys.argv[1])
def mode(m, directory):
    return 0o755 if directory or m & 0o111 else 0o644
for path in sys.argv[2:]:
    if path.endswith(".tar.gz"):
        out = io.BytesIO()
        with tarfile.open(path, "r:gz") as src, tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as dst:
            for m in src.getmembers():
                data = src.extractfile(m).read() if m.isfile() else None
                m.mtime = min(int(m.mtime), epoch)
                m.mode = mode(m.mode, m.isdir())
                m.uid = m.gid = 0
                m.uname = m.gname = ""
                m.pax_headers = {k: v for k, v in m.pax_headers.items() if k in ("path", "linkpath")}
                dst.addfile(m, io.BytesIO(data) if data is not None else None)
        with open(path, "wb") as f, gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=epoch, compresslevel=9) as gz:
            gz.write(out.getvalue())
    elif path.endswith(".whl"):
        stamp = time.gmtime(max(epoch, 315532800))[:6]
        with zipfile.ZipFile(path) as src:
            members = [(i, src.read(i.filename)) for i in src.infolist()]
        with zipfile.ZipFile(path, "w") as dst:
            for i, data in members:
                info = zipfile.ZipInfo(i.filename, date_time=min(i.date_time, stamp))
                info.compress_type = i.compress_type
                info.create_system = 3
                directory = i.filename.endswith("/")
                info.external_attr = ((0o040000 if directory else 0o100000) | mode(i.external_attr >> 16, directory)) << 16
                dst.writestr(info, data)
`;


/***/ })

};

//# sourceMappingURL=537.index.js.map