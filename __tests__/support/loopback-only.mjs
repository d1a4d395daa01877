// Loaded into every run of the bundle in the tests (NODE_OPTIONS=--import): a request to a host off this machine
// fails at once, as with no network, and says so on standard error. The tests' traffic stays on loopback: a dry run
// reads the index it is given, and one given none would otherwise ask pypi.org.
const realFetch = globalThis.fetch
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/

globalThis.fetch = (input, init) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url)
  if (LOOPBACK.test(url.hostname)) return realFetch(input, init)
  process.stderr.write(`[loopback-only] refused a request to ${url.origin}\n`)
  const cause = Object.assign(new Error(`getaddrinfo ENOTFOUND ${url.hostname}`), { code: 'ENOTFOUND' })
  return Promise.reject(new TypeError('fetch failed', { cause }))
}
