import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { contactFixture, eventFixture, urgentAnswerFixture } from '@/testing/fixtures'
import {
  answer,
  graphqlError,
  offline,
  pending,
  sentOperation,
  stubGraphqlFetch,
  type GraphqlAnswer,
} from '@/testing/graphql-fetch-stub'
import { buttonNamed, mountKiosk } from '@/testing/mount-kiosk'
import { PRIVATE_INPUT } from '@/testing/private-input'
import { useUrgentHelpStore } from './urgent-help.store'

type Respond = (variables: Record<string, unknown>) => GraphqlAnswer
const OPEN = { status: 'OPEN', responderName: null, responder: null }
const stillOpen: Respond = () => answer({ urgentHelpProgress: OPEN })

/**
 * Opens the kiosk and taps "I need help now"; `urgent` answers each requestUrgentHelp, `progress`
 * each ask whether someone is coming (nobody yet, unless told), `cancel` "I tapped by mistake".
 */
async function tapForHelp(urgent: Respond, progress: Respond = stillOpen, cancel?: Respond) {
  const fetchMock = stubGraphqlFetch((operation, variables) => {
    switch (operation) {
      case 'UrgentHelpRequest':
        return urgent(variables)
      case 'UrgentHelpProgress':
        return progress(variables)
      case 'UrgentHelpCancel':
        return cancel?.(variables) ?? graphqlError('NOT_FOUND')
      default:
        return answer({ publicEvent: eventFixture() })
    }
  })
  const kiosk = await mountKiosk()
  await buttonNamed(kiosk.wrapper, 'I need help now').trigger('click')
  await flushPromises()
  expect(kiosk.router.currentRoute.value.name).toBe('urgent-help-answer')
  const urgentCalls = () =>
    fetchMock.mock.calls
      .map(([url, init]) => sentOperation(url, init))
      .filter(request => request.query.includes('requestUrgentHelp'))
  const progressCalls = () =>
    fetchMock.mock.calls.filter(([, init]) => String(init?.body).includes('urgentHelpProgress')).length
  return { ...kiosk, urgentCalls, progressCalls }
}

const statusOf = (wrapper: Awaited<ReturnType<typeof mountKiosk>>['wrapper']) =>
  wrapper.get('[data-testid="urgent-status"]').text()

describe('I need help now', () => {
  it('asks at once, with one tap and no place, then says the team was alerted', async () => {
    const { wrapper, urgentCalls } = await tapForHelp(() =>
      answer({ requestUrgentHelp: urgentAnswerFixture() }),
    )
    expect(urgentCalls().map(call => call.variables)).toEqual([
      { input: { eventSlug: 'riverside-pycon-2026', where: null, excludedContactIds: [] } },
    ])
    expect(wrapper.get('h1').text()).toBe('Getting you help')
    expect(statusOf(wrapper)).toContain('The team has been alerted')
  })

  it('shows the number to call, the contacts on duty and where to go', async () => {
    const { wrapper } = await tapForHelp(() => answer({ requestUrgentHelp: urgentAnswerFixture() }))
    expect(wrapper.get('[data-testid="urgent-phone"]').text()).toContain('+351 912 345 678')
    expect(wrapper.get('[data-testid="urgent-phone"] a').attributes('href')).toBe('tel:+351912345678')
    const contacts = wrapper.get('[aria-labelledby="urgent-help-contacts-heading"]')
    expect(contacts.get('h2').text()).toBe('On duty now')
    expect(contacts.findAll('h3').map(heading => heading.text())).toEqual(['Noor Haddad'])
    expect(contacts.text()).toContain('How to recognise them')
    expect(contacts.text()).toContain('Orange lanyard with a CoC badge')
    expect(wrapper.get('[data-testid="quiet-room-location"]').text()).toBe('Room 2.14, second floor')
    expect(wrapper.text()).toContain('Where to go')
  })

  it('shows whom to call while the alert is still on its way', async () => {
    const { wrapper } = await tapForHelp(() => pending)
    // The answer never comes: the event already loaded says whom to call.
    expect(statusOf(wrapper)).toContain('Telling the team on duty')
    expect(wrapper.get('[data-testid="urgent-phone"]').text()).toContain('+351 912 345 678')
  })

  it('on a network failure, still shows the number and the contacts, and says the alert may not have gone through', async () => {
    const { wrapper } = await tapForHelp(() => offline)
    const status = statusOf(wrapper)
    expect(status).toContain('The alert may not have gone through')
    expect(status).toContain('Please call the number below.')
    expect(status).not.toContain('The team has been alerted')
    expect(wrapper.get('[data-testid="urgent-phone"]').text()).toContain('+351 912 345 678')
    // From the event already loaded: Noor is on duty there.
    expect(wrapper.findAll('article h3').map(heading => heading.text())).toEqual(['Noor Haddad'])
    expect(wrapper.get('[data-testid="quiet-room-location"]').text()).toBe('Room 2.14, second floor')
  })

  it('when RATE_LIMITED, says so plainly and still shows whom to call', async () => {
    const { wrapper } = await tapForHelp(() => graphqlError('RATE_LIMITED'))
    expect(statusOf(wrapper)).toContain('already asked for help several times')
    expect(statusOf(wrapper)).toContain('Please call the number below.')
    expect(wrapper.get('[data-testid="urgent-phone"]').text()).toContain('+351 912 345 678')
    expect(wrapper.findAll('article h3').map(heading => heading.text())).toEqual(['Noor Haddad'])
  })

  it('never claims an alert the server did not confirm', async () => {
    const { wrapper } = await tapForHelp(() =>
      answer({ requestUrgentHelp: urgentAnswerFixture({ isTeamAlerted: false, contactsOnDuty: [] }) }),
    )
    expect(statusOf(wrapper)).toContain('The alert may not have gone through')
    // Nobody on duty: the whole team is listed instead.
    expect(wrapper.get('#urgent-help-contacts-heading').text()).toBe('The Code of Conduct team')
    expect(wrapper.findAll('article h3').map(heading => heading.text())).toEqual([
      'Amara Okafor',
      'Noor Haddad',
    ])
  })

  it('sends where the person is only when they type it', async () => {
    const { wrapper, urgentCalls } = await tapForHelp(() =>
      answer({ requestUrgentHelp: urgentAnswerFixture() }),
    )
    const send = buttonNamed(wrapper, 'Tell the team')
    expect(send.attributes('disabled')).toBeDefined()
    const input = wrapper.get('input#urgent-help-place')
    expect(input.attributes()).toMatchObject(PRIVATE_INPUT)
    await input.setValue('  Room B, back row ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    // One request, one alert: the place goes with the token of the alert the tap raised.
    expect(urgentCalls().map(call => call.variables)).toEqual([
      { input: { eventSlug: 'riverside-pycon-2026', where: null, excludedContactIds: [] } },
      {
        input: { eventSlug: 'riverside-pycon-2026', where: 'Room B, back row', alertToken: 'alert-token-1' },
      },
    ])
    expect(wrapper.text()).toContain('The team knows where to find you.')
  })

  it('Quick exit forgets the call for help and what was typed', async () => {
    const { wrapper, router, pinia, urgentCalls } = await tapForHelp(() =>
      answer({ requestUrgentHelp: urgentAnswerFixture() }),
    )
    await wrapper.get('input#urgent-help-place').setValue('Room B')
    await buttonNamed(wrapper, 'Quick exit').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('home-attract')
    expect(useUrgentHelpStore(pinia).status).toBe('idle')
    expect(useUrgentHelpStore(pinia).answer).toBeNull()
    expect(document.body.innerHTML).not.toContain('Room B')
    // The wipe asks nothing: one tap, one alert.
    expect(urgentCalls()).toHaveLength(1)
    expect(useUrgentHelpStore(pinia).alertToken).toBeNull()
  })

  it('says who is on the way as soon as someone takes the alert, with how to recognise them', async () => {
    let asked = 0
    const amara = contactFixture({ id: 'c-1', name: 'Amara Okafor', pronouns: 'she/her' })
    const { wrapper, pinia, progressCalls } = await tapForHelp(
      () => answer({ requestUrgentHelp: urgentAnswerFixture() }),
      variables => {
        expect(variables).toEqual({ alertToken: 'alert-token-1' })
        asked += 1
        return answer({
          urgentHelpProgress:
            asked < 2 ? OPEN : { status: 'ACKNOWLEDGED', responderName: 'Amara Okafor', responder: amara },
        })
      },
    )
    expect(useUrgentHelpStore(pinia).isWaiting).toBe(true)
    await vi.waitFor(() => expect(statusOf(wrapper)).toContain('Amara Okafor is on her way'), {
      timeout: 3000,
    })
    expect(wrapper.get('[data-testid="urgent-status"] h3').text()).toBe('Amara Okafor')
    expect(statusOf(wrapper)).toContain('Orange lanyard with a CoC badge')
    // Someone is coming: no more asking.
    expect(useUrgentHelpStore(pinia).isWaiting).toBe(false)
    const calls = progressCalls()
    await new Promise(resolve => setTimeout(resolve, 1200))
    expect(progressCalls()).toBe(calls)
  })

  it('"I tapped by mistake" asks once more, then cancels the alert and stops asking', async () => {
    const cancelled: Record<string, unknown>[] = []
    const { wrapper, pinia, progressCalls } = await tapForHelp(
      () => answer({ requestUrgentHelp: urgentAnswerFixture() }),
      stillOpen,
      variables => {
        cancelled.push(variables)
        return answer({ cancelUrgentHelp: { status: 'CANCELLED', responderName: null, responder: null } })
      },
    )
    await buttonNamed(wrapper, 'I tapped by mistake').trigger('click')
    expect(wrapper.text()).toContain('Cancel the alert? The team will stop coming to you.')
    expect(cancelled).toEqual([])
    await buttonNamed(wrapper, 'Yes, cancel the alert').trigger('click')
    await flushPromises()
    expect(cancelled).toEqual([{ alertToken: 'alert-token-1' }])
    expect(statusOf(wrapper)).toContain('You cancelled the alert')
    expect(wrapper.find('input#urgent-help-place').exists()).toBe(false)
    const calls = progressCalls()
    await new Promise(resolve => setTimeout(resolve, 1200))
    expect(progressCalls()).toBe(calls)
    expect(useUrgentHelpStore(pinia).progress?.status).toBe('CANCELLED')
  })

  it('the wipe stops asking whether someone is coming', async () => {
    const { wrapper, progressCalls } = await tapForHelp(() =>
      answer({ requestUrgentHelp: urgentAnswerFixture() }),
    )
    await vi.waitFor(() => expect(progressCalls()).toBeGreaterThan(0))
    await buttonNamed(wrapper, 'Quick exit').trigger('click')
    await flushPromises()
    const calls = progressCalls()
    await new Promise(resolve => setTimeout(resolve, 1200))
    expect(progressCalls()).toBe(calls)
  })
})
