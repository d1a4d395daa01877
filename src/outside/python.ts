// Everything that runs Python: the tools, building at a
// pinned version and reading back the versions of the built files.
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'
import { lastLines, run, ToolError, type RunOptions, type RunResult } from './exec.js'
import type { PythonProject } from './project-files.js'
import { buildFailureMessage } from '../plan/python-build-output.js'

/** The environment variables that pin the version for every common build backend. */
export function pinnedVersionEnv(version: string, name?: string): Record<string, string> {
  const env: Record<string, string> = {
    SETUPTOOLS_SCM_PRETEND_VERSION: version, // setuptools_scm, hatch-vcs, flit_scm
    PDM_BUILD_SCM_VERSION: version,
    POETRY_DYNAMIC_VERSIONING_BYPASS: version
  }
  if (name) env[`SETUPTOOLS_SCM_PRETEND_VERSION_FOR_${name.replace(/[-_.]+/g, '_').toUpperCase()}`] = version
  return env
}

export class PythonError extends ToolError {}

let emptyDir: string | undefined
/**
 * Python run for the action's own tools (build, twine, pip, the scripts here), never from the checkout: `python -m`
 * and `-c` put the working directory first on sys.path, so a flat-layout project named like a module the tool imports
 * (keyring, packaging, rich, requests) would stand in for it. They run in an empty directory of the action's own
 * (0700), with every path absolute; the build backend still runs in the project, as PEP 517 says.
 */
export function runPython(interpreter: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  emptyDir ??= mkdtempSync(join(tmpdir(), 'dev-release-python-'))
  const program = interpreter.includes('/') && !isAbsolute(interpreter) ? resolve(interpreter) : interpreter
  return run(program, args, { ...options, cwd: emptyDir })
}

/** The tools a release needs from the interpreter. */
const TOOLS = ['build', 'twine']
/**
 * The versions installed where the interpreter lacks them (pinned: a new release changes nothing until the action
 * does). An interpreter that has them keeps its own: give `python` one with the versions wanted.
 */
export const TOOL_PINS = ['build==1.6.1', 'twine==7.0.0']
/** One interpreter start per interpreter and run: whether it runs, and which tools it lacks. */
const probes = new Map<string, Promise<{ runs: boolean; missing: string[] }>>()

export class Python {
  /** The metadata of the files this interpreter built, read as the build finished. */
  private readonly read = new Map<string, DistMetadata>()

  constructor(readonly interpreter: string) {}

  private probe(): Promise<{ runs: boolean; missing: string[] }> {
    let probe = probes.get(this.interpreter)
    if (!probe) {
      const code = `import importlib.util, sys; print(" ".join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))`
      probe = runPython(this.interpreter, ['-c', code, ...TOOLS], { allowFailure: true }).then(
        r => ({ runs: r.code === 0, missing: r.stdout.split(/\s+/).filter(Boolean) }),
        () => ({ runs: false, missing: TOOLS })
      )
      probes.set(this.interpreter, probe)
    }
    return probe
  }

  /** The interpreter runs (the same start also finds which tools it lacks). */
  async exists(): Promise<boolean> {
    return (await this.probe()).runs
  }

  /**
   * An interpreter that has `build` and `twine`: this one, or a virtual
   * environment under `tempDir` with them installed (never the system Python).
   */
  async withTools(tempDir: string, log: (m: string) => void, timeoutMs: number): Promise<Python> {
    const { missing } = await this.probe()
    if (!missing.length) return this
    const venv = join(tempDir, 'dev-release-venv')
    log(`${this.interpreter} lacks ${missing.join(' and ')}: installing them into a virtual environment at ${venv}`)
    await runPython(this.interpreter, ['-m', 'venv', venv], {
      timeoutMs,
      what: 'Making a virtual environment (build-timeout)'
    })
    const python = new Python(join(venv, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python'))
    const r = await runPython(python.interpreter, ['-m', 'pip', 'install', '--quiet', ...TOOL_PINS], {
      allowFailure: true,
      timeoutMs,
      what: `Installing ${TOOL_PINS.join(' and ')} (build-timeout)`
    })
    if (r.code !== 0) {
      throw new PythonError(`Installing build and twine into ${venv} failed: ${lastLines(r)}`, r.stdout + r.stderr)
    }
    return python
  }

  /**
   * `python -m build --sdist --wheel` at a pinned version; returns the built files.
   * `sourceDateEpoch` (the commit's time) makes the wheel the same bytes on every re-run.
   */
  async build(
    project: PythonProject,
    version: string,
    outDir: string,
    extraArgs: string[],
    sourceDateEpoch: number | undefined,
    timeoutMs: number,
    pkgDirs: string[] = []
  ): Promise<string[]> {
    const epoch = process.env.SOURCE_DATE_EPOCH ?? (sourceDateEpoch === undefined ? undefined : String(sourceDateEpoch))
    const r = await runPython(
      this.interpreter,
      ['-m', 'build', '--sdist', '--wheel', '--outdir', outDir, ...extraArgs, project.dir],
      {
        env: { ...pinnedVersionEnv(version, project.name), ...(epoch ? { SOURCE_DATE_EPOCH: epoch } : {}) },
        stream: true,
        allowFailure: true,
        timeoutMs,
        what: `The Python build of "${project.dir}" (build-timeout)`
      }
    )
    if (r.code !== 0) {
      throw new PythonError(
        buildFailureMessage(`The Python build of "${project.dir}"`, r.code, r, pkgDirs),
        r.stdout + r.stderr
      )
    }
    const files = readdirSync(outDir)
      .filter(f => f.endsWith('.whl') || f.endsWith('.tar.gz'))
      .sort()
      .map(f => join(outDir, f))
    if (!files.length)
      throw new PythonError(`The Python build of "${project.dir}" produced no .whl or .tar.gz file.`, r.stdout)
    // One interpreter start for both: the archives made the same bytes, then their metadata read (kept for readMetadata).
    const metadata = await runPython(this.interpreter, [
      '-c',
      `${epoch ? NORMALIZE_DISTS : ''}${READ_METADATA}`,
      ...(epoch ? [epoch] : []),
      ...files
    ])
    for (const m of JSON.parse(metadata.stdout) as DistMetadata[]) this.read.set(m.file, m)
    return files
  }

  /** The version of twine this interpreter has ('' where it has none). */
  async twineVersion(): Promise<string> {
    const code = 'import importlib.metadata as m; print(m.version("twine"))'
    const r = await runPython(this.interpreter, ['-c', code], { allowFailure: true })
    return r.code === 0 ? r.stdout.trim() : ''
  }

  /** The name and version in each distribution's metadata (PKG-INFO or METADATA). */
  async readMetadata(files: string[]): Promise<DistMetadata[]> {
    const known = files.map(file => this.read.get(file))
    if (known.every(m => m !== undefined)) return known as DistMetadata[]
    const r = await runPython(this.interpreter, ['-c', READ_METADATA, ...files])
    return JSON.parse(r.stdout) as DistMetadata[]
  }
}

export interface DistMetadata {
  file: string
  name: string
  version: string
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
`

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
`
