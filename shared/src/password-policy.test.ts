import { describe, expect, it } from 'vitest'
import { checkPassword } from './password-policy.js'

describe('checkPassword', () => {
  it('refuses 14 characters and accepts 15', () => {
    expect(checkPassword('correct horse ')).toBe('too-short')
    expect(checkPassword('correct horse b')).toBeNull()
  })

  it('accepts 256 characters and refuses 257', () => {
    expect(checkPassword('ab'.repeat(128))).toBeNull()
    expect(checkPassword('ab'.repeat(128) + 'c')).toBe('too-long')
  })

  it('refuses common passwords padded to length', () => {
    expect(checkPassword('Password12345678')).toBe('too-common')
    expect(checkPassword('passwordpassword')).toBe('too-common')
  })

  it('refuses the product context and the caller’s own context words', () => {
    expect(checkPassword('djangodjango2026!')).toBe('contains-context')
    expect(checkPassword('ExampleCon2026!!!', ['ExampleCon'])).toBe('contains-context')
  })

  it('counts characters, not UTF-16 units, and accepts emoji', () => {
    expect(checkPassword('🦄🦄🦄🦄🦄🦄🦄 unicorn dance')).toBeNull()
    expect(checkPassword('🦄'.repeat(14))).toBe('too-short')
  })
})
