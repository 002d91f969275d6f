import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { bookingFixture } from '@/testing/fixtures'
import { answer, graphqlError, type GraphqlAnswer } from '@/testing/graphql-fetch-stub'
import { buttonNamed, readableText } from '@/testing/mount-kiosk'
import { PRIVATE_INPUT } from '@/testing/private-input'
import { useBookingStore } from './booking.store'
import { useOfficeHoursStore } from './office-hours.store'
import {
  SLOTS,
  chooseAndBook,
  dayButtons,
  freeSlots,
  officeHours,
  openBooking,
} from '@/testing/office-hours-booking'

describe('Book a private meeting', () => {
  // A kiosk at the venue: its clock is the event's, so no zone is named (see the last test).
  beforeEach(() => {
    vi.stubEnv('TZ', 'America/New_York')
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
      '7:00 – 7:20 AM Room 2.14, second floor With whoever is on duty: Noor Haddad',
      '11:00 – 11:25 AM Room 2.14, second floor With Amara Okafor',
      '9:00 – 9:20 PM Room 2.14, second floor With whoever is on duty',
    ])
    expect(wrapper.get('[data-testid="taken-note"]').text()).toBe('1 time on this day is already taken.')

    await buttonNamed(wrapper, 'Friday November 27').trigger('click')
    // A time without its own place is in the quiet room.
    expect(freeSlots(wrapper)).toEqual(['10:00 – 10:25 AM Room 2.14, second floor With Amara Okafor'])
    expect(wrapper.find('[data-testid="taken-note"]').exists()).toBe(false)
  })

  it('books a time and shows the code, a QR code of it, and the time and place', async () => {
    const { wrapper, router, requests } = await openBooking(
      officeHours(() => answer({ bookSlot: bookingFixture({ slot: { ...SLOTS[2]!, available: false } }) })),
    )
    await buttonNamed(wrapper, '11:00 – 11:25 AM').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('office-hours-confirm')
    expect(wrapper.get('h1').text()).toBe('Check your meeting')
    expect(readableText(wrapper.get('[data-testid="meeting-with"]').element)).toContain('Amara Okafor')
    const reach = wrapper.get('input#office-hours-reach')
    expect(reach.attributes()).toMatchObject({
      ...PRIVATE_INPUT,
      maxlength: '200',
    })
    expect(wrapper.get('label[for="office-hours-reach"]').text()).toBe('How can we reach you? (optional)')
    expect(wrapper.text()).toContain('Only the Code of Conduct team will see it.')

    await reach.setValue('  +351 900 000 000 ')
    await buttonNamed(wrapper, 'Book this time').trigger('click')
    await flushPromises()

    expect(requests('OfficeHoursBook').map(request => request.variables)).toEqual([
      { input: { slotId: 's-3', contactMethod: '+351 900 000 000', contactId: null } },
    ])
    expect(router.currentRoute.value.name).toBe('office-hours-receipt')
    expect(wrapper.get('h1').text()).toBe('Your meeting is booked')
    expect(wrapper.get('[data-testid="booking-code"]').text()).toBe('ABCDE-FGHJK')
    expect(wrapper.text()).toContain('A B C D E, F G H J K')
    expect(wrapper.get('svg[role="img"]').attributes('aria-label')).toBe('QR code holding your booking code')
    expect(wrapper.text()).toContain('Keep this code: it is the only way to cancel or move the meeting.')
    expect(wrapper.get('[data-testid="check-in-word"]').text()).toBe('tango')
    expect(readableText(wrapper.get('[data-testid="meeting-when"]').element)).toBe(
      'Thursday, November 26 11:00 – 11:25 AM',
    )
    expect(wrapper.get('[data-testid="meeting-where"]').text()).toContain('Room 2.14, second floor')
    // The time just booked is no longer offered.
    expect(useOfficeHoursStore().slots.find(slot => slot.id === 's-3')?.available).toBe(false)
  })

  it('sends no way to reach when none is typed', async () => {
    const { wrapper, requests } = await openBooking()
    await chooseAndBook(wrapper, '7:00 – 7:20 AM')
    // "Anyone on duty" chosen: nobody is asked for by name.
    expect(requests('OfficeHoursBook').map(request => request.variables)).toEqual([
      { input: { slotId: 's-1', contactMethod: null, contactId: null } },
    ])
  })

  it('hides the code after a minute, and "Done" goes home and forgets it', async () => {
    const { wrapper, router, pinia } = await openBooking()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    await chooseAndBook(wrapper, '7:00 – 7:20 AM')
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

    await chooseAndBook(wrapper, '7:00 – 7:20 AM')

    expect(router.currentRoute.value.name).toBe('office-hours-book')
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Sorry, someone booked that time a moment ago. Here are the times that are still free.',
    )
    expect(requests('OfficeHoursSlots').length).toBeGreaterThan(1)
    expect(freeSlots(wrapper).some(name => name.startsWith('7:00'))).toBe(false)
    expect(wrapper.get('[data-testid="taken-note"]').text()).toBe('2 times on this day are already taken.')

    // Choosing another time clears the message.
    await chooseAndBook(wrapper, '9:00 – 9:20 PM')
    expect(useBookingStore().notice).toBeNull()
  })

  it('when this kiosk booked too often, says so and stays on the confirm step', async () => {
    const { wrapper, router } = await openBooking(officeHours(() => graphqlError('RATE_LIMITED')))
    await chooseAndBook(wrapper, '7:00 – 7:20 AM')
    expect(router.currentRoute.value.name).toBe('office-hours-confirm')
    expect(wrapper.get('#office-hours-confirm-problem').text()).toContain(
      'This screen has booked several meetings in the last hour.',
    )
  })

  it('on a phone in another zone, names the event’s zone; in Portuguese, a 24-hour clock', async () => {
    vi.stubEnv('TZ', 'Europe/Lisbon')
    const { wrapper } = await openBooking()
    expect(freeSlots(wrapper)[0]).toBe(
      '7:00 – 7:20 AM (Eastern Time) Room 2.14, second floor With whoever is on duty: Noor Haddad',
    )
    await buttonNamed(wrapper, 'Português').trigger('click')
    await flushPromises()
    expect(freeSlots(wrapper)[0]).toMatch(/^07:00 – 07:20 \(Hor.+\) Room 2\.14/)
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
    await chooseAndBook(wrapper, '11:00 – 11:25 AM')
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
