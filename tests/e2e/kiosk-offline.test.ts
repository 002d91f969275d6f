import { describe, expect, it } from 'vitest'
import { useBrowserTests, type TestPage } from '../support/browser.js'
import { enrolKiosk, PORTRAIT_KIOSK, waitForOfflineCopy } from '../support/kiosk-screens.js'
import { messages } from '../support/messages.js'

const t = messages('kiosk', 'en')

// Venue networks fail at the worst moment (issue 9, item 11). An enrolled kiosk keeps its app and its
// event's public data in its service worker's cache, and still helps while the network is cut.
describe('an enrolled kiosk through a Wi-Fi drop', { timeout: 120_000 }, () => {
  const session = useBrowserTests({ serverForFile: {} })
  let tab: TestPage | undefined

  it('shows its event, contacts with photos, policy, quiet room and numbers offline, and refreshes when the network returns', async () => {
    tab = await session.open(PORTRAIT_KIOSK)
    const { page, context } = tab
    await enrolKiosk(page, session.server)
    await waitForOfflineCopy(page)

    await context.setOffline(true)
    // Even a restart of the page during the cut: the app and the event come from the kept copy.
    await page.reload()
    const eventName = page.getByRole('heading', { level: 1 })
    await eventName.waitFor()
    await expect(eventName.innerText()).resolves.toBe('Riverside PyCon 2026')
    await page.getByText(t('connection.unreachable')).waitFor()

    await page.getByRole('button', { name: new RegExp(`^${t('home.actions.contacts.title')}`) }).click()
    await page.getByRole('heading', { level: 1, name: t('contacts.heading') }).waitFor()
    const photos = page.locator('main img')
    await expect(photos.count()).resolves.toBeGreaterThan(0)
    await expect
      .poll(() =>
        photos.evaluateAll(images => images.every(image => (image as HTMLImageElement).naturalWidth > 0)),
      )
      .toBe(true)
    await page.getByRole('button', { name: t('contacts.back') }).click()

    await page.getByRole('button', { name: new RegExp(`^${t('home.actions.policy.title')}`) }).click()
    await page.getByRole('heading', { level: 1, name: t('policy.heading') }).waitFor()
    await page.getByRole('heading', { level: 2, name: t('quietRoom.heading') }).waitFor()
    await page.getByRole('button', { name: t('policy.back') }).click()

    // Forms say plainly that nothing can be sent, and that nothing is kept on the device.
    await page.getByRole('button', { name: new RegExp(`^${t('home.actions.report.title')}`) }).click()
    await page.getByRole('heading', { level: 1, name: t('report.heading') }).waitFor()
    await expect(page.getByTestId('cannot-send').innerText()).resolves.toBe(t('connection.cannotSend'))
    await page.getByRole('button', { name: t('report.back') }).click()

    // "I need help now" cannot reach the team: it says so, and shows whom to call and where to go.
    await page.getByRole('button', { name: t('home.urgent.label') }).click()
    await page.getByText(t('urgent.status.failed')).waitFor()
    await expect(page.getByTestId('urgent-phone').innerText()).resolves.toContain('+351 210 000 112')
    await expect(page.getByTestId('emergency-number').innerText()).resolves.toContain('112')
    await page.getByRole('heading', { level: 2, name: t('urgent.where') }).waitFor()
    await page.getByRole('button', { name: t('urgent.back') }).click()

    // The network returns: the kiosk refreshes by itself, nobody taps "Try again".
    await context.setOffline(false)
    await expect.poll(() => page.getByText(t('connection.unreachable')).count(), { timeout: 10_000 }).toBe(0)
    expect(
      tab.errors().filter(error => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(error)),
    ).toEqual([])
  })
})
