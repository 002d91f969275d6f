import { mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDataKey } from './data-key.js'
import { FieldCipher } from './field-cipher.js'

describe('FieldCipher', () => {
  it('round-trips text and never repeats a ciphertext', () => {
    const cipher = new FieldCipher(Buffer.alloc(32, 7))
    const first = cipher.encrypt('Signal: +351 910 000 000')
    expect(first).not.toContain('Signal')
    expect(cipher.encrypt('Signal: +351 910 000 000')).not.toBe(first)
    expect(cipher.decrypt(first)).toBe('Signal: +351 910 000 000')
  })

  it('refuses a tampered value and a wrong key', () => {
    const cipher = new FieldCipher(Buffer.alloc(32, 7))
    const stored = cipher.encrypt('secret')
    const bytes = Buffer.from(stored.slice(3), 'base64')
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1
    expect(() => cipher.decrypt(`v1:${bytes.toString('base64')}`)).toThrow()
    expect(() => new FieldCipher(Buffer.alloc(32, 8)).decrypt(stored)).toThrow()
  })

  it('creates the key file once, readable by its owner only', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'conduct-desk-key-'))
    const key = loadDataKey(null, dir)
    expect(key).toHaveLength(32)
    expect(statSync(path.join(dir, 'data.key')).mode & 0o777).toBe(0o600)
    expect(loadDataKey(null, dir).equals(key)).toBe(true)
  })
})
