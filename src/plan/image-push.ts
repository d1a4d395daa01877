// How the image gets to the registry: one decision, from the inputs and what the engine says about itself, made
// before anything is built, shown in the log and the summary, and carried out by the executor as decided. Pure.
import { plural } from '../versions/words.js'

/** What was found out about the engine, asked in this order and only where the answer matters. */
export interface EngineFacts {
  /** The current builder's driver (`docker`, `docker-container`, …). */
  driver: string
  /** The engine keeps images in the containerd store (the docker driver then pushes multi-platform lists). */
  containerdStore?: boolean
  /** Starting a docker-container builder of the action's own: undefined when not tried, else the error or ''. */
  ownBuilderError?: string
}

export type PushHow =
  /** One buildx build of every platform, pushing every tag: a manifest list. */
  | 'one-build'
  /** One build per platform under a staging tag, joined into one manifest list (a classic image store). */
  | 'each-platform'
  /** Mode platform: the one platform's image pushed by digest, without tags, for the merge job. */
  | 'by-digest'
  /** Mode platform on the docker driver: the platform image under a staging tag the merge job reads. */
  | 'staging-tag'
  /** Mode merge: the platform jobs' images joined into the tagged manifest list. */
  | 'merge'
  /** A pull request: every platform built into the build cache, nothing pushed. */
  | 'cache-only'
  /** A pull request on a classic image store: each platform built on its own, nothing pushed. */
  | 'cache-only-each-platform'

export interface ImagePush {
  how: PushHow
  /** Build on the action's own docker-container builder rather than the current one. */
  ownBuilder: boolean
  /** Why, in one sentence, for the log and the summary. */
  why: string
  /** Said as a warning: a fallback that works, but is not what the inputs asked for. */
  warning?: string
}

export interface PushRequest {
  mode: 'all' | 'platform' | 'merge'
  platforms: string[]
  /** A pull request's check: nothing is pushed. */
  verify: boolean
}

/** Whether the engine's image store matters: only the docker driver's multi-platform pushes depend on it. */
export function needsStoreFact(request: PushRequest, facts: Pick<EngineFacts, 'driver'>): boolean {
  return request.mode === 'all' && facts.driver === 'docker' && request.platforms.length > 1
}

/** Whether to start a docker-container builder of the action's own: the docker driver cannot do what is asked. */
export function wantsOwnBuilder(request: PushRequest, facts: Omit<EngineFacts, 'ownBuilderError'>): boolean {
  if (request.mode === 'merge' || facts.driver !== 'docker') return false
  if (request.mode === 'platform') return !request.verify // pushing by digest
  return needsStoreFact(request, facts) && facts.containerdStore === false
}

/** How the image is pushed, given everything that was found out. */
export function decideImagePush(request: PushRequest, facts: EngineFacts): ImagePush {
  const n = request.platforms.length
  const list = plural(n, 'platform')
  const own = facts.ownBuilderError === ''
  const failed = facts.ownBuilderError ? ` (a docker-container builder could not start: ${facts.ownBuilderError})` : ''
  if (request.mode === 'merge')
    return { how: 'merge', ownBuilder: false, why: "the platform jobs' images joined into one manifest list" }
  if (request.mode === 'platform') {
    if (request.verify)
      return { how: 'cache-only', ownBuilder: false, why: `${request.platforms[0]} built, nothing pushed` }
    if (facts.driver !== 'docker' || own)
      return {
        how: 'by-digest',
        ownBuilder: own,
        why: `${request.platforms[0]} pushed by digest, without tags, on ${own ? "the action's own docker-container builder" : `the ${facts.driver} builder`}`
      }
    return {
      how: 'staging-tag',
      ownBuilder: false,
      why: `${request.platforms[0]} pushed under a staging tag: the docker driver cannot push by digest${failed}`,
      warning: `The docker driver cannot push by digest${failed}: this platform's image goes under a staging tag.`
    }
  }
  const classic = needsStoreFact(request, facts) && facts.containerdStore === false && !own
  if (request.verify)
    return classic
      ? {
          how: 'cache-only-each-platform',
          ownBuilder: false,
          why: `${list} built one by one (the docker driver on the classic image store), nothing pushed`
        }
      : { how: 'cache-only', ownBuilder: own, why: `${list} built in one build, nothing pushed` }
  if (classic)
    return {
      how: 'each-platform',
      ownBuilder: false,
      why: `${list} built one by one under staging tags and joined into one manifest list: the docker driver on the classic image store cannot push a multi-platform image${failed}`,
      warning: `The docker driver cannot push a multi-platform image without the containerd image store${failed}. Building each platform on its own and joining them into one manifest list instead.`
    }
  const builder = own
    ? "the action's own docker-container builder"
    : facts.driver === 'docker' && n > 1
      ? 'the docker driver (containerd image store)'
      : `the ${facts.driver} builder`
  return { how: 'one-build', ownBuilder: own, why: `${list} in one build on ${builder}, every tag pushed` }
}
