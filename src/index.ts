// Entry point of the bundled action (dist/index.js), for both of its steps:
// the main step, and the post step that removes what a killed main step left.
import * as runner from './outside/runner.js'

if (runner.getState('is-post') === 'true') {
  void import('./shell/post.js')
    .then(m => m.post())
    .catch(error => runner.warning(`Cleaning up failed: ${(error as Error).message}`))
} else {
  runner.saveState('is-post', 'true')
  void import('./shell/main.js').then(m => m.mainStep())
}
