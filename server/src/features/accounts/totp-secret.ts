import type { FieldCipher } from '../../platform/crypto/field-cipher.js'

/** What authenticator apps show above the code. */
export const TOTP_ISSUER = 'Conduct Desk'

/** Where a sealed TOTP secret lives: its column and its account. */
export interface TotpSecretPlace {
  readonly column: 'totp_secret' | 'totp_pending_secret'
  readonly accountId: string
}

/**
 * The one place an account's TOTP secrets are sealed and opened, so binding each ciphertext to its
 * place (associated data `account:<column>:<id>`, SECURITY R56) changes these two lines only.
 */
export const sealTotpSecret = (cipher: FieldCipher, secret: string, _place: TotpSecretPlace): string =>
  cipher.encrypt(secret)

export const openTotpSecret = (cipher: FieldCipher, sealed: string, _place: TotpSecretPlace): string =>
  cipher.decrypt(sealed)
