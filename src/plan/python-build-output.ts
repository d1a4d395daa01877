// Why a Python build failed, in the build's own words: the lines that say error, wherever they stand (the last lines
// are often warnings printed after the cause), and the known causes named with their fix. Pure.

/** The most lines of error quoted: a runaway build that prints thousands is in the log already. */
const MOST_ERROR_LINES = 12

/** The build's lines that say error, each with the indented lines that continue it (a list of missing dependencies). */
export function errorLines(output: string): string[] {
  const lines = output.split('\n').map(line => line.replace(/\s+$/, ''))
  const kept: string[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!/(^|\W)error\b/i.test(lines[i]) || /^\s*(warning|deprecat)/i.test(lines[i])) continue
    const record = [lines[i].trim()]
    while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]) && !/(^|\W)error\b/i.test(lines[i + 1]))
      record.push(lines[++i].trim())
    const text = record.join(' ')
    if (!kept.includes(text)) kept.push(text)
  }
  return kept.length > MOST_ERROR_LINES ? kept.slice(-MOST_ERROR_LINES) : kept
}

/**
 * setuptools' flat-layout discovery took a folder the action stages into (docker/ for docker/pkg) for a package of
 * its own: the fix, where that is what happened.
 */
export function flatLayoutAdvice(output: string, pkgDirs: string[]): string | undefined {
  const m = /Multiple top-level (?:packages|modules) discovered in a flat-layout: \[([^\]]*)\]/.exec(output)
  if (!m) return undefined
  const found = [...m[1].matchAll(/'([^']+)'/g)].map(x => x[1])
  const staging = [...new Set(pkgDirs.map(dir => dir.replace(/^\.\//, '').split('/')[0]))].filter(top =>
    found.includes(top)
  )
  if (!staging.length) return undefined
  const own = found.filter(name => !staging.includes(name))
  const folders = staging.map(top => `${top}/`).join(', ')
  return (
    `setuptools' automatic discovery takes ${folders}, which holds the Docker context the package is staged into, for a package of the project (it found ${found.join(', ')}). ` +
    `Name the project's own packages in pyproject.toml: [tool.setuptools.packages.find] include = [${(own.length ? own : ['your_package']).map(name => `"${name}*"`).join(', ')}] ` +
    `(or exclude = [${staging.map(top => `"${top}*"`).join(', ')}]), or move the project into a src/ layout.`
  )
}

/** A failed build's message: the error lines, the fix where the cause is known, and the last lines for context. */
export function buildFailureMessage(
  what: string,
  code: number,
  output: { stdout: string; stderr: string },
  pkgDirs: string[]
): string {
  const all = `${output.stdout}\n${output.stderr}`
  const errors = errorLines(output.stderr).concat(errorLines(output.stdout))
  const unique = errors.filter((line, i) => errors.indexOf(line) === i)
  const last = (output.stderr.trim() || output.stdout.trim()).split('\n').slice(-4).join('\n')
  const advice = flatLayoutAdvice(all, pkgDirs)
  const parts = [`${what} failed (exit code ${code}).`]
  if (advice) parts.push(advice)
  if (unique.length) parts.push(`Its errors:\n${unique.map(line => `  ${line}`).join('\n')}`)
  parts.push(`It ended with:\n${last}`)
  return parts.join('\n')
}
