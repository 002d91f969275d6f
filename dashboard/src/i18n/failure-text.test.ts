import { ContactReason, ErrorCode } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { ApiError, NETWORK_ERROR } from '@/graphql/client'
import en from './en.json'
import pt from './pt.json'
import { failureText } from './failure-text'

const i18n = createI18n({ legacy: false, locale: 'pt', messages: { en, pt } })
const t = i18n.global.t as (key: string, values?: Record<string, unknown>, plural?: number) => string

describe('failureText', () => {
  it('words a reason in the page’s language, never the server’s English', () => {
    const error = new ApiError('SERVER-ENGLISH', ErrorCode.Conflict, { reason: ContactReason.EmailTaken })
    expect(failureText(error, t)).toBe(pt.errors.reasons.CONTACT_EMAIL_TAKEN)
  })

  it('falls back to the code, with the wait for RATE_LIMITED', () => {
    expect(failureText(new ApiError('SERVER-ENGLISH', ErrorCode.Forbidden), t)).toBe(
      pt.errors.codes.FORBIDDEN,
    )
    expect(failureText(new ApiError('x', ErrorCode.RateLimited, { retryAfterSeconds: 30 }), t)).toBe(
      'Demasiadas tentativas. Tente de novo daqui a 30 segundos.',
    )
  })

  it('ignores a reason the app does not know, and says when the server cannot be reached', () => {
    const unknown = new ApiError('SERVER-ENGLISH', ErrorCode.BadUserInput, { reason: 'SOMETHING_NEW' })
    expect(failureText(unknown, t)).toBe(pt.errors.codes.BAD_USER_INPUT)
    expect(failureText(new ApiError('down', NETWORK_ERROR), t)).toBe(pt.app.networkError)
    expect(failureText(new Error('boom'), t)).toBe(pt.app.unexpectedError)
  })
})
