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

/** The shared attributes: HttpOnly (page scripts never see it), SameSite=Strict, Path=/, Secure. */
function cookieHeader(name: string, value: string, options: SessionCookieOptions, maxAgeSeconds?: number) {
  const parts = [`${name}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict']
  if (maxAgeSeconds !== undefined) {
    parts.push(`Max-Age=${maxAgeSeconds}`)
  }
  if (options.secure) {
    parts.push('Secure')
  }
  return parts.join('; ')
}

/** A `Set-Cookie` value for the kiosk device token: HttpOnly, so page scripts never see it. */
export function serializeKioskCookie(value: string, options: SessionCookieOptions): string {
  return cookieHeader(kioskCookieName(options), value, options, KIOSK_COOKIE_MAX_AGE_SECONDS)
}

/** The pending sign-in between the password and the second factor: it grants nothing by itself. */
export function signInChallengeCookieName({ secure }: SessionCookieOptions): string {
  return secure ? '__Host-signin' : 'signin'
}

/** A `Set-Cookie` value for a pending sign-in; it lives no longer than the challenge on the server. */
export function serializeSignInChallengeCookie(
  value: string,
  options: SessionCookieOptions,
  maxAgeSeconds: number,
): string {
  return cookieHeader(signInChallengeCookieName(options), value, options, maxAgeSeconds)
}

/**
 * A `Set-Cookie` value for the session. No `Max-Age`: the browser forgets it when closed, and the
 * server ends it after idle and absolute timeouts anyway.
 */
export function serializeSessionCookie(value: string, options: SessionCookieOptions, expire = false): string {
  // Secure before Max-Age, as the session cookie has always been written (tests pin the exact header).
  const header = cookieHeader(sessionCookieName(options), expire ? '' : value, options)
  return expire ? `${header}; Max-Age=0` : header
}

/** Browsers treat loopback origins as secure contexts, so `Secure` cookies work on them over http. */
export function isSecureOrigin(publicUrl: string): boolean {
  const url = new URL(publicUrl)
  return url.protocol === 'https:' || isLoopbackHostname(url.hostname)
}
