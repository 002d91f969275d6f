import { isLoopbackHostname } from './own-origin.js'

/**
 * Reads one cookie from a `Cookie` header. A value that is not valid percent-encoding is treated as
 * absent: our cookies never hold one, so it is junk, and junk must not fail the request.
 */
export function readCookie(header: string | undefined, name: string): string | null {
  if (header === undefined) {
    return null
  }
  for (const part of header.split(';')) {
    const index = part.indexOf('=')
    if (index !== -1 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim())
      } catch {
        return null
      }
    }
  }
  return null
}

export interface SessionCookieOptions {
  /** Secure contexts (https, or loopback, which browsers treat as secure) get `__Host-` + `Secure`. */
  readonly secure: boolean
}

/** The session cookie's name: `__Host-` binds it to this origin, path / and Secure (SECURITY R17). */
export function sessionCookieName({ secure }: SessionCookieOptions): string {
  return secure ? '__Host-sid' : 'sid'
}

/** The enrolled kiosk's device cookie, named the same way. */
export function kioskCookieName({ secure }: SessionCookieOptions): string {
  return secure ? '__Host-kiosk' : 'kiosk'
}

/** A kiosk stays enrolled until revoked; browsers cap cookie lifetimes at 400 days. */
export const KIOSK_COOKIE_MAX_AGE_SECONDS = 400 * 86_400

/** A `Set-Cookie` value for the kiosk device token: HttpOnly, so page scripts never see it. */
export function serializeKioskCookie(value: string, options: SessionCookieOptions): string {
  const parts = [
    `${kioskCookieName(options)}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${KIOSK_COOKIE_MAX_AGE_SECONDS}`,
  ]
  if (options.secure) {
    parts.push('Secure')
  }
  return parts.join('; ')
}

/**
 * A `Set-Cookie` value for the session. No `Max-Age`: the browser forgets it when closed, and the
 * server ends it after idle and absolute timeouts anyway.
 */
export function serializeSessionCookie(value: string, options: SessionCookieOptions, expire = false): string {
  const parts = [
    `${sessionCookieName(options)}=${expire ? '' : value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
  ]
  if (options.secure) {
    parts.push('Secure')
  }
  if (expire) {
    parts.push('Max-Age=0')
  }
  return parts.join('; ')
}

/** Browsers treat loopback origins as secure contexts, so `Secure` cookies work on them over http. */
export function isSecureOrigin(publicUrl: string): boolean {
  const url = new URL(publicUrl)
  return url.protocol === 'https:' || isLoopbackHostname(url.hostname)
}
