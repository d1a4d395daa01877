// Each step's settings, resolved once from the inputs and the release type: what the steps get instead of Inputs.
import { validInputs } from '../src/plan/inputs.js'
import { credentialsFor, imageCredentialsFor, imageLogins, stepSettings } from '../src/plan/step-settings.js'

const inputsOf = (values: Record<string, string>) => validInputs(name => values[name] ?? '', 'acme/widget')

describe('stepSettings', () => {
  const inputs = inputsOf({
    image: 'ghcr.io/acme/widget\nacme/widget\nquay.io/acme/widget',
    'registry-username': 'ci',
    'registry-password': 'ghcr-secret',
    'registry-logins': 'docker.io hub-user hub-secret\nquay.io fork-user ',
    'pypi-token': 'release-token',
    'dev-pypi-url': 'https://test.pypi.org/legacy/',
    'dev-pypi-token': 'dev-token'
  })

  it("gives cleanup github-token, else ghcr.io's own password, never another registry's", () => {
    expect(stepSettings(inputs, 'cleanup').cleanup.githubToken).toBe('ghcr-secret')
    // The image on Docker Hub, a mirror on ghcr.io with a login of its own: that login's password, not Docker Hub's.
    const hubFirst = inputsOf({
      image: 'acme/widget\nghcr.io/acme/widget',
      'registry-username': 'hub-user',
      'registry-password': 'hub-secret',
      'registry-logins': 'ghcr.io ci ghcr-token'
    })
    expect(stepSettings(hubFirst, 'cleanup').cleanup.githubToken).toBe('ghcr-token')
    const noGhcr = inputsOf({ image: 'acme/widget', 'registry-username': 'u', 'registry-password': 'hub-secret' })
    expect(stepSettings(noGhcr, 'cleanup').cleanup.githubToken).toBe('')
    expect(stepSettings({ ...noGhcr, githubToken: 'gh-token' }, 'cleanup').cleanup.githubToken).toBe('gh-token')
  })

  it("gives a pull request's build the cache to read, never one to write: release builds read it", () => {
    const cached = inputsOf({ 'cache-from': 'type=registry,ref=x:cache', 'cache-to': 'type=registry,ref=x:cache' })
    expect(stepSettings(cached, 'verify').image).toMatchObject({
      cacheFrom: ['type=registry,ref=x:cache'],
      cacheTo: []
    })
    for (const type of ['dev', 'release'] as const)
      expect(stepSettings(cached, type).image.cacheTo).toEqual(['type=registry,ref=x:cache'])
  })

  it('gives a development release the index for development releases, with its own token', () => {
    expect(stepSettings(inputs, 'dev').index).toMatchObject({
      url: 'https://test.pypi.org/legacy/',
      token: 'dev-token'
    })
    expect(stepSettings(inputs, 'release').index).toMatchObject({
      url: 'https://upload.pypi.org/legacy/',
      token: 'release-token'
    })
  })

  it("lists every registry the images go to, the image's own first, with the login given for each", () => {
    expect(imageLogins(stepSettings(inputs, 'dev').image)).toEqual([
      { registry: 'ghcr.io', username: 'ci', password: 'ghcr-secret' },
      { registry: 'docker.io', username: 'hub-user', password: 'hub-secret' },
      { registry: 'quay.io', username: 'fork-user', password: '' }
    ])
    const image = stepSettings(inputs, 'dev').image
    expect(credentialsFor(image, 'docker.io')?.username).toBe('hub-user')
    // A login line without a password (a fork's run) gives no credentials.
    expect(credentialsFor(image, 'quay.io')).toBeUndefined()
    // An image name without a host is Docker Hub's; one with a host, that registry's.
    expect(imageCredentialsFor(image, 'acme/widget')?.username).toBe('hub-user')
    expect(imageCredentialsFor(image, 'ghcr.io/acme/widget')?.password).toBe('ghcr-secret')
    expect(imageCredentialsFor(image, 'quay.io/acme/widget')).toBeUndefined()
  })

  it('gives cleanup only the complete logins, and the registry password where no github-token is given', () => {
    const { cleanup } = stepSettings(inputs, 'cleanup')
    expect(cleanup.logins.map(l => l.registry)).toEqual(['ghcr.io', 'docker.io'])
    expect(cleanup.githubToken).toBe('ghcr-secret')
    expect(stepSettings({ ...inputs, githubToken: 'gh-token' }, 'cleanup').cleanup.githubToken).toBe('gh-token')
  })

  it('holds only what each step uses: no step gets the index tokens or the registry password by accident', () => {
    const settings = stepSettings(inputs, 'release')
    expect(JSON.stringify(settings.python)).not.toMatch(/secret|token/)
    expect(JSON.stringify(settings.index)).not.toMatch(/secret/)
    expect(JSON.stringify(settings.image)).not.toMatch(/release-token|dev-token/)
  })
})
