// rewrite-timestamp as data: which builders take it (BuildKit 0.13 and later; Docker's own image store from 29.0.1 with
// unpack=false), the notice elsewhere, and the buildx arguments it becomes. reproducible.e2e runs Docker 26's refusal.
import { buildxBuildArgs, type BuildOptions } from '../src/outside/docker.js'
import { layerTimes, layerTimesNotice } from '../src/plan/layer-times.js'

describe('layer times: where the builder clamps them to the commit', () => {
  it.each([
    [{ driver: 'docker-container', buildkit: 'v0.29.0' }, true, false],
    [{ driver: 'docker-container', buildkit: 'v0.13.0' }, true, false],
    [{ driver: 'remote', buildkit: 'v0.20.1' }, true, false],
    [{ driver: 'docker-container', buildkit: 'v0.12.5' }, false, false],
    [{ driver: 'kubernetes' }, false, false],
    [{ driver: 'docker', docker: '29.0.1', containerdStore: true }, true, true],
    [{ driver: 'docker', docker: '29.1.0', containerdStore: true }, true, true],
    [{ driver: 'docker', docker: '29.0.0', containerdStore: true }, false, false],
    [{ driver: 'docker', docker: '28.0.4', containerdStore: true }, false, false],
    [{ driver: 'docker', docker: '26.1.5+dfsg1', containerdStore: true }, false, false],
    [{ driver: 'docker', docker: '29.1.0', containerdStore: false }, false, false],
    [{ driver: 'docker', docker: '', containerdStore: true }, false, false]
  ])('%j: rewrite %s, unpack=false %s', (facts, rewrite, unpackFalse) => {
    const decision = layerTimes(facts)
    expect(decision.rewrite).toBe(rewrite)
    if (decision.rewrite) expect(decision.unpackFalse).toBe(unpackFalse)
  })

  it("says why, and what differs between machines where the build's clock stays", () => {
    const docker26 = layerTimes({ driver: 'docker', docker: '26.1.5+dfsg1', containerdStore: true })
    if (docker26.rewrite) throw new Error('Docker 26 takes no rewrite-timestamp')
    expect(layerTimesNotice(docker26, 2)).toBe(
      "Layer times follow the build's clock where a layer is rebuilt: Docker 26.1.5+dfsg1 unpacks every image it builds into the containerd store, and refuses rewrite-timestamp with that (Docker 29.0.1 and later take it with unpack=false). " +
        'Two builds of this commit on other machines may give other digests for the 2 platform images; the files in them, the labels and the index files are the same (verify --rebuild compares those).'
    )
  })
})

describe('the buildx arguments it becomes', () => {
  const base: BuildOptions = {
    context: '/w/docker',
    dockerfile: '/w/docker/Dockerfile',
    platforms: ['linux/amd64', 'linux/arm64'],
    tags: ['ghcr.io/acme/widget:1.2.3'],
    cacheFrom: [],
    cacheTo: [],
    labels: {},
    buildArgs: [],
    provenance: false,
    metadataFile: '/t/m.json'
  }
  const output = (o: Partial<BuildOptions>) => {
    const args = buildxBuildArgs({ ...base, ...o })
    return args.includes('--push') ? '--push' : args[args.indexOf('--output') + 1]
  }

  it('pushes with the image exporter and the option, the tags as its names', () => {
    expect(output({})).toBe('--push')
    expect(output({ rewriteTimestamp: { unpackFalse: false } })).toBe('type=image,push=true,rewrite-timestamp=true')
    expect(output({ rewriteTimestamp: { unpackFalse: true } })).toBe(
      'type=image,push=true,rewrite-timestamp=true,unpack=false'
    )
    expect(buildxBuildArgs({ ...base, rewriteTimestamp: { unpackFalse: false } })).toContain(
      'ghcr.io/acme/widget:1.2.3'
    )
    expect(output({ byDigest: { image: 'ghcr.io/acme/widget' }, rewriteTimestamp: { unpackFalse: false } })).toBe(
      'type=image,name=ghcr.io/acme/widget,push-by-digest=true,name-canonical=true,push=true,rewrite-timestamp=true'
    )
  })
})
