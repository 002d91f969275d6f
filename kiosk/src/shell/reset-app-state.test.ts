import { createPinia, getActivePinia, setActivePinia, type StoreDefinition } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useEnrolmentStore } from '@/features/enrolment/enrolment.store'
import { useEventStore } from '@/features/events/event.store'
import { useUrgentHelpStore } from '@/features/urgent-help/urgent-help.store'
import { eventFixture, urgentAnswerFixture } from '@/testing/fixtures'
import { answer, stubGraphqlFetch } from '@/testing/graphql-fetch-stub'
import { useKioskSessionStore } from './kiosk-session.store'
import { APP_STORES, DEVICE_STORES, resetAppState } from './reset-app-state'

// Every `use…Store` exported by any *.store.ts in the app, found on disk rather than listed by hand.
const storeModules = import.meta.glob<Record<string, unknown>>('/src/**/*.store.ts', { eager: true })
const discovered = Object.entries(storeModules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([name, value]) => /^use\w+Store$/.test(name) && typeof value === 'function')
    .map(([name, value]) => ({ file, name, useStore: value as StoreDefinition })),
)

describe('resetAppState', () => {
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => vi.unstubAllGlobals())

  it('finds the stores on disk (guards the check below against a broken glob)', () => {
    expect(discovered.map(store => store.name)).toEqual(
      expect.arrayContaining([
        'useEventStore',
        'useKioskSessionStore',
        'useUrgentHelpStore',
        'useEnrolmentStore',
      ]),
    )
  })

  it.each(discovered)(
    'registers $name from $file as wiped or, on purpose, as device config',
    ({ useStore }) => {
      const lists = [APP_STORES, DEVICE_STORES].filter(list =>
        (list as readonly unknown[]).includes(useStore),
      )
      expect(lists).toHaveLength(1)
    },
  )

  it('keeps device configuration, and only that, through the wipe', async () => {
    expect(DEVICE_STORES).toEqual([useEnrolmentStore])
    stubGraphqlFetch(() =>
      answer({ thisKiosk: { eventSlug: 'riverside-pycon-2026', location: 'Registration desk' } }),
    )
    const pinia = getActivePinia()!
    await useEnrolmentStore(pinia).check()
    resetAppState(pinia)
    expect(useEnrolmentStore(pinia).enrolment).toEqual({
      eventSlug: 'riverside-pycon-2026',
      location: 'Registration desk',
    })
  })

  it('gives every registered store an explicit reset()', () => {
    for (const useStore of APP_STORES) {
      expect(typeof useStore().reset).toBe('function')
    }
  })

  it('returns every store to its initial state', async () => {
    stubGraphqlFetch(operation =>
      operation === 'UrgentHelpRequest'
        ? answer({ requestUrgentHelp: urgentAnswerFixture() })
        : answer({ publicEvent: eventFixture() }),
    )
    const pinia = getActivePinia()!
    const initial = APP_STORES.map(useStore => JSON.stringify(useStore(pinia).$state))

    await useEventStore(pinia).select('riverside-pycon-2026')
    useKioskSessionStore(pinia).setLocale('pt')
    useKioskSessionStore(pinia).markAutoOpened()
    await useUrgentHelpStore(pinia).request('riverside-pycon-2026')
    await useUrgentHelpStore(pinia).sendPlace('Room B')
    expect(useEventStore(pinia).event).not.toBeNull()
    expect(useUrgentHelpStore(pinia).placeStatus).toBe('sent')

    resetAppState(pinia)

    expect(APP_STORES.map(useStore => JSON.stringify(useStore(pinia).$state))).toEqual(initial)
  })

  it('drops an answer that arrives after the wipe', async () => {
    let release: () => void = () => undefined
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init?: RequestInit) =>
          new Promise((resolve, reject) => {
            init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))
            release = () => resolve(new Response(JSON.stringify({ data: { publicEvent: eventFixture() } })))
          }),
      ),
    )
    const pinia = getActivePinia()!
    const loading = useEventStore(pinia).select('riverside-pycon-2026')
    resetAppState(pinia)
    release()
    await loading
    expect(useEventStore(pinia).event).toBeNull()
    expect(useEventStore(pinia).status).toBe('idle')
  })
})
