import type { Pinia } from 'pinia'
import { useEventStore } from '@/features/events/event.store'
import { useUrgentHelpStore } from '@/features/urgent-help/urgent-help.store'
import { graphqlClient } from '@/graphql/client'
import { clearQrCache } from '@/ui/qr-code'
import { useKioskSessionStore } from './kiosk-session.store'

/**
 * Every Pinia store of the kiosk. A store missing here would survive the wipe and could hand one
 * visitor's state to the next, so `reset-app-state.test.ts` fails when a `*.store.ts` is not listed.
 */
export const APP_STORES = [useKioskSessionStore, useEventStore, useUrgentHelpStore] as const

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
