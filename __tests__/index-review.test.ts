// The index read before anything is published, with a fake index: what a re-run takes from it, what stops a run.
import { jest } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IndexFiles } from '../src/outside/package-index.js'
import { validInputs } from '../src/plan/inputs.js'
import { stepSettings } from '../src/plan/step-settings.js'
import type { Plan } from '../src/plan/plan.js'
import type { PackageIndex } from '../src/steps/effects.js'
import { heldByIndex, reviewIndex } from '../src/steps/index-review.js'
import { captureLog } from './support/fake-outside.js'

const log: string[] = []
let restore: () => void
beforeAll(() => (restore = captureLog(log)))
afterAll(() => restore())

const settings = stepSettings(
  validInputs(name => (name === 'pypi-url' ? 'https://index.test/legacy/' : ''), 'acme/widget'),
  'dev'
).index
const sha = (text: string) => createHash('sha256').update(text).digest('hex')

function built(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'index-review-'))
  const wheel = join(dir, 'widget-1.2.4.dev3-py3-none-any.whl')
  const sdist = join(dir, 'widget-1.2.4.dev3.tar.gz')
  writeFileSync(wheel, 'wheel bytes')
  writeFileSync(sdist, 'sdist bytes, rebuilt')
  return [wheel, sdist]
}

function fakeIndex(present: IndexFiles) {
  const downloads: string[] = []
  const reads: string[] = []
  const index: PackageIndex = {
    files: async (urls, name) => (reads.push(`${urls.simple}${name}`), present),
    download: async (file, name, to) => {
      downloads.push(`${file.url} ${name}`)
      writeFileSync(to, 'from the index')
    }
  }
  return { index, downloads, reads }
}

describe('heldByIndex: what a re-run stages', () => {
  it("is the index's own files when it holds this very dev build (same wheel), sdist included", async () => {
    const files = built()
    const present = new Map([
      ['widget-1.2.4.dev3-py3-none-any.whl', { sha256: sha('wheel bytes'), url: 'https://index.test/w.whl' }],
      ['widget-1.2.4.dev3.tar.gz', { sha256: sha('sdist bytes, first build'), url: 'https://index.test/w.tar.gz' }]
    ])
    const { index, downloads } = fakeIndex(present)
    const held = await heldByIndex({ type: 'dev' }, files, present, tmpdir(), settings, index)
    expect(held?.map(f => f.split('/').pop())).toEqual([
      'widget-1.2.4.dev3-py3-none-any.whl',
      'widget-1.2.4.dev3.tar.gz'
    ])
    expect(downloads.sort()).toEqual([
      'https://index.test/w.tar.gz widget-1.2.4.dev3.tar.gz',
      'https://index.test/w.whl widget-1.2.4.dev3-py3-none-any.whl'
    ])
  })

  it("is an error, before anything is pushed, when a release's wheel on the index is not this commit's build", async () => {
    const files = built()
    const present = new Map([
      [
        'widget-1.2.4.dev3-py3-none-any.whl',
        { sha256: sha('served by a changed index'), url: 'https://index.test/w.whl' }
      ],
      ['widget-1.2.4.dev3.tar.gz', { sha256: sha('sdist bytes, rebuilt'), url: 'https://index.test/w.tar.gz' }]
    ])
    const { index, downloads } = fakeIndex(present)
    await expect(heldByIndex({ type: 'release' }, files, present, tmpdir(), settings, index)).rejects.toThrow(
      `The index's widget-1.2.4.dev3-py3-none-any.whl is sha256:${sha('served by a changed index')}, but this commit builds sha256:${sha('wheel bytes')}: the index holds another build under this release's name. Nothing was pushed`
    )
    expect(downloads).toEqual([])
    // The same wheel: the index's files are staged (its sdist, as pip would fetch it).
    present.set('widget-1.2.4.dev3-py3-none-any.whl', { sha256: sha('wheel bytes'), url: 'https://index.test/w.whl' })
    expect(await heldByIndex({ type: 'release' }, files, present, tmpdir(), settings, index)).toHaveLength(2)
  })

  it("is nothing when the dev version on the index is another build's (another wheel), or a file is missing", async () => {
    const files = built()
    const other = new Map([
      ['widget-1.2.4.dev3-py3-none-any.whl', { sha256: sha('another branch'), url: 'https://index.test/w.whl' }],
      ['widget-1.2.4.dev3.tar.gz', { sha256: sha('x'), url: 'https://index.test/w.tar.gz' }]
    ])
    const { index, downloads } = fakeIndex(other)
    expect(await heldByIndex({ type: 'dev' }, files, other, tmpdir(), settings, index)).toBeUndefined()
    const partial = new Map([...other].slice(0, 1))
    expect(await heldByIndex({ type: 'release' }, files, partial, tmpdir(), settings, index)).toBeUndefined()
    expect(downloads).toEqual([])
  })
})

describe('reviewIndex: before anything is published', () => {
  const plan = {
    type: 'dev',
    version: '1.2.4.dev3',
    baseTag: '1.2.3',
    imageRefs: ['acme/widget:feature-x'],
    steps: []
  } as unknown as Plan

  it('stops a dev release that sorts below a release the index has but no tag names (version-checks strict)', async () => {
    const { index, reads } = fakeIndex(new Map([['widget-1.3.0.tar.gz', { sha256: sha('x') }]]))
    const strict = { ...settings, versionChecks: 'strict' as const }
    await expect(reviewIndex(plan, strict, 'widget', async () => ['1.2.3'], index)).rejects.toThrow(
      /The index has 1.3.0, but no tag of this repository names it/
    )
    expect(reads).toEqual(['https://index.test/simple/widget'])
  })

  it('says nothing was published when the index cannot be read', async () => {
    const index: PackageIndex = {
      files: async () => {
        throw Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNREFUSED' } })
      },
      download: async () => {}
    }
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
    try {
      const reading = reviewIndex(plan, settings, 'widget', async () => [], index)
      const failed = expect(reading).rejects.toThrow(
        /cannot be read \(fetch failed: ECONNREFUSED\)\. Nothing was published/
      )
      await jest.advanceTimersByTimeAsync(12_000)
      await failed
      expect(log.join('')).toMatch(/attempt 3 of 3/)
    } finally {
      jest.useRealTimers()
    }
  })
})
