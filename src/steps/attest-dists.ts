// PEP 740 attestations, made right before the upload: for each file that goes up (never one the index already
// holds), a statement of its name and digest signed with Sigstore for the job's OIDC identity, written beside
// it as <file>.publish.attestation for twine --attestations.
import * as runner from '../outside/runner.js'
import { writeFileSync } from 'node:fs'
import {
  attestDecision,
  distStatement,
  logIndexOf,
  pep740,
  reusableWorkflow,
  tokenClaims,
  type AttestRequest
} from '../plan/dist-attestations.js'
import { compareVersions } from '../versions/pep440.js'
import { IndexError } from '../outside/package-index.js'
import type { DistFile } from './dist-files.js'
import { signer, sigstoreIdentity, type Sign } from './signing.js'

export interface Attested {
  /** The dist's file name. */
  file: string
  /** Where its attestation was written. */
  path: string
  /** Its entry in the transparency log. */
  logIndex: string
}

export interface Signing {
  request: AttestRequest
  timeoutMs: number
  /** The interpreter's twine version: --attestations needs 5.1. */
  twineVersion: () => Promise<string>
  sign?: Sign
}

/** Sign `files` where attest-dists says so; the attestations written, or none (with a notice or warning saying why). */
export async function attestDists(files: DistFile[], signing: Signing): Promise<Attested[]> {
  const decision = attestDecision(signing.request)
  if (!decision.sign) {
    if (signing.request.mode !== 'false') runner.notice(`No attestations for the dists: ${decision.why}.`)
    return []
  }
  const twine = await signing.twineVersion()
  const old = !twine || compareVersions(twine, '5.1') < 0
  const found = twine ? `twine ${twine}` : 'none'
  // auto never stops a release that uploaded before: an older twine uploads without attestations, with a warning.
  if (old && signing.request.mode === 'auto') {
    runner.warning(
      `No attestations for the dists: uploading them needs twine 5.1 or later, and this interpreter has ${found}. Upgrade twine to have PyPI show the files as verified.`
    )
    return []
  }
  if (old)
    throw new IndexError(
      `attest-dists: uploading attestations needs twine 5.1 or later, and this interpreter has ${found}. Upgrade twine, or set attest-dists: false. Nothing was signed or uploaded.`
    )
  const identityToken = await sigstoreIdentity('attest-dists', signing.timeoutMs, 'Nothing was uploaded.')
  const reusable = reusableWorkflow(tokenClaims(identityToken))
  if (reusable) {
    runner.warning(`No attestations for the dists: ${reusable}. The files are uploaded without them.`)
    return []
  }
  const sign = await signer(signing.sign)
  const bundles = await sign(
    files.map(f => distStatement(f.name, f.sha256)),
    { identityToken, timeoutMs: signing.timeoutMs }
  ).catch((error: Error) => {
    throw new IndexError(`Signing the dists with Sigstore failed (${error.message}). Nothing was uploaded.`)
  })
  return files.map((f, i) => {
    const path = `${f.path}.publish.attestation`
    writeFileSync(path, JSON.stringify(pep740(bundles[i])))
    const logIndex = logIndexOf(bundles[i])
    runner.info(`Signed ${f.name}: transparency log entry ${logIndex}.`)
    return { file: f.name, path, logIndex }
  })
}
