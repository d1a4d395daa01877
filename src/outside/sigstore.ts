// Sigstore: a statement signed as a DSSE envelope with a short-lived Fulcio certificate for the job's OIDC
// identity, and logged in Rekor (public Sigstore, or the instances DEV_RELEASE_FULCIO_URL and
// DEV_RELEASE_REKOR_URL name: the tests' local ones). Every request has the deadline; sigstore-js retries a
// failing service twice.
import { bundleToJSON } from '@sigstore/bundle'
import { DSSEBundleBuilder, FulcioSigner, RekorWitness } from '@sigstore/sign'
import type { DsseBundle } from '../plan/dist-attestations.js'

export interface SigstoreOptions {
  /** The job's OIDC token for the audience `sigstore`. */
  identityToken: string
  timeoutMs: number
}

export function sigstoreUrls(): { fulcio: string; rekor: string } {
  return {
    fulcio: process.env.DEV_RELEASE_FULCIO_URL || 'https://fulcio.sigstore.dev',
    rekor: process.env.DEV_RELEASE_REKOR_URL || 'https://rekor.sigstore.dev'
  }
}

/** One signing identity for several statements: each is signed and logged in turn. */
export async function signStatements(statements: object[], options: SigstoreOptions): Promise<DsseBundle[]> {
  const urls = sigstoreUrls()
  const fetchOptions = { timeout: options.timeoutMs, retry: { retries: 2 } }
  const signer = new FulcioSigner({
    fulcioBaseURL: urls.fulcio,
    identityProvider: { getToken: async () => options.identityToken },
    ...fetchOptions
  })
  // dsse entries, as PyPI's own signer (sigstore-python) makes them.
  const witness = new RekorWitness({ rekorBaseURL: urls.rekor, entryType: 'dsse', ...fetchOptions })
  const builder = new DSSEBundleBuilder({ signer, witnesses: [witness] })
  const bundles: DsseBundle[] = []
  for (const statement of statements) {
    const bundle = await builder.create({
      data: Buffer.from(JSON.stringify(statement)),
      type: 'application/vnd.in-toto+json'
    })
    bundles.push(bundleToJSON(bundle) as unknown as DsseBundle)
  }
  return bundles
}
