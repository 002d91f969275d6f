import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { APP_STORES, resetAppState } from './reset-app-state'
import { useNoticeStore } from './notice.store'
import { useSessionStore } from './session.store'
import { viewer } from '@/testing/fixtures'

/** Every `use…Store` exported by any `*.store.ts` under src/, found on disk rather than by hand. */
const storeModules = import.meta.glob<Record<string, unknown>>('../**/*.store.ts', { eager: true })
const definedStoreIds = Object.values(storeModules).flatMap(module =>
  Object.entries(module)
    .filter(([name, value]) => /^use\w+Store$/.test(name) && typeof value === 'function')
    .map(([, value]) => (value as { $id: string }).$id),
)

describe('resetAppState', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
  })

  it('lists every store of the app', () => {
    expect(definedStoreIds.length).toBeGreaterThan(0)
    expect(APP_STORES.map(useStore => useStore.$id).sort()).toEqual([...definedStoreIds].sort())
  })

  it('gives every store a reset()', () => {
    for (const useStore of APP_STORES) {
      expect(typeof useStore().reset, useStore.$id).toBe('function')
    }
  })

  it('clears what a signed-in person left behind', () => {
    useSessionStore().setViewer(viewer())
    useNoticeStore().show('signed-out')

    resetAppState()

    expect(useSessionStore().viewer).toBeNull()
    expect(useSessionStore().isSignedIn).toBe(false)
    expect(useNoticeStore().notice).toBeNull()
  })
})
