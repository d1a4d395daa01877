// Checks of the inputs against the work tree and the machine, made before
// anything is built, logged in to or uploaded.
import { existsSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import type { Inputs } from '../plan/inputs.js'
import { findProject } from '../outside/project-files.js'

function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory()
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile()
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/** The path with every symbolic link resolved, also where its last parts do not exist yet. */
function realPath(path: string): string {
  const missing: string[] = []
  let existing = path
  while (!existsSync(existing)) {
    missing.unshift(basename(existing))
    const parent = dirname(existing)
    if (parent === existing) break
    existing = parent
  }
  return join(realpathSync(existing), ...missing)
}

/** Where the Dockerfile is looked for when neither dockerfile nor context is given, in this order. */
export const DOCKERFILE_PLACES = [
  { context: 'docker', dockerfile: 'docker/Dockerfile', where: 'docker/' },
  { context: '.', dockerfile: 'Dockerfile', where: 'the repository root' }
]

/**
 * The Dockerfile where the project keeps it: given (dockerfile, context, images), or looked for in docker/ and then at
 * the repository root. Found at the root, the context is the root and the package is staged into pkg/. Found nowhere,
 * the release is the package's alone (with a notice), unless an image was asked for: then that is a problem, which
 * names both places and the inputs that set the path.
 */
export function locateDockerfile(
  inputs: Inputs,
  workspace: string
): { inputs: Inputs; notice?: string; problem?: string } {
  const search = inputs.dockerfileSearch
  if (!inputs.publishDocker || !search) return { inputs }
  const found = DOCKERFILE_PLACES.find(place => isFile(resolve(workspace, place.dockerfile)))
  if (found) {
    const pkgDirs = search.pkgDirGiven ? inputs.pkgDirs : [found.context === '.' ? 'pkg' : `${found.context}/pkg`]
    const from = `found in ${found.where}${found.context === '.' ? ' (there is no docker/Dockerfile)' : ''}`
    return {
      inputs: { ...inputs, context: found.context, dockerfile: found.dockerfile, pkgDirs, dockerfileFrom: from }
    }
  }
  const places = DOCKERFILE_PLACES.map(place => place.dockerfile).join(' and ')
  if (search.asked)
    return {
      inputs,
      problem: `An image is asked for (${inputs.image}), but there is no Dockerfile at ${places}; add one, or give its path with the inputs file and context (or images), or set publish-docker: false to release the package alone.`
    }
  return {
    inputs: { ...inputs, publishDocker: false },
    notice: `No Dockerfile at ${places}: releasing the Python package only (give file and context where it is, or image or publish-docker: true to make a missing Dockerfile an error).`
  }
}

/** Every problem with paths and the interpreter, as sentences that name the input and the fix. */
export async function preflight(inputs: Inputs, workspace: string): Promise<string[]> {
  const problems: string[] = []
  const at = (path: string) => resolve(workspace, path)

  const projectDir = at(inputs.pythonProject)
  if (!isDir(projectDir)) {
    problems.push(
      `Input "python-project": directory "${inputs.pythonProject}" does not exist in the workspace; give the directory that holds pyproject.toml or setup.py.`
    )
  }
  if (inputs.publishDocker) {
    for (const more of inputs.moreImages) {
      if (!isDir(at(more.context)))
        problems.push(`Input "images": context "${more.context}" of ${more.image} does not exist in the workspace.`)
      if (!isFile(at(more.dockerfile)))
        problems.push(
          `Input "images": dockerfile "${more.dockerfile}" of ${more.image} does not exist in the workspace.`
        )
    }
    // A Dockerfile that was looked for is there, or locateDockerfile said where it looked.
    if (!inputs.dockerfileSearch && !isDir(at(inputs.context))) {
      problems.push(
        `Input "context": directory "${inputs.context}" does not exist in the workspace; give the Docker build context (default: docker).`
      )
    }
    if (!inputs.dockerfileSearch && !isFile(at(inputs.dockerfile))) {
      problems.push(
        `Input "file": "${inputs.dockerfile}" does not exist in the workspace; give the Dockerfile's path (default: <context>/Dockerfile).`
      )
    }
    for (const dir of inputs.pkgDirs) {
      if (!inside(workspace, at(dir))) {
        problems.push(
          `Input "pkg-dir": "${dir}" is outside the workspace; give a directory inside the Docker context, like docker/pkg.`
        )
      } else if (!inside(realPath(workspace), realPath(at(dir)))) {
        // Staging deletes old *.whl and *.tar.gz there: never through a link to somewhere else.
        problems.push(
          `Input "pkg-dir": "${dir}" leads through a symbolic link to ${realPath(at(dir))}, outside the workspace; give a real directory inside the Docker context.`
        )
      }
    }
  }
  const buildsPython = (inputs.publishPypi || inputs.publishDocker) && isDir(projectDir) && findProject(projectDir)
  // Loaded here, not at start-up: the plan path loads no publishing module (ARCHITECTURE.md).
  const { Python } = buildsPython ? await import('../outside/python.js') : { Python: undefined }
  if (Python && !(await new Python(inputs.python).exists())) {
    problems.push(
      `Input "python": the interpreter "${inputs.python}" was not found or does not run; give a Python 3 on the PATH or its full path.`
    )
  }
  return problems
}
