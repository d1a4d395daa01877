// Why a Python build failed, from its own output: the error lines wherever they stand, and the staging folder that
// setuptools' flat-layout discovery took for a package.
import { buildFailureMessage, errorLines, flatLayoutAdvice } from '../src/plan/python-build-output.js'

describe('a failed Python build, in its own words', () => {
  it('keeps the error lines above the warnings the build printed last (vcs-versioning: a missing dependency)', () => {
    const stderr = [
      '* Getting build dependencies for sdist...',
      '',
      'ERROR Missing dependencies:',
      '\tpackaging>=26.2',
      '/usr/lib/python3/dist-packages/setuptools/config/_apply_pyprojecttoml.py:75: SetuptoolsWarning: `license` overwritten',
      '  warnings.warn(msg, SetuptoolsWarning)',
      'SetuptoolsDeprecationWarning: License classifiers are deprecated.',
      '!!'
    ].join('\n')
    const message = buildFailureMessage('The Python build of "/w"', 1, { stdout: '', stderr }, ['docker/pkg'])
    expect(message).toContain('Its errors:\n  ERROR Missing dependencies: packaging>=26.2\n')
    expect(message.startsWith('The Python build of "/w" failed (exit code 1).\nIts errors:')).toBe(true)
    expect(message).toMatch(/It ended with:\n.*SetuptoolsWarning.*\n.*\n.*SetuptoolsDeprecationWarning.*\n!!$/)
  })

  it('names the staging folder flat-layout discovery took, and the fix (keyring with docker/)', () => {
    const output = "error: Multiple top-level packages discovered in a flat-layout: ['docker', 'keyring'].\n"
    expect(flatLayoutAdvice(output, ['docker/pkg'])).toBe(
      `setuptools' automatic discovery takes docker/, which holds the Docker context the package is staged into, for a package of the project (it found docker, keyring). Name the project's own packages in pyproject.toml: [tool.setuptools.packages.find] include = ["keyring*"] (or exclude = ["docker*"]), or move the project into a src/ layout.`
    )
    expect(flatLayoutAdvice(output.replace('docker', 'tools2'), ['docker/pkg'])).toBeUndefined()
    expect(flatLayoutAdvice(output, ['./images/pkg'])).toBeUndefined()
    expect(
      flatLayoutAdvice("Multiple top-level packages discovered in a flat-layout: ['pkg', 'widget']", ['pkg'])
    ).toMatch(/takes pkg\/.*include = \["widget\*"\] \(or exclude = \["pkg\*"\]\)/)
  })

  it('quotes each error once, with the lines that continue it, and at most twelve', () => {
    expect(errorLines('error: a\nerror: a\nERROR b:\n  c\n  d\nwarning: error handling changed\nok')).toEqual([
      'error: a',
      'ERROR b: c d'
    ])
    expect(errorLines(Array.from({ length: 20 }, (_, i) => `error ${i}`).join('\n'))).toHaveLength(12)
  })
})
