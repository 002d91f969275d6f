import type { Logger } from '../platform/logging/logger.js'
import type { Viewer } from '../authorization/viewer.js'
import type { Loaders, Services } from './create-services.js'

/** The session cookie of the current request: read once, written by sign-in and sign-out. */
export interface SessionCookie {
  /** The raw session id from the request's cookie, if any. */
  readonly token: string | null
  set(token: string): void
  clear(): void
}

/** What every resolver receives. Built per request in create-context.ts. */
export interface Context {
  readonly requestId: string
  readonly viewer: Viewer | null
  readonly services: Services
  readonly loaders: Loaders
  readonly session: SessionCookie
  readonly log: Logger
}
