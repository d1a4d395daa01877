// What a run leaves behind until it ends (its Docker config with the login, the
// builder it started, the files it staged), written to the runner's state as it
// is made, so that the post step removes whatever a killed main step left.
import * as runner from './runner.js'

/** staged: a built file copied into a pkg directory; staged-dir: a pkg directory staging made. */
export type Leftover = 'docker-config' | 'builder' | 'staged' | 'staged-dir'
const KINDS: Leftover[] = ['docker-config', 'builder', 'staged', 'staged-dir']

const held = new Map<Leftover, Set<string>>(KINDS.map(kind => [kind, new Set<string>()]))

function save(kind: Leftover): void {
  runner.saveState(`leftover-${kind}`, JSON.stringify([...held.get(kind)!]))
}

/** Note something made that the post step must remove if this run does not. */
export function remember(kind: Leftover, what: string): void {
  held.get(kind)!.add(what)
  save(kind)
}

/** This run removed it (or keeps it on purpose): the post step leaves it alone. */
export function forget(kind: Leftover, what: string): void {
  if (held.get(kind)!.delete(what)) save(kind)
}

/** What the main step left, as the post step reads it from the runner's state. */
export function leftovers(): Record<Leftover, string[]> {
  const read = (kind: Leftover) => {
    try {
      return JSON.parse(runner.getState(`leftover-${kind}`) || '[]') as string[]
    } catch {
      return []
    }
  }
  return {
    'docker-config': read('docker-config'),
    builder: read('builder'),
    staged: read('staged'),
    'staged-dir': read('staged-dir')
  }
}
