import { ErrorCode, type ErrorReason } from '@conduct-desk/shared'
import { GraphQLError } from 'graphql'

/** What an error says beyond its code; the apps translate `reason`, never the message. */
export interface ErrorDetails {
  /** The situation, from a feature's reasons in `@conduct-desk/shared`. */
  readonly reason?: ErrorReason
  /** The input the error is about (BAD_USER_INPUT). */
  readonly field?: string
  /** Seconds to wait before trying again (RATE_LIMITED). */
  readonly retryAfterSeconds?: number
}

/**
 * An error the API may show as it is: a stable `extensions.code` from `@conduct-desk/shared`, the
 * details of the one error model (`ApiErrorDetails`) and an English message for API users and logs.
 * Anything else that escapes a resolver is masked.
 */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    const extensions: Record<string, unknown> = { code }
    for (const [key, value] of Object.entries(details)) {
      if (value !== undefined) {
        extensions[key] = value
      }
    }
    super(message, { extensions })
  }
}

export const badUserInput = (message: string, field?: string, reason?: ErrorReason) =>
  new DomainError(ErrorCode.BadUserInput, message, { field, reason })

export const unauthenticated = (message = 'Sign in to do this.', reason?: ErrorReason) =>
  new DomainError(ErrorCode.Unauthenticated, message, { reason })

export const forbidden = (message = 'You do not have permission to do this.', reason?: ErrorReason) =>
  new DomainError(ErrorCode.Forbidden, message, { reason })

/** The same answer whether the thing is missing or hidden from this viewer (SECURITY R11). */
export const notFound = (what = 'This') => new DomainError(ErrorCode.NotFound, `${what} was not found.`)

export const conflict = (message: string, reason?: ErrorReason) =>
  new DomainError(ErrorCode.Conflict, message, { reason })

export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError(ErrorCode.RateLimited, 'Too many attempts. Please wait a moment and try again.', {
    retryAfterSeconds,
  })
