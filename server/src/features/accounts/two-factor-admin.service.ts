import type { Database } from '../../db/database.js'
import { badUserInput, notFound } from '../../platform/errors/domain-error.js'
import type { Clock } from '../../platform/time/clock.js'
import { EventEntity } from '../events/event.entity.js'
import { AccountEntity } from './account.entity.js'
import type { SessionService } from './session.service.js'
import type { SignInChallengeService } from './sign-in-challenge.service.js'
import { normalizeEmail } from './sign-in.service.js'
import { TwoFactorGraceEntity } from './two-factor-grace.entity.js'
import type { TwoFactorService } from './two-factor.service.js'

/** A grace period is for getting a team started, not a way to switch the second factor off. */
export const GRACE_MAX_DAYS = 30

/** What administrators decide about other people's second factor. */
export class TwoFactorAdminService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly twoFactor: TwoFactorService,
    private readonly sessions: SessionService,
    private readonly challenges: SignInChallengeService,
  ) {}

  /**
   * Forgets an account's authenticator and recovery codes (a lost phone), and ends every session and
   * pending sign-in of it (SECURITY R15, R18): the person sets up a new one at the next sign-in.
   * @throws NOT_FOUND when no account has the email
   */
  async reset(email: string): Promise<void> {
    const account = await this.db.read.findOneBy(AccountEntity, { email: normalizeEmail(email) })
    if (account === null) {
      throw notFound('This account')
    }
    await this.db.write(manager => this.twoFactor.forget(manager, account.id))
    await this.challenges.closeAllFor(account.id)
    await this.sessions.endAllFor(account.id)
  }

  /**
   * Opens (or changes) an event's grace period until `endsAt`, or closes it with null.
   * @throws BAD_USER_INPUT for a time in the past or more than GRACE_MAX_DAYS ahead
   * @returns when the grace period ends, or null
   */
  async setGrace(eventId: string, endsAt: Date | null, grantedById: string): Promise<Date | null> {
    const now = this.clock.now()
    if (
      endsAt !== null &&
      (endsAt <= now || endsAt.getTime() - now.getTime() > GRACE_MAX_DAYS * 86_400_000)
    ) {
      throw badUserInput(`Choose an end within the next ${GRACE_MAX_DAYS} days.`, 'endsAt')
    }
    return this.db.write(async manager => {
      if ((await manager.countBy(EventEntity, { id: eventId })) === 0) {
        throw notFound('This event')
      }
      await manager.delete(TwoFactorGraceEntity, { eventId })
      if (endsAt !== null) {
        await manager.insert(TwoFactorGraceEntity, { eventId, endsAt, grantedById, createdAt: now })
      }
      return endsAt
    })
  }
}
