import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { OfficeHoursSlot } from './office-hours-display'
import { bookingFixture, eventFixture, slotContactFixture, slotFixture } from '@/testing/fixtures'
import {
  answer,
  graphqlError,
  sentOperation,
  stubGraphqlFetch,
  type GraphqlAnswer,
} from '@/testing/graphql-fetch-stub'
import { accessibleName, buttonNamed, mountKiosk, readableText } from '@/testing/mount-kiosk'
import { useBookingStore } from './booking.store'
import { useOfficeHoursStore } from './office-hours.store'

const amara = slotContactFixture()

// The event is in New York (UTC−5 in November): 02:00 UTC on the 27th is still Thursday the 26th there.
const SLOTS: OfficeHoursSlot[] = [
  slotFixture({ id: 's-1', startsAt: '2026-11-26T12:00:00.000Z', endsAt: '2026-11-26T12:20:00.000Z' }),
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
async function openKiosk(respond: (operation: string, variables: Record<string, unknown>) => GraphqlAnswer) {
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
function officeHours(book: () => GraphqlAnswer = () => answer({ bookSlot: bookingFixture() })) {
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

type Wrapper = Awaited<ReturnType<typeof mountKiosk>>['wrapper']

const namesOf = (wrapper: Wrapper, selector: string) =>
  wrapper.findAll(selector).map(found => accessibleName(found.element))
const dayButtons = (wrapper: Wrapper) => namesOf(wrapper, '.office-hours-day-picker button')
const freeSlots = (wrapper: Wrapper) => namesOf(wrapper, '[data-testid="free-slot"]')

async function openBooking(respond = officeHours()) {
  const kiosk = await openKiosk(respond)
  await buttonNamed(kiosk.wrapper, 'Book a private meeting').trigger('click')
  await flushPromises()
  return kiosk
}

async function chooseAndBook(wrapper: Wrapper, slot: string, reach = '') {
  await buttonNamed(wrapper, slot).trigger('click')
  await flushPromises()
  if (reach) {
    await wrapper.get('input#office-hours-reach').setValue(reach)
  }
  await buttonNamed(wrapper, 'Book this time').trigger('click')
  await flushPromises()
}

describe('Book a private meeting', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  it('opens from its home tile, says what a private meeting is, and asks for the next 14 days', async () => {
    const { wrapper, router, requests } = await openBooking()
    expect(router.currentRoute.value.name).toBe('office-hours-book')
    expect(wrapper.get('h1').text()).toBe('Book a private meeting')
    expect(wrapper.text()).toContain('in a quiet room')
    expect(wrapper.text()).toContain("you don't need to give your name")
    const [asked] = requests('OfficeHoursSlots')
    expect(asked?.variables.eventSlug).toBe('riverside-pycon-2026')
    const from = Date.parse(String(asked?.variables.from))
    const to = Date.parse(String(asked?.variables.to))
    expect(to - from).toBe(14 * 86_400_000)
  })

  it("groups the times by day in the event's time zone and offers only the free ones", async () => {
    const { wrapper } = await openBooking()
    expect(dayButtons(wrapper)).toEqual([
      'Thursday November 26 3 free times',
      'Friday November 27 1 free time',
    ])
    expect(wrapper.get('.office-hours-day-picker button').attributes('aria-pressed')).toBe('true')
    expect(wrapper.get('#office-hours-slots-heading').text()).toBe('Free times on Thursday, November 26')
    // The taken time (s-2) is no button; 9 PM in New York is Thursday's, not Friday's.
    expect(freeSlots(wrapper)).toEqual([
      '7:00 AM – 7:20 AM Room 2.14, second floor With whoever is on duty',
      '11:00 AM – 11:25 AM Room 2.14, second floor With Amara Okafor',
      '9:00 PM – 9:20 PM Room 2.14, second floor With whoever is on duty',
    ])
    expect(wrapper.get('[data-testid="taken-note"]').text()).toBe('1 time on this day is already taken.')

    await buttonNamed(wrapper, 'Friday November 27').trigger('click')
    // A time without its own place is in the quiet room.
    expect(freeSlots(wrapper)).toEqual(['10:00 AM – 10:25 AM Room 2.14, second floor With Amara Okafor'])
    expect(wrapper.find('[data-testid="taken-note"]').exists()).toBe(false)
  })

  it('narrows the times to the person chosen, or to whoever is on duty', async () => {
    const { wrapper } = await openBooking()
    const filter = wrapper.get('.office-hours-contact-filter')
    expect(filter.get('h2').text()).toBe("Someone I'm comfortable with")
    expect(filter.findAll('button').map(button => accessibleName(button.element))).toEqual([
      'No preference Show every free time',
      'Amara Okafor (she/her) Speaks English and French',
      'Anyone on duty Whoever from the team is on duty then',
    ])

    await buttonNamed(wrapper, 'Amara Okafor').trigger('click')
    expect(buttonNamed(wrapper, 'Amara Okafor').attributes('aria-pressed')).toBe('true')
    expect(dayButtons(wrapper)).toEqual([
      'Thursday November 26 1 free time',
      'Friday November 27 1 free time',
    ])
    expect(freeSlots(wrapper)).toEqual(['11:00 AM – 11:25 AM Room 2.14, second floor With Amara Okafor'])

    await buttonNamed(wrapper, 'Anyone on duty').trigger('click')
    expect(dayButtons(wrapper)).toEqual([
      'Thursday November 26 2 free times',
      'Friday November 27 Fully booked',
    ])
    expect(freeSlots(wrapper).every(name => name.endsWith('With whoever is on duty'))).toBe(true)
    await buttonNamed(wrapper, 'Friday November 27').trigger('click')
    expect(freeSlots(wrapper)).toEqual([])
    expect(wrapper.text()).toContain('The person you chose has no free time on this day.')
  })

  it('books a time and shows the code, a QR code of it, and the time and place', async () => {
    const { wrapper, router, requests } = await openBooking(
      officeHours(() => answer({ bookSlot: bookingFixture({ slot: { ...SLOTS[2]!, available: false } }) })),
    )
    await buttonNamed(wrapper, '11:00 AM – 11:25 AM').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('office-hours-confirm')
    expect(wrapper.get('h1').text()).toBe('Check your meeting')
    expect(readableText(wrapper.get('[data-testid="meeting-with"]').element)).toContain('Amara Okafor')
    const reach = wrapper.get('input#office-hours-reach')
    expect(reach.attributes()).toMatchObject({
      autocomplete: 'off',
      autocorrect: 'off',
      autocapitalize: 'off',
      spellcheck: 'false',
      maxlength: '200',
    })
    expect(wrapper.get('label[for="office-hours-reach"]').text()).toBe('How can we reach you? (optional)')
    expect(wrapper.text()).toContain('Only the Code of Conduct team will see it.')

    await reach.setValue('  +351 900 000 000 ')
    await buttonNamed(wrapper, 'Book this time').trigger('click')
    await flushPromises()

    expect(requests('OfficeHoursBook').map(request => request.variables)).toEqual([
      { input: { slotId: 's-3', contactMethod: '+351 900 000 000' } },
    ])
    expect(router.currentRoute.value.name).toBe('office-hours-receipt')
    expect(wrapper.get('h1').text()).toBe('Your meeting is booked')
    expect(wrapper.get('[data-testid="booking-code"]').text()).toBe('ABCDE-FGHJK')
    expect(wrapper.text()).toContain('A B C D E, F G H J K')
    expect(wrapper.get('svg[role="img"]').attributes('aria-label')).toBe('QR code holding your booking code')
    expect(wrapper.text()).toContain('Keep this code: you need it to cancel or move the meeting.')
    expect(readableText(wrapper.get('[data-testid="meeting-when"]').element)).toBe(
      'Thursday, November 26 11:00 AM – 11:25 AM',
    )
    expect(wrapper.get('[data-testid="meeting-where"]').text()).toContain('Room 2.14, second floor')
    // The time just booked is no longer offered.
    expect(useOfficeHoursStore().slots.find(slot => slot.id === 's-3')?.available).toBe(false)
  })

  it('sends no way to reach when none is typed', async () => {
    const { wrapper, requests } = await openBooking()
    await chooseAndBook(wrapper, '7:00 AM – 7:20 AM')
    expect(requests('OfficeHoursBook').map(request => request.variables)).toEqual([
      { input: { slotId: 's-1', contactMethod: null } },
    ])
  })

  it('hides the code after a minute, and "Done" goes home and forgets it', async () => {
    const { wrapper, router, pinia } = await openBooking()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    await chooseAndBook(wrapper, '7:00 AM – 7:20 AM')
    expect(wrapper.get('[data-testid="booking-code"]').text()).toBe('ABCDE-FGHJK')

    await vi.advanceTimersByTimeAsync(60_000)
    expect(wrapper.find('[data-testid="booking-code"]').exists()).toBe(false)
    expect(wrapper.find('svg[role="img"]').exists()).toBe(false)
    expect(document.body.innerHTML).not.toContain('ABCDE-FGHJK')
    expect(wrapper.text()).toContain('The code is hidden now')

    await buttonNamed(wrapper, 'Show the code again').trigger('click')
    expect(wrapper.get('[data-testid="booking-code"]').text()).toBe('ABCDE-FGHJK')

    await buttonNamed(wrapper, 'Done').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('home-attract')
    expect(useBookingStore(pinia).receipt).toBeNull()
    expect(document.body.innerHTML).not.toContain('ABCDE-FGHJK')
  })

  it('when the time was just taken, says so kindly and shows the list again, refreshed', async () => {
    let taken = false
    const respond = (operation: string): GraphqlAnswer => {
      if (operation === 'OfficeHoursBook') {
        if (taken) {
          return answer({ bookSlot: bookingFixture() })
        }
        taken = true
        return graphqlError('CONFLICT', 'This time was just taken.')
      }
      return answer({
        officeHourSlots: taken
          ? SLOTS.map(slot => (slot.id === 's-1' ? { ...slot, available: false } : slot))
          : SLOTS,
      })
    }
    const { wrapper, router, requests } = await openBooking(respond)
    expect(requests('OfficeHoursSlots')).toHaveLength(1)

    await chooseAndBook(wrapper, '7:00 AM – 7:20 AM')

    expect(router.currentRoute.value.name).toBe('office-hours-book')
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Sorry, someone booked that time a moment ago. Here are the times that are still free.',
    )
    expect(requests('OfficeHoursSlots').length).toBeGreaterThan(1)
    expect(freeSlots(wrapper).some(name => name.startsWith('7:00 AM'))).toBe(false)
    expect(wrapper.get('[data-testid="taken-note"]').text()).toBe('2 times on this day are already taken.')

    // Choosing another time clears the message.
    await chooseAndBook(wrapper, '9:00 PM – 9:20 PM')
    expect(useBookingStore().notice).toBeNull()
  })

  it('when this kiosk booked too often, says so and stays on the confirm step', async () => {
    const { wrapper, router } = await openBooking(officeHours(() => graphqlError('RATE_LIMITED')))
    await chooseAndBook(wrapper, '7:00 AM – 7:20 AM')
    expect(router.currentRoute.value.name).toBe('office-hours-confirm')
    expect(wrapper.get('#office-hours-confirm-problem').text()).toContain(
      'This screen has booked several meetings in the last hour.',
    )
  })

  it('with no times at all, says so and points to the contacts', async () => {
    const { wrapper } = await openBooking(() => answer({ officeHourSlots: [] }))
    expect(wrapper.get('h2').text()).toBe('There are no meeting times to book right now')
    await buttonNamed(wrapper, 'Find a contact').trigger('click')
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('Code of Conduct contacts')
  })

  it('Quick exit forgets the code and the choices made', async () => {
    const { wrapper, router, pinia } = await openBooking()
    await buttonNamed(wrapper, 'Amara Okafor').trigger('click')
    await chooseAndBook(wrapper, '11:00 AM – 11:25 AM')
    expect(wrapper.get('[data-testid="booking-code"]').text()).toBe('ABCDE-FGHJK')

    await buttonNamed(wrapper, 'Quick exit').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.name).toBe('home-attract')
    expect(document.body.innerHTML).not.toContain('ABCDE-FGHJK')
    expect(useBookingStore(pinia).receipt).toBeNull()
    expect(useOfficeHoursStore(pinia).filter).toBe('all')
    expect(useOfficeHoursStore(pinia).slots).toEqual([])
  })
})
