import { ErrorCode, isErrorCode } from './error-codes.js'
import { isErrorReason, type ErrorReason } from './error-reasons.js'

/**
 * The one error model of the API, read the same way by both apps from a GraphQL error's
 * `extensions` (or a JSON error body of a route outside GraphQL): the code says what kind of
 * failure it is, the reason which situation, the field which input, and how long to wait.
 */
export interface ApiErrorDetails {
  readonly code: ErrorCode
  readonly reason: ErrorReason | null
  readonly field: string | null
  readonly retryAfterSeconds: number | null
  /** Present on masked errors only: quote it to whoever runs the server. */
  readonly errorId: string | null
}

/** Reads the details out of `extensions`; anything unknown becomes an internal error without a reason. */
export function readApiErrorDetails(extensions: unknown): ApiErrorDetails {
  const source =
    typeof extensions === 'object' && extensions !== null ? (extensions as Record<string, unknown>) : {}
  const seconds = source['retryAfterSeconds']
  return {
    code: isErrorCode(source['code']) ? source['code'] : ErrorCode.InternalServerError,
    reason: isErrorReason(source['reason']) ? source['reason'] : null,
    field: typeof source['field'] === 'string' ? source['field'] : null,
    retryAfterSeconds:
      typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : null,
    errorId: typeof source['errorId'] === 'string' ? source['errorId'] : null,
  }
}
