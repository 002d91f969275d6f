import { ErrorCode } from '@conduct-desk/shared'
import type { Response } from 'express'
import { DomainError } from '../errors/domain-error.js'

/** The HTTP status of each error code, for routes outside GraphQL. */
export const HTTP_STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.RateLimited]: 429,
}

/**
 * Answers a REST route's domain error as `{ error: { code, message, reason?, field?,
 * retryAfterSeconds? } }` with the matching status: the same model GraphQL errors carry in
 * `extensions`. Anything else is rethrown for Express to mask.
 */
export function sendDomainError(response: Response, error: unknown): void {
  if (error instanceof DomainError) {
    const code = String(error.extensions['code'])
    response
      .status(HTTP_STATUS[code] ?? 400)
      .json({ error: { ...error.extensions, code, message: error.message } })
    return
  }
  throw error
}
