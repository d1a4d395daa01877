// What both benchmarks (bench.ts, bench-real-size.ts) measure the action against: the commands it runs, run
// directly; and the pieces both use to time them.
import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { TestIndex } from '../__tests__/support/index-server.js'
import { localRegistry } from '../__tests__/support/registry.js'
import { tempDir, type TestRepo } from '../__tests__/support/repo.js'

export const PYTHON = '/usr/bin/python3'

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** A command, its output dropped, its standard error in the error where it fails. */
export function run(
  program: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd: options.cwd, env: options.env, stdio: ['pipe', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', c => (err += c))
    child.stdin.end(options.input ?? '')
    child.on('close', code =>
      code === 0 ? resolve() : reject(new Error(`${program} ${args.slice(0, 2).join(' ')} failed: ${err.slice(-800)}`))
    )
  })
}

/**
 * A release by hand: python -m build, the files staged into docker/pkg, docker login, one buildx build --push of
 * `platforms` under `ref` (with `buildxArgs`: a cache), twine upload. `env` goes to the Python build.
 */
export async function directRelease(
  repo: TestRepo,
  index: TestIndex,
  token: string,
  {
    ref,
    platforms,
    buildxArgs = [],
    env = {}
  }: { ref: string; platforms: string[]; buildxArgs?: string[]; env?: NodeJS.ProcessEnv }
): Promise<void> {
  const registry = localRegistry()
  const out = tempDir('dev-release-bench-dist-')
  await run(PYTHON, ['-m', 'build', '--sdist', '--wheel', '--outdir', out, '--no-isolation', '.'], {
    cwd: repo.dir,
    env: { ...process.env, ...env }
  })
  const pkg = join(repo.dir, 'docker', 'pkg')
  rmSync(pkg, { recursive: true, force: true })
  mkdirSync(pkg, { recursive: true })
  for (const file of readdirSync(out)) copyFileSync(join(out, file), join(pkg, file))
  const docker = { ...process.env, DOCKER_CONFIG: tempDir('dev-release-bench-docker-') }
  await run('docker', ['login', '-u', registry.username, '--password-stdin', registry.host], {
    env: docker,
    input: registry.password
  })
  await run(
    'docker',
    [
      ...['buildx', 'build', '--platform', platforms.join(','), '--push', '--provenance=false', ...buildxArgs],
      ...['--tag', ref, 'docker']
    ],
    { cwd: repo.dir, env: docker }
  )
  await run(
    PYTHON,
    [
      ...['-m', 'twine', 'upload', '--non-interactive', '--disable-progress-bar'],
      ...['--repository-url', index.uploadUrl, ...readdirSync(out).map(f => join(out, f))]
    ],
    { cwd: repo.dir, env: { ...process.env, TWINE_USERNAME: '__token__', TWINE_PASSWORD: token } }
  )
  rmSync(pkg, { recursive: true, force: true })
}
