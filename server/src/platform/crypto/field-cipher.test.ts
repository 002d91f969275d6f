import { describe, expect, it } from 'vitest'
import { firstFormatCiphertext as v1 } from '../../../test/first-format-ciphertext.js'
import { FieldCipher } from './field-cipher.js'
import { KeyRing, keyIdOf } from './key-ring.js'

const OLD_KEY = Buffer.alloc(32, 7)
const NEW_KEY = Buffer.alloc(32, 8)
const COLUMNS = [
  { table: 'booking', column: 'contact_method' },
  { table: 'booking', column: 'code_sealed' },
  { table: 'case_message', column: 'contact_method' },
]
const cipherOf = (...keys: Buffer[]) => new FieldCipher(new KeyRing(keys, 'environment'), COLUMNS)
const HERE = { table: 'booking', column: 'contact_method', rowId: 'row-1' }

/** Replaces one dot-separated part of a v2 value. */
function withPart(stored: string, index: number, part: string): string {
  const parts = stored.split('.')
  parts[index] = part
  return parts.join('.')
}

describe('FieldCipher', () => {
  it('round-trips text under the current key id, and never repeats a ciphertext', () => {
    const cipher = cipherOf(OLD_KEY)
    const first = cipher.encrypt('Signal: +351 910 000 000', HERE)
    expect(first).not.toContain('Signal')
    expect(first.startsWith(`v2.${keyIdOf(OLD_KEY)}.`)).toBe(true)
    expect(cipher.keyIdOf(first)).toBe(keyIdOf(OLD_KEY))
    expect(cipher.encrypt('Signal: +351 910 000 000', HERE)).not.toBe(first)
    expect(cipher.decrypt(first, HERE)).toBe('Signal: +351 910 000 000')
  })

  it('refuses a value copied to another row, column or table', () => {
    const cipher = cipherOf(OLD_KEY)
    const stored = cipher.encrypt('Signal: +351 910 000 000', HERE)
    expect(() => cipher.decrypt(stored, { ...HERE, rowId: 'row-2' })).toThrow()
    expect(() => cipher.decrypt(stored, { ...HERE, column: 'code_sealed' })).toThrow()
    expect(() => cipher.decrypt(stored, { ...HERE, table: 'case_message' })).toThrow()
  })

  it('refuses a place that is not a declared sealed column, which key rotation would miss', () => {
    const cipher = cipherOf(OLD_KEY)
    const stored = cipher.encrypt('secret', HERE)
    expect(() => cipher.encrypt('secret', { ...HERE, table: 'account' })).toThrow(/not a sealed column/)
    expect(() => cipher.decrypt(stored, { ...HERE, column: 'name' })).toThrow(/not a sealed column/)
    expect(() => cipher.encrypt('secret', { ...HERE, rowId: '' })).toThrow(/not a sealed column/)
  })

  it('refuses a truncated or longer tag, a changed value, and a key it does not have', () => {
    const cipher = cipherOf(OLD_KEY)
    const stored = cipher.encrypt('secret', HERE)
    const tag = Buffer.from(stored.split('.')[3]!, 'base64url')
    expect(tag).toHaveLength(16)
    for (const length of [4, 8, 12, 15]) {
      const truncated = withPart(stored, 3, tag.subarray(0, length).toString('base64url'))
      expect(() => cipher.decrypt(truncated, HERE)).toThrow()
    }
    const longer = withPart(stored, 3, Buffer.concat([tag, Buffer.from([0])]).toString('base64url'))
    expect(() => cipher.decrypt(longer, HERE)).toThrow()
    const body = Buffer.from(stored.split('.')[4]!, 'base64url')
    body[0] = (body[0] ?? 0) ^ 1
    expect(() => cipher.decrypt(withPart(stored, 4, body.toString('base64url')), HERE)).toThrow()
    expect(() => cipherOf(NEW_KEY).decrypt(stored, HERE)).toThrow(/not configured/)
  })

  it('reads the previous keys, encrypts under the first, and never reads the old v1 format directly', () => {
    const before = cipherOf(OLD_KEY).encrypt('old', HERE)
    const during = cipherOf(NEW_KEY, OLD_KEY)
    expect(during.decrypt(before, HERE)).toBe('old')
    expect(during.keyIdOf(during.encrypt('new', HERE))).toBe(keyIdOf(NEW_KEY))
    expect(() => during.decrypt(v1('first format', OLD_KEY), HERE)).toThrow(/old format/)
  })

  it('reseals a v1 value or a previous key’s value under the current key, bound to its place', () => {
    const during = cipherOf(NEW_KEY, OLD_KEY)
    for (const stored of [v1('moved along', OLD_KEY), cipherOf(OLD_KEY).encrypt('moved along', HERE)]) {
      const resealed = during.reseal(stored, HERE)
      expect(during.keyIdOf(resealed)).toBe(keyIdOf(NEW_KEY))
      expect(cipherOf(NEW_KEY).decrypt(resealed, HERE)).toBe('moved along')
      expect(() => cipherOf(NEW_KEY).decrypt(resealed, { ...HERE, rowId: 'row-2' })).toThrow()
    }
    expect(() => cipherOf(NEW_KEY).reseal(v1('lost key', OLD_KEY), HERE)).toThrow(/none of the configured/)
  })
})
