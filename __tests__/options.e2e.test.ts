// The inputs that shape what is published, each on a real release: build-args,
// provenance, publish-docker: false and publish-pypi: false.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { annotations } from './support/action.js'
import { FaultyProxy } from './support/faulty-proxy.js'
import { TestIndex } from './support/index-server.js'
import { expectSuccess, ReleaseFixture } from './support/release-fixture.js'

const f = new ReleaseFixture()
beforeAll(async () => {
  await f.start()
  writeFileSync(
    join(f.repo.dir, 'docker', 'Dockerfile.args'),
    'FROM scratch\nARG FLAVOR=plain\nLABEL flavor=$FLAVOR\nCOPY pkg/ /pkg/\n'
  )
  f.repo.git('add', '.')
  f.repo.git('commit', '-q', '-m', 'a Dockerfile with an argument')
})
afterAll(() => f.stop())

it('passes build-args to the Dockerfile as data, one per line', async () => {
  f.repo.branch('feature/args', 'main')
  const run = await f.release('refs/heads/feature/args', {
    file: 'docker/Dockerfile.args',
    'build-args': 'FLAVOR=spicy $(id) `x`',
    'publish-pypi': 'false'
  })
  expectSuccess(run)
  expect((await f.client.labels(f.repository, 'feature-args', 'linux/arm64')).flavor).toBe('spicy $(id) `x`')
})

it('labels the image from the project and the labels input, and annotates the manifest list', async () => {
  f.repo.branch('feature/labels', 'main')
  const run = await f.release('refs/heads/feature/labels', {
    labels: 'org.opencontainers.image.vendor=Acme Brewing\norg.opencontainers.image.title=widget-service',
    'publish-pypi': 'false'
  })
  expectSuccess(run)
  const labels = await f.client.labels(f.repository, 'feature-labels', 'linux/amd64')
  expect(labels).toMatchObject({
    'org.opencontainers.image.title': 'widget-service',
    'org.opencontainers.image.description':
      'A small service package released by dev-release: its version comes from git tags.',
    'org.opencontainers.image.vendor': 'Acme Brewing',
    'org.opencontainers.image.source': 'https://github.com/acme/widget',
    'org.opencontainers.image.version': run.outputs.version
  })
  const list = await f.client.manifestList(f.repository, 'feature-labels')
  expect(list?.annotations).toMatchObject({
    'org.opencontainers.image.description':
      'A small service package released by dev-release: its version comes from git tags.',
    'org.opencontainers.image.vendor': 'Acme Brewing'
  })
})

it('attaches provenance only when asked', async () => {
  f.repo.branch('feature/provenance', 'main')
  const plain = await f.release('refs/heads/feature/provenance', { 'publish-pypi': 'false' })
  expectSuccess(plain)
  expect(
    (await f.client.manifestList(f.repository, 'feature-provenance'))?.manifests.map(m => m.platform).sort()
  ).toEqual(['linux/amd64', 'linux/arm64'])
  const attested = await f.release('refs/heads/feature/provenance', { 'publish-pypi': 'false', provenance: 'true' })
  expectSuccess(attested)
  const list = await f.client.manifestList(f.repository, 'feature-provenance')
  expect(list?.manifests.filter(m => m.platform === 'unknown/unknown')).toHaveLength(2) // one attestation per platform
  expect(list?.digest).toBe(attested.outputs.digest)
})

it('publish-docker: false uploads the package and pushes no image', async () => {
  f.repo.branch('feature/package-only', 'main')
  f.repo.commit()
  const run = await f.release('refs/heads/feature/package-only', { 'publish-docker': 'false' })
  expectSuccess(run)
  expect(run.outputs['docker-tags']).toBe('')
  expect(run.outputs.digest).toBe('')
  expect(f.index.versions('dev-release-example')).toContain(run.outputs.version)
  expect(await f.client.manifestList(f.repository, 'feature-package-only')).toBeUndefined()
})

it('publish-pypi: false pushes the image and uploads nothing', async () => {
  f.repo.branch('feature/image-only', 'main')
  f.repo.commit()
  const uploads = f.uploadRequests()
  const run = await f.release('refs/heads/feature/image-only', { 'publish-pypi': 'false' })
  expectSuccess(run)
  expect(f.uploadRequests()).toBe(uploads) // (another test's branch may have uploaded the same .devN: count requests)
  expect(run.outputs.dists).not.toBe('') // built, for the image, and not uploaded
  expect((await f.client.manifestList(f.repository, 'feature-image-only'))?.digest).toBe(run.outputs.digest)
  expect(run.summary).toMatch(/\| not uploaded: publish-pypi is false \|/)
})

it('releases the package only, saying so, where the repository has no Dockerfile and nothing asks for one', async () => {
  f.repo.branch('feature/no-docker', 'main')
  f.repo.git('rm', '-q', '-r', 'docker')
  f.repo.git('commit', '-q', '-m', 'no Docker here')
  // No image given: the default name (owner/repo) asks for nothing.
  const run = await f.release('refs/heads/feature/no-docker', { image: '' })
  expectSuccess(run)
  expect(run.outputs['docker-tags']).toBe('')
  expect(f.index.versions('dev-release-example')).toContain(run.outputs.version)
  expect(run.summary).toMatch(/No Dockerfile at docker\/Dockerfile and Dockerfile: releasing the Python package only/)
  // Asked for (publish-docker: true, or an image named), a missing Dockerfile is an error before anything runs.
  for (const asking of [{ 'publish-docker': 'true', image: '' }, {}] as Record<string, string>[]) {
    const asked = await f.release('refs/heads/feature/no-docker', asking)
    expect(asked.code).toBe(1)
    expect(annotations(asked, 'error').join()).toMatch(
      /^An image is asked for .*, but there is no Dockerfile at docker\/Dockerfile and Dockerfile/
    )
  }
  f.repo.checkout('main')
})

it("never tries the workflow's token on a registry other than ghcr.io", async () => {
  f.repo.branch('feature/token-stays', 'main')
  f.repo.commit()
  const token = 'ghs_workflow_token_for_ghcr_only'
  const before = f.shims.environments().length
  const run = await f.release(
    'refs/heads/feature/token-stays',
    { 'registry-password': '', 'github-token': token, 'publish-pypi': 'false' },
    { GITHUB_ACTOR: 'octocat' }
  )
  // The local registry takes no login without its password: the push is refused, and nothing named the token.
  expect(run.code).not.toBe(0)
  expect(annotations(run, 'notice').join('\n')).not.toMatch(/logging in as octocat/)
  const started = f.shims.environments().slice(before)
  expect(started.some(c => /^docker login/.test(c.command))).toBe(false)
  expect(started.some(c => c.command.includes(token) || c.env.includes(token))).toBe(false)
  expect(await f.client.manifestList(f.repository, 'feature-token-stays')).toBeUndefined()
  f.repo.checkout('main')
})

it('sends development releases to dev-pypi-url with its own token, and releases to pypi-url', async () => {
  const devToken = 'dev-index-token-4b1d0c2a9e'
  const devIndex = await new TestIndex(devToken).start()
  try {
    f.repo.branch('feature/dev-index', '1.2.3')
    f.repo.commit()
    const inputs = { 'dev-pypi-url': devIndex.uploadUrl, 'dev-pypi-token': devToken, 'publish-docker': 'false' }
    const dev = await f.release('refs/heads/feature/dev-index', inputs)
    expectSuccess(dev)
    expect(devIndex.versions('dev-release-example')).toEqual([dev.outputs.version])
    expect(f.index.versions('dev-release-example')).not.toContain(dev.outputs.version)
    expect(dev.summary).toContain(`### Package index (${devIndex.uploadUrl})`)
    expect(dev.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(devToken)
    f.repo.tag('1.2.4')
    const release = await f.release('refs/tags/1.2.4', inputs)
    expectSuccess(release)
    expect(f.index.versions('dev-release-example')).toContain('1.2.4')
    expect(devIndex.versions('dev-release-example')).not.toContain('1.2.4')
  } finally {
    await devIndex.stop()
  }
})

it('moves {{major}}.{{minor}} and {{major}} only for the highest release of their line: a backport moves its own', async () => {
  const tags = '{{major}}.{{minor}}\n{{major}}\nsha-{{sha7}} on dev'
  f.repo.branch('release-line', '1.2.3')
  f.repo.commit()
  f.repo.tag('1.3.0')
  const newer = await f.release('refs/tags/1.3.0', { tags, 'publish-pypi': 'false' })
  expectSuccess(newer)
  expect(
    newer.outputs['docker-tags']
      .split('\n')
      .map(t => t.slice(f.image.length + 1))
      .sort()
  ).toEqual(['1', '1.3', '1.3.0', 'latest'])

  f.repo.branch('maint-1.2', '1.2.3')
  f.repo.commit()
  f.repo.tag('1.2.5')
  const backport = await f.release('refs/tags/1.2.5', { tags, 'publish-pypi': 'false' })
  expectSuccess(backport)
  expect(
    backport.outputs['docker-tags']
      .split('\n')
      .map(t => t.slice(f.image.length + 1))
      .sort()
  ).toEqual(['1.2', '1.2.5'])
  expect(backport.summary).toContain('1 not moved: 1.3.0 is a higher release of that line.')
  expect((await f.client.manifestList(f.repository, '1'))?.digest).toBe(newer.outputs.digest)
  expect((await f.client.manifestList(f.repository, 'latest'))?.digest).toBe(newer.outputs.digest)
  expect((await f.client.manifestList(f.repository, '1.2'))?.digest).toBe(backport.outputs.digest)

  f.repo.branch('feature/traced', 'main')
  f.repo.commit()
  const dev = await f.release('refs/heads/feature/traced', { tags, 'publish-pypi': 'false' })
  expectSuccess(dev)
  expect(dev.outputs['docker-tags'].split('\n').map(t => t.slice(f.image.length + 1))).toEqual([
    'feature-traced',
    `sha-${f.repo.head().slice(0, 7)}`
  ])
})

it('pushes one build under two names in two registries, and skips a name whose registry has no credentials in this run', async () => {
  // A second registry host: a proxy to the same storage, which Docker logs in to and pushes to as another registry.
  const second = await new FaultyProxy(f.registry.host).start()
  try {
    f.repo.branch('feature/two-names', 'main')
    f.repo.commit()
    const mirror = `${second.host}/${f.repository}-mirror`
    const run = await f.release('refs/heads/feature/two-names', {
      image: `${f.image}\n${mirror}`,
      'registry-logins': `${second.host} ${f.registry.username} ${f.registry.password}`,
      'publish-pypi': 'false'
    })
    expectSuccess(run)
    expect(run.outputs['docker-tags'].split('\n')).toEqual([
      `${f.image}:feature-two-names`,
      `${mirror}:feature-two-names`
    ])
    const first = await f.client.manifestList(f.repository, 'feature-two-names')
    const copy = await f.client.manifestList(`${f.repository}-mirror`, 'feature-two-names')
    expect(copy?.digest).toBe(first?.digest)
    expect(first?.digest).toBe(run.outputs.digest)
    expect(
      f.shims.commands().filter(c => c.startsWith('docker buildx build') && c.includes('feature-two-names'))
    ).toHaveLength(1) // one build
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(f.registry.password)

    // A fork's run: the second registry's secret is empty.
    f.repo.commit()
    const fork = await f.release('refs/heads/feature/two-names', {
      image: `${f.image}\n${mirror}`,
      'registry-logins': `${second.host} ${f.registry.username}`,
      'publish-pypi': 'false'
    })
    expectSuccess(fork)
    expect(annotations(fork, 'notice').join()).toMatch(
      new RegExp(`-mirror: no credentials for 127\\.0\\.0\\.1:\\d+ in this run .*skipped`)
    )
    expect((await f.client.manifestList(f.repository, 'feature-two-names'))?.digest).toBe(fork.outputs.digest)
    expect((await f.client.manifestList(`${f.repository}-mirror`, 'feature-two-names'))?.digest).toBe(
      run.outputs.digest
    )
  } finally {
    await second.stop()
  }
})
