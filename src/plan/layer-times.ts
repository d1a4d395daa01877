// Whether the image's layer file times can be the commit's (BuildKit's rewrite-timestamp), so that the same commit
// gives the same platform digests on any machine: where the builder takes the option, it is used; elsewhere a notice
// says that a rebuilt layer's times follow the build's clock. Pure: the builder's facts in, the decision out.
import { plural } from '../versions/words.js'

export interface BuilderFacts {
  /** The builder's driver: docker, docker-container, remote, kubernetes. */
  driver: string
  /** BuildKit's version as buildx inspect names it (`v0.29.0`); the docker driver's is Docker's own. */
  buildkit?: string
  /** The Docker engine's version (`28.0.4`, `26.1.5+dfsg1`), for the docker driver. */
  docker?: string
  /** The docker driver's images live in the containerd image store. */
  containerdStore?: boolean
}

export type LayerTimes = { rewrite: true; unpackFalse: boolean; why: string } | { rewrite: false; why: string }

/** `v0.13.2`, `26.1.5+dfsg1` as numbers; undefined where no version is named (`v0.0.0+unknown`). */
function version(text: string | undefined): number[] | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text ?? '')
  if (!m) return undefined
  const numbers = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)]
  return numbers.every(n => n === 0) ? undefined : numbers
}

function atLeast(have: number[], want: number[]): boolean {
  for (let i = 0; i < want.length; i++) if (have[i] !== want[i]) return have[i] > want[i]
  return true
}

/** BuildKit 0.13 added rewrite-timestamp to its image exporter. */
const BUILDKIT = [0, 13, 0]
/** Docker 29.0.1 stopped forcing the unpack that the option conflicts with (moby/moby#51493). */
const DOCKER = [29, 0, 1]

/** Whether to ask the builder for rewrite-timestamp, and why (for the log, and the notice where it is not). */
export function layerTimes(facts: BuilderFacts): LayerTimes {
  if (facts.driver === 'docker') {
    const docker = version(facts.docker)
    if (!facts.containerdStore)
      return {
        rewrite: false,
        why: 'the docker driver on the classic image store takes rewrite-timestamp without applying it (the engine writes the image itself)'
      }
    if (!docker || !atLeast(docker, DOCKER))
      return {
        rewrite: false,
        why: `Docker ${facts.docker || '(version unknown)'} unpacks every image it builds into the containerd store, and refuses rewrite-timestamp with that (Docker 29.0.1 and later take it with unpack=false)`
      }
    return { rewrite: true, unpackFalse: true, why: `Docker ${facts.docker} takes rewrite-timestamp with unpack=false` }
  }
  const buildkit = version(facts.buildkit)
  if (!buildkit)
    return {
      rewrite: false,
      why: `the ${facts.driver} builder names no BuildKit version, so rewrite-timestamp is not asked for`
    }
  if (!atLeast(buildkit, BUILDKIT))
    return {
      rewrite: false,
      why: `BuildKit ${facts.buildkit} predates rewrite-timestamp (BuildKit 0.13); a builder with a newer one (buildkit-image) takes it`
    }
  return { rewrite: true, unpackFalse: false, why: `BuildKit ${facts.buildkit} takes rewrite-timestamp` }
}

/** The notice where layer times are the build's: what differs between two machines, and what does not. */
export function layerTimesNotice(decision: Extract<LayerTimes, { rewrite: false }>, platforms: number): string {
  return (
    `Layer times follow the build's clock where a layer is rebuilt: ${decision.why}. ` +
    `Two builds of this commit on other machines may give other digests for the ${plural(platforms, 'platform image')}; ` +
    'the files in them, the labels and the index files are the same (verify --rebuild compares those).'
  )
}
