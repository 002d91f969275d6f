import { describe, expect, it } from 'vitest'
import { readApiErrorDetails } from './api-error-details.js'

describe('readApiErrorDetails', () => {
  it('reads code, field, wait and error id from extensions', () => {
    expect(
      readApiErrorDetails({ code: 'RATE_LIMITED', retryAfterSeconds: 4.2, field: 'email', errorId: 'e-1' }),
    ).toEqual({ code: 'RATE_LIMITED', reason: null, field: 'email', retryAfterSeconds: 5, errorId: 'e-1' })
  })

  it('turns an unknown code into an internal error and drops an unknown reason', () => {
    expect(readApiErrorDetails({ code: 'TEAPOT', reason: 'NOT_A_REASON' })).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      reason: null,
    })
  })

  it('survives extensions that are not an object', () => {
    expect(readApiErrorDetails(undefined).code).toBe('INTERNAL_SERVER_ERROR')
    expect(readApiErrorDetails('x').retryAfterSeconds).toBeNull()
  })

  it('ignores a wait that is not a positive number', () => {
    expect(readApiErrorDetails({ code: 'RATE_LIMITED', retryAfterSeconds: -3 }).retryAfterSeconds).toBeNull()
    expect(
      readApiErrorDetails({ code: 'RATE_LIMITED', retryAfterSeconds: 'soon' }).retryAfterSeconds,
    ).toBeNull()
  })
})
