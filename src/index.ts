// Entry point of the bundled action (dist/index.js), for both of its steps:
// the main step, and the post step that removes what a killed main step left.
import * as core from './outside/runner.js'

if (core.getState('is-post') === 'true') {
  void import('./shell/post.js')
    .then(m => m.post())
    .catch(error => core.warning(`Cleaning up failed: ${(error as Error).message}`))
} else {
  core.saveState('is-post', 'true')
  void import('./shell/main.js').then(m => m.mainStep())
}
