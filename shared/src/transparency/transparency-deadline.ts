import { addDays, localToInstant } from '../time/zoned-time.js'

/** The guide's month: the full report is due this many days after the event's last day. */
export const FULL_REPORT_DUE_DAYS = 30

/** An event's last day and the zone its days are read in. */
export interface EventDays {
  /** The last day, `YYYY-MM-DD`, local to the event. */
  readonly endsOn: string
  /** IANA zone name. */
  readonly timeZone: string
}

/** When the event is over: the midnight that ends its last local day. The initial report is due then. */
export function eventEndsAt({ endsOn, timeZone }: EventDays): Date {
  return localToInstant(addDays(endsOn, 1), '00:00', timeZone)
}

/** When the full report is due: the end of the 30th local day after the event's last day. */
export function fullReportDueAt({ endsOn, timeZone }: EventDays): Date {
  return localToInstant(addDays(endsOn, FULL_REPORT_DUE_DAYS + 1), '00:00', timeZone)
}
