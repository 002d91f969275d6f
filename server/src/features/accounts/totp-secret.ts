import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import { ACCOUNT_TOTP_PENDING_SECRET, ACCOUNT_TOTP_SECRET } from './account.entity.js'

/** What authenticator apps show above the code. */
export const TOTP_ISSUER = 'Conduct Desk'

/** Where a sealed TOTP secret lives: its column and its account. */
export interface TotpSecretPlace {
  readonly column: 'totp_secret' | 'totp_pending_secret'
  readonly accountId: string
}

const columnOf = (place: TotpSecretPlace) =>
  place.column === 'totp_secret' ? ACCOUNT_TOTP_SECRET : ACCOUNT_TOTP_PENDING_SECRET

/**
 * The one place an account's TOTP secrets are sealed and opened, each ciphertext bound to its
 * column and account (associated data `account:<column>:<id>`, SECURITY R56).
 */
export const sealTotpSecret = (cipher: FieldCipher, secret: string, place: TotpSecretPlace): string =>
  cipher.encrypt(secret, columnOf(place).at(place.accountId))

export const openTotpSecret = (cipher: FieldCipher, sealed: string, place: TotpSecretPlace): string =>
  cipher.decrypt(sealed, columnOf(place).at(place.accountId))
