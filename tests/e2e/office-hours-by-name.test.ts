import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { describeViolations, seriousAxeViolations } from '../support/axe.js'
import { useBrowserTests } from '../support/browser.js'
import { signInThroughDashboard } from '../support/dashboard-sign-in.js'
import { BROWSER_LOCALE, messages, type Locale } from '../support/messages.js'
import type { RunningServer } from '../support/start-server.js'

type Messages = ReturnType<typeof messages>

/** The demo's three contacts: each holds office hours, by name or by being on duty for them. */
const DEMO_CONTACTS = ['Amara Okafor', 'Tomás Ferreira', 'Noor Haddad']

async function openBooking(page: Page, server: RunningServer, k: Messages): Promise<void> {
  await page.goto(`${server.url}/kiosk/e/${server.demo()?.liveEventSlug}`)
  await page.getByRole('button', { name: new RegExp(`^${k('officeHours.book.heading')}`) }).click()
  await page.getByTestId('free-slot').first().waitFor()
}

/** The person filter's buttons, by accessible name. */
const filterButton = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^${name}`) })

/** Books the first free time with `contact` chosen; returns the code and the word to say. */
async function bookWith(page: Page, k: Messages, contact: string): Promise<{ code: string; word: string }> {
  await filterButton(page, contact).click()
  await page.getByTestId('free-slot').first().click()
  await page.getByRole('heading', { level: 1, name: k('officeHours.confirm.heading') }).waitFor()
  await expect(page.getByTestId('meeting-with').innerText()).resolves.toContain(contact)
  await page.getByRole('button', { name: k('officeHours.confirm.submit') }).click()
  await page.getByTestId('booking-code').waitFor()
  return {
    code: (await page.getByTestId('booking-code').innerText()).replace(/\s/g, ''),
    word: (await page.getByTestId('check-in-word').innerText()).trim(),
  }
}

/** From the receipt: "Done", then "I already have a code", the code, "Find my meeting". */
async function findByCode(page: Page, k: Messages, code: string): Promise<void> {
  await page.getByRole('button', { name: k('officeHours.manage.done'), exact: true }).click()
  await page.getByRole('button', { name: new RegExp(`^${k('officeHours.book.heading')}`) }).click()
  await page.getByRole('button', { name: k('officeHours.book.haveCode') }).click()
  await page.getByLabel(k('officeHours.manage.codeLabel')).pressSequentially(code.replace('-', ''))
  await page.getByRole('button', { name: k('officeHours.manage.find') }).click()
  await page.getByRole('heading', { level: 2, name: k('officeHours.manage.found') }).waitFor()
}

/** Every day of the move picker, each clicked in turn: is any own meeting counted as "taken"? */
async function takenNotesOnEveryDay(page: Page): Promise<string[]> {
  const days = page.locator('.office-hours-day-picker button')
  const notes: string[] = []
  for (let index = 0; index < (await days.count()); index++) {
    await days.nth(index).click()
    const note = page.getByTestId('taken-note')
    if ((await note.count()) > 0) {
      notes.push(await note.innerText())
    }
  }
  return notes
}

// Every contact who holds office hours is bookable by name, including those who hold them by being
// on duty (before, only one of the demo's three could be chosen); "Move" does not count the
// person's own meeting as taken; the screens that changed pass axe in both languages.
describe('kiosk: office hours by name, and moving', { timeout: 180_000 }, () => {
  const session = useBrowserTests()
  let server: RunningServer | undefined

  it('offers every contact with office hours by name, and "anyone on duty" once, saying who', async () => {
    server = await session.startServer()
    const k = messages('kiosk', 'en')
    const kiosk = await session.open()
    const { page } = kiosk
    await openBooking(page, server, k)

    const filter = page.locator('.office-hours-contact-filter')
    const names = await filter.getByRole('button').allInnerTexts()
    expect(names).toHaveLength(1 + DEMO_CONTACTS.length)
    expect(names[0]).toContain(k('officeHours.filter.anyone'))
    for (const contact of DEMO_CONTACTS) {
      expect(names[0]).toContain(contact)
    }
    expect(await filter.innerText()).not.toContain('No preference')

    for (const contact of DEMO_CONTACTS) {
      await filterButton(page, contact).click()
      const offered = await page.getByTestId('free-slot').allInnerTexts()
      expect(offered.length, contact).toBeGreaterThan(0)
      expect(offered.every(text => text.includes(k('officeHours.slots.with', { name: contact })))).toBe(true)
    }
    expect(kiosk.errors()).toEqual([])
  })

  it('books someone on duty by name; moving keeps them chosen and never counts the own meeting as taken', async () => {
    server = await session.startServer()
    const k = messages('kiosk', 'en')
    const d = messages('dashboard', 'en')
    const kiosk = await session.open()
    const { page } = kiosk
    await openBooking(page, server, k)

    // Tomás holds no time by name: he is on duty for the midday times held by whoever is on duty.
    const { code, word } = await bookWith(page, k, 'Tomás Ferreira')
    await expect(page.getByTestId('meeting-with').innerText()).resolves.toContain('Tomás Ferreira')

    await findByCode(page, k, code)
    await page.getByRole('button', { name: k('officeHours.manage.move') }).click()
    await page.getByRole('heading', { level: 1, name: k('officeHours.move.heading') }).waitFor()
    await expect(filterButton(page, 'Tomás Ferreira').getAttribute('aria-pressed')).resolves.toBe('true')
    // Nobody else has booked anything: no day may say a time is taken.
    expect(await takenNotesOnEveryDay(page)).toEqual([])

    await page.getByTestId('free-slot').first().click()
    await page.getByRole('button', { name: k('officeHours.confirm.moveSubmit') }).click()
    await page.getByText(k('officeHours.manage.moved')).waitFor()
    await expect(page.getByTestId('meeting-with').innerText()).resolves.toContain('Tomás Ferreira')
    await expect(page.getByTestId('check-in-word').innerText()).resolves.toBe(word)

    // "Move" again, after a move: the meeting's new time is still its own, not "taken".
    await page.getByRole('button', { name: k('officeHours.manage.move') }).click()
    await page.getByRole('heading', { level: 1, name: k('officeHours.move.heading') }).waitFor()
    expect(await takenNotesOnEveryDay(page)).toEqual([])
    expect(kiosk.errors()).toEqual([])

    // The responder sees whom the person asked for, and the word.
    const responder = server.demo()?.accounts.find(account => account.roles.includes('responder'))
    const dashboard = await session.open()
    await dashboard.page.goto(`${server.url}/dashboard/`)
    await signInThroughDashboard(dashboard.page, server, responder?.email ?? '', d)
    await dashboard.page
      .getByRole('link', { name: new RegExp(`^${d('events.list.meetingsNamed', { name: '' }).trim()}`) })
      .first()
      .click()
    const meeting = dashboard.page
      .getByRole('article')
      .filter({ has: dashboard.page.locator(`[data-check-in-word]:text-is("${word}")`) })
    await expect(meeting.innerText()).resolves.toContain('Tomás Ferreira')
    expect(await dashboard.page.content()).not.toContain(code)
    expect(dashboard.errors()).toEqual([])
  })

  it.each<Locale>(['en', 'pt'])('in %s: the changed screens have no serious axe violation', async locale => {
    server = await session.startServer()
    const k = messages('kiosk', locale)
    const d = messages('dashboard', locale)
    const tab = await session.open({ locale: BROWSER_LOCALE[locale], bypassCSP: true })
    const { page } = tab
    const found: string[] = []
    const check = async (screen: string) => {
      const violations = await seriousAxeViolations(page)
      if (violations.length > 0) {
        found.push(`${screen}:\n${describeViolations(violations)}`)
      }
    }

    await openBooking(page, server, k)
    await check('times, with everyone bookable by name')
    await filterButton(page, 'Noor Haddad').click()
    await page.getByTestId('free-slot').first().click()
    await page.getByRole('heading', { level: 1, name: k('officeHours.confirm.heading') }).waitFor()
    await check('confirm, with someone on duty chosen')
    await page.getByRole('button', { name: k('officeHours.confirm.submit') }).click()
    await page.getByTestId('check-in-word').waitFor()
    await check('receipt, with the check-in word')
    const code = (await page.getByTestId('booking-code').innerText()).replace(/\s/g, '')
    await findByCode(page, k, code)
    await check('manage, the meeting found, with the check-in word')
    await page.getByRole('button', { name: k('officeHours.manage.move') }).click()
    await page.getByRole('heading', { level: 1, name: k('officeHours.move.heading') }).waitFor()
    await check('move')

    const responder = server.demo()?.accounts.find(account => account.roles.includes('responder'))
    await page.goto(`${server.url}/dashboard/`)
    await signInThroughDashboard(page, server, responder?.email ?? '', d)
    await page
      .getByRole('link', { name: new RegExp(`^${d('events.list.meetingsNamed', { name: '' }).trim()}`) })
      .first()
      .click()
    await page.locator('[data-check-in-word]').first().waitFor()
    await check('dashboard meetings, with the check-in word')

    expect(found, found.join('\n\n')).toEqual([])
  })
})
