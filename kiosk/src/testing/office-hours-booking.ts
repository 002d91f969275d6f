import { flushPromises } from '@vue/test-utils'
import { bookingFixture, eventFixture, slotContactFixture, slotFixture } from '@/testing/fixtures'
import {
  answer,
  graphqlError,
  sentOperation,
  stubGraphqlFetch,
  type GraphqlAnswer,
} from '@/testing/graphql-fetch-stub'
import { accessibleName, buttonNamed, mountKiosk } from '@/testing/mount-kiosk'
import type { OfficeHoursSlot } from '@/features/office-hours/office-hours-display'

// What the tests of the booking screens share: the times on offer and how to reach them.
export const amara = slotContactFixture()
export const noor = slotContactFixture({
  id: 'c-2',
  name: 'Noor Haddad',
  pronouns: 'they/them',
  languages: ['ar'],
})

// The event is in New York (UTC−5 in November): 02:00 UTC on the 27th is still Thursday the 26th there.
// Times without a named contact are with whoever is on duty: Noor, on Thursday morning.
export const SLOTS: OfficeHoursSlot[] = [
  slotFixture({
    id: 's-1',
    startsAt: '2026-11-26T12:00:00.000Z',
    endsAt: '2026-11-26T12:20:00.000Z',
    onDuty: [noor],
  }),
  slotFixture({
    id: 's-2',
    startsAt: '2026-11-26T12:25:00.000Z',
    endsAt: '2026-11-26T12:45:00.000Z',
    available: false,
  }),
  slotFixture({
    id: 's-3',
    startsAt: '2026-11-26T16:00:00.000Z',
    endsAt: '2026-11-26T16:25:00.000Z',
    contact: amara,
  }),
  slotFixture({ id: 's-4', startsAt: '2026-11-27T02:00:00.000Z', endsAt: '2026-11-27T02:20:00.000Z' }),
  slotFixture({
    id: 's-5',
    startsAt: '2026-11-27T15:00:00.000Z',
    endsAt: '2026-11-27T15:25:00.000Z',
    contact: amara,
    place: null,
  }),
]

interface Requests {
  readonly query: string
  readonly variables: Record<string, unknown>
}

/** Opens the kiosk at the event's home; `respond` answers the office-hours operations. */
export async function openKiosk(
  respond: (operation: string, variables: Record<string, unknown>) => GraphqlAnswer,
) {
  const fetchMock = stubGraphqlFetch((operation, variables) =>
    operation === 'EventsDetail'
      ? answer({ publicEvent: eventFixture({ timeZone: 'America/New_York' }) })
      : respond(operation, variables),
  )
  const kiosk = await mountKiosk()
  const requests = (operation: string) =>
    fetchMock.mock.calls
      .map(([url, init]) => sentOperation(url, init) as Requests)
      .filter(request => new RegExp(`(query|mutation) ${operation}\\b`).test(request.query))
  return { ...kiosk, requests }
}

/** Answers with SLOTS (a time booked here is taken from then on), booking with `book`. */
export function officeHours(book: () => GraphqlAnswer = () => answer({ bookSlot: bookingFixture() })) {
  const booked = new Set<unknown>()
  return (operation: string, variables: Record<string, unknown>): GraphqlAnswer => {
    switch (operation) {
      case 'OfficeHoursSlots':
        return answer({
          officeHourSlots: SLOTS.map(slot => (booked.has(slot.id) ? { ...slot, available: false } : slot)),
        })
      case 'OfficeHoursBook': {
        const result = book()
        if ('body' in result && !('errors' in (result.body as object))) {
          booked.add((variables.input as { slotId: string }).slotId)
        }
        return result
      }
      default:
        return graphqlError('NOT_FOUND')
    }
  }
}

export type Wrapper = Awaited<ReturnType<typeof mountKiosk>>['wrapper']

const namesOf = (wrapper: Wrapper, selector: string) =>
  wrapper.findAll(selector).map(found => accessibleName(found.element))
export const dayButtons = (wrapper: Wrapper) => namesOf(wrapper, '.office-hours-day-picker button')
export const freeSlots = (wrapper: Wrapper) => namesOf(wrapper, '[data-testid="free-slot"]')

export async function openBooking(respond = officeHours()) {
  const kiosk = await openKiosk(respond)
  await buttonNamed(kiosk.wrapper, 'Book a private meeting').trigger('click')
  await flushPromises()
  return kiosk
}

export async function chooseAndBook(wrapper: Wrapper, slot: string, reach = '') {
  await buttonNamed(wrapper, slot).trigger('click')
  await flushPromises()
  if (reach) {
    await wrapper.get('input#office-hours-reach').setValue(reach)
  }
  await buttonNamed(wrapper, 'Book this time').trigger('click')
  await flushPromises()
}
