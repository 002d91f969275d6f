import type { Pinia } from 'pinia'
import { useEnrolmentStore } from '@/features/enrolment/enrolment.store'
import { useEventStore } from '@/features/events/event.store'
import { useBookingStore } from '@/features/office-hours/booking.store'
import { useOfficeHoursStore } from '@/features/office-hours/office-hours.store'
import { useFollowUpStore } from '@/features/report/follow-up.store'
import { useReportStore } from '@/features/report/report.store'
import { useUrgentHelpStore } from '@/features/urgent-help/urgent-help.store'
import { graphqlClient } from '@/graphql/client'
import { clearQrCache } from '@/ui/qr-code'
import { useKioskSessionStore } from './kiosk-session.store'

/**
 * Every Pinia store of the kiosk. A store missing here would survive the wipe and could hand one
 * visitor's state to the next, so `reset-app-state.test.ts` fails when a `*.store.ts` is not listed.
 */
export const APP_STORES = [
  useKioskSessionStore,
  useEventStore,
  useUrgentHelpStore,
  useOfficeHoursStore,
  useBookingStore,
  useReportStore,
  useFollowUpStore,
] as const

/**
 * Stores of the device, not of a visitor, which the wipe leaves alone on purpose. Only
 * configuration that says nothing about anyone's visit belongs here (today: which event and place
 * this kiosk was enrolled for); each one says why in its own comment. The test holds every store to
 * being in exactly one of the two lists.
 */
export const DEVICE_STORES = [useEnrolmentStore] as const

/**
 * Wipes all client state in one go (SECURITY R24, R26): every store's `reset()`, requests in flight
 * (so a late answer cannot refill a store) and in-memory caches. Routing is the caller's part.
 */
export function resetAppState(pinia: Pinia): void {
  graphqlClient.cancelAll()
  for (const useStore of APP_STORES) {
    useStore(pinia).reset()
  }
  clearQrCache()
}
