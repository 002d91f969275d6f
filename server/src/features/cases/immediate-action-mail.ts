import type { Logger } from '../../platform/logging/logger.js'
import type { Mailer } from '../../platform/mail/mailer.js'
import type { CaseFileEntity } from './case-file.entity.js'
import type { CaseTeamMember } from './case-team.js'

export interface ImmediateActionMailer {
  readonly mailer: Mailer
  readonly dashboardUrl: string
  readonly log: Logger
}

/** Just recorded, or still unreviewed when its 24 hours are up. */
export type ImmediateActionNotice = 'recorded' | 'overdue'

const WORDS: Record<ImmediateActionNotice, { subject: string; text: string }> = {
  recorded: {
    subject: "An immediate action needs the team's review",
    text: 'A responder took an immediate action on the case "{codeName}". The team reviews it within 24 hours.',
  },
  overdue: {
    subject: "Reminder: an immediate action still waits for the team's review",
    text: 'An immediate action on the case "{codeName}" was recorded 24 hours ago and nobody has reviewed it yet. Another responder reviews it now.',
  },
}

/**
 * Tells a case's team about an immediate action: the case's code name and a link, never what was
 * done (they read it in the dashboard, where the read is audited). A failed email is logged and
 * never undoes the work it tells of.
 */
export async function mailImmediateAction(
  { mailer, dashboardUrl, log }: ImmediateActionMailer,
  caseFile: Pick<CaseFileEntity, 'id' | 'eventId' | 'codeName'>,
  team: readonly CaseTeamMember[],
  notice: ImmediateActionNotice,
): Promise<void> {
  if (team.length === 0) {
    return
  }
  const words = WORDS[notice]
  try {
    await mailer.send({
      to: team.map(member => member.email),
      subject: `${words.subject}: ${caseFile.codeName}`,
      text: [
        words.text.replace('{codeName}', caseFile.codeName),
        `Review it in the dashboard: ${dashboardUrl}/events/${caseFile.eventId}/cases/${caseFile.id}`,
      ].join('\n\n'),
    })
  } catch (error) {
    log.error({ err: error, caseId: caseFile.id, notice }, 'immediate action email failed')
  }
}
