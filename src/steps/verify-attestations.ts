// The release's signatures read back: the image's SLSA provenance (from GitHub's attestations API) and each dist's
// PEP 740 attestation (from the index), each verified against Sigstore's trusted root, signed by a workflow of this
// repository, and about exactly what was published: the list's digest, the file's name and sha256.
import type { SignedStatement } from '../outside/sigstore-verify.js'
import { PUBLISH_ATTESTATION } from '../plan/dist-attestations.js'
import { SLSA_PROVENANCE } from '../plan/image-attestation.js'
import type { Check } from './check.js'

export interface AttestationAccess {
  /** Verifies a Sigstore bundle for the repository's workflows; throws with the reason. */
  check: (bundle: unknown) => Promise<SignedStatement>
  /** The bundles stored for an image digest (undefined: the image's provenance is not part of this release). */
  image?: (digest: string) => Promise<unknown[]>
  /** A dist's PEP 740 attestations as bundles, undefined where the index serves none (undefined: not part of it). */
  dist?: (filename: string) => Promise<unknown[] | undefined>
}

/** Whether the image's provenance for `digest` (the list `ref` points at) is there and verifies. */
export async function imageProvenance(
  ref: string,
  digest: string,
  access: AttestationAccess,
  repository: string
): Promise<Check> {
  const bundles = await access.image!(digest).catch((error: Error) => error)
  if (bundles instanceof Error)
    return { ok: false, line: `${ref}: its provenance cannot be read from GitHub: ${bundles.message}` }
  if (!bundles.length) return { ok: false, line: `${ref}: GitHub holds no provenance of ${digest} in ${repository}` }
  const sha256 = digest.replace(/^sha256:/, '')
  const verdict = await firstThatHolds(bundles, access, s =>
    s.predicateType !== SLSA_PROVENANCE
      ? `its statement is ${s.predicateType}, not SLSA provenance`
      : s.subject.some(subject => subject.digest.sha256 === sha256)
        ? undefined
        : `its subject is ${s.subject.map(x => `sha256:${x.digest.sha256}`).join(', ')}, not the list ${digest}`
  )
  return 'identity' in verdict
    ? { ok: true, line: `${ref}: its SLSA provenance of ${digest} verifies, signed by ${verdict.identity}` }
    : { ok: false, line: `${ref}: no provenance of ${digest} verifies: ${verdict.why}` }
}

/** Whether a dist's PEP 740 attestation is on the index and verifies for its name and the index's sha256. */
export async function distAttestation(
  filename: string,
  sha256: string | undefined,
  access: AttestationAccess
): Promise<Check> {
  const bundles = await access.dist!(filename).catch((error: Error) => error)
  if (bundles instanceof Error)
    return { ok: false, line: `${filename}: its attestations cannot be read from the index: ${bundles.message}` }
  if (!bundles?.length) return { ok: false, line: `${filename}: the index serves no PEP 740 attestation of it` }
  const verdict = await firstThatHolds(bundles, access, s => {
    if (s.predicateType !== PUBLISH_ATTESTATION) return `its statement is ${s.predicateType}, not PyPI's publish`
    const subject = s.subject[0]
    if (s.subject.length !== 1 || subject.name !== filename)
      return `its subject is ${s.subject.map(x => x.name).join(', ')}, not ${filename}`
    return subject.digest.sha256 === sha256
      ? undefined
      : `its subject is sha256:${subject.digest.sha256}, the index's file sha256:${sha256 ?? '(not stated)'}`
  })
  return 'identity' in verdict
    ? { ok: true, line: `${filename}: its PEP 740 attestation verifies, signed by ${verdict.identity}` }
    : { ok: false, line: `${filename}: no attestation of it verifies: ${verdict.why}` }
}

/** The first bundle that verifies and whose statement `wrong` finds nothing wrong with; else every reason. */
async function firstThatHolds(
  bundles: unknown[],
  access: AttestationAccess,
  wrong: (statement: SignedStatement['statement']) => string | undefined
): Promise<{ identity: string } | { why: string }> {
  const reasons: string[] = []
  for (const bundle of bundles) {
    if (!bundle) {
      reasons.push('GitHub lists it without its bundle')
      continue
    }
    const signed = await access.check(bundle).catch((error: Error) => error)
    const why = signed instanceof Error ? signed.message : wrong(signed.statement)
    if (!why) return { identity: (signed as SignedStatement).identity }
    reasons.push(why)
  }
  return { why: [...new Set(reasons)].join('; ') }
}
