// GitHub's refusal of a package listing, in a module of its own: cleanup tells it from other failures without loading
// Octokit, which only the package API's own module (ghcr-packages.ts) needs.

/** GitHub's refusal of a listing: its status where GitHub answered, and whether it was the rate limit. */
export class PackageApiError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly rateLimited: boolean
  ) {
    super(message)
    this.name = 'PackageApiError'
  }
}
