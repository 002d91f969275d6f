import { ErrorCode, type ErrorReason } from '@conduct-desk/shared'
import { ApiError, ApiUnreachableError } from './client'

/** The two ways every request can fail, which every screen words: no answer, or an answer we cannot use. */
export type RequestProblem = 'unreachable' | 'failed'

/**
 * How one screen words the errors of one request, in its own problem keys (`booking.store.ts`:
 * `taken`, `past`, …). The most precise word wins: a reason the server gave, then the input a
 * BAD_USER_INPUT names, then the code. Anything else is `failed`.
 */
export interface ProblemWords<P extends string> {
  readonly reasons?: Partial<Record<ErrorReason, P>>
  /** By the last part of `extensions.field` (`input.body` → `body`). */
  readonly fields?: Readonly<Record<string, P>>
  readonly codes?: Partial<Record<ErrorCode, P>>
}

/**
 * An error of `graphqlClient` in the screen's words (the one error model: `ApiError.details` code,
 * reason and field; `ApiUnreachableError`). The server's English is never shown.
 */
export function problemOf<P extends string>(error: unknown, words: ProblemWords<P>): P | RequestProblem {
  if (error instanceof ApiUnreachableError) {
    return 'unreachable'
  }
  if (!(error instanceof ApiError)) {
    return 'failed'
  }
  const { code, reason, field } = error.details
  const byReason = reason === null ? undefined : words.reasons?.[reason]
  const byField =
    code === ErrorCode.BadUserInput && field !== null
      ? words.fields?.[field.split('.').pop() ?? '']
      : undefined
  return byReason ?? byField ?? words.codes?.[code] ?? 'failed'
}
