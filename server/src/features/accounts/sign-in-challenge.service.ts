import { SIGN_IN_CODE_ATTEMPTS } from '@conduct-desk/shared'
import { LessThan, MoreThan } from 'typeorm'
import type { Database } from '../../db/database.js'
import { hashToken, newToken } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import { ChallengeKind, SignInChallengeEntity } from './sign-in-challenge.entity.js'

/**
 * How long a pending sign-in waits: a code is typed in seconds; setting up an authenticator (install
 * an app, scan, type a code) takes longer.
 */
export const CHALLENGE_TTL_MS: Record<ChallengeKind, number> = {
  [ChallengeKind.SecondFactor]: 5 * 60_000,
  [ChallengeKind.Enrol]: 15 * 60_000,
}

export interface OpenedChallenge {
  /** The raw id for the browser's cookie; the table keeps only its hash. */
  readonly token: string
  readonly kind: ChallengeKind
  readonly expiresAt: Date
}

export interface PendingChallenge {
  readonly accountId: string
  readonly kind: ChallengeKind
  readonly expiresAt: Date
  /** Codes this challenge may still try, this one included. */
  readonly attemptsLeft: number
}

/**
 * Pending sign-ins between the password and the second factor. Kept in the database, so every
 * server process sees the same attempts and a restart forgets nothing.
 */
export class SignInChallengeService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** A new challenge for an account whose password was right; its earlier ones end. */
  async open(accountId: string, kind: ChallengeKind): Promise<OpenedChallenge> {
    const token = newToken()
    const now = this.clock.now()
    const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS[kind])
    await this.db.write(async manager => {
      await manager.delete(SignInChallengeEntity, { accountId })
      await manager.delete(SignInChallengeEntity, { expiresAt: LessThan(now) })
      await manager.insert(SignInChallengeEntity, {
        idHash: hashToken(token),
        accountId,
        kind,
        attempts: 0,
        createdAt: now,
        expiresAt,
      })
    })
    return { token, kind, expiresAt }
  }

  /**
   * Counts one code attempt on the challenge, before the code is checked, in one conditional write:
   * however many requests race, no more than SIGN_IN_CODE_ATTEMPTS checks run per challenge (R12).
   * @returns the challenge, or null when it is unknown, expired, of another kind or used up
   */
  async countAttempt(token: string, kind: ChallengeKind): Promise<PendingChallenge | null> {
    const idHash = hashToken(token)
    const now = this.clock.now()
    return this.db.write(async manager => {
      const counted = await manager
        .createQueryBuilder()
        .update(SignInChallengeEntity)
        .set({ attempts: () => 'attempts + 1' })
        .where({ idHash, kind })
        // Instants are stored as ISO text (ADR 0003); a query builder compares them as written.
        .andWhere('expires_at > :now', { now: now.toISOString() })
        .andWhere('attempts < :max', { max: SIGN_IN_CODE_ATTEMPTS })
        .execute()
      if (counted.affected !== 1) {
        await manager.delete(SignInChallengeEntity, { idHash })
        return null
      }
      const challenge = await manager.findOneByOrFail(SignInChallengeEntity, { idHash })
      return {
        accountId: challenge.accountId,
        kind: challenge.kind,
        expiresAt: challenge.expiresAt,
        attemptsLeft: SIGN_IN_CODE_ATTEMPTS - challenge.attempts + 1,
      }
    })
  }

  /** The account a live challenge of `kind` is for, without counting an attempt (to show a QR code). */
  async peek(token: string, kind: ChallengeKind): Promise<string | null> {
    const challenge = await this.db.read.findOneBy(SignInChallengeEntity, {
      idHash: hashToken(token),
      kind,
      expiresAt: MoreThan(this.clock.now()),
    })
    return challenge?.accountId ?? null
  }

  async close(token: string): Promise<void> {
    await this.db.write(manager => manager.delete(SignInChallengeEntity, { idHash: hashToken(token) }))
  }

  async closeAllFor(accountId: string): Promise<void> {
    await this.db.write(manager => manager.delete(SignInChallengeEntity, { accountId }))
  }
}
