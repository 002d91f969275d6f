import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useEventStore } from '@/features/events/event.store'
import { eventFixture, urgentAnswerFixture } from '@/testing/fixtures'
import { answer, stubGraphqlFetch } from '@/testing/graphql-fetch-stub'
import { buttonNamed, mountKiosk } from '@/testing/mount-kiosk'
import { useKioskSessionStore } from './kiosk-session.store'

// Fake only the clocks the idle timer reads; flushPromises still needs a real setImmediate.
const CLOCKS = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] as const

async function touch(): Promise<void> {
  window.dispatchEvent(new Event('pointerdown'))
  await flushPromises()
}

async function idleFor(seconds: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(seconds * 1000)
  await flushPromises()
}

// Each test's app is taken down after it: a left-over app's timers would wipe (and blur) on their own.
enableAutoUnmount(afterEach)

describe('idle reset', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: [...CLOCKS] })
    stubGraphqlFetch(() => answer({ publicEvent: eventFixture() }))
  })

  it('after 90 s without input, resets every store and returns to the start screen', async () => {
    const { wrapper, router, pinia } = await mountKiosk()
    await buttonNamed(wrapper, 'Find a contact').trigger('click')
    await flushPromises()
    await buttonNamed(wrapper, 'Português').trigger('click')
    await touch()
    expect(router.currentRoute.value.name).toBe('contacts-directory')
    expect(useKioskSessionStore(pinia).locale).toBe('pt')
    const storeReset = vi.spyOn(useEventStore(pinia), 'reset')

    await idleFor(91)

    expect(storeReset).toHaveBeenCalled()
    expect(useKioskSessionStore(pinia).locale).toBe('en')
    expect(router.currentRoute.value.name).toBe('home-attract')
    expect(document.documentElement.lang).toBe('en')
    expect(wrapper.get('h1').text()).toBe('Riverside PyCon 2026')
  })

  it('does not wipe the help screen while the person waits for someone to come', async () => {
    stubGraphqlFetch(operation =>
      operation === 'UrgentHelpRequest'
        ? answer({ requestUrgentHelp: urgentAnswerFixture() })
        : operation === 'UrgentHelpProgress'
          ? answer({ urgentHelpProgress: { status: 'OPEN', responderName: null, responder: null } })
          : answer({ publicEvent: eventFixture() }),
    )
    const { wrapper, router } = await mountKiosk()
    await buttonNamed(wrapper, 'I need help now').trigger('click')
    await touch()
    expect(router.currentRoute.value.name).toBe('urgent-help-answer')

    await idleFor(120)

    expect(router.currentRoute.value.name).toBe('urgent-help-answer')
  })

  it('leaves nothing to go back to: the history holds the start screen alone', async () => {
    const { wrapper, router, history } = await mountKiosk()
    await buttonNamed(wrapper, 'Find a contact').trigger('click')
    await touch()
    await idleFor(91)

    history.go(-1)
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('home-attract')
    expect(history.location).toBe('/e/riverside-pycon-2026')
  })

  it('warns 15 s before, and "More time" starts the wait again', async () => {
    const { wrapper, router } = await mountKiosk()
    await buttonNamed(wrapper, 'Find a contact').trigger('click')
    await touch()

    await idleFor(74)
    expect(wrapper.find('[role="alertdialog"]').exists()).toBe(false)
    await idleFor(2)
    const dialog = wrapper.get('[role="alertdialog"]')
    expect(dialog.text()).toContain('Are you still there?')
    expect(dialog.text()).toMatch(/in 1[45] seconds/)

    await dialog.get('button').trigger('click')
    expect(wrapper.find('[role="alertdialog"]').exists()).toBe(false)
    await idleFor(80)
    expect(router.currentRoute.value.name).toBe('contacts-directory')
  })

  it('does not arm itself on an untouched start screen', async () => {
    const fetchMock = stubGraphqlFetch(() => answer({ publicEvent: eventFixture() }))
    const { wrapper } = await mountKiosk()
    const callsAfterBoot = fetchMock.mock.calls.length
    await idleFor(100)
    expect(wrapper.find('[role="alertdialog"]').exists()).toBe(false)
    // Only the once-a-minute refresh has asked the API again; no wipe reloaded the event.
    expect(fetchMock.mock.calls.length - callsAfterBoot).toBe(1)
  })

  it.each([
    { device: "someone's own phone", isPersonalDevice: true, isWiped: false },
    { device: 'a public kiosk', isPersonalDevice: false, isWiped: true },
  ])(
    'while someone writes on $device, the 90 s still run: $isWiped',
    async ({ isPersonalDevice, isWiped }) => {
      const { wrapper, router } = await mountKiosk(undefined, { isPersonalDevice })
      await buttonNamed(wrapper, 'Report something').trigger('click')
      await flushPromises()
      const box = wrapper.get('textarea#report-description')
      ;(box.element as HTMLTextAreaElement).focus()
      await box.setValue('I am still thinking about how to')
      await flushPromises()

      await idleFor(200)
      expect(router.currentRoute.value.name).toBe(isWiped ? 'home-attract' : 'report-form')
      expect(wrapper.find('[role="alertdialog"]').exists()).toBe(false)
      if (!isWiped) {
        // Once the writing stops (the field is left), the phone's clock runs again.
        ;(box.element as HTMLTextAreaElement).blur()
        await idleFor(91)
        expect(router.currentRoute.value.name).toBe('home-attract')
      }
    },
  )
})
