import type { Logger } from '../platform/logging/logger.js'
import type { ResolverInstances } from '../platform/graphql/resolver-instances.js'
import type { Viewer } from './viewer.js'

/** The session cookie of the current request: read once, written by sign-in and sign-out. */
export interface SessionCookie {
  /** The raw session id from the request's cookie, if any. */
  readonly token: string | null
  /**
   * When this session last proved who it is (sign-in, or a step-up confirmation); null without a
   * live session.
   */
  readonly authenticatedAt: Date | null
  /** Whether that proof is recent enough for a sensitive action; `requireRecentAuthentication` asks (R19). */
  isRecentlyAuthenticated(): boolean
  set(token: string): void
  clear(): void
}

/** The pending sign-in between the password and the second factor, bound to this browser. */
export interface SignInChallengeCookie {
  readonly token: string | null
  /** Sets the cookie to live as long as the challenge does. */
  set(token: string, maxAgeSeconds: number): void
  clear(): void
}

/** Cookies other than the session that a request may set. */
export interface ResponseCookies {
  /** Stores an enrolled kiosk's device token. */
  setKiosk(token: string): void
}

/** The enrolled kiosk making a request (kiosk-devices recognises it from its cookie). */
export interface RequestingKiosk {
  readonly id: string
  readonly eventId: string
  readonly location: string
}

/** Values made at most once per request, such as DataLoaders, so nothing cached outlives the request. */
export interface PerRequest {
  /** What `make(input)` returns, made on the first call of this request; `make` is the key. */
  once<T, I>(make: (input: I) => T, input: I): T
}

/**
 * What every resolver receives: who is asking and the request's own things, nothing per process.
 * Services reach resolvers through their constructors (ADR 0014). Built per request in
 * app/create-context.ts.
 */
export interface Context {
  readonly requestId: string
  readonly viewer: Viewer | null
  /** The enrolled kiosk making the request, if it is one. */
  readonly kiosk: RequestingKiosk | null
  /**
   * Who is asking, for rate limits: the kiosk, or a daily-keyed hash of the network address. Never
   * stored or logged (SECURITY R22).
   */
  readonly requesterKey: string
  readonly session: SessionCookie
  readonly signInChallenge: SignInChallengeCookie
  readonly cookies: ResponseCookies
  readonly log: Logger
  readonly perRequest: PerRequest
  /**
   * The resolver instances of this server, for subscription filters only: type-graphql calls a
   * filter with the context but without its container, and the filter needs its resolver's services.
   */
  readonly resolvers: ResolverInstances
}
