import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { bookingFixture } from '@/testing/fixtures'
import { answer } from '@/testing/graphql-fetch-stub'
import { accessibleName, buttonNamed, readableText } from '@/testing/mount-kiosk'
import { SLOTS, dayButtons, freeSlots, noor, officeHours, openBooking } from '@/testing/office-hours-booking'

// Everyone who holds meeting times can be chosen by name: those named on a time, and those on duty
// for a time held by whoever is on duty (before, only the first kind were offered).
describe('Book a private meeting with someone by name', () => {
  beforeEach(() => {
    vi.stubEnv('TZ', 'America/New_York')
  })

  it('offers everyone who holds times by name, named on a time or on duty for it, and "anyone" once', async () => {
    const { wrapper } = await openBooking()
    const filter = wrapper.get('.office-hours-contact-filter')
    expect(filter.get('h2').text()).toBe("Someone I'm comfortable with")
    // One "anyone" (no duplicate "No preference"), saying who that is; then each person by name.
    expect(filter.findAll('button').map(button => accessibleName(button.element))).toEqual([
      'Anyone on duty Noor Haddad or Amara Okafor: whoever is there at the time you choose',
      'Noor Haddad (they/them) Speaks Arabic',
      'Amara Okafor (she/her) Speaks English and French',
    ])
    expect(buttonNamed(wrapper, 'Anyone on duty').attributes('aria-pressed')).toBe('true')

    await buttonNamed(wrapper, 'Amara Okafor').trigger('click')
    expect(buttonNamed(wrapper, 'Amara Okafor').attributes('aria-pressed')).toBe('true')
    expect(dayButtons(wrapper)).toEqual([
      'Thursday November 26 1 free time',
      'Friday November 27 1 free time',
    ])
    expect(freeSlots(wrapper)).toEqual(['11:00 – 11:25 AM Room 2.14, second floor With Amara Okafor'])

    // Noor holds no time by name: her times are those she is on duty for, and they are with her.
    await buttonNamed(wrapper, 'Noor Haddad').trigger('click')
    expect(dayButtons(wrapper)).toEqual([
      'Thursday November 26 1 free time',
      'Friday November 27 Fully booked',
    ])
    expect(freeSlots(wrapper)).toEqual(['7:00 – 7:20 AM Room 2.14, second floor With Noor Haddad'])
    await buttonNamed(wrapper, 'Friday November 27').trigger('click')
    expect(freeSlots(wrapper)).toEqual([])
    expect(wrapper.text()).toContain('The person you chose has no free time on this day.')
    expect(wrapper.text()).toContain('choose “Anyone on duty”')
  })

  it('books a time with the person chosen among those on duty, and tells what to say on arrival', async () => {
    const { wrapper, requests } = await openBooking(
      officeHours(() =>
        answer({
          bookSlot: bookingFixture({
            checkInWord: 'samba',
            slot: { ...SLOTS[0]!, available: false },
            contact: noor,
          }),
        }),
      ),
    )
    await buttonNamed(wrapper, 'Noor Haddad').trigger('click')
    await buttonNamed(wrapper, '7:00 – 7:20 AM').trigger('click')
    await flushPromises()
    expect(readableText(wrapper.get('[data-testid="meeting-with"]').element)).toContain('Noor Haddad')
    await buttonNamed(wrapper, 'Book this time').trigger('click')
    await flushPromises()

    expect(requests('OfficeHoursBook').map(request => request.variables)).toEqual([
      { input: { slotId: 's-1', contactMethod: null, contactId: 'c-2' } },
    ])
    expect(readableText(wrapper.get('[data-testid="meeting-with"]').element)).toContain('Noor Haddad')
    expect(wrapper.get('[data-testid="check-in-word"]').text()).toBe('samba')
    expect(wrapper.get('[data-testid="check-in-say"]').text()).toBe(
      'Say the word “samba” when you arrive, or just your first name if you like.',
    )
    expect(wrapper.text()).toContain('Nobody will ask you for your booking code.')
    // No longer "you don't need to bring anything" beside a code the team would ask for.
    expect(wrapper.text()).not.toContain("You don't need to bring anything")
  })
})
