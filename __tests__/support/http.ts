// Starting and stopping the tests' own HTTP servers on loopback.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** Listen on a free loopback port; returns `127.0.0.1:<port>`. */
export async function listen(server: Server): Promise<string> {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return `127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** Stop, closing kept-alive connections first: clients such as dockerd keep them open, and close() alone would wait. */
export async function close(server: Server | undefined): Promise<void> {
  server?.closeAllConnections()
  await new Promise<void>(resolve => (server ? server.close(() => resolve()) : resolve()))
}
