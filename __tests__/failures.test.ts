// Every classifier of failures as a table, and the retry loop with delays of
// its own: what is tried again, what is not, and what the user is told.
import { classifyBuildxFailure, type FailureKind } from '../src/plan/buildx-output.js'
import { TimeoutError } from '../src/outside/exec.js'
import { isAuthFailure, PermanentError, withRetries } from '../src/plan/retry.js'

const step = (log: string) =>
  `#7 [2/3] RUN ./check.sh\n${log}\n#7 ERROR: process "/bin/sh -c ./check.sh" did not complete successfully: exit code: 1\n------\nERROR: failed to solve: process "/bin/sh -c ./check.sh" did not complete successfully: exit code: 1`

describe("classifyBuildxFailure: from buildx's last error line", () => {
  it.each<[string, string, FailureKind]>([
    ['a RUN step printing Permission denied', step('#7 0.211 /bin/sh: ./check.sh: Permission denied'), 'build'],
    ['a RUN step printing 401', step('#7 0.310 HTTP/1.1 401 Unauthorized'), 'build'],
    [
      'a RUN step printing forbidden',
      step('#7 0.120 curl: (22) The requested URL returned error: 403 forbidden'),
      'build'
    ],
    ['a RUN step printing 503', step('#7 0.503 upstream answered 503'), 'build'],
    ['a RUN step printing timed out', step('#7 1.020 connect timed out'), 'build'],
    ['a log timestamp like #7 0.503', step('#7 0.503 compiling'), 'build'],
    [
      'a Dockerfile that does not parse',
      'ERROR: failed to solve: dockerfile parse error on line 3: unknown instruction: COPYY',
      'build'
    ],
    [
      'a file missing from the context',
      'ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref x::y: "/pkg": not found',
      'build'
    ],
    [
      'a push refused for lack of rights',
      '#12 pushing layers 0.2s done\nERROR: failed to solve: failed to push ghcr.io/acme/widget:x: unexpected status from POST request to https://ghcr.io/v2/acme/widget/blobs/uploads/: 403 Forbidden',
      'auth'
    ],
    [
      'a token the registry refuses',
      'ERROR: failed to solve: failed to push x: failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized',
      'auth'
    ],
    [
      'a push answered 503',
      'ERROR: failed to solve: failed to push 127.0.0.1:5000/x:y: unexpected status from PUT request to http://127.0.0.1:5000/v2/x/manifests/y: 503 Service Unavailable',
      'transient'
    ],
    [
      'a registry away',
      'ERROR: failed to solve: failed to do request: Head "http://127.0.0.1:9/v2/x/blobs/sha256:a": dial tcp 127.0.0.1:9: connect: connection refused',
      'transient'
    ],
    [
      'a connection reset',
      'ERROR: failed to solve: failed to push x: read tcp 10.0.0.1:1->10.0.0.2:443: read: connection reset by peer',
      'transient'
    ],
    ['something else', 'ERROR: failed to solve: some new failure', 'other']
  ])('%s is %s', (_what, output, kind) => {
    expect(classifyBuildxFailure(output).kind).toBe(kind)
  })

  it('names the line it read', () => {
    expect(classifyBuildxFailure(step('#7 0.1 401')).line).toBe(
      'ERROR: failed to solve: process "/bin/sh -c ./check.sh" did not complete successfully: exit code: 1'
    )
  })
})

describe('isAuthFailure: docker login and twine output', () => {
  it.each([
    ['Error response from daemon: Get "http://127.0.0.1:5000/v2/": unauthorized: authentication required', true],
    ['Error response from daemon: login attempt to http://x/v2/ failed with status: 401 Unauthorized', true],
    [
      'Error response from daemon: Get "http://127.0.0.1:9/v2/": dial tcp 127.0.0.1:9: connect: connection refused',
      false
    ],
    ['Error response from daemon: received unexpected HTTP status: 500 Internal Server Error', false]
  ])('%s: %s', (output, auth) => expect(isAuthFailure(output)).toBe(auth))
})

describe('withRetries', () => {
  const log: string[] = []
  beforeEach(() => (log.length = 0))

  it('tries a transient failure again after each delay, and succeeds', async () => {
    let calls = 0
    const result = await withRetries(
      'Pushing',
      async () => (++calls < 3 ? Promise.reject(new Error('503 Service Unavailable')) : 'done'),
      m => log.push(m),
      [1, 2]
    )
    expect(result).toBe('done')
    expect(calls).toBe(3)
    expect(log).toEqual([
      'Pushing failed (503 Service Unavailable); attempt 2 of 3 in 0.001 s.',
      'Pushing failed (503 Service Unavailable); attempt 3 of 3 in 0.002 s.'
    ])
  })

  it('gives up after the last delay with the last error', async () => {
    let calls = 0
    await expect(
      withRetries(
        'Pushing',
        async () => Promise.reject(new Error(`fault ${++calls}`)),
        m => log.push(m),
        [1, 1]
      )
    ).rejects.toThrow('fault 3')
  })

  it.each([
    ['a PermanentError', new PermanentError('refused')],
    ['a timeout (a stall only stalls again)', new TimeoutError('Uploading did not finish within 5 s and was stopped.')]
  ])('does not try %s again', async (_what, error) => {
    let calls = 0
    await expect(
      withRetries(
        'Step',
        async () => Promise.reject((calls++, error)),
        m => log.push(m),
        [1, 1]
      )
    ).rejects.toBe(error)
    expect(calls).toBe(1)
    expect(log).toEqual([])
  })
})
