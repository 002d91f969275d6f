import { describe, expect, it } from 'vitest'
import { AuditVerifyUsageError, parseExpectedHead } from './verify-audit-log.js'

const HASH = 'ab'.repeat(32)

describe('pnpm audit:verify arguments', () => {
  it('reads a kept head as the OK line printed it, after pnpm’s own "--" or not', () => {
    expect(parseExpectedHead(['node', 'audit-verify.js'])).toBeUndefined()
    expect(parseExpectedHead(['node', 'audit-verify.js', '--head', `42:${HASH}`])).toEqual({
      seq: 42,
      hash: HASH,
    })
    expect(parseExpectedHead(['node', 'audit-verify.js', '--', '--head', `0:${HASH}`])).toEqual({
      seq: 0,
      hash: HASH,
    })
  })

  it.each([
    [[]],
    [['nonsense']],
    [[`42:${HASH.slice(1)}`]],
    [[`-1:${HASH}`]],
    [[`42:${HASH.toUpperCase()}`]],
  ])('refuses --head %j with a usage error', rest => {
    expect(() => parseExpectedHead(['node', 'audit-verify.js', '--head', ...rest])).toThrow(
      AuditVerifyUsageError,
    )
  })
})
