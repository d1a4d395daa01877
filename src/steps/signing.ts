// What the two attestation steps share: the job's OIDC identity for Sigstore (an error naming id-token: write
// where the job has none), and the signer (sigstore-js, loaded only when something is signed; a
// fake in unit tests).
import * as runner from '../outside/runner.js'
import type { SigstoreOptions } from '../outside/sigstore.js'
import type { DsseBundle } from '../plan/dist-attestations.js'
import { PermanentError } from '../plan/retry.js'

export type Sign = (statements: object[], options: SigstoreOptions) => Promise<DsseBundle[]>

/** The job's OIDC token for the audience `sigstore`; `published` says what stands when it cannot be had. */
export async function sigstoreIdentity(
  input: 'attest-dists' | 'attest-image',
  timeoutMs: number,
  published: string
): Promise<string> {
  return runner.getIDToken('sigstore', timeoutMs).catch((error: Error) => {
    throw new PermanentError(
      `${input}: the job's OIDC token for Sigstore cannot be had (${error.message}): give the job permissions: id-token: write, or set ${input}: false. ${published}`
    )
  })
}

/** The signer a step was given, or Sigstore's. */
export async function signer(given?: Sign): Promise<Sign> {
  return given ?? (await import('../outside/sigstore.js')).signStatements
}
