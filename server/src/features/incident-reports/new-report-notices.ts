import type { Logger } from '../../platform/logging/logger.js'
import { DigestMailer } from '../../platform/mail/digest-mailer.js'
import type { Mailer } from '../../platform/mail/mailer.js'
import type { Clock } from '../../platform/time/clock.js'

/** One email a minute per recipient at most, however many reports arrive (SECURITY R54). */
export const NEW_REPORT_EMAIL_INTERVAL_MS = 60_000

const reportsWord = (count: number) => (count === 1 ? 'report' : 'reports')

/**
 * The emails that tell on-duty contacts reports arrived: the first at once, then one summary a
 * minute with how many came, per event. They say nothing about any report, only that it is there.
 */
export function createNewReportNotices(deps: {
  readonly mailer: Mailer
  readonly clock: Clock
  readonly dashboardUrl: string
  readonly log: Logger
}): DigestMailer {
  const readIt = `Read it in the dashboard:\n\n${deps.dashboardUrl}/`
  return new DigestMailer(
    deps.mailer,
    deps.clock,
    NEW_REPORT_EMAIL_INTERVAL_MS,
    {
      first: eventName => ({
        subject: `A new report arrived: ${eventName}`,
        text: `A new Code of Conduct report arrived for ${eventName}. ${readIt}`,
      }),
      summary: counts => {
        const total = [...counts.values()].reduce((sum, count) => sum + count, 0)
        const lines = [...counts].map(
          ([eventName, count]) => `- ${eventName}: ${count} ${reportsWord(count)}`,
        )
        return {
          subject: `${total} more ${reportsWord(total)} arrived`,
          text: [
            `Since the last email, ${total} more Code of Conduct ${reportsWord(total)} arrived:`,
            lines.join('\n'),
            `Read them in the dashboard:\n\n${deps.dashboardUrl}/`,
          ].join('\n\n'),
        }
      },
    },
    deps.log,
  )
}
