import { describe, expect, it } from 'vitest'
import { RECOVERY_CODE_PATTERN, readOneTimeCode, recoveryCodeFrom } from './two-factor.js'

describe('one-time codes', () => {
  it('reads a six-digit code whatever spaces it was typed with', () => {
    expect(readOneTimeCode('123456')).toEqual({ kind: 'totp', code: '123456' })
    expect(readOneTimeCode(' 123 456 ')).toEqual({ kind: 'totp', code: '123456' })
    expect(readOneTimeCode('1 2 3 4 5 6')).toEqual({ kind: 'totp', code: '123456' })
  })

  it('reads a recovery code in any case, without hyphens, with look-alike letters', () => {
    const code = recoveryCodeFrom(Array.from({ length: 16 }, (_, index) => index * 2))
    expect(code).toMatch(RECOVERY_CODE_PATTERN)
    expect(readOneTimeCode(code.toLowerCase().replaceAll('-', ' '))).toEqual({ kind: 'recovery', code })
    expect(readOneTimeCode('0000-1111-2222-3333')).toEqual({ kind: 'recovery', code: '0000-1111-2222-3333' })
    expect(readOneTimeCode('oooo-IIII-2222-3333')).toEqual({ kind: 'recovery', code: '0000-1111-2222-3333' })
  })

  it('refuses anything else', () => {
    for (const typed of ['', '12345', '1234567', '12345a', 'ABCD-EFGH', 'UUUU-0000-0000-0000']) {
      expect(readOneTimeCode(typed)).toBeNull()
    }
  })
})
