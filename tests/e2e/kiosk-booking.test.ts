import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openPage, type TestPage } from '../support/browser.js'
import { messages } from '../support/messages.js'
import { startServer, type RunningServer } from '../support/start-server.js'
import { signInThroughDashboard } from '../support/dashboard-sign-in.js'

// An attendee books a private meeting at the kiosk without giving a name, sees the time leave the
// free list, cancels with the code, and sees it free again; a responder finds the meeting in the dashboard.
describe('kiosk: book a private meeting and cancel it with the code', () => {
  let browser: Browser
  let server: RunningServer | undefined
  const tabs: TestPage[] = []
  const k = messages('kiosk', 'en')
  const d = messages('dashboard', 'en')

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterEach(async () => {
    await Promise.all(tabs.splice(0).map(tab => tab.close()))
    await server?.stop()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('books, shows the time as taken, cancels with the code, frees it; the responder sees the meeting', async () => {
    server = await startServer()
    const demo = server.demo()
    const kiosk = await openPage(browser)
    tabs.push(kiosk)
    const { page } = kiosk
    await page.goto(`${server.url}/kiosk/e/${demo?.liveEventSlug}`)
    await page.getByRole('button', { name: new RegExp(`^${k('officeHours.book.heading')}`) }).click()
    await page.getByRole('heading', { level: 1, name: k('officeHours.book.heading') }).waitFor()

    const freeSlots = page.getByTestId('free-slot')
    await freeSlots.first().waitFor()
    const before = await freeSlots.allInnerTexts()
    const chosen = before[0] ?? ''
    await freeSlots.first().click()
    await page.getByRole('heading', { level: 1, name: k('officeHours.confirm.heading') }).waitFor()
    await page.getByLabel(k('officeHours.confirm.reachLabel')).fill('Signal: +351 910 000 000')
    await page.getByRole('button', { name: k('officeHours.confirm.submit') }).click()
    const codeElement = page.getByTestId('booking-code')
    await codeElement.waitFor()
    const code = (await codeElement.innerText()).replace(/\s/g, '')
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/)

    // The responder's side, in the dashboard: the meeting, its code and the way to reach the person.
    const responderEmail = demo?.accounts.find(account => account.roles.includes('responder'))?.email ?? ''
    const dashboard = await openPage(browser)
    tabs.push(dashboard)
    await dashboard.page.goto(`${server.url}/dashboard/`)
    await signInThroughDashboard(dashboard.page, server, responderEmail, d)
    await dashboard.page
      .getByRole('link', { name: new RegExp(`^${d('events.list.meetingsNamed', { name: '' }).trim()}`) })
      .first()
      .click()
    await dashboard.page.getByRole('heading', { level: 1, name: d('meetings.title') }).waitFor()
    const meeting = dashboard.page
      .getByRole('article')
      .filter({ has: dashboard.page.locator(`code[data-booking-code]:text-is("${code}")`) })
    await meeting.waitFor()
    await expect(meeting.innerText()).resolves.toContain('Signal: +351 910 000 000')
    expect(dashboard.errors()).toEqual([])

    await page.getByRole('button', { name: k('officeHours.manage.done'), exact: true }).click()
    await page.getByRole('button', { name: new RegExp(`^${k('officeHours.book.heading')}`) }).click()
    await freeSlots.first().waitFor()
    expect(await freeSlots.allInnerTexts()).not.toContain(chosen)

    await page.getByRole('button', { name: k('officeHours.book.haveCode') }).click()
    await page.getByLabel(k('officeHours.manage.codeLabel')).pressSequentially(code.replace('-', ''))
    await page.getByRole('button', { name: k('officeHours.manage.find') }).click()
    await page.getByRole('button', { name: k('officeHours.manage.cancel') }).click()
    await page.getByRole('button', { name: k('officeHours.manage.cancelYes') }).click()
    await page.getByText(k('officeHours.manage.cancelled')).waitFor()

    await page.goto(`${server.url}/kiosk/e/${demo?.liveEventSlug}`)
    await page.getByRole('button', { name: new RegExp(`^${k('officeHours.book.heading')}`) }).click()
    await freeSlots.first().waitFor()
    await expect.poll(() => freeSlots.allInnerTexts()).toContain(chosen)
    expect(kiosk.errors()).toEqual([])
  })
})
