// The image a Dockerfile's built stage starts from, for one target platform: the read-back skips the layers an image
// shares with it, byte for byte, instead of downloading a Python base's hundreds of MB on every release. Read as
// BuildKit reads it (parser directives, line continuations, heredocs, global ARGs and build args, stage names); any
// part it cannot resolve the same way (a variable without a value, a pattern substitution, another platform) gives
// no base, and every layer is read.

export interface DockerfileBuild {
  /** The stage built (--target); '' for the last. */
  target: string
  /** NAME=value pairs; a NAME alone takes its value from the environment, which is not known here. */
  buildArgs: string[]
  /** The platform the image is built for: os/arch[/variant]. */
  platform: string
}

/** The built stage's base: an image reference, or scratch (no layers of anyone else's). */
export type StageBase = { image: string } | 'scratch'

interface Instruction {
  keyword: string
  rest: string
}

/** The base the built stage starts from, or undefined where it cannot be told for certain. */
export function stageBase(dockerfile: string, build: DockerfileBuild): StageBase | undefined {
  const instructions = parseInstructions(dockerfile)
  const given = new Map<string, string | undefined>()
  for (const arg of build.buildArgs) {
    const at = arg.indexOf('=')
    given.set(at < 0 ? arg : arg.slice(0, at), at < 0 ? undefined : arg.slice(at + 1))
  }
  // FROM sees the global ARGs (those before the first FROM) and BuildKit's target platform arguments.
  const [os, arch, variant] = build.platform.split('/')
  const scope = new Map<string, string | undefined>([
    ['TARGETPLATFORM', build.platform],
    ['TARGETOS', os],
    ['TARGETARCH', arch],
    ['TARGETVARIANT', variant ?? ''],
    // The build machine's: not known to a read-back, which may run elsewhere.
    ['BUILDPLATFORM', undefined],
    ['BUILDOS', undefined],
    ['BUILDARCH', undefined],
    ['BUILDVARIANT', undefined]
  ])
  const stages: { name?: string; image: string; platformFlag?: string }[] = []
  for (const { keyword, rest } of instructions) {
    if (keyword === 'ARG' && !stages.length) {
      for (const [name, value] of argDeclarations(rest)) {
        // A build arg given as NAME alone takes the environment's value, which is not known here; an ARG with
        // neither a default nor a build arg is empty.
        if (given.has(name)) scope.set(name, given.get(name))
        else scope.set(name, value === undefined ? '' : expand(value, scope))
      }
    } else if (keyword === 'FROM') {
      const words = rest.split(/\s+/).filter(Boolean)
      let platformFlag: string | undefined
      while (words[0]?.startsWith('--')) {
        const flag = words.shift()!
        if (flag.startsWith('--platform=')) platformFlag = flag.slice('--platform='.length)
      }
      const [image, as, name] = words
      if (!image) return undefined
      stages.push({
        image,
        platformFlag,
        name: as?.toLowerCase() === 'as' && name ? name.toLowerCase() : undefined
      })
    }
  }
  let stage = build.target ? stages.find(s => s.name === build.target.toLowerCase()) : stages[stages.length - 1]
  for (let hops = 0; stage; hops++) {
    if (hops > stages.length) return undefined
    if (stage.platformFlag !== undefined) {
      // A stage pinned to a platform starts from that platform's image: the target's only where it names it.
      const pinned = expand(stage.platformFlag, scope)
      if (pinned !== build.platform) return undefined
    }
    const image = expand(stage.image, scope)
    if (image === undefined) return undefined
    const earlier = stages.slice(0, stages.indexOf(stage)).find(s => s.name === image.toLowerCase())
    if (earlier) {
      stage = earlier
      continue
    }
    return image.toLowerCase() === 'scratch' ? 'scratch' : { image }
  }
  return undefined
}

/** The instructions, joined across continuation lines, without comments, parser directives or heredoc bodies. */
function parseInstructions(text: string): Instruction[] {
  const lines = text.split(/\r?\n/)
  let escape = '\\'
  // Parser directives: comments of the form `# name=value` at the very top.
  let at = 0
  for (; at < lines.length; at++) {
    const directive = /^\s*#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(lines[at])
    if (!directive) break
    if (directive[1].toLowerCase() === 'escape' && (directive[2] === '`' || directive[2] === '\\'))
      escape = directive[2]
  }
  const instructions: Instruction[] = []
  let current = ''
  const heredocs: { word: string; strip: boolean }[] = []
  for (; at < lines.length; at++) {
    const line = lines[at]
    if (heredocs.length) {
      const end = heredocs[0].strip ? line.replace(/^\t+/, '') : line
      if (end === heredocs[0].word) heredocs.shift()
      continue
    }
    if (!current && /^\s*(#|$)/.test(line)) continue
    if (current && /^\s*#/.test(line)) continue
    const trimmed = line.replace(/\s+$/, '')
    if (trimmed.endsWith(escape) && !trimmed.endsWith(escape + escape)) {
      current += trimmed.slice(0, -1)
      continue
    }
    current += trimmed
    const match = /^\s*(\S+)\s*(.*)$/.exec(current)
    current = ''
    if (!match) continue
    const keyword = match[1].toUpperCase()
    instructions.push({ keyword, rest: match[2] })
    if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD')
      for (const doc of match[2].matchAll(/<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g))
        heredocs.push({ word: doc[3], strip: doc[1] === '-' })
  }
  return instructions
}

/** `ARG a=1 b="two" c`: each name with its default (undefined: none). */
function argDeclarations(rest: string): [string, string | undefined][] {
  const declared: [string, string | undefined][] = []
  for (const word of rest.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? []) {
    const at = word.indexOf('=')
    const name = at < 0 ? word : word.slice(0, at)
    const value = at < 0 ? undefined : word.slice(at + 1).replace(/^"(.*)"$|^'(.*)'$/s, '$1$2')
    declared.push([name, value])
  }
  return declared
}

/**
 * `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`, `${NAME+word}` as BuildKit expands them in
 * FROM; undefined where a variable has no known value, or a form the read-back does not follow is used.
 */
function expand(text: string, scope: Map<string, string | undefined>): string | undefined {
  let unknown = false
  const value = (name: string): string | undefined => {
    if (!scope.has(name)) return ''
    const v = scope.get(name)
    if (v === undefined) unknown = true
    return v
  }
  const out = text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*)|(\{[^}]*\}))/g,
    (_all, braced: string, colon: string, op: string, word: string, bare: string, other: string) => {
      if (other !== undefined) {
        unknown = true
        return ''
      }
      const name = braced ?? bare
      if (!op) return value(name) ?? ''
      const set = scope.has(name)
      if (set && scope.get(name) === undefined) {
        unknown = true
        return ''
      }
      const current = scope.get(name) ?? ''
      const present = colon ? set && current !== '' : set
      // The word is expanded in turn: ${VARIANT:+-$VARIANT}.
      const expanded = () => {
        const w = expand(word, scope)
        if (w === undefined) unknown = true
        return w ?? ''
      }
      if (op === '-') return present ? current : expanded()
      return present ? expanded() : ''
    }
  )
  return unknown ? undefined : out
}
