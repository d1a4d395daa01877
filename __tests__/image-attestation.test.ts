import { provenanceStatement, subjectName } from '../src/plan/image-attestation.js'
import { captureLog } from './support/fake-outside.js'
import { attestImage } from '../src/steps/attest-image.js'

const CLAIMS = {
  repository: 'acme/widget',
  workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/tags/1.2.3',
  job_workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/tags/1.2.3',
  ref: 'refs/tags/1.2.3',
  sha: 'f'.repeat(40),
  event_name: 'push',
  repository_id: '1',
  repository_owner_id: '2',
  runner_environment: 'github-hosted',
  run_id: '3',
  run_attempt: '4'
}
const BUILD = {
  platforms: ['linux/amd64'],
  dockerfile: 'Dockerfile',
  context: '.',
  target: '',
  buildArgNames: ['PIP_INDEX'],
  sourceDateEpoch: 1796397749
}

describe('the image provenance statement', () => {
  it("is GitHub's workflow build type, from the token's claims, for the list's digest", () => {
    const s = provenanceStatement({ name: 'ghcr.io/acme/widget', digest: `sha256:${'a'.repeat(64)}` }, CLAIMS, BUILD)
    expect(s.subject).toEqual([{ name: 'ghcr.io/acme/widget', digest: { sha256: 'a'.repeat(64) } }])
    expect(s.predicate.buildDefinition.externalParameters.workflow).toEqual({
      ref: 'refs/tags/1.2.3',
      repository: 'https://github.com/acme/widget',
      path: '.github/workflows/release.yml'
    })
    expect(s.predicate.buildDefinition.externalParameters.image).toEqual({
      platforms: ['linux/amd64'],
      dockerfile: 'Dockerfile',
      context: '.',
      buildArgs: ['PIP_INDEX']
    })
    // The epoch every timestamp of the build was set to: with it, anyone rebuilds the same bytes.
    expect(s.predicate.buildDefinition.internalParameters.sourceDateEpoch).toBe(1796397749)
    expect(s.predicate.buildDefinition.resolvedDependencies).toEqual([
      { uri: 'git+https://github.com/acme/widget@refs/tags/1.2.3', digest: { gitCommit: 'f'.repeat(40) } }
    ])
    expect(s.predicate.runDetails).toEqual({
      builder: { id: 'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/1.2.3' },
      metadata: { invocationId: 'https://github.com/acme/widget/actions/runs/3/attempts/4' }
    })
  })

  it.each([
    ['ghcr.io/acme/widget', 'ghcr.io/acme/widget'],
    ['localhost:5000/w', 'localhost:5000/w'],
    ['acme/widget', 'index.docker.io/acme/widget'],
    ['busybox', 'index.docker.io/library/busybox']
  ])('names %s as %s', (image, name) => expect(subjectName(image)).toBe(name))
})

describe('attestImage, with fakes for Sigstore and GitHub', () => {
  const log: string[] = []
  let restore: () => void
  beforeAll(() => (restore = captureLog(log)))
  afterAll(() => restore())

  it('names id-token: write when the job has no OIDC token, and signs nothing', async () => {
    const saved = process.env.ACTIONS_ID_TOKEN_REQUEST_URL
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL
    let signed = 0
    try {
      await expect(
        attestImage('ghcr.io/acme/widget', 'sha256:00', {
          repository: 'acme/widget',
          githubToken: 't',
          timeoutMs: 1000,
          build: BUILD,
          sign: async () => (signed++, []),
          store: async () => 1
        })
      ).rejects.toThrow(/permissions: id-token: write.*nothing was uploaded to the index/)
      expect(signed).toBe(0)
    } finally {
      if (saved !== undefined) process.env.ACTIONS_ID_TOKEN_REQUEST_URL = saved
    }
  })
})
