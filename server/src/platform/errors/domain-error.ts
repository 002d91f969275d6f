import { ErrorCode } from '@conduct-desk/shared'
import { GraphQLError } from 'graphql'

/**
 * An error the API may show as it is: a stable `extensions.code` from `@conduct-desk/shared` and a
 * message written for the person using the app. Anything else that escapes a resolver is masked.
 */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } })
  }
}

export const badUserInput = (message: string, field?: string) =>
  new DomainError(ErrorCode.BadUserInput, message, field === undefined ? {} : { field })

export const unauthenticated = (message = 'Sign in to do this.') =>
  new DomainError(ErrorCode.Unauthenticated, message)

export const forbidden = (message = 'You do not have permission to do this.') =>
  new DomainError(ErrorCode.Forbidden, message)

/** The same answer whether the thing is missing or hidden from this viewer (SECURITY R11). */
export const notFound = (what = 'This') => new DomainError(ErrorCode.NotFound, `${what} was not found.`)

export const conflict = (message: string) => new DomainError(ErrorCode.Conflict, message)

export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError(ErrorCode.RateLimited, 'Too many attempts. Please wait a moment and try again.', {
    retryAfterSeconds,
  })
