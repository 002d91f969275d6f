import { randomInt } from 'node:crypto'
import { AccountReason, RECOVERY_CODE_COUNT, readOneTimeCode, recoveryCodeFrom } from '@conduct-desk/shared'
import { IsNull, type EntityManager } from 'typeorm'
import type { Database } from '../../db/database.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import { conflict } from '../../platform/errors/domain-error.js'
import { hashToken, newId } from '../../platform/security/tokens.js'
import { matchTotpStep, newTotpSecret, totpUri } from '../../platform/security/totp.js'
import type { Clock } from '../../platform/time/clock.js'
import { AccountEntity } from './account.entity.js'
import { RecoveryCodeEntity } from './recovery-code.entity.js'
import { graceEndsAtFor } from './two-factor-grace.js'
import { TOTP_ISSUER, openTotpSecret, sealTotpSecret } from './totp-secret.js'

export interface TwoFactorStatus {
  readonly hasTotp: boolean
  /** Until when the account may still sign in without a second factor; null when it may not. */
  readonly graceEndsAt: Date | null
}

/** A new authenticator secret, shown once to the person setting it up and to nobody else. */
export interface TotpEnrolment {
  readonly secret: string
  readonly uri: string
}

/**
 * TOTP (RFC 6238) and recovery codes for staff accounts (SECURITY R15): each code works once, the
 * secret is sealed at rest and never leaves the server except once, to the person enrolling.
 */
export class TwoFactorService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
  ) {}

  async status(accountId: string): Promise<TwoFactorStatus> {
    const account = await this.db.read.findOneByOrFail(AccountEntity, { id: accountId })
    const hasTotp = account.totpSecret !== null
    return {
      hasTotp,
      graceEndsAt: hasTotp ? null : await graceEndsAtFor(this.db.read, accountId, this.clock.now()),
    }
  }

  async recoveryCodesLeft(accountId: string): Promise<number> {
    return this.db.read.countBy(RecoveryCodeEntity, { accountId, usedAt: IsNull() })
  }

  /**
   * Checks a typed code: an authenticator code of a step later than the last one used (so a code,
   * spaces or not, never works twice), or an unused recovery code, which it uses up.
   */
  async verify(accountId: string, typed: string): Promise<boolean> {
    const code = readOneTimeCode(typed)
    if (code === null) {
      return false
    }
    return code.kind === 'totp'
      ? this.verifyTotp(accountId, code.code)
      : this.useRecoveryCode(accountId, code.code)
  }

  private async verifyTotp(accountId: string, code: string): Promise<boolean> {
    const account = await this.db.read.findOneBy(AccountEntity, { id: accountId })
    if (account?.totpSecret == null) {
      return false
    }
    const secret = openTotpSecret(this.cipher, account.totpSecret, { column: 'totp_secret', accountId })
    const step = matchTotpStep(secret, code, this.clock.now())
    if (step === null) {
      return false
    }
    // One conditional write decides: of two requests with the same code, only one moves the step.
    const moved = await this.db.write(manager =>
      manager
        .createQueryBuilder()
        .update(AccountEntity)
        .set({ totpLastStep: step })
        .where('id = :accountId', { accountId })
        .andWhere('(totp_last_step IS NULL OR totp_last_step < :step)', { step })
        .execute(),
    )
    return moved.affected === 1
  }

  private async useRecoveryCode(accountId: string, code: string): Promise<boolean> {
    const used = await this.db.write(manager =>
      manager.update(
        RecoveryCodeEntity,
        { accountId, codeHash: hashToken(code), usedAt: IsNull() },
        { usedAt: this.clock.now() },
      ),
    )
    return used.affected === 1
  }

  /**
   * A new secret to set up, kept sealed as pending until a code from it confirms it.
   * @throws CONFLICT when the account already has an authenticator (an administrator resets it first)
   */
  async beginEnrolment(accountId: string): Promise<TotpEnrolment> {
    const secret = newTotpSecret()
    const pending = sealTotpSecret(this.cipher, secret, { column: 'totp_pending_secret', accountId })
    const account = await this.db.write(async manager => {
      await manager.update(
        AccountEntity,
        { id: accountId, totpSecret: IsNull() },
        { totpPendingSecret: pending },
      )
      return manager.findOneByOrFail(AccountEntity, { id: accountId })
    })
    if (account.totpSecret !== null) {
      throw alreadyEnrolled()
    }
    return { secret, uri: totpUri(secret, account.email, TOTP_ISSUER) }
  }

  /**
   * Confirms the pending secret with a current code from it, and gives ten new recovery codes.
   * @returns the recovery codes, in clear this once; only their hashes are kept
   * @returns null when the code does not match the pending secret (or none is pending)
   */
  async confirmEnrolment(accountId: string, typed: string): Promise<string[] | null> {
    const code = readOneTimeCode(typed)
    const account = await this.db.read.findOneBy(AccountEntity, { id: accountId })
    if (code?.kind !== 'totp' || account?.totpPendingSecret == null) {
      return null
    }
    if (account.totpSecret !== null) {
      throw alreadyEnrolled()
    }
    const secret = openTotpSecret(this.cipher, account.totpPendingSecret, {
      column: 'totp_pending_secret',
      accountId,
    })
    const step = matchTotpStep(secret, code.code, this.clock.now())
    if (step === null) {
      return null
    }
    const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
      recoveryCodeFrom(Array.from({ length: 16 }, () => randomInt(32))),
    )
    await this.db.write(async manager => {
      const adopted = await manager.update(
        AccountEntity,
        { id: accountId, totpSecret: IsNull(), totpPendingSecret: account.totpPendingSecret ?? '' },
        {
          totpSecret: sealTotpSecret(this.cipher, secret, { column: 'totp_secret', accountId }),
          totpPendingSecret: null,
          totpLastStep: step,
        },
      )
      if (adopted.affected !== 1) {
        throw alreadyEnrolled()
      }
      await this.replaceRecoveryCodes(manager, accountId, recoveryCodes)
    })
    return recoveryCodes
  }

  private async replaceRecoveryCodes(manager: EntityManager, accountId: string, codes: readonly string[]) {
    const now = this.clock.now()
    await manager.delete(RecoveryCodeEntity, { accountId })
    for (const code of codes) {
      await manager.insert(RecoveryCodeEntity, {
        id: newId(),
        accountId,
        codeHash: hashToken(code),
        usedAt: null,
        createdAt: now,
      })
    }
  }

  /** Forgets the account's authenticator and recovery codes: it sets up a new one at next sign-in. */
  async forget(manager: EntityManager, accountId: string): Promise<void> {
    await manager.update(
      AccountEntity,
      { id: accountId },
      { totpSecret: null, totpPendingSecret: null, totpLastStep: null },
    )
    await manager.delete(RecoveryCodeEntity, { accountId })
  }
}

const alreadyEnrolled = () =>
  conflict('This account already has an authenticator.', AccountReason.TwoFactorAlreadyEnrolled)
