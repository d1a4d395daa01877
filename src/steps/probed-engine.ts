// The engine's read-only answers (the current builder, buildx's version, the image store, Docker's version), asked
// all at once as soon as the engine is opened, and kept: the executor opens it once Python has built, so that a
// builder's bootstrap and four docker round trips overlap each other and the index read and staging instead of
// following one another. Nothing is written and no one logs in meanwhile. An answer that failed fails where it is
// awaited.
import type { ImageEngine } from './effects.js'

export function probedEngine(engine: ImageEngine): ImageEngine {
  const ask = <T>(question: () => Promise<T>): Promise<T> => {
    const answer = question()
    answer.catch(() => undefined) // awaited, and so reported, by the step that needs it
    return answer
  }
  let builder = ask(() => engine.inspectBuilder())
  let buildx = ask(() => engine.buildxVersion())
  const store = ask(() => engine.hasContainerdStore())
  const version = ask(() => engine.serverVersion())
  return {
    configDir: engine.configDir,
    inspectBuilder: name => (name ? engine.inspectBuilder(name) : builder),
    installBuildx: async () => {
      await engine.installBuildx()
      // A new buildx: the builder and the version are asked again.
      builder = ask(() => engine.inspectBuilder())
      buildx = ask(() => engine.buildxVersion())
    },
    buildxVersion: () => buildx,
    hasContainerdStore: () => store,
    serverVersion: () => version,
    login: (registry, username, password) => engine.login(registry, username, password),
    bootstrapContainerBuilder: image => engine.bootstrapContainerBuilder(image),
    registerQemu: (platforms, image) => engine.registerQemu(platforms, image),
    buildAndPush: options => engine.buildAndPush(options),
    createManifestList: (tags, sources, annotations) => engine.createManifestList(tags, sources, annotations),
    inspectImage: ref => engine.inspectImage(ref),
    dispose: () => engine.dispose()
  }
}
