// The Docker side as data: the buildx and imagetools argument lists, and the
// Docker config a run logs in to. Checked in milliseconds, without dockerd.
import { buildxBuildArgs, imagetoolsCreateArgs, type BuildOptions } from '../src/outside/docker.js'
import { privateConfig } from '../src/outside/docker-config.js'
import { imageLabels } from '../src/plan/labels.js'
import type { Plan } from '../src/plan/plan.js'
import { readProjectInfo } from '../src/versions/pyproject.js'

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
        ...[
          'buildx',
          'build',
          '--platform',
          'linux/amd64,linux/arm64',
          '--file',
          '/w/docker/Dockerfile',
          '--provenance=false',
          '--sbom=false'
        ],
        ...[
          '--metadata-file',
          '/t/metadata.json',
          '--push',
          '--tag',
          'ghcr.io/acme/widget:1.2.3',
          '--tag',
          'ghcr.io/acme/widget:latest'
        ],
        ...['--label', 'org.opencontainers.image.version=1.2.3', '/w/docker']
      ]
    ],
    [
      'annotations on the manifest list of a multi-platform build',
      { annotations: { 'org.opencontainers.image.description': 'A widget, with: commas' } },
      [
        ...[
          'buildx',
          'build',
          '--platform',
          'linux/amd64,linux/arm64',
          '--file',
          '/w/docker/Dockerfile',
          '--provenance=false',
          '--sbom=false'
        ],
        ...[
          '--metadata-file',
          '/t/metadata.json',
          '--push',
          '--tag',
          'ghcr.io/acme/widget:1.2.3',
          '--tag',
          'ghcr.io/acme/widget:latest'
        ],
        ...[
          '--label',
          'org.opencontainers.image.version=1.2.3',
          '--annotation',
          'index:org.opencontainers.image.description=A widget, with: commas',
          '/w/docker'
        ]
      ]
    ],
    [
      'by digest, on a builder of its own',
      { builder: 'dev-release', byDigest: { image: 'ghcr.io/acme/widget' }, platforms: ['linux/arm64'], labels: {} },
      [
        ...[
          'buildx',
          'build',
          '--builder',
          'dev-release',
          '--platform',
          'linux/arm64',
          '--file',
          '/w/docker/Dockerfile',
          '--provenance=false',
          '--sbom=false'
        ],
        ...[
          '--metadata-file',
          '/t/metadata.json',
          '--output',
          'type=image,name=ghcr.io/acme/widget,push-by-digest=true,name-canonical=true,push=true',
          '/w/docker'
        ]
      ]
    ],
    [
      'build args, caches and provenance, each a word of its own (no shell)',
      {
        buildArgs: ['A=$(id)', 'B=two words'],
        cacheFrom: ['type=gha'],
        cacheTo: ['type=gha,mode=max'],
        provenance: true,
        labels: {},
        tags: ['w:x']
      },
      [
        ...[
          'buildx',
          'build',
          '--platform',
          'linux/amd64,linux/arm64',
          '--file',
          '/w/docker/Dockerfile',
          '--provenance=true',
          '--sbom=false'
        ],
        ...[
          '--metadata-file',
          '/t/metadata.json',
          '--push',
          '--tag',
          'w:x',
          '--cache-from',
          'type=gha',
          '--cache-to',
          'type=gha,mode=max'
        ],
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

it('imagetoolsCreateArgs: every tag, the annotations of the list, then every source', () => {
  expect(
    imagetoolsCreateArgs(['w:1', 'w:latest'], ['w@sha256:a', 'w@sha256:b'], { 'org.opencontainers.image.title': 'w' })
  ).toEqual([
    ...[
      'buildx',
      'imagetools',
      'create',
      '--tag',
      'w:1',
      '--tag',
      'w:latest',
      '--annotation',
      'index:org.opencontainers.image.title=w'
    ],
    ...['w@sha256:a', 'w@sha256:b']
  ])
})

describe('imageLabels', () => {
  const plan = { version: '1.2.3', sha: 'c0ffee', commitEpoch: 1_700_000_000 } as Plan
  it('takes title, description and licenses from pyproject.toml, and lets the labels input add and override', () => {
    const project = readProjectInfo({
      pyproject: '[project]\nname = "widget"\ndescription = "Brews."\nlicense = { text = "MIT" }\n'
    })
    expect(
      imageLabels({
        plan,
        project,
        repository: 'acme/widget-repo',
        repositoryUrl: 'https://github.com/acme/widget-repo',
        extra: ['org.opencontainers.image.vendor=Acme', 'org.opencontainers.image.title=Widget=Pro']
      })
    ).toEqual({
      'org.opencontainers.image.title': 'Widget=Pro',
      'org.opencontainers.image.description': 'Brews.',
      'org.opencontainers.image.url': 'https://github.com/acme/widget-repo',
      'org.opencontainers.image.source': 'https://github.com/acme/widget-repo',
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.revision': 'c0ffee',
      'org.opencontainers.image.created': '2023-11-14T22:13:20.000Z',
      'org.opencontainers.image.licenses': 'MIT',
      'org.opencontainers.image.vendor': 'Acme'
    })
  })
  it('names the image after the repository without a project, and leaves out what is unknown', () => {
    const labels = imageLabels({ plan, repository: 'acme/widget', repositoryUrl: 'u', extra: [] })
    expect(labels['org.opencontainers.image.title']).toBe('widget')
    expect('org.opencontainers.image.description' in labels).toBe(false)
  })
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
    expect(privateConfig({ credsStore: 'osxkeychain' }, ['https://index.docker.io/v1/'], 'docker.io')).toEqual({
      auths: {},
      credHelpers: {}
    })
  })
})
