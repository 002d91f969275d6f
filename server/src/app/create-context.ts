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
import type { ResolverInstances } from '../platform/graphql/resolver-instances.js'
import type { Context, PerRequest, RequestingKiosk } from '../authorization/request-context.js'
import type { Services } from './create-services.js'

export interface ContextDeps {
  readonly services: Services
  readonly resolvers: ResolverInstances
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
 * Who is asking, for rate limits: an enrolled kiosk under its own key, so other people's failures
 * from the venue's shared address never use up its budget (SECURITY R54); otherwise a daily-keyed
 * hash of the address (R22).
 */
function requesterKeyOf(deps: ContextDeps, kiosk: RequestingKiosk | null, request: RequestFacts): string {
  return kiosk === null ? deps.requesterKeys.forAddress(request.remoteAddress) : `kiosk:${kiosk.id}`
}

/** The requester key of a request outside GraphQL (uploads), the same way `createContext` finds it. */
export async function requesterKeyOfRequest(deps: ContextDeps, request: RequestFacts): Promise<string> {
  const kioskToken = readCookie(request.headers.cookie, kioskCookieName(deps.cookie))
  const kiosk = kioskToken === null ? null : await deps.services.kiosks.identify(kioskToken)
  return requesterKeyOf(deps, kiosk, request)
}

/** A fresh memo for one request: each `make` runs at most once. */
function perRequest(): PerRequest {
  const made = new Map<unknown, unknown>()
  return {
    once<T, I>(make: (input: I) => T, input: I): T {
      if (!made.has(make)) {
        made.set(make, make(input))
      }
      return made.get(make) as T
    },
  }
}

/**
 * Builds a request's context: who is asking (from the session cookie, checked against the session
 * table on every request, so a revoked role or session stops working at once), which kiosk, and a
 * fresh per-request memo for loaders.
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
  const authenticatedAt = session?.authenticatedAt ?? null
  const requestId = randomUUID()
  return {
    requestId,
    viewer,
    kiosk,
    requesterKey: requesterKeyOf(deps, kiosk, request),
    perRequest: perRequest(),
    resolvers: deps.resolvers,
    log: deps.log.child({ requestId }),
    session: {
      token,
      authenticatedAt,
      isRecentlyAuthenticated: () => deps.services.sessions.isRecent(authenticatedAt),
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
