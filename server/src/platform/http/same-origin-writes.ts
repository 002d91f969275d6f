import type { RequestHandler } from 'express'
import { forbidden } from '../errors/domain-error.js'
import { isOwnOrigin } from './own-origin.js'
import { sendDomainError } from './send-domain-error.js'

/** What a plain HTML form or a "simple" cross-site request can send without the browser asking first. */
const SIMPLE_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']

/**
 * The HTTP GraphQL door's CSRF guard for a signed-in write outside GraphQL (an upload): the same rule
 * as Apollo's `csrfPrevention` (a body type no cross-site form or simple request can send, which
 * makes a browser ask first, and we never answer such a preflight), plus the WebSocket door's Origin
 * check (a page of another origin is refused even if a browser let it through). The session cookie
 * is SameSite=Strict besides. Answers FORBIDDEN before the body is read.
 */
export function sameOriginWrites(publicUrl: string): RequestHandler {
  return (request, response, next) => {
    const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
    const { origin } = request.headers
    if (
      type === '' ||
      SIMPLE_TYPES.includes(type) ||
      (origin !== undefined && !isOwnOrigin(origin, request.headers.host, publicUrl))
    ) {
      sendDomainError(response, forbidden('This request must come from the dashboard itself.'))
      return
    }
    next()
  }
}
