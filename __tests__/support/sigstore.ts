// A local Sigstore on loopback: Fulcio and Rekor from @sigstore/mock's handlers (a CA and logs of their own keys),
// with what the real services do that the mock leaves out: Fulcio takes only a token the runner stand-in issued
// for the audience sigstore and names the job's workflow in the certificate (https://github.com/<job_workflow_ref>,
// as Fulcio does for GitHub), and Rekor stores a dsse entry in its canonical form (the envelope's hash, the
// payload's hash, the signatures), which verifiers compare the bundle with. The trusted root of its keys is what
// the verifiers (sigstore-js here, cosign) take; every request is recorded with its status.
import { createHash, generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundleFromJSON } from '@sigstore/bundle'
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler
} from '@sigstore/mock'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify'
import { pep740AsBundle, type Pep740Attestation } from '../../src/plan/dist-attestations.js'
import { close, listen } from './http.js'

type Handler = { path: string; fn: (body: string) => Promise<{ statusCode: number; response: unknown }> }
const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'P-256' })
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')

export interface Pep740 {
  version: number
  verification_material: { certificate: string; transparency_entries: Record<string, unknown>[] }
  envelope: { statement: string; signature: string }
}

export class TestSigstore {
  readonly requests: { path: string; status: number }[] = []
  url = ''
  trustedRoot: Record<string, unknown> = {}
  private server?: Server
  private rootFile?: string
  private handlers: Handler[] = []

  /** `issued`: whether the runner stand-in handed out this token (Fulcio takes no other). */
  constructor(private readonly issued: (token: string) => boolean) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = ''
      req.on('data', chunk => (body += chunk))
      req.on('end', () => {
        void this.handle(req.url ?? '', body).then(({ statusCode, response }) => {
          this.requests.push({ path: req.url ?? '', status: statusCode })
          res.writeHead(statusCode, { 'Content-Type': 'application/json' })
          res.end(typeof response === 'string' ? response : Buffer.from(response as Uint8Array))
        })
      })
    })
    this.url = `http://${await listen(this.server)}`
    const ctlog = await initializeCTLog(keyPair())
    const ca = await initializeCA(keyPair(), ctlog)
    const tlog = await initializeTLog(this.url, keyPair())
    // The timestamp authority stands for GitHub's own Sigstore instance (private repositories): one CA for both.
    const tsa = await initializeTSA(keyPair())
    // GitHub's timestamp authority (Go's encoding/asn1) writes whole seconds. The mock writes milliseconds the DER
    // way, trailing zeros dropped (".12Z"), which @sigstore/core's parser refuses: the test failed one run in ten.
    const clock = tsa as unknown as { getCurrentTime: () => Date }
    clock.getCurrentTime = () => new Date(Math.floor(Date.now() / 1000) * 1000)
    this.handlers = [
      fulcioHandler(ca, { strict: true, subjectClaim: 'workflow_identity' }) as Handler,
      rekorHandler(tlog, { strict: true }) as Handler,
      tsaHandler(tsa, { strict: true }) as Handler
    ]
    const validFor = { start: '2000-01-01T00:00:00Z' }
    const key = (publicKey: Buffer) => ({
      baseUrl: this.url,
      hashAlgorithm: 'SHA2_256',
      publicKey: { rawBytes: b64(publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
      logId: { keyId: createHash('sha256').update(publicKey).digest('base64') }
    })
    this.trustedRoot = {
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      tlogs: [key(tlog.publicKey)],
      certificateAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
          uri: this.url,
          certChain: { certificates: [{ rawBytes: b64(new Uint8Array(ca.rootCertificate.buffer)) }] },
          validFor
        }
      ],
      ctlogs: [key(ctlog.publicKey)],
      timestampAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'sigstore-tsa' },
          uri: this.url,
          certChain: {
            certificates: [
              { rawBytes: b64(new Uint8Array(tsa.intCertificate.buffer)) },
              { rawBytes: b64(new Uint8Array(tsa.rootCertificate.buffer)) }
            ]
          },
          validFor
        }
      ]
    }
    return this
  }

  async stop(): Promise<void> {
    await close(this.server)
  }

  /** What the action needs to sign here instead of public Sigstore, and to verify against this root. */
  get env(): Record<string, string> {
    if (!this.rootFile) {
      this.rootFile = join(mkdtempSync(join(tmpdir(), 'dev-release-root-')), 'trusted_root.json')
      writeFileSync(this.rootFile, JSON.stringify(this.trustedRoot))
    }
    return {
      DEV_RELEASE_TRUSTED_ROOT: this.rootFile,
      DEV_RELEASE_FULCIO_URL: this.url,
      DEV_RELEASE_REKOR_URL: this.url,
      DEV_RELEASE_GITHUB_FULCIO_URL: this.url,
      DEV_RELEASE_TSA_URL: this.url
    }
  }

  private async handle(path: string, body: string): Promise<{ statusCode: number; response: unknown }> {
    const handler = this.handlers.find(h => h.path === path)
    if (!handler) return { statusCode: 404, response: '{"message":"not found"}' }
    try {
      if (path === '/api/v2/signingCert') return await handler.fn(this.fulcioRequest(body))
      return await handler.fn(JSON.stringify(canonicalEntry(JSON.parse(body) as ProposedEntry)))
    } catch (error) {
      return { statusCode: 400, response: JSON.stringify({ message: (error as Error).message }) }
    }
  }

  /** The request as Fulcio reads it: an issued token for sigstore, the identity taken from its claims. */
  private fulcioRequest(body: string): string {
    const request = JSON.parse(body) as { credentials: { oidcIdentityToken: string } }
    const token = request.credentials.oidcIdentityToken
    const [head, payload] = token.split('.')
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>
    if (!this.issued(token) || claims.aud !== 'sigstore')
      throw new Error('the identity token was not issued for the audience sigstore')
    claims.workflow_identity = `https://github.com/${String(claims.job_workflow_ref)}`
    request.credentials.oidcIdentityToken = `${head}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.x`
    return JSON.stringify(request)
  }

  /**
   * A PEP 740 attestation checked as PyPI checks it: the signature against this trusted root, the certificate's
   * identity against `identity`, one subject that is the file's name and digest, PyPI's publish predicate.
   * Returns the statement; throws with the reason.
   */
  verifyPep740(attestation: Pep740, file: { name: string; sha256: string }, identity: string) {
    if (attestation.version !== 1) throw new Error(`attestation version ${attestation.version}`)
    const { statement, identity: signed } = this.verifyBundle(pep740Bundle(attestation), identity)
    const subjects = statement.subject as { name: string; digest: { sha256?: string } }[]
    if (subjects.length !== 1) throw new Error('too many subjects in statement (must be exactly one)')
    if (subjects[0].name !== file.name)
      throw new Error(`subject does not match distribution name: ${subjects[0].name} != ${file.name}`)
    if (subjects[0].digest.sha256 !== file.sha256) throw new Error('subject does not match distribution digest')
    if (statement.predicateType !== 'https://docs.pypi.org/attestations/publish/v1')
      throw new Error(`unknown attestation type: ${statement.predicateType}`)
    return { statement, identity: signed }
  }

  /** A Sigstore bundle verified against this trusted root and `identity`; its in-toto statement. */
  verifyBundle(bundle: object, identity: string, witness: 'log' | 'timestamp' = 'log') {
    const verifier = new Verifier(
      toTrustMaterial(TrustedRoot.fromJSON(this.trustedRoot)),
      witness === 'log'
        ? { tlogThreshold: 1, ctlogThreshold: 1 }
        : { tlogThreshold: 0, ctlogThreshold: 1, timestampThreshold: 1 }
    )
    const signer = verifier.verify(toSignedEntity(bundleFromJSON(bundle as never)), {
      subjectAlternativeName: identity,
      extensions: { issuer: 'https://token.actions.githubusercontent.com' }
    })
    const envelope = (bundle as { dsseEnvelope: { payload: string } }).dsseEnvelope
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString()) as {
      subject: unknown[]
      predicateType: string
      predicate: Record<string, unknown>
    }
    return { statement, identity: signer.identity?.subjectAlternativeName }
  }
}

type ProposedEntry = {
  kind: string
  apiVersion: string
  spec: { proposedContent?: { envelope: string; verifiers: string[] } } & Record<string, unknown>
}

/** A dsse entry as Rekor stores it (its canonical body); other kinds as they come. */
function canonicalEntry(entry: ProposedEntry): unknown {
  if (entry.kind !== 'dsse' || !entry.spec.proposedContent) return entry
  const { envelope, verifiers } = entry.spec.proposedContent
  const parsed = JSON.parse(envelope) as { payload: string; signatures: { sig: string }[] }
  const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(parsed.payload, 'base64')) },
      signatures: parsed.signatures.map((s, i) => ({ signature: s.sig, verifier: verifiers[i] ?? verifiers[0] }))
    }
  }
}

/** The Sigstore bundle (v0.3) a PEP 740 attestation stands for, as PyPI rebuilds it to verify: cosign takes it too. */
export function pep740Bundle(attestation: Pep740) {
  return pep740AsBundle(attestation as Pep740Attestation) as Record<string, unknown>
}
