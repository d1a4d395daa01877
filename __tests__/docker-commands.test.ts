// The Docker side as data: the buildx and imagetools argument lists, and the
// Docker config a run logs in to. Checked in milliseconds, without dockerd.
import { buildxBuildArgs, imagetoolsCreateArgs, privateConfig, type BuildOptions } from '../src/docker.js'

const base: BuildOptions = {
  context: '/w/docker',
  dockerfile: '/w/docker/Dockerfile',
  platforms: ['linux/amd64', 'linux/arm64'],
  tags: ['ghcr.io/acme/widget:1.2.3', 'ghcr.io/acme/widget:latest'],
  cacheFrom: [],
  cacheTo: [],
  labels: { 'org.opencontainers.image.version': '1.2.3' },
  buildArgs: [],
  provenance: false,
  metadataFile: '/t/metadata.json'
}

describe('buildxBuildArgs', () => {
  it.each<[string, Partial<BuildOptions>, string[]]>([
    [
      'tags, labels, context',
      {},
      [
        ...['buildx', 'build', '--platform', 'linux/amd64,linux/arm64', '--file', '/w/docker/Dockerfile', '--provenance=false'],
        ...['--metadata-file', '/t/metadata.json', '--push', '--tag', 'ghcr.io/acme/widget:1.2.3', '--tag', 'ghcr.io/acme/widget:latest'],
        ...['--label', 'org.opencontainers.image.version=1.2.3', '/w/docker']
      ]
    ],
    [
      'by digest, on a builder of its own',
      { builder: 'dev-release', byDigest: { image: 'ghcr.io/acme/widget' }, platforms: ['linux/arm64'], labels: {} },
      [
        ...['buildx', 'build', '--builder', 'dev-release', '--platform', 'linux/arm64', '--file', '/w/docker/Dockerfile', '--provenance=false'],
        ...['--metadata-file', '/t/metadata.json', '--output', 'type=image,name=ghcr.io/acme/widget,push-by-digest=true,name-canonical=true,push=true', '/w/docker']
      ]
    ],
    [
      'build args, caches and provenance, each a word of its own (no shell)',
      { buildArgs: ['A=$(id)', 'B=two words'], cacheFrom: ['type=gha'], cacheTo: ['type=gha,mode=max'], provenance: true, labels: {}, tags: ['w:x'] },
      [
        ...['buildx', 'build', '--platform', 'linux/amd64,linux/arm64', '--file', '/w/docker/Dockerfile', '--provenance=true'],
        ...['--metadata-file', '/t/metadata.json', '--push', '--tag', 'w:x', '--cache-from', 'type=gha', '--cache-to', 'type=gha,mode=max'],
        ...['--build-arg', 'A=$(id)', '--build-arg', 'B=two words', '/w/docker']
      ]
    ]
  ])('%s', (_what, options, args) => {
    expect(buildxBuildArgs({ ...base, ...options })).toEqual(args)
  })

  it('never carries a secret', () => {
    expect(buildxBuildArgs(base).join(' ')).not.toMatch(/password|token/i)
  })
})

it('imagetoolsCreateArgs: every tag, then every source', () => {
  expect(imagetoolsCreateArgs(['w:1', 'w:latest'], ['w@sha256:a', 'w@sha256:b'])).toEqual([
    ...['buildx', 'imagetools', 'create', '--tag', 'w:1', '--tag', 'w:latest', 'w@sha256:a', 'w@sha256:b']
  ])
})

describe('privateConfig: the run logs in to its own file, never into a credential store', () => {
  it('drops the store, keeps it as a helper for the other registries it holds, and drops old entries for the registry', () => {
    const config = {
      credsStore: 'pass',
      credHelpers: { 'ghcr.io': 'gh', 'gcr.io': 'gcloud' },
      auths: { 'ghcr.io': { auth: 'old' }, 'quay.io': { auth: 'keep' } },
      proxies: { default: { httpProxy: 'http://proxy:3128' } }
    }
    expect(privateConfig(config, ['https://index.docker.io/v1/', 'ghcr.io', 'registry.example'], 'ghcr.io')).toEqual({
      auths: { 'quay.io': { auth: 'keep' } },
      credHelpers: { 'https://index.docker.io/v1/': 'pass', 'registry.example': 'pass', 'gcr.io': 'gcloud' },
      proxies: { default: { httpProxy: 'http://proxy:3128' } }
    })
  })
  it("knows Docker Hub's names", () => {
    expect(privateConfig({ credsStore: 'osxkeychain' }, ['https://index.docker.io/v1/'], 'docker.io')).toEqual({ auths: {}, credHelpers: {} })
  })
})
