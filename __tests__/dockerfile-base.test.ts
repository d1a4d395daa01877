// The base a Dockerfile's built stage starts from, as BuildKit resolves it: the read-back skips the layers an image
// shares with it. Where BuildKit's answer is not certain here, there is no base, and every layer is read.
import { stageBase } from '../src/plan/dockerfile-base.js'
import { splitReference } from '../src/plan/image-names.js'
import { baseLayersOf, baseNotAsked, sharedLayers } from '../src/steps/base-layers.js'
import type { RegistryApi } from '../src/outside/registry-api.js'

const amd64 = { target: '', buildArgs: [] as string[], platform: 'linux/amd64' }
const base = (text: string, build: Partial<typeof amd64> = {}) => stageBase(text, { ...amd64, ...build })

it('takes the last stage, following stage names to the image they start from', () => {
  expect(base('FROM python:3.12-slim\nCOPY pkg/ /pkg/\n')).toEqual({ image: 'python:3.12-slim' })
  const multi = [
    'FROM python:3.12 AS build',
    'RUN pip wheel /pkg/*.whl -w /w',
    'FROM python:3.12-slim AS Runtime',
    'FROM runtime',
    'COPY --from=build /w /w'
  ].join('\n')
  expect(base(multi)).toEqual({ image: 'python:3.12-slim' })
  expect(base(multi, { target: 'build' })).toEqual({ image: 'python:3.12' })
  expect(base(multi, { target: 'nosuch' })).toBeUndefined()
  expect(base('FROM scratch\nCOPY pkg/ /pkg/')).toBe('scratch')
})

it('expands global ARGs, build args and the target platform as BuildKit does in FROM', () => {
  const text = [
    '# syntax=docker/dockerfile:1',
    'ARG PY=3.12',
    'ARG VARIANT',
    'ARG REG=docker.io',
    'FROM ${REG}/library/python:${PY}${VARIANT:+-$VARIANT}',
    'ARG PY=9 # a stage ARG does not reach FROM'
  ].join('\n')
  expect(base(text)).toEqual({ image: 'docker.io/library/python:3.12' })
  expect(base(text, { buildArgs: ['PY=3.13', 'VARIANT=slim'] })).toEqual({
    image: 'docker.io/library/python:3.13-slim'
  })
  // A build arg without a value is the environment's: not known to a read-back.
  expect(base(text, { buildArgs: ['PY'] })).toBeUndefined()
  expect(base('FROM example/app:${TARGETARCH}', { platform: 'linux/arm64' })).toEqual({ image: 'example/app:arm64' })
  expect(base('FROM example/app:${TAG:-1.0}')).toEqual({ image: 'example/app:1.0' })
  // A build arg only reaches an ARG the Dockerfile declares before its first FROM.
  expect(base('FROM example/app:$TAG', { buildArgs: ['TAG=2'] })).toEqual({ image: 'example/app:' })
  // Pattern substitutions are not followed: no base.
  expect(base('ARG V=1.2.3\nFROM example/app:${V%.*}')).toBeUndefined()
})

it("gives no base where the stage runs on another platform than the target's", () => {
  expect(base('FROM --platform=$BUILDPLATFORM python:3.12\nCOPY pkg/ /pkg/')).toBeUndefined()
  expect(base('FROM --platform=linux/arm64 python:3.12')).toBeUndefined()
  expect(base('FROM --platform=$TARGETPLATFORM python:3.12')).toEqual({ image: 'python:3.12' })
  // A build stage on the build platform, the final stage on the target's: the final stage's base counts.
  expect(base('FROM --platform=$BUILDPLATFORM python:3.12 AS build\nFROM python:3.12-slim')).toEqual({
    image: 'python:3.12-slim'
  })
})

it('reads instructions as the Dockerfile parser does: continuations, comments, heredocs, the escape directive', () => {
  const text = [
    '# escape=`',
    'FROM example/base:1 AS one',
    'RUN <<EOF',
    'FROM example/not-an-instruction',
    'EOF',
    'RUN <<-"END" cat',
    '\tFROM example/nor-this',
    '\tEND',
    'from `',
    '  # a comment inside a continuation',
    '  example/base:2',
    'COPY pkg/ /pkg/'
  ].join('\r\n')
  expect(base(text)).toEqual({ image: 'example/base:2' })
  expect(base('FROM example/a \\\n  AS b\nFROM b')).toEqual({ image: 'example/a' })
})

it('splits a reference into its name and its tag or digest', () => {
  expect(splitReference('python')).toEqual({ name: 'python', reference: 'latest' })
  expect(splitReference('127.0.0.1:5000/a/b')).toEqual({ name: '127.0.0.1:5000/a/b', reference: 'latest' })
  expect(splitReference('127.0.0.1:5000/a/b:1.0')).toEqual({ name: '127.0.0.1:5000/a/b', reference: '1.0' })
  const digest = `sha256:${'a'.repeat(64)}`
  expect(splitReference(`python:3.12@${digest}`)).toEqual({ name: 'python', reference: digest })
})

it('counts the bottom layers an image shares with its base, digest for digest, and no more', () => {
  const layers = ['a', 'b', 'c'].map(digest => ({ digest }))
  expect(sharedLayers(layers, ['a', 'b'])).toBe(2)
  expect(sharedLayers(layers, ['a', 'x'])).toBe(1)
  expect(sharedLayers(layers, ['x', 'b'])).toBe(0)
  expect(sharedLayers(layers, [])).toBe(0)
  expect(sharedLayers(layers.slice(0, 1), ['a', 'b'])).toBe(1)
})

describe("Docker Hub's pull limit", () => {
  const anonymous = { loggedIn: false, githubHosted: false }

  it('keeps the read-back from asking Docker Hub without a login, except on GitHub-hosted runners', () => {
    for (const image of ['python:3.12-slim', 'docker.io/library/python:3.12', 'acme/base@sha256:' + 'a'.repeat(64)])
      expect(baseNotAsked(image, anonymous)).toMatch(/Docker Hub counts each manifest read/)
    expect(baseNotAsked('python:3.12-slim', { loggedIn: true, githubHosted: false })).toBeUndefined()
    expect(baseNotAsked('python:3.12-slim', { loggedIn: false, githubHosted: true })).toBeUndefined()
    for (const image of ['ghcr.io/acme/base:1', '127.0.0.1:5000/acme/base:1', 'localhost/base'])
      expect(baseNotAsked(image, anonymous)).toBeUndefined()
  })

  it('reads every layer of an image on a Docker Hub base it is not to ask, and says why, without a request', async () => {
    const asked: string[] = []
    const registry = (name: string) => {
      asked.push(name)
      return {} as RegistryApi
    }
    const baseOf = baseLayersOf(
      async () => 'FROM python:3.12-slim\nCOPY pkg/ /pkg/\n',
      { target: '', buildArgs: [] },
      registry,
      image => baseNotAsked(image, anonymous)
    )
    const base = await baseOf('linux/amd64')
    expect(base).toEqual({ image: 'python:3.12-slim', layers: [], notAsked: expect.stringMatching(/pull limit/) })
    expect(sharedLayers([{ digest: 'a' }], base!.layers)).toBe(0)
    expect(asked).toEqual([])
  })
})
