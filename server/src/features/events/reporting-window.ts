import { EventStatus, PUBLIC_AFTER_CLOSE_DAYS } from '@conduct-desk/shared'
import type { EventEntity } from './event.entity.js'

const DAY_MS = 86_400_000

/** The earliest closing time of an event still open to late reports at `now`. */
export function lateReportCutoff(now: Date): Date {
  return new Date(now.getTime() - PUBLIC_AFTER_CLOSE_DAYS * DAY_MS)
}

/**
 * Whether an event takes reports and follow-ups: while published, and for 30 days after it closes,
 * because harassment is often reported once people are home (the guide keeps reporting open). The
 * public list shows the same events.
 */
export function acceptsReports(event: Pick<EventEntity, 'status' | 'closedAt'>, now: Date): boolean {
  return (
    event.status === EventStatus.Published ||
    (event.status === EventStatus.Closed && event.closedAt !== null && event.closedAt > lateReportCutoff(now))
  )
}
