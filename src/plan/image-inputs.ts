// The inputs that name images: image (one image under one or more names), registry-logins (the other names'
// registries), and images (several images, each with its own Dockerfile, context, target and build arguments).
import { parseImage } from './image-names.js'
import type { Reader } from './input-reader.js'
import { splitList } from '../versions/words.js'

export interface RegistryLogin {
  registry: string
  username: string
  password: string
}

/** One image of the images input: its names, Dockerfile, context, target and build arguments. */
export interface ImageSpec {
  image: string
  registry: string
  mirrors: { name: string; registry: string }[]
  dockerfile: string
  context: string
  target: string
  buildArgs: string[]
}

/**
 * The image input: the first name is built and pushed, the others get the same manifest list. Without
 * publish-docker the image is only named where given: a default that is no valid name stops nothing.
 */
export function imageNames(
  read: Reader,
  repository: string,
  publishDocker: boolean,
  notices: string[]
): { image: string; registry: string; mirrors: { name: string; registry: string }[] } {
  // The repository's own package on ghcr.io: pushed with the workflow's token, no secret to set up (ghcrDefaultLogin).
  const fallback = publishDocker && repository ? `ghcr.io/${repository.toLowerCase()}` : ''
  const names = splitList(read.text('image', fallback))
  if (!read.text('image') && fallback && !read.text('images'))
    notices.push(`No image given: ${fallback}, the repository's own package on ghcr.io.`)
  let image = names[0] ?? ''
  let registry = 'docker.io'
  const mirrors: { name: string; registry: string }[] = []
  for (const [i, given] of names.entries()) {
    const parsed = parseImage(given)
    if (typeof parsed === 'string') {
      read.problems.push(
        `Input "image" ("${given}") ${parsed}. Give a name like owner/app, ghcr.io/owner/app or localhost:5000/app.`
      )
      continue
    }
    if (parsed.lowered) notices.push(`Image names are lower-case in Docker: using "${parsed.name}" for "${given}".`)
    if (i === 0) {
      image = parsed.name
      registry = parsed.registry
    } else mirrors.push({ name: parsed.name, registry: parsed.registry })
  }
  if (!names.length && publishDocker)
    read.problems.push('Input "image" is empty; give a name like owner/app, ghcr.io/owner/app or localhost:5000/app.')
  return { image, registry, mirrors }
}

/** Credentials for the registries of the other names: "<registry> <username> <password>" per line. */
export function registryLogins(read: Reader): RegistryLogin[] {
  const logins: RegistryLogin[] = []
  for (const line of read.lines('registry-logins')) {
    const [host, username, password, ...rest] = line.split(/\s+/)
    if (rest.length || !host)
      read.problems.push('Input "registry-logins" takes one "<registry> <username> <password>" per line.')
    else logins.push({ registry: host.toLowerCase(), username: username ?? '', password: password ?? '' })
  }
  return logins
}

/** images: one image per line, "name=…,dockerfile=…,context=…,target=…,build-arg=…" (name and build-arg may repeat). */
export function imageSpecs(read: Reader): ImageSpec[] {
  const specs: ImageSpec[] = []
  for (const line of read.lines('images')) {
    const attrs: Record<string, string[]> = {}
    for (const part of line.split(',')) {
      const at = part.indexOf('=')
      const key = part.slice(0, at).trim()
      if (at < 1 || !['name', 'dockerfile', 'context', 'target', 'build-arg'].includes(key)) {
        read.problems.push(
          `Input "images": "${part.trim()}" in "${line}" is no name=, dockerfile=, context=, target= or build-arg= attribute.`
        )
        continue
      }
      ;(attrs[key] ??= []).push(part.slice(at + 1).trim())
    }
    const names: { name: string; registry: string }[] = []
    for (const given of attrs.name ?? []) {
      const parsed = parseImage(given)
      if (typeof parsed === 'string') read.problems.push(`Input "images": name "${given}" ${parsed}.`)
      else names.push({ name: parsed.name, registry: parsed.registry })
    }
    if (!names.length) {
      read.problems.push(`Input "images": "${line}" has no name=; give one, like name=ghcr.io/acme/service.`)
      continue
    }
    const context = attrs.context?.[0] ?? 'docker'
    specs.push({
      image: names[0].name,
      registry: names[0].registry,
      mirrors: names.slice(1),
      dockerfile: attrs.dockerfile?.[0] ?? `${context}/Dockerfile`,
      context,
      target: attrs.target?.[0] ?? '',
      buildArgs: attrs['build-arg'] ?? []
    })
  }
  if (specs.length && ['image', 'file', 'context', 'target'].some(name => read.text(name)))
    read.problems.push(
      'Inputs "images" and "image"/"file"/"context"/"target" exclude each other: list every image in images.'
    )
  return specs
}

/**
 * ghcr.io takes the workflow's own token (permissions: packages: write): where an image name is on ghcr.io and no
 * password is given for it, the login is github.actor with github-token. The token goes to ghcr.io alone, never to
 * another registry a name is on. Returns the login to add (undefined where one is given, or none can be made) and
 * what the plan says of it.
 */
export function ghcrDefaultLogin(
  names: { registry: string }[],
  given: RegistryLogin[],
  githubToken: string,
  actor: string
): { login: RegistryLogin; notice: string } | undefined {
  if (!names.some(n => n.registry === 'ghcr.io') || !githubToken || !actor) return undefined
  if (given.some(l => l.registry === 'ghcr.io' && l.password)) return undefined
  const username = given.find(l => l.registry === 'ghcr.io')?.username || actor
  return {
    login: { registry: 'ghcr.io', username, password: githubToken },
    notice: `ghcr.io: logging in as ${username} with the workflow's token (github-token), which goes to ghcr.io alone; the job needs permissions: packages: write.`
  }
}
