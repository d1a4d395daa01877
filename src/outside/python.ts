// Everything that runs Python: the tools, building at a
// pinned version and reading back the versions of the built files.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { lastLines, run, ToolError } from './exec.js'
import type { PythonProject } from './project-files.js'

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

/** The tools a release needs from the interpreter. */
const TOOLS = ['build', 'twine']
/** One interpreter start per interpreter and run: whether it runs, and which tools it lacks. */
const probes = new Map<string, Promise<{ runs: boolean; missing: string[] }>>()

export class Python {
  constructor(readonly interpreter: string) {}

  private probe(): Promise<{ runs: boolean; missing: string[] }> {
    let probe = probes.get(this.interpreter)
    if (!probe) {
      const code = `import importlib.util, sys; print(" ".join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))`
      probe = run(this.interpreter, ['-c', code, ...TOOLS], { allowFailure: true }).then(
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
    await run(this.interpreter, ['-m', 'venv', venv], {
      timeoutMs,
      what: 'Making a virtual environment (build-timeout)'
    })
    const python = new Python(join(venv, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python'))
    const r = await run(python.interpreter, ['-m', 'pip', 'install', '--quiet', 'build', 'twine'], {
      allowFailure: true,
      timeoutMs,
      what: 'Installing build and twine (build-timeout)'
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
    timeoutMs: number
  ): Promise<string[]> {
    const epoch = process.env.SOURCE_DATE_EPOCH ?? (sourceDateEpoch === undefined ? undefined : String(sourceDateEpoch))
    const r = await run(
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
        `The Python build of "${project.dir}" failed (exit code ${r.code}): ${lastLines(r)}`,
        r.stdout + r.stderr
      )
    }
    const files = readdirSync(outDir)
      .filter(f => f.endsWith('.whl') || f.endsWith('.tar.gz'))
      .sort()
      .map(f => join(outDir, f))
    if (!files.length)
      throw new PythonError(`The Python build of "${project.dir}" produced no .whl or .tar.gz file.`, r.stdout)
    return files
  }

  /** The version of twine this interpreter has ('' where it has none). */
  async twineVersion(): Promise<string> {
    const code = 'import importlib.metadata as m; print(m.version("twine"))'
    const r = await run(this.interpreter, ['-c', code], { allowFailure: true })
    return r.code === 0 ? r.stdout.trim() : ''
  }

  /** The name and version in each distribution's metadata (PKG-INFO or METADATA). */
  async readMetadata(files: string[]): Promise<{ file: string; name: string; version: string }[]> {
    const r = await run(this.interpreter, ['-c', READ_METADATA, ...files])
    return JSON.parse(r.stdout) as { file: string; name: string; version: string }[]
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
`
