// Where the services the action talks to answer, read in one place: each has its public address, and a
// DEV_RELEASE_* variable that points it elsewhere (the tests' stand-ins on loopback, a mirror of a service).

/** Public Sigstore (public repositories, and every dist for PyPI), or GitHub's own (private repositories' images). */
export type SigstoreInstance = 'public-good' | 'github'

export interface Endpoints {
  /** Docker Hub's API, beside its registry (tag deletion). */
  dockerHub: string
  /** ghcr.io's registry, where its package API's versions are read as manifests. */
  ghcrRegistry: string
  sigstore: Record<SigstoreInstance, { fulcio: string; rekor?: string; tsa?: string }>
  /** A trusted_root.json to verify bundles against (unset: public Sigstore's, through its TUF repository). */
  trustedRoot?: string
}

export function endpoints(env: Record<string, string | undefined> = process.env): Endpoints {
  return {
    dockerHub: env.DEV_RELEASE_DOCKER_HUB_API || 'https://hub.docker.com',
    ghcrRegistry: env.DEV_RELEASE_GHCR_REGISTRY || 'https://ghcr.io',
    sigstore: {
      'public-good': {
        fulcio: env.DEV_RELEASE_FULCIO_URL || 'https://fulcio.sigstore.dev',
        rekor: env.DEV_RELEASE_REKOR_URL || 'https://rekor.sigstore.dev'
      },
      // GitHub's own instance, for private repositories: no public log, a timestamp authority instead.
      github: {
        fulcio: env.DEV_RELEASE_GITHUB_FULCIO_URL || 'https://fulcio.githubapp.com',
        tsa: env.DEV_RELEASE_TSA_URL || 'https://timestamp.githubapp.com'
      }
    },
    trustedRoot: env.DEV_RELEASE_TRUSTED_ROOT || undefined
  }
}
