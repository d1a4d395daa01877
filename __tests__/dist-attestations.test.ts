import {
  attestDecision,
  distStatement,
  pep740,
  reusableWorkflow,
  tokenClaims,
  type AttestRequest
} from '../src/plan/dist-attestations.js'
import { attestDists } from '../src/steps/attest-dists.js'
import { captureLog } from './support/fake-outside.js'

const request = (extra: Partial<AttestRequest>): AttestRequest => ({
  mode: 'auto',
  type: 'release',
  uploadUrl: 'https://upload.pypi.org/legacy/',
  token: false,
  ...extra
})

describe('attestDecision', () => {
  it.each([
    [{}, true],
    [{ uploadUrl: 'https://test.pypi.org/legacy/' }, true],
    [{ uploadUrl: 'https://pypi.example.com/legacy/' }, false],
    [{ uploadUrl: 'https://pypi.example.com/legacy/', mode: 'true' as const }, true],
    [{ token: true }, false],
    [{ mode: 'false' as const }, false]
  ])('%j signs: %s', (extra, sign) => {
    expect(attestDecision(request(extra)).sign).toBe(sign)
  })

  it('says why not', () => {
    expect(attestDecision(request({ token: true }))).toEqual({
      sign: false,
      why: expect.stringMatching(/API token, and an index takes attestations only under trusted publishing/)
    })
    expect(attestDecision(request({ uploadUrl: 'http://127.0.0.1:8080/legacy/' }))).toEqual({
      sign: false,
      why: expect.stringMatching(/signs for pypi\.org and test\.pypi\.org only, not 127\.0\.0\.1:8080/)
    })
  })
})

describe('the job token', () => {
  const jwt = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`

  it('reads its claims, and nothing from a token that is none', () => {
    expect(tokenClaims(jwt({ aud: 'sigstore' }))).toEqual({ aud: 'sigstore' })
    expect(tokenClaims('not a token')).toEqual({})
  })

  it("finds a reusable workflow: the job's workflow is not the caller's", () => {
    const own = 'acme/widget/.github/workflows/release.yml@refs/tags/1.2.3'
    expect(reusableWorkflow({ workflow_ref: own, job_workflow_ref: own })).toBeUndefined()
    expect(reusableWorkflow({})).toBeUndefined()
    expect(
      reusableWorkflow({ workflow_ref: own, job_workflow_ref: 'acme/shared/.github/workflows/pub.yml@refs/heads/main' })
    ).toMatch(/reusable workflow acme\/shared\/.*, called from acme\/widget\//)
  })
})

describe('PEP 740', () => {
  it("signs one subject, the file's name and digest, with PyPI's publish predicate", () => {
    expect(distStatement('w-1.0.tar.gz', 'ab')).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'w-1.0.tar.gz', digest: { sha256: 'ab' } }],
      predicateType: 'https://docs.pypi.org/attestations/publish/v1',
      predicate: {}
    })
  })

  it('carries the leaf certificate, the log entries, the statement and its one signature', () => {
    const entry = { logIndex: '7', kindVersion: { kind: 'dsse', version: '0.0.1' } }
    const bundle = {
      verificationMaterial: { certificate: { rawBytes: 'Y2VydA==' }, tlogEntries: [entry] },
      dsseEnvelope: { payload: 'c3RtdA==', payloadType: 'application/vnd.in-toto+json', signatures: [{ sig: 'c2ln' }] }
    }
    expect(pep740(bundle)).toEqual({
      version: 1,
      verification_material: { certificate: 'Y2VydA==', transparency_entries: [entry] },
      envelope: { statement: 'c3RtdA==', signature: 'c2ln' }
    })
    expect(() => pep740({ ...bundle, dsseEnvelope: { ...bundle.dsseEnvelope, signatures: [] } })).toThrow(
      /0 signatures, not one/
    )
  })
})

describe('attestDists, with a fake Sigstore', () => {
  const log: string[] = []
  let restore: () => void
  beforeAll(() => (restore = captureLog(log)))
  afterAll(() => restore())

  it('uploads without attestations under auto where twine is older than 5.1, with a warning; true stops', async () => {
    let signed = 0
    const signing = (mode: 'auto' | 'true') => ({
      request: request({ mode }),
      timeoutMs: 1000,
      twineVersion: async () => '4.0.2',
      sign: async () => (signed++, [])
    })
    expect(await attestDists([], signing('auto'))).toEqual([])
    expect(log.join('\n')).toMatch(/::warning::No attestations for the dists: .*twine 5\.1 or later, .* twine 4\.0\.2/)
    await expect(attestDists([], signing('true'))).rejects.toThrow(
      /needs twine 5\.1 or later.*Nothing was signed or uploaded/
    )
    expect(signed).toBe(0)
  })
})
