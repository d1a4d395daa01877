// What a run will do, as the planner decides it: the release type, its reason, the version, every tag with its
// owner, the steps. Types only, and what is read straight off a plan.
import type { OwnedTag } from './tag-templates.js'
import { readVersionConfig, type VersionConfig } from '../versions/version-config.js'
import { defaultRules, type TagRules } from '../versions/tag-rules.js'
/** verify: a pull request's build, checked for every platform and published nowhere. */
export type ReleaseType = 'release' | 'dev' | 'verify' | 'cleanup' | 'skip'

/** What the event asks for, before git is read. */
export type Trigger =
  | { type: 'skip'; reason: string }
  | { type: 'release'; tag: string; version: string }
  | { type: 'dev'; branch: string }
  | { type: 'verify'; branch: string }
  | { type: 'cleanup'; branch: string; via: 'delete' | 'close' }

/** The branches the remote has now (git ls-remote --heads origin), or why they could not be read. */
export type LiveBranches = { names: string[] } | { error: string }

/** What the planner needs to know from git (and the work tree). */
export interface Facts {
  /** The nearest tag that is this package's version (git describe's choice), its version as setuptools_scm holds it, and its distance. */
  nearest?: { tag: string; version: string; distance: number }
  /** Tags git describe named before `nearest` that are no version of this package. */
  passedOver: string[]
  /** The tag the project's own describe command names, where a tag prefix made the action's differ. */
  ownNearest?: string
  /** A release's commit carries another version tag, and git describe (setuptools_scm) picks that one there. */
  describedHere?: string
  /** Commits reachable from the event's commit. */
  commitCount: number
  /** The normalized versions of all of this package's version tags. */
  tagVersions: string[]
  /** python-project holds a pyproject.toml or setup.py. */
  hasPythonProject: boolean
  /** The commit's date (YYYY-MM-DD, committer's time zone), as setuptools_scm reads it. */
  commitDate?: string
  /** The commit's time, seconds since the epoch: the time of everything built from it. */
  commitEpoch?: number
  /** The build's date (UTC, or SOURCE_DATE_EPOCH's). */
  today: string
}

/** How versions are computed: the project's configuration and the tag rules that follow from it. */
export interface Versioning {
  config: VersionConfig
  rules: TagRules
  /** A version the project's files fix, which the build carries whatever git says, and the fix. */
  fixed?: { where: string; version: string; advice: string }
}

/** setuptools_scm's defaults, for a project that configures nothing. */
export function defaultVersioning(): Versioning {
  return { config: readVersionConfig(undefined, undefined, {}).config, rules: defaultRules() }
}

export type StepId = 'python-build' | 'stage' | 'docker' | 'index-upload' | 'cleanup'

export interface Step {
  id: StepId
  title: string
  /** Why this step does not run; undefined when it does. */
  skippedBecause?: string
}

export interface Plan {
  type: ReleaseType
  reason: string
  /** PEP 440; empty on skip. */
  version: string
  ref: string
  sha: string
  image: string
  platforms: string[]
  /** The Dockerfile and context the image is built from, and where that came from (given, or found where). */
  dockerfile: string
  imageRefs: string[]
  /** Who owns each tag of imageRefs (by the tag alone, as under every name): only a branch's own tags ever go. */
  owners: OwnedTag[]
  /** The image's other names: every tag goes under each as well (copied, not built again). */
  mirrors: string[]
  /** Further images (the images input), each built from its own Dockerfile and tagged alike. */
  moreImages: { image: string; mirrors: string[] }[]
  /** Why the image is or is not tagged latest (releases only). */
  latestReason?: string
  /** latest: true: `latest` goes to this final release whatever higher one the index or the registry knows. */
  latestAlways?: boolean
  /** A dry run's preview of how the image would be pushed, from what this machine's engine says (the push decision). */
  imagePush?: string
  /** A dry run's reading of the index: what it holds of the version, and what the upload would do. */
  indexPreview?: string
  /** The version the built files carry, where it differs from `version` (normalize = false: the backend normalizes). */
  distVersion?: string
  /** Where the version came from: the tool, its settings, the tag and the distance. */
  versionSource?: string
  /** The tag the version counts from (the released tag, or the nearest one). */
  baseTag?: string
  /** The commit's time (seconds since the epoch): SOURCE_DATE_EPOCH of the builds and the image's created label, so that a re-run rebuilds the same bytes. */
  commitEpoch?: number
  steps: Step[]
  /** Reasons not to publish at all, found while planning; reported before anything runs. */
  errors: string[]
  warnings: string[]
  notices: string[]
}

/** Every tag the plan pushes: under the image's first name, then the same under each other name. */
export function allRefs(plan: Pick<Plan, 'imageRefs' | 'image' | 'mirrors' | 'moreImages'>): string[] {
  const under = (name: string) => plan.imageRefs.map(tag => `${name}${tag.slice(plan.image.length)}`)
  return [plan.image, ...plan.mirrors, ...plan.moreImages.flatMap(i => [i.image, ...i.mirrors])].flatMap(under)
}
