// PEP 740 attestations for the dists, as pure data: whether this upload signs (attest-dists and how it uploads),
// the in-toto statement signed for each file, and the PEP 740 form of the Sigstore bundle that signs it.
import type { ReleaseType } from './plan.js'

/** PyPI's publish attestation: this file was published by this trusted publisher. */
export const PUBLISH_ATTESTATION = 'https://docs.pypi.org/attestations/publish/v1'
const STATEMENT_V1 = 'https://in-toto.io/Statement/v1'

export type AttestMode = 'auto' | 'true' | 'false'

/** The hosts whose indexes take attestations: pypi.org's and test.pypi.org's upload endpoints. */
const ATTESTING_HOSTS = ['upload.pypi.org', 'test.pypi.org']

export interface AttestRequest {
  mode: AttestMode
  type: ReleaseType
  /** The index's upload URL. */
  uploadUrl: string
  /** An API token uploads (no trusted publishing). */
  token: boolean
}

/** Whether the files are signed before the upload, and why not where they are not. */
export function attestDecision(request: AttestRequest): { sign: true } | { sign: false; why: string } {
  if (request.mode === 'false') return { sign: false, why: 'attest-dists is false' }
  if (request.token)
    return {
      sign: false,
      why: 'the upload uses an API token, and an index takes attestations only under trusted publishing (no pypi-token, and permissions: id-token: write)'
    }
  const host = URL.canParse(request.uploadUrl) ? new URL(request.uploadUrl).host : request.uploadUrl
  if (request.mode === 'auto' && !ATTESTING_HOSTS.includes(host))
    return {
      sign: false,
      why: `attest-dists: auto signs for pypi.org and test.pypi.org only, not ${host} (set attest-dists: true where the index takes attestations)`
    }
  return { sign: true }
}

/** The claims of a JSON web token (its middle part), unverified: what the token says it is. */
export function tokenClaims(jwt: string): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>
  } catch {
    return {}
  }
}

/**
 * Why a job's token cannot sign for PyPI: a reusable workflow (the job's workflow is not the caller's), whose
 * identity PyPI's trusted publishing does not match. Undefined where it can.
 */
export function reusableWorkflow(claims: Record<string, unknown>): string | undefined {
  const caller = claims.workflow_ref
  const job = claims.job_workflow_ref
  if (typeof caller !== 'string' || typeof job !== 'string' || caller === job) return undefined
  return `the job runs in the reusable workflow ${job}, called from ${caller}: PyPI refuses attestations signed by a reusable workflow`
}

export interface Statement {
  _type: string
  subject: { name: string; digest: { sha256: string } }[]
  predicateType: string
  predicate: Record<string, never>
}

/** The statement signed for one dist: its file name and digest, PyPI's publish predicate. */
export function distStatement(name: string, sha256: string): Statement {
  return {
    _type: STATEMENT_V1,
    subject: [{ name, digest: { sha256 } }],
    predicateType: PUBLISH_ATTESTATION,
    predicate: {}
  }
}

/** A Sigstore bundle (v0.3 JSON) of one DSSE envelope, as much of it as PEP 740 carries. */
export interface DsseBundle {
  verificationMaterial: {
    certificate?: { rawBytes: string }
    x509CertificateChain?: { certificates: { rawBytes: string }[] }
    /** Absent where a timestamp authority witnessed it instead of a log (GitHub's own Sigstore). */
    tlogEntries?: { logIndex: string; [key: string]: unknown }[]
  }
  dsseEnvelope: { payload: string; payloadType: string; signatures: { sig: string }[] }
}

/** The bundle's entry in the transparency log ('' where a timestamp authority witnessed it instead). */
export function logIndexOf(bundle: DsseBundle): string {
  return String(bundle.verificationMaterial.tlogEntries?.[0]?.logIndex ?? '')
}

export interface Pep740Attestation {
  version: 1
  verification_material: { certificate: string; transparency_entries: unknown[] }
  envelope: { statement: string; signature: string }
}

/** The PEP 740 attestation object of a bundle: the leaf certificate, the log entries, the statement and its signature. */
export function pep740(bundle: DsseBundle): Pep740Attestation {
  const material = bundle.verificationMaterial
  const certificate = material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes
  const signatures = bundle.dsseEnvelope.signatures
  if (!certificate) throw new Error('the signing bundle holds no certificate')
  if (!material.tlogEntries?.length) throw new Error('the signing bundle holds no transparency log entry')
  if (signatures.length !== 1) throw new Error(`the envelope holds ${signatures.length} signatures, not one`)
  return {
    version: 1,
    verification_material: { certificate, transparency_entries: material.tlogEntries },
    envelope: { statement: bundle.dsseEnvelope.payload, signature: signatures[0].sig }
  }
}

/** A PEP 740 attestation (as the index serves it) as the Sigstore bundle it was made from. */
export function pep740AsBundle(attestation: Pep740Attestation): object {
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {
      certificate: { rawBytes: attestation.verification_material.certificate },
      tlogEntries: attestation.verification_material.transparency_entries,
      timestampVerificationData: { rfc3161Timestamps: [] }
    },
    dsseEnvelope: {
      payload: attestation.envelope.statement,
      payloadType: 'application/vnd.in-toto+json',
      signatures: [{ sig: attestation.envelope.signature, keyid: '' }]
    }
  }
}
