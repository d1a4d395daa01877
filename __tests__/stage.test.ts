import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { stageDists } from '../src/stage.js'
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
    expect(readdirSync(docker).sort()).toEqual(['README', 'constraints.txt', 'keep.whl.d', 'w-1.1-py3-none-any.whl', 'w-1.1.tar.gz'])
    expect(readdirSync(rpi).sort()).toEqual(['w-1.1-py3-none-any.whl', 'w-1.1.tar.gz'])
    expect(readFileSync(join(rpi, 'w-1.1.tar.gz'), 'utf8')).toBe('new sdist')
  })
})
