// Shims that record the argument list of every docker, git and python process
// the action starts, then run the real program: the secrets test searches them.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tempDir } from './repo.js'

export interface Shims {
  dir: string
  python: string
  /** Every recorded command line. */
  commands(): string[]
  /** Every recorded command line with the environment it ran in. */
  environments(): { command: string; env: string }[]
}

export function recordingShims(python = '/usr/bin/python3'): Shims {
  const dir = tempDir('dev-release-shims-')
  const log = join(dir, 'argv.log')
  const envLog = join(dir, 'env.log')
  const shim = (name: string, real: string) => {
    const path = join(dir, name)
    writeFileSync(
      path,
      `#!/bin/sh\nprintf '%s\\0' "${name} $*" >> '${log}'\n{ printf '%s\\n' "${name} $*"; env; printf '\\0'; } >> '${envLog}'\nexec '${real}' "$@"\n`
    )
    chmodSync(path, 0o755)
    return path
  }
  for (const program of ['docker', 'git']) {
    shim(program, execFileSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).trim())
  }
  return {
    dir,
    python: shim('python3', python),
    commands: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\0').filter(Boolean) : []),
    environments: () =>
      existsSync(envLog)
        ? readFileSync(envLog, 'utf8')
            .split('\0')
            .filter(Boolean)
            .map(entry => ({ command: entry.slice(0, entry.indexOf('\n')), env: entry.slice(entry.indexOf('\n') + 1) }))
        : []
  }
}
