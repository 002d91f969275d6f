import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { config } from '@/config'
import { eventFixture } from '@/testing/fixtures'
import {
  answer,
  graphqlError,
  offline,
  sentOperation,
  stubGraphqlFetch,
  type GraphqlAnswer,
} from '@/testing/graphql-fetch-stub'
import { buttonNamed, mountKiosk } from '@/testing/mount-kiosk'
import { PRIVATE_INPUT } from '@/testing/private-input'
import { normalizeEnrolmentCode, useEnrolmentStore } from './enrolment.store'

const ENROLLED = { eventSlug: 'riverside-pycon-2026', location: 'Registration desk' }

async function openEnrolment(enrol: (variables: Record<string, unknown>) => GraphqlAnswer) {
  const fetchMock = stubGraphqlFetch((operation, variables) =>
    operation === 'EnrolmentEnrolKiosk' ? enrol(variables) : answer({ publicEvent: eventFixture() }),
  )
  const kiosk = await mountKiosk('/enrol')
  const codeField = () => kiosk.wrapper.get<HTMLInputElement>('input#enrolment-code')
  async function submit(typed: string) {
    await codeField().setValue(typed)
    await kiosk.wrapper.get('form').trigger('submit')
    await flushPromises()
  }
  const sentCodes = () =>
    fetchMock.mock.calls
      .map(([url, init]) => sentOperation(url, init) as { query: string; variables: { code?: string } })
      .filter(request => request.query.includes('enrolKiosk'))
      .map(request => request.variables.code)
  return { ...kiosk, codeField, submit, sentCodes }
}

describe('kiosk enrolment', () => {
  // Somewhere else than the kiosk's start, to see the address move there after enrolment.
  const startAddress = new URL('/kiosk/enrol', window.location.href).href
  window.history.replaceState(null, '', startAddress)

  afterEach(() => {
    window.history.replaceState(null, '', startAddress)
  })

  it('asks for one code, in a field the browser neither remembers nor corrects', async () => {
    const { wrapper, codeField } = await openEnrolment(() => answer({ enrolKiosk: ENROLLED }))
    expect(wrapper.get('h1').text()).toBe('Set up this kiosk')
    expect(wrapper.get('label[for="enrolment-code"]').text()).toBe('Kiosk code')
    expect(codeField().attributes()).toMatchObject({
      type: 'text',
      inputmode: 'text',
      ...PRIVATE_INPUT,
    })
    expect(buttonNamed(wrapper, 'Connect this kiosk').exists()).toBe(true)
  })

  it('keeps letters and digits only, in capitals, 8 at most', async () => {
    const { codeField } = await openEnrolment(() => answer({ enrolKiosk: ENROLLED }))
    await codeField().setValue('abcd-23 45xyz')
    expect(codeField().element.value).toBe('ABCD2345')
    expect(normalizeEnrolmentCode(' k7m2-p9q4 ')).toBe('K7M2P9Q4')
  })

  it('says a wrong or expired code does not work, and keeps it to correct', async () => {
    const { wrapper, submit, codeField, router } = await openEnrolment(() => graphqlError('NOT_FOUND'))
    await submit('ABCD2345')
    expect(wrapper.get('[role="alert"]').text()).toContain("This code doesn't work.")
    expect(codeField().attributes('aria-invalid')).toBe('true')
    expect(codeField().element.value).toBe('ABCD2345')
    expect(router.currentRoute.value.name).toBe('enrolment-code')
  })

  it('does not send a code that is too short', async () => {
    const { wrapper, submit, sentCodes } = await openEnrolment(() => answer({ enrolKiosk: ENROLLED }))
    await submit('ABC')
    expect(sentCodes()).toEqual([])
    expect(wrapper.get('[role="alert"]').text()).toContain('The code has 8 letters and digits.')
  })

  it.each([
    [graphqlError('BAD_USER_INPUT'), 'The code has 8 letters and digits.'],
    [graphqlError('RATE_LIMITED'), 'Too many wrong codes were tried.'],
    [offline, "We can't reach the server right now."],
  ])('explains other refusals plainly (%#)', async (refusal, message) => {
    const { wrapper, submit } = await openEnrolment(() => refusal)
    await submit('ABCD2345')
    expect(wrapper.get('[role="alert"]').text()).toContain(message)
  })

  it('on success opens the event, labels the kiosk, and stays enrolled through the wipe', async () => {
    const { wrapper, submit, sentCodes, router, shell, pinia } = await openEnrolment(() =>
      answer({ enrolKiosk: ENROLLED }),
    )
    await submit('abcd2345')
    expect(sentCodes()).toEqual(['ABCD2345'])
    expect(router.currentRoute.value.name).toBe('home-attract')
    expect(router.currentRoute.value.params.slug).toBe('riverside-pycon-2026')
    expect(shell.homePath).toBe('/e/riverside-pycon-2026')
    expect(wrapper.get('h1').text()).toBe('Riverside PyCon 2026')
    expect(wrapper.get('[data-testid="kiosk-location"]').text()).toBe('Kiosk: Registration desk')
    // A reload now opens the kiosk's start, which asks the server which event this kiosk is for.
    expect(window.location.pathname).toBe(config.basePath)
    expect(config.basePath).not.toBe(new URL(startAddress).pathname)

    await buttonNamed(wrapper, 'Find a contact').trigger('click')
    await buttonNamed(wrapper, 'Quick exit').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('home-attract')
    expect(useEnrolmentStore(pinia).enrolment).toEqual(ENROLLED)
    expect(wrapper.get('[data-testid="kiosk-location"]').text()).toBe('Kiosk: Registration desk')
    // An enrolled screen belongs to its event: no way out to the list of events.
    expect(wrapper.findAll('button').some(button => button.text() === 'Other events')).toBe(false)
  })

  it('forgets a typed code when the screen is wiped', async () => {
    const { wrapper, codeField, router } = await openEnrolment(() => answer({ enrolKiosk: ENROLLED }))
    await codeField().setValue('ABCD2345')
    await buttonNamed(wrapper, 'Quick exit').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('enrolment-code')
    expect(codeField().element.value).toBe('')
    expect(document.body.innerHTML).not.toContain('ABCD2345')
  })
})
