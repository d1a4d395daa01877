// A Docker credential store for tests, speaking the credential helpers' protocol
// (docker-credential-<name> store|get|erase|list, JSON on standard input and
// output) over a JSON file, and logging every call: pass, secretservice or a
// keychain cannot run here.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tempDir } from './repo.js'

const HELPER = `#!/usr/bin/python3
import json, os, sys
store, log = os.environ["TEST_STORE_FILE"], os.environ["TEST_STORE_LOG"]
data = json.load(open(store)) if os.path.exists(store) else {}
action = sys.argv[1]
request = sys.stdin.read()
open(log, "a").write(action + "\\n")
if action == "store":
    entry = json.loads(request)
    data[entry["ServerURL"]] = {"Username": entry["Username"], "Secret": entry["Secret"]}
elif action == "get":
    server = request.strip()
    if server not in data:
        print("credentials not found in native keychain")
        sys.exit(1)
    print(json.dumps({"ServerURL": server, **data[server]}))
elif action == "erase":
    data.pop(request.strip(), None)
elif action == "list":
    print(json.dumps({server: entry["Username"] for server, entry in data.items()}))
json.dump(data, open(store, "w"))
`

export class CredentialStore {
  readonly dir = tempDir('dev-release-credstore-')
  readonly file = join(this.dir, 'store.json')
  readonly log = join(this.dir, 'calls.log')
  /** A DOCKER_CONFIG directory whose config.json names this store. */
  readonly dockerConfig = join(this.dir, 'docker')

  constructor(readonly name = 'teststore') {
    writeFileSync(join(this.dir, `docker-credential-${name}`), HELPER)
    chmodSync(join(this.dir, `docker-credential-${name}`), 0o755)
    mkdirSync(this.dockerConfig)
    writeFileSync(join(this.dockerConfig, 'config.json'), JSON.stringify({ credsStore: name }))
  }

  /** What the action's environment needs: the helper on PATH, the config, and the store's files. */
  env(path: string): Record<string, string> {
    return {
      PATH: `${this.dir}:${path}`,
      DOCKER_CONFIG: this.dockerConfig,
      TEST_STORE_FILE: this.file,
      TEST_STORE_LOG: this.log
    }
  }

  put(server: string, username: string, secret: string): void {
    writeFileSync(this.file, JSON.stringify({ ...this.entries(), [server]: { Username: username, Secret: secret } }))
  }

  entries(): Record<string, { Username: string; Secret: string }> {
    return existsSync(this.file) ? JSON.parse(readFileSync(this.file, 'utf8')) : {}
  }

  calls(): string[] {
    return existsSync(this.log) ? readFileSync(this.log, 'utf8').split('\n').filter(Boolean) : []
  }
}
