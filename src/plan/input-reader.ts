// One input read the way every input is: its text trimmed (a default where empty), a boolean, lines, a duration,
// or one of a few words; each problem written down, naming the input, with the default standing in meanwhile.
import { splitLines } from '../versions/words.js'

/** One input's raw text ('' when not given), as the runner passes it. */
export type InputReader = (name: string) => string

export interface Reader {
  /** The raw text, untrimmed (secrets, and inputs whose spacing counts). */
  get: InputReader
  text(name: string, fallback?: string): string
  bool(name: string, fallback: boolean): boolean
  lines(name: string): string[]
  /** A duration like 90s, 15m or 1h (a bare number is minutes), in milliseconds. */
  duration(name: string, fallback: string): number
  /** One of `words` (the first is the default); a wrong one is a problem, `advice` saying what each means. */
  oneOf<T extends string>(name: string, words: readonly T[], advice: string): T
  /** Every problem found so far. */
  problems: string[]
}

export function reader(get: InputReader): Reader {
  const problems: string[] = []
  const text = (name: string, fallback = '') => get(name).trim() || fallback
  return {
    get,
    problems,
    text,
    bool(name, fallback) {
      const raw = text(name)
      if (raw === '') return fallback
      if (/^(true|True|TRUE)$/.test(raw)) return true
      if (/^(false|False|FALSE)$/.test(raw)) return false
      problems.push(`Input "${name}" is "${raw}"; use true or false.`)
      return fallback
    },
    lines: name => splitLines(get(name)),
    duration(name, fallback) {
      const raw = text(name, fallback)
      const ms = parseDuration(raw)
      if (ms !== undefined) return ms
      problems.push(`Input "${name}" is "${raw}"; give a duration like 90s, 15m or 1h (a bare number is minutes).`)
      return parseDuration(fallback)!
    },
    oneOf(name, words, advice) {
      const raw = text(name, words[0])
      if ((words as readonly string[]).includes(raw)) return raw as (typeof words)[number]
      problems.push(`Input "${name}" is "${raw}"; use ${advice}.`)
      return words[0]
    }
  }
}

/** `90s`, `15m`, `1h`, or a bare number of minutes, in milliseconds; undefined when it is none. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(text.trim())
  if (!m || Number(m[1]) <= 0) return undefined
  return Math.round(Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 'm') as 's' | 'm' | 'h'])
}
