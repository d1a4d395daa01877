/**
 * One check of a release read back: whether it holds, and the line that says what was found. `notCompared`: there
 * was nothing to compare (it fails nothing, and is not counted as held either).
 */
export interface Check {
  ok: boolean
  line: string
  notCompared?: boolean
}
