// What a setup.py says about versions, read as text, never run: the literal passed as `use_scm_version=` and a
// literal `version=`. Python literals (strings, numbers, True/False/None, lists, tuples, dicts, `dict(k=v)`) are
// read as values; anything else (a lambda, a name, a call) is kept as its source text, so that the caller can
// refuse exactly the keys whose value is code. Pure.

/** A value as Python writes it: a literal, or code the action cannot evaluate. */
export type PyValue = string | number | boolean | null | PyValue[] | { [key: string]: PyValue } | PyCode

/** An expression that is not a literal, as written (`lambda v: ''`, `get_version()`). */
export interface PyCode {
  code: string
}

export function isCode(value: PyValue): value is PyCode {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof value.code === 'string'
}

export type UseScmVersion =
  | { kind: 'absent' }
  /** `use_scm_version=True`: setuptools_scm with the project's pyproject settings. */
  | { kind: 'on' }
  | { kind: 'off' }
  /** A literal dict: its keys and values (a value may be code). */
  | { kind: 'settings'; settings: Record<string, PyValue> }
  /** Built in code (`use_scm_version=config()`), which only running setup.py could tell. */
  | { kind: 'code'; code: string }

/** The `use_scm_version=` argument of setup.py, read from its text. */
export function readUseScmVersion(text: string): UseScmVersion {
  const value = keywordArgument(text, 'use_scm_version')
  if (value === undefined) return { kind: 'absent' }
  if (value === true) return { kind: 'on' }
  if (value === false || value === null) return { kind: 'off' }
  if (isCode(value)) return { kind: 'code', code: value.code }
  if (typeof value === 'object' && !Array.isArray(value)) return { kind: 'settings', settings: value }
  return { kind: 'code', code: JSON.stringify(value) }
}

/** A literal `version='1.2.3'` passed to setup(), when setup.py fixes its version in the file. */
export function setupPyVersion(text: string): string | undefined {
  const value = keywordArgument(text, 'version')
  return typeof value === 'string' ? value : undefined
}

/**
 * The setup.py last read, without its comments, and the arguments found in it: a run asks for use_scm_version from
 * two places (the version's settings, the version the files fix), and parses the file once.
 */
let last: { text: string; source: string; found: Map<string, PyValue | undefined> } | undefined

/** The value of the first keyword argument `name=` in the text (not `==`, not part of a longer name). */
function keywordArgument(text: string, name: string): PyValue | undefined {
  if (last?.text !== text) last = { text, source: stripComments(text), found: new Map() }
  if (!last.found.has(name)) last.found.set(name, firstArgument(last.source, name))
  return last.found.get(name)
}

function firstArgument(source: string, name: string): PyValue | undefined {
  const pattern = new RegExp(`(?<![\\w.])${name}\\s*=(?!=)`, 'g')
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    // Only as an argument: after `(` or `,` (a plain assignment `version = "1.0"` is not what setup() gets).
    const before = source.slice(0, m.index).trimEnd()
    if (!before.endsWith('(') && !before.endsWith(',')) continue
    const reader = new Reader(source, m.index + m[0].length)
    return reader.expression()
  }
  return undefined
}

/** Comments removed, string literals kept as they are. */
function stripComments(text: string): string {
  let out = ''
  for (let i = 0; i < text.length;) {
    const c = text[i]
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++
    } else if (c === '"' || c === "'") {
      const end = stringEnd(text, i)
      out += text.slice(i, end)
      i = end
    } else {
      out += c
      i++
    }
  }
  return out
}

/** Where the string literal starting at `i` (its opening quote) ends. */
function stringEnd(text: string, i: number): number {
  const quote = text.startsWith(text[i].repeat(3), i) ? text[i].repeat(3) : text[i]
  let j = i + quote.length
  while (j < text.length && !text.startsWith(quote, j)) j += text[j] === '\\' ? 2 : 1
  return Math.min(j + quote.length, text.length)
}

const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

class Reader {
  constructor(
    private readonly text: string,
    private pos: number
  ) {}

  /** One expression up to the next `,` or closing bracket at this level. */
  expression(): PyValue {
    const start = this.skipSpace()
    const literal = this.literal()
    const end = this.pos
    this.skipSpace()
    if (literal !== undefined && this.atEnd()) return literal
    // Not (only) a literal: take the whole expression as code.
    this.pos = literal === undefined ? start : end
    this.skipExpression()
    return { code: this.text.slice(start, this.pos).trim() }
  }

  private literal(): PyValue | undefined {
    const rest = this.text.slice(this.pos)
    const str = /^([rRuU]?)(['"])/.exec(rest)
    if (str) return this.strings()
    const num = /^-?\d+(\.\d+)?(?![\w.])/.exec(rest)
    if (num) {
      this.pos += num[0].length
      return Number(num[0])
    }
    const word = /^(True|False|None)(?!\w)/.exec(rest)
    if (word) {
      this.pos += word[0].length
      return word[1] === 'True' ? true : word[1] === 'False' ? false : null
    }
    if (rest.startsWith('{')) return this.dict()
    if (rest.startsWith('[') || rest.startsWith('(')) return this.sequence()
    if (/^dict\s*\(/.test(rest)) return this.dictCall()
    return undefined
  }

  /** Adjacent string literals, joined as Python joins them. */
  private strings(): string | undefined {
    let value = ''
    for (;;) {
      const m = /^([rRuU]?)(['"])/.exec(this.text.slice(this.pos))
      if (!m) return value
      const raw = m[1].toLowerCase() === 'r'
      const open = this.pos + m[1].length
      const end = stringEnd(this.text, open)
      const quote = this.text.startsWith(this.text[open].repeat(3), open) ? 3 : 1
      const body = this.text.slice(open + quote, end - quote)
      value += raw ? body : unescape(body)
      this.pos = end
      const save = this.pos
      this.skipSpace()
      if (!/^[rRuU]?['"]/.test(this.text.slice(this.pos))) {
        this.pos = save
        return value
      }
    }
  }

  private dict(): PyValue | undefined {
    this.pos++ // {
    const out: Record<string, PyValue> = {}
    for (;;) {
      this.skipSpace()
      if (this.text[this.pos] === '}') {
        this.pos++
        return out
      }
      const key = this.literal()
      this.skipSpace()
      if (typeof key !== 'string' || this.text[this.pos] !== ':') return undefined
      this.pos++
      out[key] = this.expression()
      if (!this.separator('}')) return undefined
    }
  }

  private dictCall(): PyValue | undefined {
    this.pos = this.text.indexOf('(', this.pos) + 1
    const out: Record<string, PyValue> = {}
    for (;;) {
      this.skipSpace()
      if (this.text[this.pos] === ')') {
        this.pos++
        return out
      }
      const key = /^([A-Za-z_]\w*)\s*=(?!=)/.exec(this.text.slice(this.pos))
      if (!key) return undefined
      this.pos += key[0].length
      out[key[1]] = this.expression()
      if (!this.separator(')')) return undefined
    }
  }

  private sequence(): PyValue | undefined {
    const close = CLOSERS[this.text[this.pos]]
    this.pos++
    const out: PyValue[] = []
    for (;;) {
      this.skipSpace()
      if (this.text[this.pos] === close) {
        this.pos++
        return out
      }
      out.push(this.expression())
      if (!this.separator(close)) return undefined
    }
  }

  /** After an item: `,` (then maybe the closer) or the closer; false where neither stands. */
  private separator(close: string): boolean {
    this.skipSpace()
    if (this.text[this.pos] === ',') {
      this.pos++
      return true
    }
    return this.text[this.pos] === close
  }

  /** Past everything up to a `,` or a closing bracket at this level. */
  private skipExpression(): void {
    let depth = 0
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]
      if (c === '"' || c === "'") {
        this.pos = stringEnd(this.text, this.pos)
        continue
      }
      if (c in CLOSERS) depth++
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) return
        depth--
      } else if (c === ',' && depth === 0) return
      this.pos++
    }
  }

  private atEnd(): boolean {
    const c = this.text[this.pos]
    return c === undefined || c === ',' || c === ')' || c === ']' || c === '}'
  }

  private skipSpace(): number {
    while (this.pos < this.text.length && /\s|\\/.test(this.text[this.pos])) this.pos++
    return this.pos
  }
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', "'": "'", '"': '"' }

function unescape(body: string): string {
  return body.replace(/\\(.)/gs, (all, c: string) => ESCAPES[c] ?? (c === '\n' ? '' : all))
}
