// The image's provenance as pure data: an in-toto statement whose subject is the image (its name without a tag,
// and the manifest list's digest), with an SLSA v1 provenance predicate of GitHub's workflow build type, read
// from the claims of the job's OIDC token (what GitHub vouches for: the workflow, the commit, the run) and the
// build's own inputs. The same statement actions/attest-build-provenance makes, so `gh attestation verify` reads it.
import { splitRegistry } from './image-names.js'

export const SLSA_PROVENANCE = 'https://slsa.dev/provenance/v1'
const WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1'

export type AttestImageMode = 'false' | 'true'

export interface BuildInputs {
  platforms: string[]
  dockerfile: string
  context: string
  target: string
  /** Only the names of the build arguments: their values may be anything. */
  buildArgNames: string[]
  /** SOURCE_DATE_EPOCH of the build (the commit's time): what makes a rebuild the same bytes. */
  sourceDateEpoch?: number
}

/** The predicate's parts that come from the token: each claim GitHub sets on a job's OIDC token. */
export function provenanceStatement(
  image: { name: string; digest: string },
  claims: Record<string, unknown>,
  build: BuildInputs,
  serverUrl = 'https://github.com'
) {
  const text = (name: string) => (typeof claims[name] === 'string' ? (claims[name] as string) : '')
  const repository = text('repository')
  const [workflowPath, workflowRef] = splitWorkflowRef(text('workflow_ref'), repository)
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: image.name, digest: { sha256: image.digest.replace(/^sha256:/, '') } }],
    predicateType: SLSA_PROVENANCE,
    predicate: {
      buildDefinition: {
        buildType: WORKFLOW_BUILD_TYPE,
        externalParameters: {
          workflow: { ref: workflowRef, repository: `${serverUrl}/${repository}`, path: workflowPath },
          image: {
            platforms: build.platforms,
            dockerfile: build.dockerfile,
            context: build.context,
            ...(build.target ? { target: build.target } : {}),
            ...(build.buildArgNames.length ? { buildArgs: build.buildArgNames } : {})
          }
        },
        internalParameters: {
          github: {
            event_name: text('event_name'),
            repository_id: text('repository_id'),
            repository_owner_id: text('repository_owner_id'),
            runner_environment: text('runner_environment')
          },
          ...(build.sourceDateEpoch === undefined ? {} : { sourceDateEpoch: build.sourceDateEpoch })
        },
        resolvedDependencies: [
          { uri: `git+${serverUrl}/${repository}@${text('ref')}`, digest: { gitCommit: text('sha') } }
        ]
      },
      runDetails: {
        builder: { id: `${serverUrl}/${text('job_workflow_ref')}` },
        metadata: {
          invocationId: `${serverUrl}/${repository}/actions/runs/${text('run_id')}/attempts/${text('run_attempt')}`
        }
      }
    }
  }
}

/** `owner/repo/.github/workflows/release.yml@refs/tags/1.2.3` as its path and its ref. */
function splitWorkflowRef(workflowRef: string, repository: string): [string, string] {
  const at = workflowRef.indexOf('@')
  const path = at < 0 ? workflowRef : workflowRef.slice(0, at)
  return [
    path.startsWith(`${repository}/`) ? path.slice(repository.length + 1) : path,
    at < 0 ? '' : workflowRef.slice(at + 1)
  ]
}

/** The image's name as a subject: without a tag, with its registry (Docker Hub's as index.docker.io, as Docker names it). */
export function subjectName(image: string): string {
  const { registry, path } = splitRegistry(image)
  if (registry !== 'docker.io') return image
  return `index.docker.io/${path.length > 1 ? path.join('/') : `library/${path[0]}`}`
}
