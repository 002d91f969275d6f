import type { KnownKiosk } from '../features/kiosk-devices/kiosk-device.service.js'
import type { Logger } from '../platform/logging/logger.js'
import type { Viewer } from '../authorization/viewer.js'
import type { Loaders, Services } from './create-services.js'

/** The session cookie of the current request: read once, written by sign-in and sign-out. */
export interface SessionCookie {
  /** The raw session id from the request's cookie, if any. */
  readonly token: string | null
  /**
   * When this session last proved who it is (sign-in, or a step-up confirmation); null without a
   * live session. `requireRecentAuthentication` reads it (SECURITY R19).
   */
  readonly authenticatedAt: Date | null
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

/** What every resolver receives. Built per request in create-context.ts. */
export interface Context {
  readonly requestId: string
  readonly viewer: Viewer | null
  /** The enrolled kiosk making the request, if it is one. */
  readonly kiosk: KnownKiosk | null
  /**
   * Who is asking, for rate limits: the kiosk, or a daily-keyed hash of the network address. Never
   * stored or logged (SECURITY R22).
   */
  readonly requesterKey: string
  readonly services: Services
  readonly loaders: Loaders
  readonly session: SessionCookie
  readonly signInChallenge: SignInChallengeCookie
  readonly cookies: ResponseCookies
  readonly log: Logger
}
