// The Docker engines and buildx versions the tests release through, all started or unpacked by scripts/services.sh:
// the default engine (Docker 26, containerd image store) with trixie's buildx 0.13; a second Docker 26 with the
// classic image store; Docker 28 with the classic store, as GitHub's ubuntu-24.04 runners have it; and unstable's
// buildx 0.29 (the runners' line) in a DOCKER_CONFIG of its own.
import { join } from 'node:path'

const STATE = process.env.DEV_RELEASE_STATE ?? '/var/lib/dev-release'

/** Docker 26 with the classic image store. */
export const CLASSIC = `unix://${STATE}/classic/docker.sock`
/** Docker 28 with the classic image store: the runner's engine. */
export const DOCKER28 = `unix://${STATE}/docker28/docker.sock`
/** The DOCKER_CONFIG whose cli-plugins hold buildx 0.29. */
export const NEW_BUILDX = join(STATE, 'buildx-new')

/** The classic-store setups a case runs on: this machine's Docker 26, and the runner's Docker 28 with buildx 0.29. */
export const CLASSIC_ENGINES: [string, Record<string, string>][] = [
  ['Docker 26', { DOCKER_HOST: CLASSIC }],
  ["Docker 28 with buildx 0.29 (the runner's)", { DOCKER_HOST: DOCKER28, DOCKER_CONFIG: NEW_BUILDX }]
]
