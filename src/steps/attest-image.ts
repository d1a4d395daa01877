// The image's provenance, once the manifest list is pushed and before anything goes to the package index: an
// SLSA provenance statement for its digest, signed with Sigstore for the job's OIDC identity and stored through
// GitHub's attestations API, where `gh attestation verify oci://IMAGE` finds it. A failure stops the release
// before the upload; a re-run pushes the same list again and attests it again.
import * as runner from '../outside/runner.js'
import { IndexError } from '../outside/package-index.js'
import { logIndexOf, tokenClaims } from '../plan/dist-attestations.js'
import { provenanceStatement, SLSA_PROVENANCE, subjectName, type BuildInputs } from '../plan/image-attestation.js'
import type { AttachReferrer } from './effects.js'
import { PermanentError } from '../plan/retry.js'
import { signer, sigstoreIdentity, type Sign } from './signing.js'

export interface ImageAttestation {
  /** The subject: the image's name and the digest attested. */
  image: string
  digest: string
  /** GitHub's id for it, and its entry in the transparency log. */
  id: number
  logIndex: string
  /** Where it is witnessed, in words: the public log's entry, or GitHub's own Sigstore. */
  where: string
}

export interface ImageSigning {
  repository: string
  githubToken: string
  timeoutMs: number
  build: BuildInputs
  /** Sigstore, and GitHub's API (fakes in unit tests). */
  sign?: Sign
  store?: (bundle: object) => Promise<number>
  /** attest-image: registry: the bundle goes to the image's registry too, as a referrer of the list. */
  attach?: AttachReferrer
}

export async function attestImage(image: string, digest: string, signing: ImageSigning): Promise<ImageAttestation> {
  // Octokit loads only when a provenance is stored: the executor's chunk stays without it.
  const { github, githubStatus, rateLimited, storeAttestation } = await import('../outside/github.js')
  const identityToken = await sigstoreIdentity(
    'attest-image',
    signing.timeoutMs,
    'The image is pushed; nothing was uploaded to the index.'
  )
  const claims = tokenClaims(identityToken)
  // A private (or internal) repository's provenance goes to GitHub's own Sigstore, never to a public log.
  const instance = claims.repository_visibility === 'public' ? 'public-good' : 'github'
  const statement = provenanceStatement(
    { name: subjectName(image), digest },
    claims,
    signing.build,
    process.env.GITHUB_SERVER_URL || 'https://github.com'
  )
  const sign = await signer(signing.sign)
  const [bundle] = await sign([statement], { identityToken, timeoutMs: signing.timeoutMs, instance }).catch(
    (error: Error) => {
      throw new IndexError(
        `Signing the image's provenance with Sigstore failed (${error.message}). Nothing was uploaded to the index.`
      )
    }
  )
  const store =
    signing.store ??
    ((b: object) => storeAttestation(github(signing.githubToken, signing.timeoutMs), signing.repository, b))
  const id = await store(bundle).catch((error: Error) => {
    const status = githubStatus(error)
    // A rate limit is a 403 too: it needs a later re-run, not a permission.
    const why = rateLimited(error)
      ? ": GitHub's rate limit did not lift within the waits this run allows; run the job again later"
      : status === 403 || status === 404
        ? ': the job needs permissions: attestations: write'
        : ''
    throw new PermanentError(
      `GitHub's attestations API refused the image's provenance (${error.message})${why}. The image is pushed; nothing was uploaded to the index.`
    )
  })
  let referrer = ''
  if (signing.attach) {
    const attached = await signing
      .attach(image, digest, {
        artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        data: Buffer.from(JSON.stringify(bundle)),
        annotations: {
          'dev.sigstore.bundle.content': 'dsse-envelope',
          'dev.sigstore.bundle.predicateType': SLSA_PROVENANCE
        }
      })
      .catch((error: Error) => {
        throw new PermanentError(
          `Attaching the image's provenance to ${image} failed (${error.message}); it is stored with GitHub (attestation ${id}). The image is pushed; nothing was uploaded to the index.`
        )
      })
    referrer = `, in the registry as ${attached.digest} (listed by ${attached.listedBy})`
  }
  const logIndex = logIndexOf(bundle)
  const where =
    instance === 'github' ? "GitHub's Sigstore (a private repository's)" : `transparency log entry ${logIndex}`
  runner.info(`Attested ${subjectName(image)}@${digest}: GitHub attestation ${id}, ${where}${referrer}.`)
  return { image: subjectName(image), digest, id, logIndex, where: where + referrer }
}
