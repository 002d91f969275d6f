import { Role } from '@conduct-desk/shared'
import { IsNull, Not } from 'typeorm'
import type { Database } from '../../db/database.js'
import type { Logger } from '../../platform/logging/logger.js'
import type { Mailer } from '../../platform/mail/mailer.js'
import { AccountEntity } from '../accounts/account.entity.js'
import { RoleAssignmentEntity } from '../accounts/role-assignment.entity.js'
import { EventEntity } from '../events/event.entity.js'
import type { CaseFileEntity } from './case-file.entity.js'

/**
 * Tells the Working Group that an event's team escalated a case to them: which event, the case's
 * code name and a link, never what it says (they read it in the dashboard, where the read is
 * audited). Sent after the escalation commits; a failed email is logged, never undoes it.
 */
export class CaseEscalationMail {
  constructor(
    private readonly db: Database,
    private readonly mailer: Mailer,
    private readonly dashboardUrl: string,
    private readonly log: Logger,
  ) {}

  async escalated(caseFile: Pick<CaseFileEntity, 'id' | 'eventId' | 'codeName'>): Promise<void> {
    try {
      const read = this.db.read
      const [event, roles] = await Promise.all([
        read.findOneByOrFail(EventEntity, { id: caseFile.eventId }),
        // An appointment counts once approved, as for every other role.
        read.findBy(RoleAssignmentEntity, { role: Role.Wg, approvedAt: Not(IsNull()) }),
      ])
      const members = await Promise.all(
        [...new Set(roles.map(role => role.accountId))].map(id =>
          read.findOneBy(AccountEntity, { id, disabledAt: IsNull() }),
        ),
      )
      const to = members.flatMap(member => (member === null ? [] : [member.email]))
      if (to.length === 0) {
        return
      }
      await this.mailer.send({
        to,
        subject: `A case was escalated to the Working Group: ${event.name}`,
        text: [
          `The Code of Conduct team of ${event.name} escalated the case "${caseFile.codeName}" to the Working Group.`,
          `Read it in the dashboard (your reading is recorded in the audit log): ${this.dashboardUrl}/events/${caseFile.eventId}/cases/${caseFile.id}`,
        ].join('\n\n'),
      })
    } catch (error) {
      this.log.error({ err: error, caseId: caseFile.id }, 'escalation email failed')
    }
  }
}
