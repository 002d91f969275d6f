import { ErrorCode } from '@conduct-desk/shared'
import { NETWORK_ERROR, isApiError } from '@/graphql/client'

/** A translator; vue-i18n's `t` fits. */
type Translate = (key: string, values?: Record<string, unknown>, plural?: number) => string

/** Codes with a sentence of their own when the server gave no reason. */
const CODE_TEXTS: Partial<Record<string, string>> = {
  [ErrorCode.BadUserInput]: 'errors.codes.BAD_USER_INPUT',
  [ErrorCode.Unauthenticated]: 'errors.codes.UNAUTHENTICATED',
  [ErrorCode.Forbidden]: 'errors.codes.FORBIDDEN',
  [ErrorCode.NotFound]: 'errors.codes.NOT_FOUND',
  [ErrorCode.Conflict]: 'errors.codes.CONFLICT',
}

/**
 * The sentence for a request that failed, in the page's language and never in the server's
 * English: the reason's own text when the server named one (every reason of `@conduct-desk/shared`
 * has a text, checked by i18n.test.ts), else one per code, with the wait for RATE_LIMITED; the
 * server unreachable, or anything unexpected, each have theirs. Callers that show a problem on a
 * field pick the field from `error.field` or the reason, and the words from here.
 */
export function failureText(error: unknown, t: Translate): string {
  if (isApiError(error, NETWORK_ERROR)) {
    return t('app.networkError')
  }
  if (!isApiError(error)) {
    return t('app.unexpectedError')
  }
  if (error.reason !== null) {
    return t(`errors.reasons.${error.reason}`)
  }
  if (error.code === ErrorCode.RateLimited) {
    const seconds = error.retryAfterSeconds ?? 60
    return t('errors.codes.RATE_LIMITED', { seconds }, seconds)
  }
  const key = CODE_TEXTS[error.code]
  return key === undefined ? t('app.unexpectedError') : t(key)
}
