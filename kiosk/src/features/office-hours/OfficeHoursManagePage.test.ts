import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { bookingFixture, eventFixture, slotContactFixture, slotFixture } from '@/testing/fixtures'
import { answer, graphqlError, withOverrides, type GraphqlResponder } from '@/testing/graphql-fetch-stub'
import { buttonNamed, mountKioskAndTap, readableText, type KioskWrapper } from '@/testing/mount-kiosk'
import { PRIVATE_INPUT } from '@/testing/private-input'
import { useBookingStore } from './booking.store'
import { useOfficeHoursStore } from './office-hours.store'

const BOOKED = bookingFixture()
const LATER = slotFixture({
  id: 's-9',
  startsAt: '2026-11-27T16:00:00.000Z',
  endsAt: '2026-11-27T16:25:00.000Z',
  contact: slotContactFixture(),
})

/** The API as the manage flow meets it; override one operation's answer per test. */
function api(overrides: Partial<Record<string, GraphqlResponder>> = {}): GraphqlResponder {
  return withOverrides(overrides, operation => {
    switch (operation) {
      case 'EventsDetail':
        return answer({ publicEvent: eventFixture() })
      case 'OfficeHoursSlots':
        return answer({ officeHourSlots: [{ ...BOOKED.slot }, LATER] })
      case 'OfficeHoursBookingByCode':
        return answer({ bookingByCode: BOOKED })
      case 'OfficeHoursCancel':
        return answer({ cancelBooking: true })
      case 'OfficeHoursMove':
        return answer({
          moveBooking: { ...BOOKED, slot: { ...LATER, available: false }, contact: LATER.contact },
        })
      default:
        return graphqlError('NOT_FOUND')
    }
  })
}

/** Opens the kiosk, then "Book a private meeting", then "I already have a code". */
async function openManage(respond: GraphqlResponder = api()) {
  const kiosk = await mountKioskAndTap(respond, ['Book a private meeting', 'I already have a code'])
  expect(kiosk.router.currentRoute.value.name).toBe('office-hours-manage')
  return kiosk
}

type Wrapper = KioskWrapper

async function findByCode(wrapper: Wrapper, typed: string) {
  await wrapper.get('input#office-hours-code').setValue(typed)
  await buttonNamed(wrapper, 'Find my meeting').trigger('click')
  await flushPromises()
}

const statusText = (wrapper: Wrapper) =>
  wrapper
    .findAll('main [role="status"]')
    .map(status => status.text())
    .join(' ')
/** The times offered as buttons, by their time only. */
const freeTimes = (wrapper: Wrapper) =>
  wrapper
    .findAll('[data-testid="free-slot"] .office-hours-slot-list__time')
    .map(time => time.text().replace(/\s/g, ' '))
const problemOf = (wrapper: Wrapper) => wrapper.get('[role="alert"]#office-hours-code-problem').text()

describe('Manage a booking', () => {
  it('groups the code as ABCDE-FGHJK while it is typed, and keeps nothing for the browser', async () => {
    const { wrapper } = await openManage()
    const input = wrapper.get('input#office-hours-code')
    expect(wrapper.get('label[for="office-hours-code"]').text()).toBe('Booking code')
    expect(input.attributes()).toMatchObject(PRIVATE_INPUT)
    await input.setValue('abcdef')
    expect((input.element as HTMLInputElement).value).toBe('ABCDE-F')
    await input.setValue('abcde fghjk')
    expect((input.element as HTMLInputElement).value).toBe('ABCDE-FGHJK')
  })

  it('finds the meeting by its code and cancels it after asking', async () => {
    const { wrapper, calls, pinia } = await openManage()
    await findByCode(wrapper, 'abcdefghjk')
    expect(calls('OfficeHoursBookingByCode')).toEqual([{ code: 'ABCDE-FGHJK' }])
    expect(wrapper.get('#office-hours-manage-result').text()).toBe('Your meeting')
    expect(readableText(wrapper.get('[data-testid="meeting-when"]').element)).toBe(
      'Thursday, November 26 12:00 – 12:20 PM',
    )
    // What to say on arrival is the word, never the code.
    expect(wrapper.get('[data-testid="check-in-say"]').text()).toBe(
      'Say the word “tango” when you arrive, or just your first name if you like.',
    )
    // The code typed is not left on screen.
    expect(document.body.innerHTML).not.toContain('ABCDE-FGHJK')

    await buttonNamed(wrapper, 'Cancel the meeting').trigger('click')
    expect(calls('OfficeHoursCancel')).toEqual([])
    expect(wrapper.text()).toContain('Cancel this meeting? Its time will be free for someone else.')
    await buttonNamed(wrapper, 'Yes, cancel it').trigger('click')
    await flushPromises()

    expect(calls('OfficeHoursCancel')).toEqual([{ code: 'ABCDE-FGHJK' }])
    expect(statusText(wrapper)).toContain('Your meeting is cancelled.')
    expect(useBookingStore(pinia).managed).toBeNull()
    // Its time is offered again at once, before the list is asked for again.
    expect(useOfficeHoursStore(pinia).slots.find(slot => slot.id === 's-1')?.available).toBe(true)
  })

  it('"Keep the meeting" cancels nothing', async () => {
    const { wrapper, calls } = await openManage()
    await findByCode(wrapper, 'ABCDE-FGHJK')
    await buttonNamed(wrapper, 'Cancel the meeting').trigger('click')
    await buttonNamed(wrapper, 'Keep the meeting').trigger('click')
    await flushPromises()
    expect(calls('OfficeHoursCancel')).toEqual([])
    expect(buttonNamed(wrapper, 'Cancel the meeting').exists()).toBe(true)
  })

  it('says plainly when no meeting has this code', async () => {
    const { wrapper } = await openManage(
      api({
        OfficeHoursBookingByCode: () => graphqlError('NOT_FOUND', 'A booking with this code was not found.'),
      }),
    )
    await findByCode(wrapper, 'ABCDE-FGHJK')
    expect(problemOf(wrapper)).toBe(
      "We couldn't find a meeting with this code. It may be mistyped, or the meeting was already cancelled.",
    )
    expect(wrapper.get('input#office-hours-code').attributes('aria-invalid')).toBe('true')
  })

  it('refuses a code of the wrong length without asking the server', async () => {
    const { wrapper, calls } = await openManage()
    await findByCode(wrapper, 'ABC12')
    expect(calls('OfficeHoursBookingByCode')).toEqual([])
    expect(problemOf(wrapper)).toContain('A booking code has 10 letters and digits, like ABCDE-FGHJK.')
  })

  it('says so when the server finds the code malformed, or too many codes were tried', async () => {
    const { wrapper } = await openManage(
      api({ OfficeHoursBookingByCode: () => graphqlError('BAD_USER_INPUT', 'No', { field: 'code' }) }),
    )
    await findByCode(wrapper, 'ABCDE-FGHJU')
    expect(problemOf(wrapper)).toContain('A booking code has 10 letters and digits')

    vi.unstubAllGlobals()
    document.body.innerHTML = ''
    const limited = await openManage(api({ OfficeHoursBookingByCode: () => graphqlError('RATE_LIMITED') }))
    await findByCode(limited.wrapper, 'ABCDE-FGHJK')
    expect(problemOf(limited.wrapper)).toContain('Too many codes were tried from here.')
  })

  it('says so when the meeting was cancelled meanwhile', async () => {
    const { wrapper } = await openManage(api({ OfficeHoursCancel: () => graphqlError('NOT_FOUND') }))
    await findByCode(wrapper, 'ABCDE-FGHJK')
    await buttonNamed(wrapper, 'Cancel the meeting').trigger('click')
    await buttonNamed(wrapper, 'Yes, cancel it').trigger('click')
    await flushPromises()
    expect(wrapper.get('#office-hours-manage-problem').text()).toContain("We couldn't find a meeting")
  })

  it('moves the meeting to another free time; the code stays the same', async () => {
    // The server's list as it is before and after the move.
    let moved = false
    const { wrapper, router, calls, pinia } = await openManage(
      api({
        OfficeHoursSlots: () =>
          answer({
            officeHourSlots: [
              { ...BOOKED.slot, available: moved },
              { ...LATER, available: !moved },
            ],
          }),
        OfficeHoursMove: () => {
          moved = true
          return answer({
            moveBooking: { ...BOOKED, slot: { ...LATER, available: false }, contact: LATER.contact },
          })
        },
      }),
    )
    await findByCode(wrapper, 'ABCDE-FGHJK')
    await buttonNamed(wrapper, 'Move the meeting').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('office-hours-move')
    expect(wrapper.get('h1').text()).toBe('Move your meeting')
    // The current time is this booking's own: not offered, and not counted as taken by someone.
    await buttonNamed(wrapper, 'Thursday November 26').trigger('click')
    expect(freeTimes(wrapper)).toEqual([])
    expect(wrapper.find('[data-testid="taken-note"]').exists()).toBe(false)
    await buttonNamed(wrapper, 'Friday November 27').trigger('click')
    await buttonNamed(wrapper, '4:00 – 4:25 PM').trigger('click')
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('Move your meeting to this time?')
    await buttonNamed(wrapper, 'Move to this time').trigger('click')
    await flushPromises()

    expect(calls('OfficeHoursMove')).toEqual([
      { input: { code: 'ABCDE-FGHJK', slotId: 's-9', contactId: null } },
    ])
    expect(router.currentRoute.value.name).toBe('office-hours-manage')
    expect(statusText(wrapper)).toBe('Your meeting is moved. Your code and the word to say stay the same.')
    expect(readableText(wrapper.get('[data-testid="meeting-when"]').element)).toBe(
      'Friday, November 27 4:00 – 4:25 PM',
    )
    const available = useOfficeHoursStore(pinia).slots.map(slot => [slot.id, slot.available])
    expect(available).toEqual([
      ['s-1', true],
      ['s-9', false],
    ])

    // Moving again (the meeting is with Amara now, so her times are offered): the new time is the
    // person's own, so it is not counted as taken either; the old one is free for anyone.
    await buttonNamed(wrapper, 'Move the meeting').trigger('click')
    await flushPromises()
    expect(buttonNamed(wrapper, 'Amara Okafor').attributes('aria-pressed')).toBe('true')
    await buttonNamed(wrapper, 'Friday November 27').trigger('click')
    expect(freeTimes(wrapper)).toEqual([])
    expect(wrapper.find('[data-testid="taken-note"]').exists()).toBe(false)
    await buttonNamed(wrapper, 'Anyone on duty').trigger('click')
    await buttonNamed(wrapper, 'Thursday November 26').trigger('click')
    expect(freeTimes(wrapper)).toEqual(['12:00 – 12:20 PM'])
  })

  it('moving a meeting with someone chosen among those on duty offers their times, and keeps them', async () => {
    const noor = slotContactFixture({ id: 'c-2', name: 'Noor Haddad' })
    const withNoor = { ...BOOKED, slot: { ...BOOKED.slot, onDuty: [noor] }, contact: noor }
    const noorLater = slotFixture({
      id: 's-7',
      startsAt: '2026-11-27T10:00:00.000Z',
      endsAt: '2026-11-27T10:20:00.000Z',
      onDuty: [noor],
    })
    const { wrapper, calls } = await openManage(
      api({
        OfficeHoursBookingByCode: () => answer({ bookingByCode: withNoor }),
        OfficeHoursSlots: () => answer({ officeHourSlots: [{ ...withNoor.slot }, noorLater, LATER] }),
        OfficeHoursMove: () =>
          answer({ moveBooking: { ...withNoor, slot: { ...noorLater, available: false } } }),
      }),
    )
    await findByCode(wrapper, 'ABCDE-FGHJK')
    expect(readableText(wrapper.get('[data-testid="meeting-with"]').element)).toContain('Noor Haddad')
    await buttonNamed(wrapper, 'Move the meeting').trigger('click')
    await flushPromises()
    expect(buttonNamed(wrapper, 'Noor Haddad').attributes('aria-pressed')).toBe('true')
    await buttonNamed(wrapper, 'Friday November 27').trigger('click')
    expect(freeTimes(wrapper)).toEqual(['10:00 – 10:20 AM'])
    await buttonNamed(wrapper, '10:00 – 10:20 AM').trigger('click')
    await flushPromises()
    await buttonNamed(wrapper, 'Move to this time').trigger('click')
    await flushPromises()
    expect(calls('OfficeHoursMove')).toEqual([
      { input: { code: 'ABCDE-FGHJK', slotId: 's-7', contactId: 'c-2' } },
    ])
  })

  it('forgets the booking found when leaving for the start', async () => {
    const { wrapper, router, pinia } = await openManage()
    await findByCode(wrapper, 'ABCDE-FGHJK')
    await buttonNamed(wrapper, 'Done').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('home-attract')
    expect(useBookingStore(pinia).managed).toBeNull()
  })
})
