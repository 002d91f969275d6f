import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useEventStore } from '@/features/events/event.store'
import { eventFixture } from '@/testing/fixtures'
import { answer, stubGraphqlFetch } from '@/testing/graphql-fetch-stub'
import { buttonNamed, mountKiosk } from '@/testing/mount-kiosk'
import { useKioskSessionStore } from './kiosk-session.store'

function press(key: string): void {
  window.dispatchEvent(new KeyboardEvent('keydown', { key }))
}

async function openContactsInPortuguese() {
  const kiosk = await mountKiosk()
  await buttonNamed(kiosk.wrapper, 'Find a contact').trigger('click')
  await buttonNamed(kiosk.wrapper, 'Português').trigger('click')
  await flushPromises()
  expect(kiosk.router.currentRoute.value.name).toBe('contacts-directory')
  return kiosk
}

describe('quick exit', () => {
  beforeEach(() => {
    stubGraphqlFetch(() => answer({ publicEvent: eventFixture() }))
  })

  it('is on every screen, and wipes everything at once', async () => {
    const { wrapper, router, pinia } = await openContactsInPortuguese()
    const resetEvent = vi.spyOn(useEventStore(pinia), 'reset')

    await buttonNamed(wrapper, 'Saída rápida').trigger('click')
    await flushPromises()

    expect(resetEvent).toHaveBeenCalledOnce()
    expect(useKioskSessionStore(pinia).locale).toBe('en')
    expect(router.currentRoute.value.name).toBe('home-attract')
    expect(buttonNamed(wrapper, 'Quick exit').exists()).toBe(true)
  })

  it('leaves the idle clock disarmed: nothing is left to clear', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
    try {
      const { wrapper } = await openContactsInPortuguese()
      const exit = buttonNamed(wrapper, 'Saída rápida')
      await exit.trigger('pointerdown')
      await exit.trigger('click')
      await flushPromises()
      await vi.advanceTimersByTimeAsync(80_000)
      expect(wrapper.find('[role="alertdialog"]').exists()).toBe(false)
    } finally {
      vi.useRealTimers()
    }
  })

  it('also answers Shift pressed three times in a row', async () => {
    const { router } = await openContactsInPortuguese()
    press('Shift')
    press('Shift')
    press('Shift')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('home-attract')
  })

  it('does not fire while someone types capitals', async () => {
    const { router } = await openContactsInPortuguese()
    for (const key of ['Shift', 'I', 'Shift', 'A', 'Shift', 'M']) {
      press(key)
    }
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('contacts-directory')
  })
})
