import type { IncomingHttpHeaders } from 'node:http'
import { randomUUID } from 'node:crypto'
import type { Logger } from '../platform/logging/logger.js'
import {
  readCookie,
  serializeSessionCookie,
  sessionCookieName,
  type SessionCookieOptions,
} from '../platform/http/cookies.js'
import type { Context } from './context.js'
import { createLoaders, type Services } from './create-services.js'

export interface ContextDeps {
  readonly services: Services
  readonly log: Logger
  readonly cookie: SessionCookieOptions
}

/**
 * Builds a request's context: who is asking (from the session cookie, checked against the session
 * table on every request, so a revoked role or session stops working at once) and fresh loaders.
 * @param appendSetCookie adds a Set-Cookie header to the response; absent on WebSocket messages.
 */
export async function createContext(
  deps: ContextDeps,
  headers: IncomingHttpHeaders,
  appendSetCookie?: (value: string) => void,
): Promise<Context> {
  const token = readCookie(headers.cookie, sessionCookieName(deps.cookie))
  const viewer = token === null ? null : await deps.services.sessions.resolve(token)
  const requestId = randomUUID()
  return {
    requestId,
    viewer,
    services: deps.services,
    loaders: createLoaders(deps.services),
    log: deps.log.child({ requestId }),
    session: {
      token,
      set: value => appendSetCookie?.(serializeSessionCookie(value, deps.cookie)),
      clear: () => appendSetCookie?.(serializeSessionCookie('', deps.cookie, true)),
    },
  }
}
