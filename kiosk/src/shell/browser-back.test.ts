import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFakeBrowserWindow, type FakeBrowserWindow } from '@/testing/fake-browser-window'
import { eventFixture } from '@/testing/fixtures'
import { answer, stubGraphqlFetch } from '@/testing/graphql-fetch-stub'
import { buttonNamed, mountKiosk } from '@/testing/mount-kiosk'
import { clickNext, openReport, reportApi, stepHeading } from '@/testing/open-report-form'

/** Back, as a person presses it: the browser answers with popstate a moment later. */
async function pressBack(tab: FakeBrowserWindow): Promise<void> {
  tab.pressBack()
  await new Promise(resolve => setTimeout(resolve, 0))
  await flushPromises()
}

async function open(isPersonalDevice: boolean) {
  const tab = createFakeBrowserWindow()
  const kiosk = await mountKiosk(undefined, { isPersonalDevice, browserWindow: tab.browserWindow })
  return { ...kiosk, tab }
}

enableAutoUnmount(afterEach)

describe("the browser's Back button", () => {
  beforeEach(() => {
    stubGraphqlFetch(() => answer({ publicEvent: eventFixture() }))
  })

  it('on a phone, goes to the previous screen, and leaves the app from the start screen', async () => {
    const { wrapper, router, tab } = await open(true)
    // Nothing to go back to yet: no extra entry, so Back works as on any page.
    expect(tab.length).toBe(1)
    await buttonNamed(wrapper, 'Find a contact').trigger('click')
    await flushPromises()
    expect(tab.length).toBe(2)

    await pressBack(tab)
    expect(router.currentRoute.value.name).toBe('home-attract')
    expect(tab.hasLeft).toBe(false)
    expect(tab.index).toBe(0)

    await pressBack(tab)
    expect(tab.hasLeft).toBe(true)
  })

  it('on a public kiosk, never leaves the app', async () => {
    const { router, tab } = await open(false)
    for (let press = 0; press < 3; press++) {
      await pressBack(tab)
    }
    expect(tab.hasLeft).toBe(false)
    expect(router.currentRoute.value.name).toBe('home-attract')
    // One spare entry at most, holding a marker and nothing else.
    expect(tab.length).toBe(2)
    expect(tab.states).toEqual([null, { conductDeskSpare: true }])
  })

  it('has nothing to bring back after the wipe', async () => {
    const { wrapper, router, tab, shell } = await open(true)
    await buttonNamed(wrapper, 'Our Code of Conduct').trigger('click')
    await flushPromises()
    await shell.wipe()
    await flushPromises()

    await pressBack(tab)
    expect(router.currentRoute.value.name).toBe('home-attract')
    // The wipe left no earlier screen: Back left the app rather than reopen the Code of Conduct.
    expect(tab.hasLeft).toBe(true)
  })

  it('goes through the report form’s questions one by one, through entries that hold nothing', async () => {
    const tab = createFakeBrowserWindow()
    const { wrapper, router } = await openReport(reportApi(), {
      isPersonalDevice: true,
      browserWindow: tab.browserWindow,
    })
    await wrapper.get('textarea#report-description').setValue('Half of what I want to say')
    await clickNext(wrapper)
    await clickNext(wrapper)
    expect(stepHeading(wrapper)).toBe('Who was involved')

    tab.pressBack()
    await flushPromises()
    await new Promise(resolve => setTimeout(resolve, 0))
    await flushPromises()
    expect(stepHeading(wrapper)).toBe('When and where')
    tab.pressBack()
    await new Promise(resolve => setTimeout(resolve, 0))
    await flushPromises()
    expect(stepHeading(wrapper)).toBe('What happened?')
    expect((wrapper.get('textarea#report-description').element as HTMLTextAreaElement).value).toBe(
      'Half of what I want to say',
    )
    // From the first question, Back goes to the screen before the form, still within the app.
    tab.pressBack()
    await new Promise(resolve => setTimeout(resolve, 0))
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('home-attract')
    expect(tab.hasLeft).toBe(false)
    // The browser's entries carry a marker only: nothing that was typed.
    expect(JSON.stringify(tab.states)).not.toContain('Half of what')
    expect(tab.length).toBeLessThanOrEqual(2)
  })
})

describe('Quick exit', () => {
  beforeEach(() => {
    stubGraphqlFetch(() => answer({ publicEvent: eventFixture() }))
  })

  it("on someone's own phone, wipes and leaves for a blank page, taking the spare entry back first", async () => {
    const { wrapper, router, tab } = await open(true)
    await buttonNamed(wrapper, 'Find a contact').trigger('click')
    await flushPromises()
    expect(tab.index).toBe(1)

    await buttonNamed(wrapper, 'Quick exit').trigger('click')
    await new Promise(resolve => setTimeout(resolve, 0))
    await flushPromises()
    // Back off the spare entry, then the page is replaced: Back from the blank page skips the kiosk.
    expect(tab.index).toBe(0)
    expect(tab.replacedWith).toBe('about:blank')
    expect(router.currentRoute.value.name).toBe('home-attract')
  })

  it('on a public kiosk, stays on the kiosk and shows its start screen', async () => {
    const { wrapper, router, tab } = await open(false)
    await buttonNamed(wrapper, 'Find a contact').trigger('click')
    await flushPromises()
    await buttonNamed(wrapper, 'Quick exit').trigger('click')
    await new Promise(resolve => setTimeout(resolve, 200))
    await flushPromises()
    expect(tab.replacedWith).toBeNull()
    expect(router.currentRoute.value.name).toBe('home-attract')
  })
})
