// The main job, locally: release the example project into the local registry
// and a local package index, exactly as a runner runs the bundled action:
// first the tag 1.2.3, then a feature branch two commits later.
// Run with `npm run demo` (which starts the services first).
import { randomBytes } from 'node:crypto'
import { runAction, type ActionRun } from '../__tests__/support/action.js'
import { pipDownload, TestIndex } from '../__tests__/support/index-server.js'
import { localRegistry } from '../__tests__/support/registry.js'
import { exampleRepo } from '../__tests__/support/repo.js'
import { summaryAsText } from '../src/plan/summary.js'

async function main(): Promise<void> {
  const registry = localRegistry()
  const token = `pypi-demo-${randomBytes(8).toString('hex')}`
  const index = await new TestIndex(token).start()
  const image = `${registry.host}/demo/dev-release-example`
  const repo = exampleRepo('1.2.3', true)

  const release = async (ref: string): Promise<ActionRun> => {
    process.stdout.write(`\n=== push ${ref} (${repo.head().slice(0, 7)}) ===\n`)
    const run = await runAction({
      workspace: repo.dir,
      ref,
      sha: repo.head(),
      inputs: {
        image,
        'registry-username': registry.username,
        'registry-password': registry.password,
        platforms: 'linux/amd64,linux/arm64',
        python: '/usr/bin/python3',
        'python-build-args': '--no-isolation',
        'pypi-url': index.uploadUrl,
        'pypi-token': token
      }
    })
    if (run.code !== 0) {
      process.stdout.write(run.stdout + run.stderr)
      throw new Error(`the action failed for ${ref}`)
    }
    process.stdout.write(summaryAsText(run.summary))
    return run
  }

  try {
    await release('refs/tags/1.2.3')
    repo.branch('feature/implement-doodad')
    repo.commits(2)
    const dev = await release('refs/heads/feature/implement-doodad')

    const stable = await pipDownload(index, 'dev-release-example')
    const pre = await pipDownload(index, '--pre', 'dev-release-example')
    process.stdout.write(`
=== where to look ===
pip download dev-release-example          -> ${stable}
pip download --pre dev-release-example    -> ${pre}
The index (${index.simpleUrl}) lived for this run only; the images stay in the local registry:
  DOCKER_CONFIG=$(mktemp -d) sh -c '. ${process.env.DEV_RELEASE_STATE ?? '/var/lib/dev-release'}/registry.env; echo "$REGISTRY_PASSWORD" | docker login -u "$REGISTRY_USERNAME" --password-stdin ${registry.host} && docker buildx imagetools inspect ${image}:feature-implement-doodad'
Tags pushed: ${image}:1.2.3, ${image}:latest, ${dev.outputs['docker-tags']}
`)
  } finally {
    await index.stop()
    repo.remove()
  }
}

main().catch(error => {
  process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
