import { ErrorCode, OfficeHourReason } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { ApiCancelledError, ApiError, ApiUnreachableError } from './client'
import { problemOf, type ProblemWords } from './problem-of'

const WORDS: ProblemWords<'past' | 'too-long' | 'invalid' | 'taken'> = {
  reasons: { [OfficeHourReason.SlotPassed]: 'past' },
  fields: { body: 'too-long' },
  codes: { [ErrorCode.BadUserInput]: 'invalid', [ErrorCode.Conflict]: 'taken' },
}

const refused = (extensions: Record<string, unknown>) => new ApiError('Refused', 200, extensions)

describe('problemOf', () => {
  it('words an error by its reason first, then the input it names, then its code', () => {
    const input = ErrorCode.BadUserInput
    expect(
      problemOf(refused({ code: input, reason: OfficeHourReason.SlotPassed, field: 'body' }), WORDS),
    ).toBe('past')
    expect(problemOf(refused({ code: input, field: 'body' }), WORDS)).toBe('too-long')
    expect(problemOf(refused({ code: input, field: 'input.body' }), WORDS)).toBe('too-long')
    expect(problemOf(refused({ code: input, field: 'slotId' }), WORDS)).toBe('invalid')
    expect(problemOf(refused({ code: ErrorCode.Conflict }), WORDS)).toBe('taken')
  })

  it('says unreachable without an answer, and failed for anything it has no word for', () => {
    expect(problemOf(new ApiUnreachableError('down'), WORDS)).toBe('unreachable')
    expect(problemOf(refused({ code: ErrorCode.RateLimited }), WORDS)).toBe('failed')
    // A field counts only on BAD_USER_INPUT, where the server names one.
    expect(problemOf(refused({ code: ErrorCode.NotFound, field: 'body' }), WORDS)).toBe('failed')
    expect(problemOf(new ApiCancelledError('wiped'), WORDS)).toBe('failed')
    expect(problemOf(new TypeError('bug'), WORDS)).toBe('failed')
  })
})
