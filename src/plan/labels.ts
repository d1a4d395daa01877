// The image's OCI labels and annotations, as docker/metadata-action gives them,
// taken from the project itself, with the labels input adding or overriding.
import type { Plan } from './plan.js'
import type { ProjectInfo } from '../versions/pyproject.js'

export interface LabelSources {
  plan: Plan
  project?: ProjectInfo
  /** `owner/repo`. */
  repository: string
  repositoryUrl: string
  /** `key=value` lines from the labels input. */
  extra: string[]
}

/** org.opencontainers.image.* from the plan and pyproject.toml, then the labels input over them. */
export function imageLabels(s: LabelSources): Record<string, string> {
  const labels: Record<string, string> = {
    'org.opencontainers.image.title': s.project?.name ?? s.repository.split('/').pop() ?? '',
    'org.opencontainers.image.description': s.project?.description ?? '',
    'org.opencontainers.image.url': s.repositoryUrl,
    'org.opencontainers.image.source': s.repositoryUrl,
    'org.opencontainers.image.version': s.plan.version,
    'org.opencontainers.image.revision': s.plan.sha,
    // The commit's time, not the clock's: a re-run of a release builds the same image.
    'org.opencontainers.image.created': new Date((s.plan.commitEpoch ?? Date.now() / 1000) * 1000).toISOString(),
    'org.opencontainers.image.licenses': s.project?.license ?? ''
  }
  for (const line of s.extra) {
    const at = line.indexOf('=')
    labels[line.slice(0, at).trim()] = line.slice(at + 1)
  }
  return Object.fromEntries(Object.entries(labels).filter(([, value]) => value !== ''))
}
