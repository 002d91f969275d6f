import { describe, expect, it } from 'vitest'
import { useBrowserTests } from '../support/browser.js'
import { messages } from '../support/messages.js'
import type { RunningServer } from '../support/start-server.js'
import { signInThroughDashboard } from '../support/dashboard-sign-in.js'

// An attendee books a private meeting at the kiosk without giving a name and is told the word to say
// on arrival; the time leaves the free list; a responder finds the meeting in the dashboard by that
// word and never sees the code; the attendee cancels with the code and the time is free again.
describe('kiosk: book a private meeting and cancel it with the code', () => {
  const session = useBrowserTests()
  let server: RunningServer | undefined
  const k = messages('kiosk', 'en')
  const d = messages('dashboard', 'en')

  it('books, tells the word to say, the responder sees the word and not the code, the code still cancels', async () => {
    server = await session.startServer()
    const demo = server.demo()
    const kiosk = await session.open()
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
    // What to say on arrival: the check-in word (or a first name), not the code.
    const word = (await page.getByTestId('check-in-word').innerText()).trim()
    expect(word).toMatch(/^[a-z]+$/)
    await expect(page.getByTestId('check-in-say').innerText()).resolves.toBe(
      k('officeHours.checkIn.say', { word }),
    )
    await page.getByText(k('officeHours.checkIn.noCode')).waitFor()
    expect(await page.locator('main').innerText()).not.toContain("You don't need to bring anything")

    // The responder's side, in the dashboard: the meeting by its word, the way to reach the person,
    // and nowhere the code (the API no longer has it to give).
    const responderEmail = demo?.accounts.find(account => account.roles.includes('responder'))?.email ?? ''
    const dashboard = await session.open()
    await dashboard.page.goto(`${server.url}/dashboard/`)
    await signInThroughDashboard(dashboard.page, server, responderEmail, d)
    await dashboard.page
      .getByRole('link', { name: new RegExp(`^${d('events.list.meetingsNamed', { name: '' }).trim()}`) })
      .first()
      .click()
    await dashboard.page.getByRole('heading', { level: 1, name: d('meetings.title') }).waitFor()
    const meeting = dashboard.page
      .getByRole('article')
      .filter({ has: dashboard.page.locator(`[data-check-in-word]:text-is("${word}")`) })
    await meeting.waitFor()
    await expect(meeting.innerText()).resolves.toContain('Signal: +351 910 000 000')
    await dashboard.page.getByText(d('meetings.intro')).waitFor()
    const staffPage = await dashboard.page.content()
    expect(staffPage).not.toContain(code)
    expect(staffPage).not.toContain(code.replace('-', ''))
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
