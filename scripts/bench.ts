// npm run bench: what the action costs, each figure against its alternative
// measured in the same run, interleaved, as medians of several runs.
//  1. the dry-run plan on 100,000 commits and 500 tags, against setuptools_scm and the floor
//  2. the same with the nearest tag 50,000 commits away, and with no tag
//  3. a full release into the local services, against the same commands run directly
//  4. bundle size and cold start of dist/index.js
//  5. what dev-release verify costs on the example release of 2 and 3 platforms, against one imagetools inspect
//  6. the real-size case: a ~120 MB base per platform and a registry cache, the action against the bare commands
import { spawn, spawnSync } from 'node:child_process'
import { readdirSync, statSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runAction } from '../__tests__/support/action.js'
import { TestIndex } from '../__tests__/support/index-server.js'
import { localRegistry } from '../__tests__/support/registry.js'
import { exampleRepo, tempDir } from '../__tests__/support/repo.js'
import { directRelease, median, PYTHON } from './bench-commands.js'
import { realSizeBenchmark } from './bench-real-size.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ACTION = join(ROOT, 'dist', 'index.js')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

const ms = (n: number) => `${n.toFixed(0)} ms`

function timed(
  program: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
  mayFail = false
): number {
  const start = process.hrtime.bigint()
  const r = spawnSync(program, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] })
  if (r.status !== 0 && !mayFail) throw new Error(`${program} ${args.join(' ')} failed: ${r.stderr}`)
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** `timed` without blocking: for a child that talks to a server in this process (the test index). */
function timedAsync(
  program: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    const child = spawn(program, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', c => (out += c))
    child.stderr.on('data', c => (out += c))
    child.on('close', code =>
      code === 0
        ? resolve(Number(process.hrtime.bigint() - start) / 1e6)
        : reject(new Error(`${program} ${args.join(' ')} failed:\n${out}`))
    )
  })
}

/** A repository of `commits` empty commits on main, tagged where `tagAt` says, built with git fast-import. */
function history(commits: number, tagAt: (i: number) => string | undefined): string {
  const dir = join(tempDir('dev-release-bench-'), 'repo')
  spawnSync('git', ['init', '-q', '-b', 'main', dir])
  const parts: string[] = []
  for (let i = 1; i <= commits; i++) {
    parts.push(
      `commit refs/heads/main\nmark :${i}\ncommitter Bench <bench@example.com> ${1_600_000_000 + i} +0000\ndata 0\n`
    )
    if (i > 1) parts.push(`from :${i - 1}\n`)
    parts.push('\n')
    const tag = tagAt(i)
    if (tag) parts.push(`reset refs/tags/${tag}\nfrom :${i}\n\n`)
  }
  const r = spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, input: parts.join('') })
  if (r.status !== 0) throw new Error(`git fast-import failed: ${r.stderr}`)
  spawnSync('git', ['reset', '-q', '--hard', 'main'], { cwd: dir })
  return dir
}

function scmVersion(python: string, path?: string): string {
  const r = spawnSync(python, ['-c', 'import importlib.metadata as m; print(m.version("setuptools_scm"))'], {
    encoding: 'utf8',
    env: { ...process.env, ...(path ? { PYTHONPATH: path } : {}) }
  })
  return r.stdout.trim() || 'unknown'
}

function planEnv(dir: string): NodeJS.ProcessEnv {
  const out = join(dir, '..', 'out')
  writeFileSync(out, '')
  writeFileSync(join(dir, '..', 'event.json'), '{}')
  return {
    PATH: process.env.PATH,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/feature/bench',
    GITHUB_SHA: spawnSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout.trim(),
    GITHUB_REPOSITORY: 'acme/widget',
    GITHUB_WORKSPACE: dir,
    GITHUB_EVENT_PATH: join(dir, '..', 'event.json'),
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: out,
    'INPUT_DRY-RUN': 'true',
    'INPUT_PUBLISH-DOCKER': 'false',
    'INPUT_PUBLISH-PYPI': 'false'
  }
}

const SCM = 'from setuptools_scm import get_version; print(get_version(root=".", local_scheme="no-local-version"))'

/** setuptools_scm 9 (Debian unstable's, which scripts/services.sh unpacks): the release a project installs today. */
const SCM_9 = '/var/lib/dev-release/setuptools-scm-9'

function planBenchmark(name: string, dir: string): string[] {
  const env = planEnv(dir)
  const times = { action: [] as number[], scm: [] as number[], scm9: [] as number[], floor: [] as number[] }
  for (let i = 0; i < RUNS; i++) {
    times.action.push(timed(process.execPath, [ACTION], { cwd: dir, env }))
    times.scm.push(timed(PYTHON, ['-c', SCM], { cwd: dir }))
    times.scm9.push(timed(PYTHON, ['-c', SCM], { cwd: dir, env: { ...process.env, PYTHONPATH: SCM_9 } }))
    times.floor.push(
      timed(process.execPath, ['-e', '0']) +
        timed('git', ['describe', '--tags', '--long', '--match', '*[0-9]*', 'HEAD'], { cwd: dir }, true)
    )
  }
  const [a, s, s9, f] = [median(times.action), median(times.scm), median(times.scm9), median(times.floor)]
  return [
    `| ${name} | ${ms(a)} | ${ms(s)} | ${ms(s9)} | ${ms(f)} | ${(a / s).toFixed(2)} | ${(a / s9).toFixed(2)} | ${(a / f).toFixed(2)} |`
  ]
}

async function releaseBenchmark(): Promise<string[]> {
  const registry = localRegistry()
  const image = `${registry.host}/bench/widget`
  const repo = exampleRepo('1.0.0')
  const times = { action: [] as number[], direct: [] as number[] }
  for (let i = 0; i < Math.max(3, RUNS - 2); i++) {
    repo.commit() // a new version each round: nothing is skipped as already published
    const version = `1.0.1.dev${i + 1}`
    const token = `bench-${i}`
    for (const variant of ['action', 'direct'] as const) {
      const index = await new TestIndex(token).start()
      const start = process.hrtime.bigint()
      if (variant === 'action') {
        const result = await runAction({
          workspace: repo.dir,
          ref: 'refs/heads/feature/bench',
          sha: repo.head(),
          inputs: {
            image,
            'registry-username': registry.username,
            'registry-password': registry.password,
            platforms: 'linux/amd64,linux/arm64',
            python: PYTHON,
            'python-build-args': '--no-isolation',
            'pypi-url': index.uploadUrl,
            'pypi-token': token,
            verify: 'false' // the direct commands read nothing back; the read-back is measured on its own below
          }
        })
        if (result.code !== 0 || result.outputs.version !== version)
          throw new Error(`the action failed:\n${result.stdout}`)
      } else {
        await directRelease(repo, index, token, {
          ref: `${image}:bench`,
          platforms: ['linux/amd64', 'linux/arm64'],
          env: { SETUPTOOLS_SCM_PRETEND_VERSION: version }
        })
      }
      times[variant].push(Number(process.hrtime.bigint() - start) / 1e6)
      await index.stop()
    }
  }
  repo.remove()
  const [a, d] = [median(times.action), median(times.direct)]
  return [
    `| full release (python build, buildx push of 2 platforms, twine upload) | ${ms(a)} | ${ms(d)} | ${((a / d - 1) * 100).toFixed(1)} % |`
  ]
}

const CLI = join(ROOT, 'dist', 'cli', 'index.js')

/** The example's tag release, once per platform count, then `dev-release verify` of it against `imagetools inspect`. */
async function verifyBenchmark(): Promise<string[]> {
  const registry = localRegistry()
  // imagetools reads with the login docker keeps.
  spawnSync('docker', ['login', '-u', registry.username, '--password-stdin', registry.host], {
    input: registry.password
  })
  const rows: string[] = []
  for (const platforms of [
    ['linux/amd64', 'linux/arm64'],
    ['linux/amd64', 'linux/arm64', 'linux/arm/v7']
  ]) {
    const repo = exampleRepo('1.0.0')
    const token = 'bench-verify'
    const index = await new TestIndex(token).start()
    const image = `${registry.host}/bench/verify-${platforms.length}`
    const inputs = {
      image,
      'registry-username': registry.username,
      'registry-password': registry.password,
      platforms: platforms.join(','),
      python: PYTHON,
      'python-build-args': '--no-isolation',
      'pypi-url': index.uploadUrl,
      'pypi-token': token
    }
    const start = process.hrtime.bigint()
    const released = await runAction({
      workspace: repo.dir,
      ref: 'refs/tags/1.0.0',
      sha: repo.head(),
      inputs: { ...inputs, verify: 'false' }
    })
    const release = Number(process.hrtime.bigint() - start) / 1e6
    if (released.code !== 0) throw new Error(`the release failed:\n${released.stdout}`)
    const env = {
      ...process.env,
      DEV_RELEASE_REGISTRY_USERNAME: registry.username,
      DEV_RELEASE_REGISTRY_PASSWORD: registry.password
    }
    const args = [
      CLI,
      'verify',
      '--ref',
      'refs/tags/1.0.0',
      '--image',
      image,
      '--platforms',
      platforms.join(','),
      '--pypi-url',
      index.uploadUrl
    ]
    const verify: number[] = []
    const inspect: number[] = []
    for (let i = 0; i < RUNS; i++) {
      verify.push(await timedAsync(process.execPath, args, { cwd: repo.dir, env }))
      inspect.push(timed('docker', ['buildx', 'imagetools', 'inspect', `${image}:1.0.0`]))
    }
    await index.stop()
    repo.remove()
    const [v, d] = [median(verify), median(inspect)]
    rows.push(
      `| ${platforms.length} platforms (${platforms.join(', ')}) | ${ms(v)} | ${ms(d)} | ${(v / d).toFixed(2)} | ${ms(release)} | ${((v / release) * 100).toFixed(0)} % |`
    )
  }
  return rows
}

function coldStart(): string[] {
  const dir = tempDir('dev-release-bench-cold-')
  writeFileSync(join(dir, 'event.json'), '{}')
  writeFileSync(join(dir, 'out'), '')
  const env = {
    PATH: process.env.PATH,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REF: 'refs/pull/1/merge',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_REPOSITORY: 'acme/widget',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'out'),
    'INPUT_PULL-REQUESTS': 'skip'
  }
  const action: number[] = []
  const bare: number[] = []
  for (let i = 0; i < RUNS * 2; i++) {
    action.push(timed(process.execPath, [ACTION], { cwd: dir, env }))
    bare.push(timed(process.execPath, ['-e', '0']))
  }
  const size = statSync(ACTION).size
  const chunks = readdirSync(join(ROOT, 'dist')).filter(f => /^\d+\.index\.js$/.test(f))
  const chunkSize = chunks.reduce((sum, f) => sum + statSync(join(ROOT, 'dist', f)).size, 0)
  return [
    `| dist/index.js size (the entry; the rest loads on demand) | ${(size / 1024).toFixed(0)} KiB (+ ${chunks.length} chunks, ${(chunkSize / 1024).toFixed(0)} KiB) |`,
    `| cold start: a pull_request run, which loads the bundle and skips | ${ms(median(action))} |`,
    `| node -e 0 | ${ms(median(bare))} |`,
    `| pull_request run / node -e 0 | ${(median(action) / median(bare)).toFixed(2)} |`
  ]
}

const REAL_SIZE_HEADER = [
  '### Real size: a base of ~120 MB per platform, two platforms, a registry cache',
  '',
  '| release | action (read-back on) | same commands, run directly | action / direct | its read-back (share of the action) | dev-release verify of it |',
  '|---|---|---|---|---|---|'
]

async function main(): Promise<void> {
  const out: string[] = []
  const say = (...lines: string[]) => {
    out.push(...lines)
    process.stdout.write(lines.join('\n') + '\n')
  }
  say(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}, ${spawnSync('git', ['--version'], { encoding: 'utf8' }).stdout.trim()}; medians of ${RUNS} interleaved runs.`,
    ''
  )

  // BENCH_ONLY=verify measures dev-release verify alone (a minute instead of the whole bench); BENCH_ONLY=plan
  // the plan of the three histories and the bundle's start, below.
  // BENCH_ONLY=real-size: the real-size case alone (BENCH_RUNS rounds, 3 at least; several minutes).
  if (process.env.BENCH_ONLY === 'real-size') {
    say(...REAL_SIZE_HEADER, ...(await realSizeBenchmark(Math.max(3, RUNS - 2), CLI)))
    return
  }
  if (process.env.BENCH_ONLY === 'verify') {
    say(
      '### dev-release verify of the example release',
      '',
      '| release | verify (every check, layers read) | docker buildx imagetools inspect (one list) | verify / inspect | the release itself | verify / release |',
      '|---|---|---|---|---|---|',
      ...(await verifyBenchmark())
    )
    return
  }
  process.stderr.write('generating histories (git fast-import)...\n')
  const tagged = history(100_000, i =>
    i % 200 === 100 ? `v${Math.floor(i / 20000)}.${Math.floor(i / 200) % 100}.0` : undefined
  )
  const far = history(100_000, i => (i === 50_000 ? '1.0.0' : undefined))
  const untagged = history(100_000, () => undefined)
  say(
    '### Dry-run plan of a dev release',
    '',
    `| history | action | setuptools_scm ${scmVersion(PYTHON)} (Debian's) | setuptools_scm ${scmVersion(PYTHON, SCM_9)} | floor (node -e 0 + git describe) | action / Debian's | action / ${scmVersion(PYTHON, SCM_9)} | action / floor |`,
    '|---|---|---|---|---|---|---|---|',
    ...planBenchmark('100,000 commits, 500 tags 200 apart, nearest 100 away', tagged),
    ...planBenchmark('100,000 commits, nearest tag 50,000 away', far),
    ...planBenchmark('100,000 commits, no tag', untagged),
    ''
  )
  // BENCH_ONLY=plan measures the plan and the bundle alone (the start-up figures, without a release).
  if (process.env.BENCH_ONLY === 'plan') {
    say('### Bundle', '', '| what | figure |', '|---|---|', ...coldStart())
    return
  }
  say(
    '### Overhead of the action in a full release',
    '',
    '| what | action | same commands, run directly | overhead |',
    '|---|---|---|---|',
    ...(await releaseBenchmark()),
    ''
  )
  say(
    '### dev-release verify of the example release',
    '',
    '| release | verify (every check, layers read) | docker buildx imagetools inspect (one list) | verify / inspect | the release itself | verify / release |',
    '|---|---|---|---|---|---|',
    ...(await verifyBenchmark()),
    ''
  )
  say(...REAL_SIZE_HEADER, ...(await realSizeBenchmark(Math.max(3, RUNS - 2), CLI)), '')
  say('### Bundle', '', '| what | figure |', '|---|---|', ...coldStart())
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, out.join('\n') + '\n')
}

main().catch(error => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
