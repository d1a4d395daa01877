// Sigstore: a statement signed as a DSSE envelope with a short-lived Fulcio certificate for the job's OIDC
// identity. Public Sigstore logs it in Rekor; GitHub's own instance (for private repositories, as actions/attest
// does: nothing about them goes to a public log) has it timestamped by GitHub's authority instead. The tests'
// local instances come in through the DEV_RELEASE_* variables endpoints.ts reads. Every request has the deadline; sigstore-js retries a failing service twice.
import { bundleToJSON } from '@sigstore/bundle'
import { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness, type Witness } from '@sigstore/sign'
import type { DsseBundle } from '../plan/dist-attestations.js'
import { endpoints, type SigstoreInstance } from './endpoints.js'

export type { SigstoreInstance }

export interface SigstoreOptions {
  /** The job's OIDC token for the audience `sigstore`. */
  identityToken: string
  timeoutMs: number
  instance?: SigstoreInstance
}

export function sigstoreUrls(instance: SigstoreInstance): { fulcio: string; rekor?: string; tsa?: string } {
  return endpoints().sigstore[instance]
}

/**
 * One key pair and one identity token for several statements: each is signed (FulcioSigner asks Fulcio for a
 * certificate per signature), then logged or timestamped, in turn.
 */
export async function signStatements(statements: object[], options: SigstoreOptions): Promise<DsseBundle[]> {
  const urls = sigstoreUrls(options.instance ?? 'public-good')
  const fetchOptions = { timeout: options.timeoutMs, retry: { retries: 2 } }
  const signer = new FulcioSigner({
    fulcioBaseURL: urls.fulcio,
    identityProvider: { getToken: async () => options.identityToken },
    ...fetchOptions
  })
  // dsse entries, as PyPI's own signer (sigstore-python) makes them.
  const witness: Witness = urls.rekor
    ? new RekorWitness({ rekorBaseURL: urls.rekor, entryType: 'dsse', ...fetchOptions })
    : new TSAWitness({ tsaBaseURL: urls.tsa!, ...fetchOptions })
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
