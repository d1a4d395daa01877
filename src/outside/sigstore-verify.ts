// Sigstore's other half: a bundle checked as `gh attestation verify` and PyPI check it. The signature against a
// trusted root (public Sigstore's, fetched and verified through its TUF repository, or the file
// DEV_RELEASE_TRUSTED_ROOT names: a mirror, GitHub's own instance, the tests' local one), the certificate's OIDC
// issuer GitHub Actions' and its identity a workflow of the repository. Returns the in-toto statement it signs.
import { mkdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { homedir } from 'node:os'
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { getTrustedRoot } from '@sigstore/tuf'
import { toSignedEntity, toTrustMaterial, Verifier, type TrustMaterial } from '@sigstore/verify'
import { endpoints } from './endpoints.js'

const ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com'

export interface SignedStatement {
  /** The certificate's identity: the workflow that signed, https://github.com/owner/repo/.github/workflows/x.yml@ref. */
  identity: string
  statement: {
    subject: { name?: string; digest: Record<string, string> }[]
    predicateType: string
    predicate: Record<string, unknown>
  }
}

/**
 * Where the TUF client keeps public Sigstore's metadata, which it trusts once there: the job's own RUNNER_TEMP, else
 * a directory of this user's own under their cache (0700), never a fixed path in a shared /tmp where another user of
 * a self-hosted runner could plant a root.json.
 */
export function tufCache(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.RUNNER_TEMP
    ? join(env.RUNNER_TEMP, 'dev-release-tuf')
    : join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dev-release', 'tuf')
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const stat = statSync(dir)
  if (stat.uid !== process.getuid?.() || (stat.mode & 0o022) !== 0)
    throw new Error(
      `${dir}, where the TUF client keeps Sigstore's trusted root, is not this user's alone (it belongs to uid ${stat.uid}, mode ${(stat.mode & 0o777).toString(8)}): remove it, or set DEV_RELEASE_TRUSTED_ROOT.`
    )
  return dir
}

/** The trust material every bundle of this run is checked against, loaded once. */
let trust: Promise<TrustMaterial> | undefined
export function trustMaterial(timeoutMs: number): Promise<TrustMaterial> {
  const file = endpoints().trustedRoot
  trust ??= (
    file
      ? Promise.resolve(TrustedRoot.fromJSON(JSON.parse(readFileSync(file, 'utf8'))))
      : getTrustedRoot({ cachePath: tufCache(), timeout: timeoutMs, retry: 2 })
  ).then(toTrustMaterial)
  trust.catch(() => (trust = undefined))
  return trust
}

/** What a signature must be of: the repository (and its ID, where the runner says it), and the commit released. */
export interface SignedFor {
  repository: string
  commit?: string
  repositoryId?: string
}

/** Fulcio's extensions for GitHub Actions (docs: sigstore/fulcio oid-info.md): the source, whatever workflow signed. */
const OID = {
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryId: '1.3.6.1.4.1.57264.1.15',
  /** Before 2023's extensions: owner/repo and the commit, as raw text. */
  legacyRepository: '1.3.6.1.4.1.57264.1.5',
  legacySha: '1.3.6.1.4.1.57264.1.3'
}

/** The certificate's source extensions, as text. */
export interface SourceExtensions {
  repositoryUri?: string
  digest?: string
  repositoryId?: string
}

/** An extension's text: the current ones hold a DER UTF8String, the legacy ones the raw text. */
function extensionText(oids: { oid?: { id: number[] }; value: Buffer }[], oid: string): string | undefined {
  const value = oids.find(o => o.oid?.id.join('.') === oid)?.value
  if (!value) return undefined
  if (value[0] !== 0x0c) return value.toString('utf8')
  const long = value[1] & 0x80 ? value[1] & 0x7f : 0
  const length = long ? value.subarray(2, 2 + long).reduce((n, byte) => n * 256 + byte, 0) : value[1]
  return value.subarray(2 + long, 2 + long + length).toString('utf8')
}

function sourceExtensions(oids: { oid?: { id: number[] }; value: Buffer }[] = []): SourceExtensions {
  const legacy = extensionText(oids, OID.legacyRepository)
  return {
    repositoryUri:
      extensionText(oids, OID.sourceRepositoryUri) ?? (legacy ? `https://github.com/${legacy}` : undefined),
    digest: extensionText(oids, OID.sourceRepositoryDigest) ?? extensionText(oids, OID.legacySha),
    repositoryId: extensionText(oids, OID.sourceRepositoryId)
  }
}

/**
 * Why a certificate is not this release's, where it is not: the SAN names the workflow that signed, which a reusable
 * workflow's callers share, so the source repository, its ID and the commit come from the certificate's extensions.
 */
export function sourceProblems(source: SourceExtensions, expected: SignedFor): string[] {
  const problems: string[] = []
  const uri = `https://github.com/${expected.repository}`
  if (!source.repositoryUri) problems.push('the certificate names no source repository')
  else if (source.repositoryUri.toLowerCase() !== uri.toLowerCase())
    problems.push(`signed for the source of ${source.repositoryUri}, not ${uri}`)
  if (expected.repositoryId && source.repositoryId && source.repositoryId !== expected.repositoryId)
    problems.push(
      `signed for repository ID ${source.repositoryId}, not ${expected.repositoryId} (a repository of that name before this one)`
    )
  if (expected.commit && source.digest?.toLowerCase() !== expected.commit.toLowerCase())
    problems.push(`signed for commit ${source.digest ?? '(none named)'}, not ${expected.commit}`)
  return problems
}

/**
 * What must witness a signature. Public Sigstore logs every signature: under its root a bundle without a log entry
 * is refused (a timestamp alone would let a certificate outlive its ten minutes unseen). Another root (GitHub's own
 * instance, a mirror, the tests') may witness with a timestamp and no certificate log.
 */
export function witnessPolicy(
  logged: boolean,
  publicGood: boolean
): { tlogThreshold: number; ctlogThreshold: number; timestampThreshold?: number } {
  if (publicGood && !logged)
    throw new Error("the bundle has no transparency-log entry, which public Sigstore's signatures always have")
  return logged
    ? { tlogThreshold: 1, ctlogThreshold: 1 }
    : { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 }
}

/**
 * A Sigstore bundle (JSON) checked against the trusted root, signed by a GitHub Actions workflow of the repository
 * for its own source at the commit. Throws with the reason: a signature or log entry that does not verify, another
 * issuer, another repository, another commit.
 */
export async function verifyBundle(bundle: unknown, expected: SignedFor, timeoutMs: number): Promise<SignedStatement> {
  const { repository } = expected
  const parsed = bundleFromJSON(bundle)
  const logged = parsed.verificationMaterial.tlogEntries.length > 0
  const verifier = new Verifier(await trustMaterial(timeoutMs), witnessPolicy(logged, !endpoints().trustedRoot))
  const signer = verifier.verify(toSignedEntity(parsed), { extensions: { issuer: ACTIONS_ISSUER } })
  const identity = signer.identity?.subjectAlternativeName ?? ''
  const workflows = `https://github.com/${repository}/.github/workflows/`
  if (!identity.toLowerCase().startsWith(workflows.toLowerCase()))
    throw new Error(`signed by ${identity || 'an unnamed identity'}, not by a workflow of ${repository}`)
  const problems = sourceProblems(sourceExtensions(signer.identity?.oids), expected)
  if (problems.length) throw new Error(problems.join('; '))
  if (parsed.content.$case !== 'dsseEnvelope') throw new Error('the bundle signs no in-toto statement')
  const statement = JSON.parse(parsed.content.dsseEnvelope.payload.toString('utf8')) as SignedStatement['statement']
  return { identity, statement }
}
