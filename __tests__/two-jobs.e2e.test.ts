// The two-job release (docs/security.md): a build job (mode build) that holds no secret, then a publishing job that
// takes exactly its files. The project's setup.py reads the environment of every process of its job it can
// (/proc/*/environ: its ancestors, and everything below the action) and writes down whose secrets it saw: in one job it sees the step's tokens; in the build
// job it sees none, and in the publishing job it never runs at all.
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { annotations, type ActionRun } from './support/action.js'
import { expectSuccess, ReleaseFixture } from './support/release-fixture.js'
import { tempDir } from './support/repo.js'

const f = new ReleaseFixture()
const report = join(tempDir('dev-release-environ-'), 'report.jsonl')
const BRANCH = 'refs/heads/feature/two-jobs'
/** No secret reaches a build job: the fixture's defaults hold the index token and the registry password. */
const NO_SECRETS = { 'pypi-token': '', 'registry-password': '' }

interface Scan {
  pid: number
  ancestors: number[]
  read: number[]
  found: string[]
}

/** Each run of the project's setup.py, in order. */
function scans(): Scan[] {
  return existsSync(report)
    ? readFileSync(report, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map(line => JSON.parse(line) as Scan)
    : []
}

/** setup.py as build code an attacker wrote: every environment it can read, searched for the step's secrets. */
function spyingSetupPy(): string {
  const markers = { 'pypi-token': f.token, 'registry-password': f.registry.password }
  return `import json, os
from setuptools import setup

MARKERS = ${JSON.stringify(markers)}

def ancestors():
    out, pid = [], os.getpid()
    while pid > 1:
        out.append(pid)
        pid = parent(pid)
    return out

def parent(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(next(line for line in status if line.startswith("PPid:")).split()[1])

def action():
    for pid in ancestors():
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            if b"dist/index.js" in cmdline.read():
                return pid

def in_job(pid, top):
    # The job's processes: the build's ancestors, and whatever runs below the action. Other runs on this machine (the
    # other test files', side by side) are other jobs, which a runner keeps in VMs of their own.
    while pid > 1:
        if pid == top:
            return True
        try:
            pid = parent(pid)
        except (OSError, StopIteration):
            return False
    return False

top, mine = action(), set(ancestors())
read, found = [], set()
for entry in os.listdir("/proc"):
    if not entry.isdigit():
        continue
    if int(entry) not in mine and not in_job(int(entry), top):
        continue
    try:
        with open(f"/proc/{entry}/environ", "rb") as environ:
            variables = environ.read().decode(errors="replace").split("\\0")
    except OSError:
        continue
    read.append(int(entry))
    for variable in variables:
        name, _, value = variable.partition("=")
        for label, marker in MARKERS.items():
            if marker in value:
                found.add(f"{label} in {name}")
with open(${JSON.stringify(report)}, "a") as out:
    out.write(json.dumps({"pid": os.getpid(), "ancestors": ancestors(), "read": read, "found": sorted(found)}) + "\\n")
setup()
`
}

beforeAll(async () => {
  await f.start()
  f.repo.branch('feature/two-jobs')
  writeFileSync(join(f.repo.dir, 'setup.py'), spyingSetupPy())
  f.repo.git('add', 'setup.py')
  f.repo.git('commit', '-q', '-m', 'setup.py that reads every environment it can')
})
afterAll(() => f.stop())

/** The build job, once: its files in a fresh dists-dir, and the scan its setup.py made. */
let built: { run: ActionRun; dir: string; scan: Scan } | undefined
async function buildJob(): Promise<NonNullable<typeof built>> {
  if (built) return built
  const dir = tempDir('dev-release-dists-')
  const before = scans().length
  const run = await f.release(BRANCH, { mode: 'build', 'dists-dir': dir, ...NO_SECRETS })
  expectSuccess(run)
  const after = scans()
  expect(after.length).toBeGreaterThan(before) // the build ran the project's setup.py
  built = { run, dir, scan: after[after.length - 1] }
  return built
}

function listed(dir: string): {
  project: string
  version: string
  commit: string
  files: { name: string; sha256: string }[]
} {
  return JSON.parse(readFileSync(join(dir, 'dev-release-dists.json'), 'utf8'))
}

describe('one job: what the build code can read', () => {
  it('finds the step’s index token and registry password in its ancestors’ environment', async () => {
    const before = scans().length
    f.repo.branch('feature/one-job')
    f.repo.commits(1)
    const run = await f.release('refs/heads/feature/one-job', { 'publish-docker': 'false' })
    f.repo.checkout('feature/two-jobs')
    expectSuccess(run)
    const scan = scans()[before]
    // The scan reached the action's own process: what docs/security.md says a one-job release exposes.
    expect(scan.ancestors.length).toBeGreaterThan(2)
    expect(scan.found).toEqual(['pypi-token in INPUT_PYPI-TOKEN', 'registry-password in INPUT_REGISTRY-PASSWORD'])
  })
})

describe('mode build, then a publishing job', () => {
  it('builds in a job that holds no secret, and leaves the files with their list', async () => {
    const uploads = f.uploadRequests()
    const { run, dir, scan } = await buildJob()
    // The same scan as above reads its ancestors (the action among them) and finds nothing.
    expect(scan.ancestors.every(pid => scan.read.includes(pid))).toBe(true)
    expect(scan.found).toEqual([])
    const list = listed(dir)
    expect(list).toMatchObject({ project: 'dev-release-example', version: '1.2.4.dev1', commit: f.repo.head() })
    expect(list.files.map(file => file.name).sort()).toEqual(
      readdirSync(dir)
        .filter(name => name !== 'dev-release-dists.json')
        .sort()
    )
    expect(run.outputs['dists-dir']).toBe(dir)
    expect(run.outputs.version).toBe('1.2.4.dev1')
    expect(run.outputs['docker-tags']).toBe('') // the publishing job owns the tags
    // Nothing left the build job: no upload, no image, no login.
    expect(f.uploadRequests()).toBe(uploads)
    expect(await f.client.manifestList(f.repository, 'feature-two-jobs')).toBeUndefined()
    expect(f.shims.commands().some(c => /^docker (login|buildx build)/.test(c))).toBe(false)
  })

  it('publishes exactly the build job’s bytes, and runs no project code where the tokens are', async () => {
    const { dir } = await buildJob()
    const scansBefore = scans().length
    const commandsBefore = f.shims.commands().length
    const run = await f.release(BRANCH, { 'dists-dir': dir })
    expectSuccess(run)
    expect(scans()).toHaveLength(scansBefore) // setup.py never ran here
    const commands = f.shims.commands().slice(commandsBefore)
    expect(commands.some(c => / -m build /.test(c))).toBe(false)
    expect(commands.some(c => /^docker buildx build/.test(c))).toBe(true)
    // The index holds the listed files, byte for byte; the read-back (on) compared the image's /pkg/ with them.
    const stored = [...f.index.files.values()]
      .filter(file => file.version === '1.2.4.dev1')
      .map(file => ({ name: file.filename, sha256: file.sha256 }))
    expect(stored.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      listed(dir).files.sort((a, b) => a.name.localeCompare(b.name))
    )
    expect(run.stdout).toMatch(/no Python build runs here/)
    expect(run.stdout).toMatch(/All \d+ checks hold/)
    expect(await f.client.manifestList(f.repository, 'feature-two-jobs')).toBeDefined()
  })

  it('refuses the files of another commit, before anything is published', async () => {
    const { dir } = await buildJob()
    const uploads = f.uploadRequests()
    f.repo.branch('feature/two-jobs-later')
    f.repo.commits(1)
    const run = await f.release('refs/heads/feature/two-jobs-later', { 'dists-dir': dir })
    expect(run.code).not.toBe(0)
    expect(annotations(run, 'error')[0]).toMatch(
      new RegExp(`the build job built commit ${listed(dir).commit}, but this job releases ${f.repo.head()}`)
    )
    expect(f.uploadRequests()).toBe(uploads)
    expect(await f.client.manifestList(f.repository, 'feature-two-jobs-later')).toBeUndefined()
    f.repo.checkout('feature/two-jobs')
  })

  it('refuses a file that changed on the way, and one that was added', async () => {
    const { dir } = await buildJob()
    const uploads = f.uploadRequests()
    const changed = tempDir('dev-release-dists-')
    cpSync(dir, changed, { recursive: true })
    const wheel = readdirSync(changed).find(name => name.endsWith('.whl'))!
    writeFileSync(join(changed, wheel), Buffer.concat([readFileSync(join(changed, wheel)), Buffer.from('\n')]))
    const run = await f.release(BRANCH, { 'dists-dir': changed })
    expect(run.code).not.toBe(0)
    expect(annotations(run, 'error')[0]).toMatch(
      new RegExp(`${wheel.replace(/\./g, '\\.')} is not the file the build job listed`)
    )

    const added = tempDir('dev-release-dists-')
    cpSync(dir, added, { recursive: true })
    writeFileSync(join(added, 'dev_release_example-9.9.9-py3-none-any.whl'), 'not built here')
    const extra = await f.release(BRANCH, { 'dists-dir': added })
    expect(extra.code).not.toBe(0)
    expect(annotations(extra, 'error')[0]).toMatch(/dev_release_example-9\.9\.9-py3-none-any\.whl there but not listed/)
    expect(f.uploadRequests()).toBe(uploads)
  })

  it('refuses to build with a secret or the OIDC permission, before any build code runs', async () => {
    const before = scans().length
    const given = await f.release(BRANCH, {
      mode: 'build',
      'dists-dir': tempDir('dev-release-dists-'),
      'registry-password': ''
    })
    expect(given.code).not.toBe(0)
    expect(annotations(given, 'error')[0]).toMatch(/Input "pypi-token" is given to a job of mode build/)
    const oidc = await f.release(
      BRANCH,
      { mode: 'build', 'dists-dir': tempDir('dev-release-dists-'), ...NO_SECRETS },
      f.index.oidcEnv
    )
    expect(oidc.code).not.toBe(0)
    expect(annotations(oidc, 'error')[0]).toMatch(/can request an OIDC token \(permissions: id-token: write\)/)
    expect(scans()).toHaveLength(before)
  })
})
