/** Addresses only this machine reaches, as a URL writes them (`[::1]` with brackets). */
export function isLoopbackHostname(hostname: string): boolean {
  return ['localhost', '[::1]', '::1'].includes(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname)
}

/**
 * Whether a page at `origin` belongs to this deployment, for channels the browser does not guard
 * with CORS (a WebSocket carries the cookies of any page that opens it). Yes for the origin of
 * `publicUrl`; on loopback, also for the very address the request came to, which is how a dev
 * server proxying under its own port (Vite on :5174) reaches the API. "null" and unparsable
 * origins never match.
 * @param host the request's Host header
 */
export function isOwnOrigin(origin: string, host: string | undefined, publicUrl: string): boolean {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  if (url.origin === new URL(publicUrl).origin) {
    return true
  }
  return host !== undefined && url.host === host.toLowerCase() && isLoopbackHostname(url.hostname)
}
