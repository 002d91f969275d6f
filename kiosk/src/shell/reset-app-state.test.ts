import { createPinia, getActivePinia, setActivePinia, type StoreDefinition } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useEnrolmentStore } from '@/features/enrolment/enrolment.store'
import { useEventStore } from '@/features/events/event.store'
import { useBookingStore } from '@/features/office-hours/booking.store'
import { useOfficeHoursStore } from '@/features/office-hours/office-hours.store'
import { useFollowUpStore } from '@/features/report/follow-up.store'
import { useReportStore } from '@/features/report/report.store'
import { useUrgentHelpStore } from '@/features/urgent-help/urgent-help.store'
import { bookingFixture, eventFixture, slotFixture, urgentAnswerFixture } from '@/testing/fixtures'
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
        'useOfficeHoursStore',
        'useBookingStore',
        'useReportStore',
        'useFollowUpStore',
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
    stubGraphqlFetch(operation => {
      switch (operation) {
        case 'UrgentHelpRequest':
          return answer({ requestUrgentHelp: urgentAnswerFixture() })
        case 'OfficeHoursSlots':
          return answer({ officeHourSlots: [slotFixture()] })
        case 'OfficeHoursBook':
          return answer({ bookSlot: bookingFixture() })
        case 'OfficeHoursBookingByCode':
          return answer({ bookingByCode: bookingFixture({ code: 'QRSTV-WXYZ0' }) })
        default:
          return answer({ publicEvent: eventFixture() })
      }
    })
    const pinia = getActivePinia()!
    const initial = APP_STORES.map(useStore => JSON.stringify(useStore(pinia).$state))

    await useEventStore(pinia).select('riverside-pycon-2026')
    useKioskSessionStore(pinia).setLocale('pt')
    useKioskSessionStore(pinia).markAutoOpened()
    await useUrgentHelpStore(pinia).request('riverside-pycon-2026')
    await useUrgentHelpStore(pinia).sendPlace('Room B')
    await useOfficeHoursStore(pinia).load('riverside-pycon-2026')
    useOfficeHoursStore(pinia).chooseDay('2026-11-26')
    useOfficeHoursStore(pinia).chooseFilter('contact:c-1')
    await useBookingStore(pinia).book('s-1', 'me@example.org')
    await useBookingStore(pinia).lookUp('QRSTV-WXYZ0')
    expect(useEventStore(pinia).event).not.toBeNull()
    expect(useUrgentHelpStore(pinia).placeStatus).toBe('sent')
    expect(useOfficeHoursStore(pinia).slots).toHaveLength(1)
    expect(useBookingStore(pinia).receipt?.code).toBe('ABCDE-FGHJK')
    expect(useBookingStore(pinia).managed?.code).toBe('QRSTV-WXYZ0')

    resetAppState(pinia)

    expect(APP_STORES.map(useStore => JSON.stringify(useStore(pinia).$state))).toEqual(initial)
  })

  it('leaves no booking code anywhere in the stores after the wipe', async () => {
    stubGraphqlFetch(operation =>
      operation === 'OfficeHoursBook'
        ? answer({ bookSlot: bookingFixture() })
        : answer({ officeHourSlots: [slotFixture()] }),
    )
    const pinia = getActivePinia()!
    await useBookingStore(pinia).book('s-1', '')
    expect(JSON.stringify(pinia.state.value)).toContain('ABCDE-FGHJK')
    resetAppState(pinia)
    expect(JSON.stringify(pinia.state.value)).not.toContain('ABCDE-FGHJK')
  })

  it('leaves no report, receipt, file or conversation anywhere after the wipe', async () => {
    const receipt = { reference: 'R-7K3M-9Q2F', passphrase: 'ABCD-EFGH-JKMN-PQRS-TVWX' }
    stubGraphqlFetch(operation => {
      switch (operation) {
        case 'ReportSubmit':
          return answer({ submitReport: receipt })
        case 'ReportStatus':
          return answer({
            reportStatus: {
              reference: receipt.reference,
              status: 'NEW',
              submittedOn: '2026-11-26',
              whatHappened: 'Someone kept filming me.',
              when: null,
              where: null,
              messages: [{ from: 'team', body: 'CANARY-TEAM-MESSAGE', sentOn: '2026-11-26' }],
            },
          })
        default:
          return answer({ publicEvent: eventFixture() })
      }
    })
    const pinia = getActivePinia()!
    const initial = APP_STORES.map(useStore => JSON.stringify(useStore(pinia).$state))
    const report = useReportStore(pinia)
    report.answers.description = 'CANARY-DESCRIPTION'
    report.answers.contactDetails = 'canary@example.org'
    report.toggleContact('excluded', 'c-2')
    report.addFiles([new File(['x'], 'canary.jpg', { type: 'image/jpeg' })])
    report.goTo('reach')
    const followUp = useFollowUpStore(pinia)
    await followUp.lookUp(receipt.reference, receipt.passphrase)
    expect(followUp.status?.messages).toHaveLength(1)
    await report.submit('riverside-pycon-2026', 'en')
    expect(report.receipt).toEqual(receipt)
    expect(report.uploads).toHaveLength(1)

    resetAppState(pinia)

    const state = JSON.stringify(pinia.state.value)
    for (const canary of ['ABCD-EFGH', 'R-7K3M', 'CANARY', 'canary']) {
      expect(state).not.toContain(canary)
    }
    expect(report.files).toEqual([])
    expect(report.step).toBe('what')
    expect(followUp.credentials).toBeNull()
    expect(APP_STORES.map(useStore => JSON.stringify(useStore(pinia).$state))).toEqual(initial)
  })

  it('drops a booking that arrives after the wipe', async () => {
    let release: () => void = () => undefined
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init?: RequestInit) =>
          new Promise((resolve, reject) => {
            init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))
            release = () => resolve(new Response(JSON.stringify({ data: { bookSlot: bookingFixture() } })))
          }),
      ),
    )
    const pinia = getActivePinia()!
    const booking = useBookingStore(pinia).book('s-1', '')
    resetAppState(pinia)
    release()
    await booking
    expect(useBookingStore(pinia).receipt).toBeNull()
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
