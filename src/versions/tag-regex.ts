// setuptools_scm's tag_regex is a Python regular expression. It is translated
// into a JavaScript one that matches exactly the same tags, or refused: a
// construct whose meaning would differ is an error, never an approximation.

export interface TagRegex {
  /** The Python source, as configured. */
  source: string
  regex: RegExp
  /** Which group holds the version: the only group, else the one named `version`. */
  group: number | 'version'
  /** A literal prefix every matching tag starts with (`api-` for `^api-(?P<version>…)`), if any. */
  prefix: string
}

/** setuptools_scm's DEFAULT_TAG_REGEX. */
export const DEFAULT_TAG_REGEX = String.raw`^(?:[\w-]+-)?(?P<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$`

// Python's \w and \d are Unicode-aware on str patterns; JavaScript's are ASCII even with the u flag.
const WORD = String.raw`\p{L}\p{N}_`
const DIGIT = String.raw`\p{Nd}`
const SYNTAX = new Set([...'^$\\.*+?()[]{}|/-'])

/** Translate a Python pattern, or throw an Error saying which construct is not supported. */
export function compileTagRegex(source: string): TagRegex {
  let flags = 'u'
  let i = 0
  let out = ''
  let inClass = false
  const fail = (what: string): never => {
    throw new Error(`${what} (at position ${i} of ${JSON.stringify(source)}) has no exact JavaScript equivalent`)
  }
  // A leading (?i) is the one inline flag Python and JavaScript share the meaning of.
  const inline = /^\(\?([aiLmsux]+)\)/.exec(source)
  if (inline) {
    if (inline[1] !== 'i') fail(`the inline flag (?${inline[1]})`)
    flags += 'i'
    i = inline[0].length
  }
  while (i < source.length) {
    const c = source[i]
    if (c === '\\') {
      const next = source[i + 1]
      if (next === undefined) fail('a trailing backslash')
      i += 2
      if (next === 'd') out += inClass ? DIGIT : `[${DIGIT}]`
      else if (next === 'D') out += inClass ? fail('\\D inside a character class') : `[^${DIGIT}]`
      else if (next === 'w') out += inClass ? WORD : `[${WORD}]`
      else if (next === 'W') out += inClass ? fail('\\W inside a character class') : `[^${WORD}]`
      else if (
        next === 's' ||
        next === 'S' ||
        next === 'n' ||
        next === 't' ||
        next === 'r' ||
        next === 'f' ||
        next === 'v'
      )
        out += `\\${next}`
      else if (next === 'A') out += inClass ? fail('\\A inside a character class') : '^'
      else if (next === 'Z') out += inClass ? fail('\\Z inside a character class') : '$'
      else if (/[1-9]/.test(next) && !inClass) out += `\\${next}`
      else if (/[0-9a-zA-Z]/.test(next)) fail(`the escape \\${next}`)
      else out += SYNTAX.has(next) ? `\\${next}` : next
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
      if (c === '[') out += '\\['
      else out += c
      i++
      continue
    }
    if (c === '[') {
      inClass = true
      out += c
      i++
      // A ] right after [ or [^ is a literal in Python.
      if (source[i] === '^') {
        out += '^'
        i++
      }
      if (source[i] === ']') {
        out += '\\]'
        i++
      }
      continue
    }
    if (c === '(' && source[i + 1] === '?') {
      const rest = source.slice(i + 2)
      const named = /^P<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest)
      if (named) {
        out += `(?<${named[1]}>`
        i += 2 + named[0].length
      } else if (/^P=([A-Za-z_][A-Za-z0-9_]*)\)/.test(rest)) {
        const name = /^P=([A-Za-z_][A-Za-z0-9_]*)\)/.exec(rest)![1]
        out += `\\k<${name}>`
        i += 2 + name.length + 3
      } else if (/^(:|=|!|<=|<!)/.test(rest)) {
        const token = /^(:|=|!|<=|<!)/.exec(rest)![1]
        out += `(?${token}`
        i += 2 + token.length
      } else {
        fail(`the group (?${rest.slice(0, 2)}`)
      }
      continue
    }
    if (c === '{' && source[i + 1] === ',') {
      // Python's {,n} is {0,n}; JavaScript refuses it with the u flag.
      out += '{0,'
      i += 2
      continue
    }
    if ((c === '*' || c === '+' || c === '?' || c === '}') && source[i + 1] === '+') fail('a possessive quantifier')
    // Python's . stops only at \n; JavaScript's at \r, \u2028 and \u2029 too.
    out += c === '.' ? '[^\\n]' : c
    i++
  }
  if (inClass) fail('an unclosed character class')
  let regex: RegExp
  try {
    regex = new RegExp(`^(?:${out})`, flags)
  } catch (error) {
    throw new Error(`${JSON.stringify(source)} is not a valid regular expression here (${(error as Error).message})`, {
      cause: error
    })
  }
  const groups = new RegExp(`${regex.source}|`, flags).exec('')!.length - 1
  const named = /\(\?<version>/.test(out)
  if (groups === 0)
    throw new Error(
      `${JSON.stringify(source)} has no group; setuptools_scm takes the version from its only group or the group named "version"`
    )
  if (groups > 1 && !named)
    throw new Error(
      `${JSON.stringify(source)} has ${groups} groups and none named "version"; name the version's group (?P<version>…)`
    )
  return { source, regex, group: groups === 1 ? 1 : 'version', prefix: literalPrefix(source) }
}

/** The version part of a tag, as setuptools_scm's _parse_version_tag finds it (re.match: anchored at the start only). */
export function matchTag(tagRegex: TagRegex, tag: string): string | undefined {
  const m = tagRegex.regex.exec(tag)
  if (!m) return undefined
  const version = tagRegex.group === 'version' ? m.groups?.version : m[1]
  return version || undefined
}

/** The literal text a pattern demands at the start: `^api-(…)` → `api-`. */
function literalPrefix(source: string): string {
  const m = /^\^?((?:[A-Za-z0-9_\-/@]|\\[.\-_/@])*)(?=\(|$)/.exec(source)
  if (!m) return ''
  // A quantifier right after the literal would make its last character optional.
  return m[1].replace(/\\(.)/g, '$1')
}
