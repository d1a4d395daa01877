// The post step: removes whatever a main step that was killed or cancelled left
// behind, and the buildx builder a main step started (a finished step leaves only
// that: its own builds used it to the end). The state it reads names paths, so it removes only what it can prove the action made: a
// Docker config directory of its own prefix under the runner's temp directory, a
// built file staged into the checkout, the builder of its own name.
import * as runner from '../outside/runner.js'
import { existsSync, lstatSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, sep } from 'node:path'
import { run } from '../outside/exec.js'
import { BUILDER_NAME } from '../outside/docker.js'
import { leftovers } from '../outside/leftovers.js'
import { DIST_FILE, removeEmptyDirs } from '../outside/stage.js'

/** `path` itself (no link) lies inside `root` (links resolved), and is of the kind asked. */
function ownPath(path: string, root: string, kind: 'directory' | 'file'): boolean {
  try {
    const stat = lstatSync(path)
    if (stat.isSymbolicLink() || (kind === 'directory' ? !stat.isDirectory() : !stat.isFile())) return false
    const inside = realpathSync(dirname(path))
    const top = realpathSync(root)
    return inside === top || inside.startsWith(top + sep)
  } catch {
    return false
  }
}

export async function post(): Promise<void> {
  const left = leftovers()
  const temp = process.env.RUNNER_TEMP || tmpdir()
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const refuse = (what: string, path: string) =>
    runner.warning(`The post step leaves ${path} alone: it is no ${what} this action made.`)
  for (const dir of left['docker-config']) {
    if (!existsSync(dir)) continue
    if (!basename(dir).startsWith('dev-release-docker-') || !ownPath(dir, temp, 'directory')) {
      refuse(`Docker config under ${temp}`, dir)
      continue
    }
    rmSync(dir, { recursive: true, force: true })
    runner.info(`Removed the Docker config with the registry login that the release left: ${dir}`)
  }
  for (const file of left.staged) {
    if (!existsSync(file)) continue
    if (!DIST_FILE.test(file) || !ownPath(file, workspace, 'file')) {
      refuse('built file staged into the checkout', file)
      continue
    }
    rmSync(file, { force: true })
    runner.info(`Removed a file the release staged and did not finish with: ${file}`)
  }
  // The pkg directories staging made, deepest first, once empty (never one that holds anything else).
  for (const dir of removeEmptyDirs(left['staged-dir'], d => ownPath(d, workspace, 'directory')))
    runner.info(`Removed the directory the release made for its staged files: ${dir}`)
  for (const builder of left.builder.filter(b => b === BUILDER_NAME)) {
    const r = await run('docker', ['buildx', 'rm', builder], { allowFailure: true, timeoutMs: 60_000 }).catch(
      () => undefined
    )
    if (r?.code === 0) runner.info(`Removed the buildx builder the release started: ${builder}`)
  }
}
