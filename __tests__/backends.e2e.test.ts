// The dists of one commit are the same bytes wherever and whenever they are built, for each build backend Debian
// has: the action's own build (src/outside/python.ts: python -m build with SOURCE_DATE_EPOCH, then the archives
// made deterministic), run on two clones at two paths, the second with umask 002 (group-writable files) and its
// files touched a day later.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Python } from '../src/outside/python.js'
import { TestRepo, tempDir } from './support/repo.js'

const PYTHON = '/usr/bin/python3'
const EPOCH = 1_700_000_000

const BACKENDS: { name: string; module: string; pyproject: string }[] = [
  {
    name: 'setuptools',
    module: 'setuptools',
    pyproject:
      '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "widget"\nversion = "1.0.0"\n'
  },
  {
    name: 'hatchling',
    module: 'hatchling',
    pyproject:
      '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "widget"\nversion = "1.0.0"\n'
  },
  {
    name: 'flit_core',
    module: 'flit_core',
    pyproject:
      '[build-system]\nrequires = ["flit_core"]\nbuild-backend = "flit_core.buildapi"\n\n[project]\nname = "widget"\nversion = "1.0.0"\ndescription = "w"\n'
  },
  {
    name: 'poetry-core',
    module: 'poetry.core',
    pyproject:
      '[build-system]\nrequires = ["poetry-core"]\nbuild-backend = "poetry.core.masonry.api"\n\n[tool.poetry]\nname = "widget"\nversion = "1.0.0"\ndescription = "w"\nauthors = ["A <a@example.com>"]\n'
  }
]

/** A project with a package and a script, committed. */
function project(pyproject: string): TestRepo {
  const repo = TestRepo.create()
  writeFileSync(join(repo.dir, 'pyproject.toml'), pyproject)
  mkdirSync(join(repo.dir, 'widget'))
  writeFileSync(join(repo.dir, 'widget', '__init__.py'), '"""A widget."""\n__version__ = "1.0.0"\n')
  writeFileSync(join(repo.dir, 'widget', 'run.sh'), '#!/bin/sh\necho run\n', { mode: 0o755 })
  writeFileSync(join(repo.dir, 'README.md'), 'widget\n')
  repo.git('add', '.')
  repo.commit('widget')
  return repo
}

function sha256s(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .map(
      f =>
        `${f} ${createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex')}`
    )
}

describe.each(BACKENDS)('$name', backend => {
  const available = (() => {
    try {
      execFileSync(PYTHON, ['-c', `import ${backend.module}`], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  })()

  it('is installed (scripts/services.sh installs it)', () => {
    expect({ backend: backend.name, available }).toEqual({ backend: backend.name, available: true })
  })

  it('builds the same sdist and wheel from two clones, another umask, a day apart', async () => {
    const repo = project(backend.pyproject)
    try {
      const outs: string[] = []
      for (const [i, umask] of ['022', '002'].entries()) {
        const clone = tempDir('dev-release-backend-')
        execFileSync('sh', ['-c', `umask ${umask} && git clone -q --no-local "$1" "$2"`, 'sh', repo.dir, clone])
        // The second clone's files are a day newer: nothing of the checkout's times may reach the archives.
        for (const file of ['pyproject.toml', 'README.md', 'widget/__init__.py'])
          utimesSync(join(clone, file), EPOCH + 86_400 * (i + 2), EPOCH + 86_400 * (i + 2))
        const out = tempDir('dev-release-backend-out-')
        const files = await new Python(PYTHON).build(
          { dir: clone, name: 'widget' },
          '1.0.0',
          out,
          ['--no-isolation'],
          EPOCH,
          120_000
        )
        expect(files.map(f => f.replace(out, '')).join()).toMatch(/\.tar\.gz.*\.whl|\.whl.*\.tar\.gz/)
        outs.push(out)
      }
      expect(sha256s(outs[1])).toEqual(sha256s(outs[0]))
      // The executable bit survives: 0755 for the script (where the backend ships it), 0644 for the rest.
      const listing = execFileSync(
        'tar',
        [
          '-tvzf',
          join(
            outs[0],
            readdirSync(outs[0]).find(f => f.endsWith('.tar.gz'))!
          )
        ],
        {
          encoding: 'utf8'
        }
      )
      expect(listing).toMatch(/^-rwxr-xr-x 0\/0 .*widget\/run\.sh$/m)
      expect(listing).toMatch(/^-rw-r--r-- 0\/0 .*pyproject\.toml$/m)
      expect(listing).not.toMatch(/rw-rw-/)
    } finally {
      repo.remove()
    }
  })
})
