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

describe('what the action downloads and starts', () => {
  it('never runs a buildx whose sha256 is not the release’s, and removes it from the tool cache', async () => {
    const { Docker, BUILDX_VERSION, BUILDX_SHA256 } = await import('../src/outside/docker.js')
    const { mkdtempSync, mkdirSync, writeFileSync, existsSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const root = mkdtempSync(join(tmpdir(), 'dev-release-toolcache-'))
    const arch = { x64: 'amd64', arm64: 'arm64', arm: 'arm-v7' }[process.arch as string]!
    const dir = join(root, 'docker-buildx', BUILDX_VERSION, arch)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'docker-buildx'), '#!/bin/sh\necho planted\n')
    writeFileSync(`${dir}.complete`, '')
    const saved = process.env.RUNNER_TOOL_CACHE
    process.env.RUNNER_TOOL_CACHE = root
    const docker = await Docker.open(mkdtempSync(join(tmpdir(), 'dev-release-docker-test-')), [])
    try {
      const failed = await docker.installBuildx().catch((error: Error) => error)
      expect(String(failed)).toMatch(`buildx ${BUILDX_VERSION} in the tool cache has sha256 `)
      expect(String(failed)).toMatch(`not ${BUILDX_SHA256[arch]}, the release's own: it was removed and not run`)
      expect(existsSync(join(docker.configDir, 'cli-plugins', 'docker-buildx'))).toBe(false)
      expect(existsSync(dir) || existsSync(`${dir}.complete`)).toBe(false)
    } finally {
      docker.dispose()
      if (saved === undefined) delete process.env.RUNNER_TOOL_CACHE
      else process.env.RUNNER_TOOL_CACHE = saved
    }
  })

  it('reads the image a builder of that name runs, to replace one of another image', async () => {
    const { builderImage } = await import('../src/outside/docker.js')
    const inspect = (options: string) =>
      `Name:          dev-release\nDriver:        docker-container\n\nNodes:\nName:                  dev-release0\nDriver Options:        ${options}\nStatus:                inactive\n`
    expect(builderImage(inspect('image="moby/buildkit:v0.29.0@sha256:00" network="host"'))).toBe(
      'moby/buildkit:v0.29.0@sha256:00'
    )
    expect(builderImage(inspect('network="host" image="evil/buildkit:latest"'))).toBe('evil/buildkit:latest')
    expect(builderImage(inspect('network="host"'))).toBe('')
  })
})
