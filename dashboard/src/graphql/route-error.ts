import { ErrorCode } from '@conduct-desk/shared'
import { ApiError, NETWORK_ERROR } from './client'

/**
 * A route outside GraphQL (uploads) answers the same error model as GraphQL, under `error`:
 * `{ error: { code, message, reason?, field? } }`. Its body as an ApiError; a body that is not JSON
 * means a proxy or the network answered, not the server.
 */
export function routeError(status: number, body: string): ApiError {
  let answer: { error?: Record<string, unknown> }
  try {
    answer = JSON.parse(body) as typeof answer
  } catch {
    return new ApiError(`The server answered ${status} without JSON.`, NETWORK_ERROR)
  }
  const code =
    typeof answer.error?.['code'] === 'string' ? answer.error['code'] : ErrorCode.InternalServerError
  const message = typeof answer.error?.['message'] === 'string' ? answer.error['message'] : 'Upload failed.'
  return new ApiError(message, code, answer.error ?? {})
}
