import type { Pinia } from 'pinia'
import { useCasesStore } from '@/features/cases/cases.store'
import { useUrgentHelpStore } from '@/features/urgent-help/urgent-help.store'
import { useNoticeStore } from './notice.store'
import { useReauthStore } from './reauth.store'
import { useSessionStore } from './session.store'

/**
 * Every store of the app. Signing out, a session that expires and accepting an invitation as someone
 * else all reset them together, so nothing one person saw stays for the next on a shared laptop.
 * reset-app-state.test.ts fails when a `*.store.ts` is missing here.
 */
export const APP_STORES = [
  useSessionStore,
  useNoticeStore,
  useReauthStore,
  useUrgentHelpStore,
  useCasesStore,
] as const

/** Resets every store (Directus' dehydrate idea); setup stores have no built-in $reset. */
export function resetAppState(pinia?: Pinia): void {
  for (const useStore of APP_STORES) {
    useStore(pinia).reset()
  }
}
