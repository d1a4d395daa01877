import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { stageDists } from '../src/outside/stage.js'
import { tempDir } from './support/repo.js'

describe('stageDists', () => {
  it('replaces earlier distribution files, and only those, in every directory', () => {
    const root = tempDir()
    const built = join(root, 'dist')
    mkdirSync(built)
    writeFileSync(join(built, 'w-1.1-py3-none-any.whl'), 'new wheel')
    writeFileSync(join(built, 'w-1.1.tar.gz'), 'new sdist')
    const docker = join(root, 'docker', 'pkg')
    mkdirSync(join(docker, 'keep.whl.d'), { recursive: true })
    writeFileSync(join(docker, 'w-1.0-py3-none-any.whl'), 'old')
    writeFileSync(join(docker, 'w-1.0.tar.gz'), 'old')
    writeFileSync(join(docker, 'README'), 'keep me')
    writeFileSync(join(docker, 'constraints.txt'), 'keep me too')
    const rpi = join(root, 'rpi-docker', 'pkg') // does not exist yet

    const removed = stageDists([docker, rpi], [join(built, 'w-1.1-py3-none-any.whl'), join(built, 'w-1.1.tar.gz')])

    expect(removed.map(r => r.slice(docker.length + 1)).sort()).toEqual(['w-1.0-py3-none-any.whl', 'w-1.0.tar.gz'])
    expect(readdirSync(docker).sort()).toEqual([
      'README',
      'constraints.txt',
      'keep.whl.d',
      'w-1.1-py3-none-any.whl',
      'w-1.1.tar.gz'
    ])
    expect(readdirSync(rpi).sort()).toEqual(['w-1.1-py3-none-any.whl', 'w-1.1.tar.gz'])
    expect(readFileSync(join(rpi, 'w-1.1.tar.gz'), 'utf8')).toBe('new sdist')
  })

  it('never removes a file git tracks, nor what a link points at; stamps what it stages with the commit time', () => {
    const root = tempDir()
    const pkg = join(root, 'pkg')
    mkdirSync(pkg)
    writeFileSync(join(pkg, 'vendored-0.9.tar.gz'), 'committed')
    const outside = join(root, 'outside.whl')
    writeFileSync(outside, 'not ours')
    symlinkSync(outside, join(pkg, 'link.whl'))
    writeFileSync(join(root, 'w-2.0.tar.gz'), 'new')
    const removed = stageDists(
      [pkg],
      [join(root, 'w-2.0.tar.gz')],
      1_700_000_000,
      new Set([join(pkg, 'vendored-0.9.tar.gz')])
    )
    expect(removed).toEqual([])
    expect(readdirSync(pkg).sort()).toEqual(['link.whl', 'vendored-0.9.tar.gz', 'w-2.0.tar.gz'])
    expect(readFileSync(outside, 'utf8')).toBe('not ours')
    expect(statSync(join(pkg, 'w-2.0.tar.gz')).mtimeMs).toBe(1_700_000_000_000)
    expect(statSync(pkg).mtimeMs).toBe(1_700_000_000_000)
  })
})
