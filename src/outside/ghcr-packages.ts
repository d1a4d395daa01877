// ghcr.io's container packages, through GitHub's packages API: one package's versions, read to the last page, and
// a version deleted. An organization's package or a user's: the first listing finds which, later calls ask there.
import { github, githubStatus, rateLimited, type GitHub } from './github.js'
import { ghcrPackageOf } from '../plan/image-names.js'
import { PackageApiError } from './package-api-error.js'

/** A package version: its id, its name (the manifest's digest) and the tags it carries. */
export type PackageVersion = { id: number; name: string; metadata?: { container?: { tags?: string[] } } }

export { PackageApiError }

type Scope = { org: string } | { username: string }

export class GhcrPackage {
  /** Whose the package is, once a listing found it: later listings and deletions ask there alone. */
  private scope?: Scope
  private readonly api: GitHub

  /** `image` is ghcr.io/OWNER/NAME…; the token needs read (and, to delete, admin) access to the package. */
  constructor(image: string, token: string, timeoutMs: number) {
    const { owner, name } = ghcrPackageOf(image)
    this.owner = owner
    this.name = name
    this.api = github(token, timeoutMs)
  }

  readonly owner: string
  readonly name: string

  /** Every version, on every page; undefined where GitHub shows no such package (404: absent, or hidden from the token). */
  async versions(): Promise<PackageVersion[] | undefined> {
    const common = { package_type: 'container' as const, package_name: this.name, per_page: 100 }
    const scopes: Scope[] = this.scope ? [this.scope] : [{ org: this.owner }, { username: this.owner }]
    for (const scope of scopes) {
      try {
        const list =
          'org' in scope
            ? await this.api.paginate(this.api.rest.packages.getAllPackageVersionsForPackageOwnedByOrg, {
                ...common,
                org: scope.org,
                state: 'active'
              })
            : await this.api.paginate(this.api.rest.packages.getAllPackageVersionsForPackageOwnedByUser, {
                ...common,
                username: scope.username,
                state: 'active'
              })
        this.scope = scope
        return list as PackageVersion[]
      } catch (error) {
        const status = githubStatus(error)
        if (status !== 404) throw new PackageApiError((error as Error).message, status, rateLimited(error))
      }
    }
    return undefined
  }

  /** Delete a version (of a package versions() found); GitHub's status. */
  async remove(id: number): Promise<number> {
    const scope = this.scope ?? { org: this.owner }
    try {
      const r =
        'org' in scope
          ? await this.api.rest.packages.deletePackageVersionForOrg({
              package_type: 'container',
              package_name: this.name,
              org: scope.org,
              package_version_id: id
            })
          : await this.api.rest.packages.deletePackageVersionForUser({
              package_type: 'container',
              package_name: this.name,
              username: scope.username,
              package_version_id: id
            })
      return r.status
    } catch (error) {
      const status = githubStatus(error)
      if (status === undefined) throw error
      return status
    }
  }
}
