// git's wildmatch patterns (git describe --match/--exclude), for tag names.

/** A literal text as a pattern that matches only itself. */
export function escapeGlob(text: string): string {
  return text.replace(/[\\*?[\]]/g, c => `\\${c}`)
}

/** Whether a tag matches a pattern as git describe matches it (`*` crosses `/` there). */
export function globMatches(pattern: string, text: string): boolean {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\' && i + 1 < pattern.length) source += escapeRegex(pattern[++i])
    else if (c === '*') source += '[\\s\\S]*'
    else if (c === '?') source += '[\\s\\S]'
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2)
      if (end < 0) {
        source += '\\['
        continue
      }
      let body = pattern.slice(i + 1, end)
      const negate = body.startsWith('!') || body.startsWith('^')
      if (negate) body = body.slice(1)
      source += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`
      i = end
    } else source += escapeRegex(c)
  }
  return new RegExp(`^${source}$`, 'u').test(text)
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
