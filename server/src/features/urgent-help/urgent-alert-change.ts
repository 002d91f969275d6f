import type { UrgentAlertEntity } from './urgent-alert.entity.js'
import type { UrgentAlertStatusValue } from './urgent-help.type.js'

/** The topic on which an event's alerts change; each subscriber re-reads what they may see. */
export const urgentAlertsTopic = (eventId: string) => `URGENT_ALERTS:${eventId}`

/**
 * What a change to an alert publishes: which alert, so a subscriber it is hidden from hears
 * nothing; `isNarrowed` when fewer people may now see it (linked to a case), so everyone re-reads.
 */
export interface UrgentAlertChange {
  readonly alertId: string
  readonly isNarrowed?: boolean
}

export type PublishAlertChange = (change: UrgentAlertChange & { readonly eventId: string }) => void

/** Cancelled wins: the person said they are fine, whoever was on the way. */
export function statusOf(
  alert: Pick<UrgentAlertEntity, 'cancelledAt' | 'acknowledgedAt'>,
): UrgentAlertStatusValue {
  if (alert.cancelledAt !== null) {
    return 'cancelled'
  }
  return alert.acknowledgedAt === null ? 'open' : 'acknowledged'
}
