// Docker image references: validation, lower-casing and the registry they live in.

export interface ImageName {
  /** The reference without a tag, lower-cased: `ghcr.io/owner/app`. */
  name: string
  /** Registry host to log in to: `docker.io` when the reference names none. */
  registry: string
  /** Set when the given name had capitals and was lower-cased. */
  lowered: boolean
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const HOST =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d+)?$|^\[[0-9a-fA-F:.]+\](?::\d+)?$/

/**
 * Docker's rule for where a name lives: its first part is a registry host when it looks like one
 * (a dot, a port, or localhost); otherwise the name is on docker.io. The host as written.
 */
export function splitRegistry(name: string): { registry: string; path: string[] } {
  const parts = name.split('/')
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) {
    return { registry: parts[0], path: parts.slice(1) }
  }
  return { registry: 'docker.io', path: parts }
}

/** A ghcr.io image's package: ghcr.io/OWNER/NAME (NAME may hold slashes), as GitHub's packages API names it. */
export function ghcrPackageOf(image: string): { owner: string; name: string } {
  const [owner = '', ...name] = splitRegistry(image).path
  return { owner, name: name.join('/') }
}

/** Parse an image name, or return a sentence saying what is wrong with it. */
export function parseImage(input: string): ImageName | string {
  const given = input.trim()
  if (!given) return 'is empty'
  if (given.includes('@')) return 'must not contain a digest (@sha256:…): the action pushes tags'
  const { registry, path: parts } = splitRegistry(given)
  if (registry !== 'docker.io' && !HOST.test(registry)) return `has an invalid registry host "${registry}"`
  const path = parts.map(p => p.toLowerCase())
  const last = path[path.length - 1]
  if (last.includes(':')) return 'must not contain a tag (":…"): the action chooses the tags'
  for (const component of path) {
    if (!COMPONENT.test(component)) {
      return `has an invalid path component "${component}" (lower-case letters, digits and single separators . _ __ - only)`
    }
  }
  const name = [registry === 'docker.io' && !given.startsWith('docker.io/') ? '' : registry.toLowerCase(), ...path]
    .filter(Boolean)
    .join('/')
  if (name.length > 255) return 'is longer than 255 characters'
  return { name, registry: registry.toLowerCase(), lowered: /[A-Z]/.test(given) }
}

/** The first image's registry credentials, where they were given. */
export function imageCredentials(inputs: {
  registryUsername: string
  registryPassword: string
}): { username: string; password: string } | undefined {
  return inputs.registryUsername ? { username: inputs.registryUsername, password: inputs.registryPassword } : undefined
}

/** Whether a host name (no port) is this machine's loopback: where plain http is allowed, and nowhere else. */
export function isLoopback(hostname: string): boolean {
  return /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(hostname)
}

/** A reference's name and what it points at: its digest where it names one (`name:tag@sha256:…`), else its tag. */
export function splitReference(ref: string): { name: string; reference: string } {
  const at = ref.indexOf('@')
  const named = at < 0 ? ref : ref.slice(0, at)
  // A tag's colon comes after the last slash; a registry's port's, before it.
  const colon = named.lastIndexOf(':')
  const tagged = colon > named.lastIndexOf('/')
  return {
    name: tagged ? named.slice(0, colon) : named,
    reference: at >= 0 ? ref.slice(at + 1) : tagged ? named.slice(colon + 1) : 'latest'
  }
}
