/** One check of a release read back: whether it holds, and the line that says what was found. */
export interface Check {
  ok: boolean
  line: string
}
