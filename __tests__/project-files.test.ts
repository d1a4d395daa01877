import { findProject } from '../src/outside/project-files.js'
import { pinnedVersionEnv } from '../src/outside/python.js'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tempDir } from './support/repo.js'

describe('the Python project and its build pins', () => {
  it('reads the distribution name from [project], not from other tables', () => {
    const dir = tempDir()
    writeFileSync(
      join(dir, 'pyproject.toml'),
      '[tool.x]\nname = "nope"\n\n[project]\ndescription = "d"\nname = "My.Widget_lib"\n[tool.y]\nname = "no"\n'
    )
    expect(findProject(dir)).toEqual({ dir, name: 'My.Widget_lib' })
  })

  it('finds setup.py projects, and nothing where there is no project', () => {
    const dir = tempDir()
    expect(findProject(dir)).toBeUndefined()
    writeFileSync(join(dir, 'setup.py'), 'from setuptools import setup\nsetup()\n')
    expect(findProject(dir)).toEqual({ dir })
  })

  it('pins the version for every common backend', () => {
    expect(pinnedVersionEnv('1.2.4.dev2', 'My.Widget_lib')).toEqual({
      SETUPTOOLS_SCM_PRETEND_VERSION: '1.2.4.dev2',
      SETUPTOOLS_SCM_PRETEND_VERSION_FOR_MY_WIDGET_LIB: '1.2.4.dev2',
      PDM_BUILD_SCM_VERSION: '1.2.4.dev2',
      POETRY_DYNAMIC_VERSIONING_BYPASS: '1.2.4.dev2'
    })
  })
})
