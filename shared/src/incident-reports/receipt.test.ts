import { describe, expect, it } from 'vitest'
import { normalizeReceiptPart, receiptFrom } from './receipt.js'

describe('receipts', () => {
  it('builds a reference and a 100-bit passphrase in readable groups', () => {
    const values = Array.from({ length: 28 }, (_, index) => index)
    expect(receiptFrom(values)).toEqual({ reference: 'R-0123-4567', passphrase: '89AB-CDEF-GHJK-MNPQ-RSTV' })
  })

  it('reads back what people type', () => {
    expect(normalizeReceiptPart('r 0123 4567', 'reference')).toBe('R-0123-4567')
    expect(normalizeReceiptPart('89abcdefghjkmnpqrstv', 'passphrase')).toBe('89AB-CDEF-GHJK-MNPQ-RSTV')
    expect(normalizeReceiptPart('R-O123-4567', 'reference')).toBe('R-0123-4567')
  })

  it('refuses what cannot be a receipt', () => {
    expect(normalizeReceiptPart('R-0123', 'reference')).toBeNull()
    expect(normalizeReceiptPart('89AB-CDEF', 'passphrase')).toBeNull()
    expect(normalizeReceiptPart('UUUU-CDEF-GHJK-MNPQ-RSTV', 'passphrase')).toBeNull()
  })
})
