// Bounded retries for transient faults (a registry or index that is down or
// answering 5xx): a few attempts, well under a minute in all.

export const RETRY_DELAYS_MS = [3000, 9000]

export class PermanentError extends Error {}

/** An error not worth another try: a PermanentError, or one that says so (a stalled or stopped program). */
export function isPermanent(error: unknown): boolean {
  return error instanceof PermanentError || (error as { permanent?: boolean } | undefined)?.permanent === true
}

/**
 * Run `attempt` until it succeeds, it throws a PermanentError, or the delays run out.
 * `log` tells the user about each retry.
 */
export async function withRetries<T>(
  what: string,
  attempt: () => Promise<T>,
  log: (message: string) => void,
  delays: number[] = RETRY_DELAYS_MS
): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt()
    } catch (error) {
      if (isPermanent(error) || i >= delays.length) throw error
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
      log(`${what} failed (${reason}); attempt ${i + 2} of ${delays.length + 1} in ${delays[i] / 1000} s.`)
      await new Promise(resolve => setTimeout(resolve, delays[i]))
    }
  }
}

/** Output of a registry or index client that says the other side refused the credentials. */
export function isAuthFailure(output: string): boolean {
  return /\b(401|403)\b|unauthorized|authentication required|denied|forbidden|incorrect username or password/i.test(
    output
  )
}
