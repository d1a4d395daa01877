export const id = 374;
export const ids = [374];
export const modules = {

/***/ 92374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Python: () => (/* binding */ Python),
  PythonError: () => (/* binding */ PythonError),
  TOOL_PINS: () => (/* binding */ TOOL_PINS),
  pinnedVersionEnv: () => (/* binding */ pinnedVersionEnv),
  runPython: () => (/* binding */ runPython)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/outside/exec.ts
var exec = __webpack_require__(56002);
;// CONCATENATED MODULE: ./src/plan/python-build-output.ts
// Why a Python build failed, in the build's own words: the lines that say error, wherever they stand (the last lines
// are often warnings printed after the cause), and the known causes named with their fix. Pure.
/** The most lines of error quoted: a runaway build that prints thousands is in the log already. */
const MOST_ERROR_LINES = 12;
/** The build's lines that say error, each with the indented lines that continue it (a list of missing dependencies). */
function errorLines(output) {
    const lines = output.split('\n').map(line => line.replace(/\s+$/, ''));
    const kept = [];
    for (let i = 0; i < lines.length; i++) {
        if (!/(^|\W)error\b/i.test(lines[i]) || /^\s*(warning|deprecat)/i.test(lines[i]))
            continue;
        const record = [lines[i].trim()];
        while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]) && !/(^|\W)error\b/i.test(lines[i + 1]))
            record.push(lines[++i].trim());
        const text = record.join(' ');
        if (!kept.includes(text))
            kept.push(text);
    }
    return kept.length > MOST_ERROR_LINES ? kept.slice(-MOST_ERROR_LINES) : kept;
}
/**
 * setuptools' flat-layout discovery took a folder the action stages into (docker/ for docker/pkg) for a package of
 * its own: the fix, where that is what happened.
 */
function flatLayoutAdvice(output, pkgDirs) {
    const m = /Multiple top-level (?:packages|modules) discovered in a flat-layout: \[([^\]]*)\]/.exec(output);
    if (!m)
        return undefined;
    const found = [...m[1].matchAll(/'([^']+)'/g)].map(x => x[1]);
    const staging = [...new Set(pkgDirs.map(dir => dir.replace(/^\.\//, '').split('/')[0]))].filter(top => found.includes(top));
    if (!staging.length)
        return undefined;
    const own = found.filter(name => !staging.includes(name));
    const folders = staging.map(top => `${top}/`).join(', ');
    return (`setuptools' automatic discovery takes ${folders}, which holds the Docker context the package is staged into, for a package of the project (it found ${found.join(', ')}). ` +
        `Name the project's own packages in pyproject.toml: [tool.setuptools.packages.find] include = [${(own.length ? own : ['your_package']).map(name => `"${name}*"`).join(', ')}] ` +
        `(or exclude = [${staging.map(top => `"${top}*"`).join(', ')}]), or move the project into a src/ layout.`);
}
/** A failed build's message: the error lines, the fix where the cause is known, and the last lines for context. */
function buildFailureMessage(what, code, output, pkgDirs) {
    const all = `${output.stdout}\n${output.stderr}`;
    const errors = errorLines(output.stderr).concat(errorLines(output.stdout));
    const unique = errors.filter((line, i) => errors.indexOf(line) === i);
    const last = (output.stderr.trim() || output.stdout.trim()).split('\n').slice(-4).join('\n');
    const advice = flatLayoutAdvice(all, pkgDirs);
    const parts = [`${what} failed (exit code ${code}).`];
    if (advice)
        parts.push(advice);
    if (unique.length)
        parts.push(`Its errors:\n${unique.map(line => `  ${line}`).join('\n')}`);
    parts.push(`It ended with:\n${last}`);
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/outside/python.ts
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
class PythonError extends exec/* ToolError */.v4 {
}
let emptyDir;
/**
 * Python run for the action's own tools (build, twine, pip, the scripts here), never from the checkout: `python -m`
 * and `-c` put the working directory first on sys.path, so a flat-layout project named like a module the tool imports
 * (keyring, packaging, rich, requests) would stand in for it. They run in an empty directory of the action's own
 * (0700), with every path absolute; the build backend still runs in the project, as PEP 517 says.
 */
function runPython(interpreter, args, options = {}) {
    emptyDir ??= (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'dev-release-python-'));
    const program = interpreter.includes('/') && !(0,external_node_path_.isAbsolute)(interpreter) ? (0,external_node_path_.resolve)(interpreter) : interpreter;
    return (0,exec/* run */.eF)(program, args, { ...options, cwd: emptyDir });
}
/** The tools a release needs from the interpreter. */
const TOOLS = ['build', 'twine'];
/**
 * The versions installed where the interpreter lacks them (pinned: a new release changes nothing until the action
 * does). An interpreter that has them keeps its own: give `python` one with the versions wanted.
 */
const TOOL_PINS = ['build==1.6.1', 'twine==7.0.0'];
/** One interpreter start per interpreter and run: whether it runs, and which tools it lacks. */
const probes = new Map();
class Python {
    interpreter;
    /** The metadata of the files this interpreter built, read as the build finished. */
    read = new Map();
    constructor(interpreter) {
        this.interpreter = interpreter;
    }
    probe() {
        let probe = probes.get(this.interpreter);
        if (!probe) {
            const code = `import importlib.util, sys; print(" ".join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))`;
            probe = runPython(this.interpreter, ['-c', code, ...TOOLS], { allowFailure: true }).then(r => ({ runs: r.code === 0, missing: r.stdout.split(/\s+/).filter(Boolean) }), () => ({ runs: false, missing: TOOLS }));
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
        const venv = (0,external_node_path_.join)(tempDir, 'dev-release-venv');
        log(`${this.interpreter} lacks ${missing.join(' and ')}: installing them into a virtual environment at ${venv}`);
        await runPython(this.interpreter, ['-m', 'venv', venv], {
            timeoutMs,
            what: 'Making a virtual environment (build-timeout)'
        });
        const python = new Python((0,external_node_path_.join)(venv, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python'));
        const r = await runPython(python.interpreter, ['-m', 'pip', 'install', '--quiet', ...TOOL_PINS], {
            allowFailure: true,
            timeoutMs,
            what: `Installing ${TOOL_PINS.join(' and ')} (build-timeout)`
        });
        if (r.code !== 0) {
            throw new PythonError(`Installing build and twine into ${venv} failed: ${(0,exec/* lastLines */.w$)(r)}`, r.stdout + r.stderr);
        }
        return python;
    }
    /**
     * `python -m build --sdist --wheel` at a pinned version; returns the built files.
     * `sourceDateEpoch` (the commit's time) makes the wheel the same bytes on every re-run.
     */
    async build(project, version, outDir, extraArgs, sourceDateEpoch, timeoutMs, pkgDirs = []) {
        const epoch = process.env.SOURCE_DATE_EPOCH ?? (sourceDateEpoch === undefined ? undefined : String(sourceDateEpoch));
        const r = await runPython(this.interpreter, ['-m', 'build', '--sdist', '--wheel', '--outdir', outDir, ...extraArgs, project.dir], {
            env: { ...pinnedVersionEnv(version, project.name), ...(epoch ? { SOURCE_DATE_EPOCH: epoch } : {}) },
            stream: true,
            allowFailure: true,
            timeoutMs,
            what: `The Python build of "${project.dir}" (build-timeout)`
        });
        if (r.code !== 0) {
            throw new PythonError(buildFailureMessage(`The Python build of "${project.dir}"`, r.code, r, pkgDirs), r.stdout + r.stderr);
        }
        const files = (0,external_node_fs_.readdirSync)(outDir)
            .filter(f => f.endsWith('.whl') || f.endsWith('.tar.gz'))
            .sort()
            .map(f => (0,external_node_path_.join)(outDir, f));
        if (!files.length)
            throw new PythonError(`The Python build of "${project.dir}" produced no .whl or .tar.gz file.`, r.stdout);
        // One interpreter start for both: the archives made the same bytes, then their metadata read (kept for readMetadata).
        const metadata = await runPython(this.interpreter, [
            '-c',
            `${epoch ? NORMALIZE_DISTS : ''}${READ_METADATA}`,
            ...(epoch ? [epoch] : []),
            ...files
        ]);
        for (const m of JSON.parse(metadata.stdout))
            this.read.set(m.file, m);
        return files;
    }
    /** The version of twine this interpreter has ('' where it has none). */
    async twineVersion() {
        const code = 'import importlib.metadata as m; print(m.version("twine"))';
        const r = await runPython(this.interpreter, ['-c', code], { allowFailure: true });
        return r.code === 0 ? r.stdout.trim() : '';
    }
    /** The name and version in each distribution's metadata (PKG-INFO or METADATA). */
    async readMetadata(files) {
        const known = files.map(file => this.read.get(file));
        if (known.every(m => m !== undefined))
            return known;
        const r = await runPython(this.interpreter, ['-c', READ_METADATA, ...files]);
        return JSON.parse(r.stdout);
    }
}
// Reads the files named after the arguments (after the epoch, where the normalizing code comes first and took it).
const READ_METADATA = `
import email.parser, json, sys, tarfile, zipfile
out = []
for path in [a for a in sys.argv[1:] if a.endswith((".whl", ".tar.gz"))]:
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
// The archives made the same bytes wherever and whenever the commit is built: every member's time clamped to the
// commit's, its mode 0644 (0755 where it is executable, and for directories), no owner, the gzip header's time the
// commit's. Backends differ in what they fix themselves (setuptools' sdist keeps the checkout's times and modes, and
// gzip's clock); the files' contents and their order stay as the backend wrote them. Arguments: the epoch, the files.
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

//# sourceMappingURL=374.index.js.map