import { randomUUID } from 'node:crypto'
import { ErrorCode } from '@conduct-desk/shared'
import type { ErrorRequestHandler, RequestHandler } from 'express'
import { DomainError } from '../errors/domain-error.js'
import type { Logger } from '../logging/logger.js'
import { HTTP_STATUS, sendDomainError } from './send-domain-error.js'

/** The code a client reads for an HTTP status that no domain error chose (a bad body, no such file). */
function codeForStatus(status: number): ErrorCode {
  const known = Object.entries(HTTP_STATUS).find(([, value]) => value === status)?.[0] as
    ErrorCode | undefined
  if (known !== undefined) {
    return known
  }
  return status >= 500 ? ErrorCode.InternalServerError : ErrorCode.BadUserInput
}

/** The status an error asks for (body-parser, serve-static and http-errors set one); 500 otherwise. */
function statusOf(error: unknown): number {
  const { status, statusCode } = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: unknown
    statusCode?: unknown
  }
  const asked = typeof status === 'number' ? status : statusCode
  return typeof asked === 'number' && asked >= 400 && asked < 600 ? asked : 500
}

/** Paths no route serves: the same JSON error as everything else, instead of Express's HTML page. */
export const jsonNotFound: RequestHandler = (_request, _response, next) => {
  next(Object.assign(new Error('no route for this path'), { status: 404 }))
}

/**
 * The last handler of every route (SECURITY R8): `{ error: { code, errorId } }` with the status the
 * error asks for, never a stack, a path or an HTML page, and the error logged by pino under the same
 * id, never through `console.error`. Domain errors keep their own shape (send-domain-error.ts).
 * Client errors are logged without their message: body-parser's quotes the body it could not read.
 */
export function jsonErrorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    if (error instanceof DomainError && !response.headersSent) {
      sendDomainError(response, error)
      return
    }
    const status = statusOf(error)
    const errorId = randomUUID()
    if (status >= 500) {
      log.error({ errorId, err: error }, 'unexpected error')
    } else {
      const { type } = error as { type?: unknown }
      log.info({ errorId, status, type: typeof type === 'string' ? type : undefined }, 'request refused')
    }
    if (response.headersSent) {
      // Too late for a status: end the connection so the client sees a failure, not a short body.
      request.socket.destroy()
      return
    }
    response.status(status).json({ error: { code: codeForStatus(status), errorId } })
  }
}
