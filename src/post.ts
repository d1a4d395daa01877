// The post step: removes whatever a main step that was killed or cancelled left
// behind. After a main step that finished, there is nothing to do.
import * as core from './runner.js'
import { existsSync, rmSync } from 'node:fs'
import { run } from './exec.js'
import { leftovers } from './leftovers.js'

export async function post(): Promise<void> {
  const left = leftovers()
  for (const dir of left['docker-config']) {
    if (!existsSync(dir)) continue
    rmSync(dir, { recursive: true, force: true })
    core.info(`Removed the Docker config with the registry login that the release left: ${dir}`)
  }
  for (const file of left.staged) {
    if (!existsSync(file)) continue
    rmSync(file, { force: true })
    core.info(`Removed a file the release staged and did not finish with: ${file}`)
  }
  for (const builder of left.builder) {
    const r = await run('docker', ['buildx', 'rm', builder], { allowFailure: true, timeoutMs: 60_000 }).catch(
      () => undefined
    )
    if (r?.code === 0) core.info(`Removed the buildx builder the release started: ${builder}`)
  }
}
