// The DOCKER_CONFIG of a run's own: the user's config.json without its credential store, so that a login writes
// into the run's directory (removed with it), never into a keychain that outlives the job.
import { run } from './exec.js'

export interface DockerConfig {
  credsStore?: string
  credHelpers?: Record<string, string>
  auths?: Record<string, unknown>
  [key: string]: unknown
}

/** The names Docker files a registry's credentials under. */
function registryKeys(registry: string): string[] {
  return registry === 'docker.io'
    ? ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'https://index.docker.io/v1/']
    : [registry, `https://${registry}`, `http://${registry}`]
}

/**
 * The user's config for this run: no credential store (a login then writes into
 * the run's own file), but every server the store holds keeps reading from it as
 * a credential helper; no helper and no old entry for the registry logged in to.
 */
export function privateConfig(config: DockerConfig, storedServers: string[], ...registries: string[]): DockerConfig {
  const { credsStore, ...rest } = config
  const ours = new Set(registries.flatMap(registryKeys))
  const helpers: Record<string, string> = {}
  if (credsStore) for (const server of storedServers) if (!ours.has(server)) helpers[server] = credsStore
  for (const [server, helper] of Object.entries(config.credHelpers ?? {}))
    if (!ours.has(server)) helpers[server] = helper
  const auths = Object.fromEntries(Object.entries(config.auths ?? {}).filter(([server]) => !ours.has(server)))
  return { ...rest, auths, credHelpers: helpers }
}

/** The servers a credential store holds (`docker-credential-<store> list`); none when it cannot say. */
export async function storedServers(store: string): Promise<string[]> {
  const r = await run(`docker-credential-${store}`, ['list'], { allowFailure: true, timeoutMs: 30_000 }).catch(
    () => undefined
  )
  if (!r || r.code !== 0) return []
  try {
    return Object.keys(JSON.parse(r.stdout) as Record<string, string>)
  } catch {
    return []
  }
}
