/**
 * The `extensions.code` values the API answers with (DESIGN §3). Clients switch on these; they are
 * never redeclared by hand in an app.
 */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  RateLimited: 'RATE_LIMITED',
  /** A sensitive action needs the password or a code given in the last few minutes (SECURITY R19). */
  ReauthRequired: 'REAUTH_REQUIRED',
  InternalServerError: 'INTERNAL_SERVER_ERROR',
} as const

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (Object.values(ErrorCode) as string[]).includes(code)
}
