import { randomUUID } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import {
  kioskCookieName,
  readCookie,
  serializeKioskCookie,
  serializeSessionCookie,
  serializeSignInChallengeCookie,
  sessionCookieName,
  signInChallengeCookieName,
  type SessionCookieOptions,
} from '../platform/http/cookies.js'
import type { Logger } from '../platform/logging/logger.js'
import type { RequesterKeys } from '../platform/rate-limit/requester-keys.js'
import type { Context } from './context.js'
import { createLoaders, type Services } from './create-services.js'

export interface ContextDeps {
  readonly services: Services
  readonly log: Logger
  readonly cookie: SessionCookieOptions
  readonly requesterKeys: RequesterKeys
}

export interface RequestFacts {
  readonly headers: IncomingHttpHeaders
  /** The peer address, used only in memory to key rate limits. */
  readonly remoteAddress: string | undefined
}

/**
 * Builds a request's context: who is asking (from the session cookie, checked against the session
 * table on every request, so a revoked role or session stops working at once), which kiosk, and
 * fresh loaders.
 * @param appendSetCookie adds a Set-Cookie header to the response; absent on WebSocket messages.
 */
export async function createContext(
  deps: ContextDeps,
  request: RequestFacts,
  appendSetCookie?: (value: string) => void,
): Promise<Context> {
  const token = readCookie(request.headers.cookie, sessionCookieName(deps.cookie))
  const kioskToken = readCookie(request.headers.cookie, kioskCookieName(deps.cookie))
  const challengeToken = readCookie(request.headers.cookie, signInChallengeCookieName(deps.cookie))
  const [session, kiosk] = await Promise.all([
    token === null ? null : deps.services.sessions.resolveSession(token),
    kioskToken === null ? null : deps.services.kiosks.identify(kioskToken),
  ])
  const viewer = session?.viewer ?? null
  const requestId = randomUUID()
  return {
    requestId,
    viewer,
    kiosk,
    requesterKey: kiosk === null ? deps.requesterKeys.forAddress(request.remoteAddress) : `kiosk:${kiosk.id}`,
    services: deps.services,
    loaders: createLoaders(deps.services),
    log: deps.log.child({ requestId }),
    session: {
      token,
      authenticatedAt: session?.authenticatedAt ?? null,
      set: value => appendSetCookie?.(serializeSessionCookie(value, deps.cookie)),
      clear: () => appendSetCookie?.(serializeSessionCookie('', deps.cookie, true)),
    },
    signInChallenge: {
      token: challengeToken,
      set: (value, maxAgeSeconds) =>
        appendSetCookie?.(serializeSignInChallengeCookie(value, deps.cookie, maxAgeSeconds)),
      clear: () => appendSetCookie?.(serializeSignInChallengeCookie('', deps.cookie, 0)),
    },
    cookies: { setKiosk: value => appendSetCookie?.(serializeKioskCookie(value, deps.cookie)) },
  }
}
