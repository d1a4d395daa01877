// What a run did, filled in step by step, so that a failure still reports what was published.
import type { StepId } from '../plan/plan.js'
import type { ProjectInfo } from '../versions/pyproject.js'
import type { Removal } from './cleanup.js'
import type { Upload } from './index-upload.js'
import type { ImageAttestation } from './attest-image.js'

export type { Upload }

/** Where the steps work, and what they may need to read there. */
export interface Workspace {
  /** The checkout (GITHUB_WORKSPACE); relative inputs are relative to it. */
  workspace: string
  /** A directory that outlives no run (RUNNER_TEMP). */
  temp: string
  repositoryUrl: string
  /** `owner/repo`. */
  repository: string
  /** What pyproject.toml says, for advice when a build carries another version. */
  project?: ProjectInfo
  /** The versions this package's tags name (read from git only when the index needs them). */
  tagVersions: () => Promise<string[]>
}

/** An image as pushed: its references (image:tag) under every name, the manifest list's digest, its platforms. */
export interface PushedImage {
  refs: string[]
  digest: string
  platforms: string[]
  /** How it was pushed (the push decision), in one sentence. */
  how?: string
}

export interface Outcome {
  /** Steps finished, in order, and the one under way (the one that failed, after a failure). */
  completed: StepId[]
  current?: StepId
  /** Base names of the built distribution files. */
  dists: string[]
  /** A deleted branch's tags, and what became of each. */
  removed?: Removal[]
  /** The files staged into the pkg directories. */
  staged: string[]
  /** The pkg directories staging made (removed with the files when the run ends). */
  stagedDirs?: string[]
  distName?: string
  /** Mode build: where the dists and their list were left for the publishing job. */
  distsDir?: string
  digest: string
  /** The image pushed; `more`: the other images of the images input. */
  image?: PushedImage & { more?: PushedImage[] }
  uploads: Upload[]
  /** The image's signed provenance, one per image (attest-image). */
  imageAttestations?: ImageAttestation[]
  indexPage?: string
  /** The index's simple page root, where pip finds what was uploaded. */
  indexSimple?: string
}

export function emptyOutcome(): Outcome {
  return { completed: [], dists: [], staged: [], digest: '', uploads: [] }
}
