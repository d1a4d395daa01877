// Docker Hub's own API, beside its registry: the registry deletes no tags there, the API does, with a token that
// a login with the registry's credentials gives.

export class DockerHub {
  /** `base`: the API's address (endpoints' dockerHub). */
  constructor(
    private readonly base: string,
    private readonly timeoutMs: number
  ) {}

  /** A token for the account; the status, and the token where Docker Hub gave one. */
  async login(username: string, password: string): Promise<{ status: number; token?: string }> {
    const r = await this.json(`${this.base}/v2/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password })
    })
    return { status: r.status, token: (r.body as { token?: string } | undefined)?.token }
  }

  /** Delete a tag of a repository (`library/name` for an official image's); Docker Hub's status. */
  async deleteTag(repository: string, tag: string, token: string): Promise<number> {
    const r = await this.json(`${this.base}/v2/repositories/${repository}/tags/${encodeURIComponent(tag)}/`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${token}` }
    })
    return r.status
  }

  private async json(url: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(this.timeoutMs) })
    const text = await response.text()
    let body: unknown
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      body = text
    }
    return { status: response.status, body }
  }
}
