import { NETWORK_ERROR, isApiError } from '@/graphql/client'

/**
 * The sentence for a request that failed for no reason the person can fix: the server could not be
 * reached, or something unexpected happened. Errors with a meaning of their own (BAD_USER_INPUT,
 * CONFLICT…) are handled by the caller before it falls back to this.
 */
export function failureText(error: unknown, t: (key: string) => string): string {
  return isApiError(error, NETWORK_ERROR) ? t('app.networkError') : t('app.unexpectedError')
}
