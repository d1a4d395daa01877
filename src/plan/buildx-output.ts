// Why a buildx run failed, read from its last error line, not from anything a
// build step printed: a RUN step that prints "401" or "timed out", or a log
// timestamp like "#7 0.503", says nothing about the registry.

export type FailureKind =
  /** A step of the Dockerfile failed, or the Dockerfile is wrong: another try fails the same way. */
  | 'build'
  /** The registry refused the credentials or the access. */
  | 'auth'
  /** The registry (or the way to it) failed for a moment: worth another try. */
  | 'transient'
  /** Anything else: not tried again. */
  | 'other'

export interface BuildxFailure {
  kind: FailureKind
  /** buildx's own final error line. */
  line: string
}

const AUTH =
  /\b(401|403)\b|unauthorized|insufficient_scope|authorization failed|failed to authorize|access (to the resource is )?denied|denied: |forbidden/i
const TRANSIENT =
  /\b5\d\d\b|connection refused|connection reset|i\/o timeout|TLS handshake timeout|unexpected EOF|no such host|server misbehaving|context deadline exceeded|Service Unavailable|Bad Gateway|Gateway Timeout|Internal Server Error/i

/** buildx's last error line: the last `ERROR:` line, else the last line. */
export function finalErrorLine(output: string): string {
  const lines = output
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean)
  return [...lines].reverse().find(l => /^ERROR:/.test(l)) ?? lines[lines.length - 1] ?? ''
}

export function classifyBuildxFailure(output: string): BuildxFailure {
  const line = finalErrorLine(output)
  if (
    /did not complete successfully|dockerfile parse error|failed to (parse|read) dockerfile|failed to compute cache key|not found$/i.test(
      line
    ) &&
    !/failed to push/i.test(line)
  ) {
    return { kind: 'build', line }
  }
  if (AUTH.test(line)) return { kind: 'auth', line }
  if (TRANSIENT.test(line)) return { kind: 'transient', line }
  return { kind: 'other', line }
}
