import { CaseStatus } from '@conduct-desk/shared'
import { IsNull, LessThanOrEqual } from 'typeorm'
import type { Database } from '../../db/database.js'
import type { Clock } from '../../platform/time/clock.js'
import { CaseEntryEntity } from './case-entry.entity.js'
import { factsOf } from './case-facts.js'
import { CaseFileEntity } from './case-file.entity.js'
import { teamOf } from './case-team.js'
import { mailImmediateAction, type ImmediateActionMailer } from './immediate-action-mail.js'

/** How many due reminders one run sends at most; the next run takes the rest. */
const BATCH = 100

/**
 * The second look at an immediate action, when nobody gave it: once its 24 hours are up unreviewed,
 * the case's team (those who may see the case, never the responder who took it) is reminded by
 * email, once. Run on a timer by the composition root; tests call `sendDue` after moving the clock.
 */
export class ImmediateActionReminders {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly mail: ImmediateActionMailer,
  ) {}

  /** Sends the reminders now due; returns how many immediate actions the team was reminded of. */
  async sendDue(): Promise<number> {
    const now = this.clock.now()
    const due = await this.db.read.find(CaseEntryEntity, {
      where: {
        kind: 'immediate-action',
        reviewedAt: IsNull(),
        remindedAt: IsNull(),
        reviewDueAt: LessThanOrEqual(now),
      },
      order: { reviewDueAt: 'ASC' },
      take: BATCH,
    })
    let sent = 0
    for (const entry of due) {
      const toRemind = await this.claim(entry, now)
      if (toRemind !== null) {
        await mailImmediateAction(this.mail, toRemind.caseFile, toRemind.team, 'overdue')
        sent += 1
      }
    }
    return sent
  }

  /**
   * Marks the entry reminded and reads whom to remind, in one transaction: the process whose mark
   * lands sends the email, so several server processes never send it twice. A closed case is
   * marked and left alone (it takes no review any more).
   */
  private claim(entry: CaseEntryEntity, now: Date) {
    return this.db.write(async manager => {
      const marked = await manager.update(
        CaseEntryEntity,
        { id: entry.id, reviewedAt: IsNull(), remindedAt: IsNull() },
        { remindedAt: now },
      )
      const caseFile = await manager.findOneBy(CaseFileEntity, { id: entry.caseId })
      if (marked.affected === 0 || caseFile === null || caseFile.status === CaseStatus.Closed) {
        return null
      }
      const facts = (await factsOf(manager, [caseFile])).get(caseFile.id)
      const team = facts === undefined ? [] : await teamOf(manager, caseFile, facts)
      return { caseFile, team: team.filter(member => member.accountId !== entry.authorId) }
    })
  }
}
