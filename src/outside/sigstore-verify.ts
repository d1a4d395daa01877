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

/**
 * A Sigstore bundle (JSON) checked against the trusted root, signed by a GitHub Actions workflow of `repository`.
 * Throws with the reason: a signature or log entry that does not verify, another issuer, another repository.
 */
export async function verifyBundle(bundle: unknown, repository: string, timeoutMs: number): Promise<SignedStatement> {
  const parsed = bundleFromJSON(bundle)
  // Public Sigstore witnesses with its log; GitHub's own instance with a timestamp and no certificate log.
  const logged = parsed.verificationMaterial.tlogEntries.length > 0
  const verifier = new Verifier(
    await trustMaterial(timeoutMs),
    logged ? { tlogThreshold: 1, ctlogThreshold: 1 } : { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 }
  )
  const signer = verifier.verify(toSignedEntity(parsed), { extensions: { issuer: ACTIONS_ISSUER } })
  const identity = signer.identity?.subjectAlternativeName ?? ''
  const workflows = `https://github.com/${repository}/.github/workflows/`
  if (!identity.toLowerCase().startsWith(workflows.toLowerCase()))
    throw new Error(`signed by ${identity || 'an unnamed identity'}, not by a workflow of ${repository}`)
  if (parsed.content.$case !== 'dsseEnvelope') throw new Error('the bundle signs no in-toto statement')
  const statement = JSON.parse(parsed.content.dsseEnvelope.payload.toString('utf8')) as SignedStatement['statement']
  return { identity, statement }
}
