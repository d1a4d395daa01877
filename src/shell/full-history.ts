// Versions need the whole history and every tag: a shallow clone is fetched in full from origin first.
import type { Git } from '../outside/git.js'

export class HistoryError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'HistoryError'
  }
}

/**
 * A version computed from a shallow clone is wrong, so fetch everything first.
 * `log` tells the user what is happening.
 */
export async function ensureFullHistory(git: Git, log: (message: string) => void): Promise<void> {
  const state = await git.shallowness()
  if (state === 'not-a-repository') {
    throw new HistoryError(
      `${git.cwd} is not a git repository. Check out the repository first (actions/checkout with fetch-depth: 0).`
    )
  }
  if (state === 'full') return
  log('The repository is a shallow clone: fetching its full history and tags from origin.')
  try {
    await git.unshallow()
  } catch (error) {
    throw new HistoryError(
      `The repository is a shallow clone and fetching its history failed (${(error as Error).message.split('\n')[0]}). ` +
        'Versions need the full history and tags: set fetch-depth: 0 on actions/checkout.'
    )
  }
  if ((await git.shallowness()) === 'shallow') {
    throw new HistoryError('The repository is still shallow after fetching. Set fetch-depth: 0 on actions/checkout.')
  }
}
