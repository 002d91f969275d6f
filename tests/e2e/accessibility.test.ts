import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { describeViolations, seriousAxeViolations } from '../support/axe.js'
import { useBrowserTests, type TestPage } from '../support/browser.js'
import { BROWSER_LOCALE, messages, type Locale } from '../support/messages.js'
import type { RunningServer } from '../support/start-server.js'
import { signInThroughDashboard } from '../support/dashboard-sign-in.js'

const TEST_PDF = {
  name: 'programme.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Author (Someone) >> endobj\n%%EOF\n'),
}

// axe-core (WCAG 2.x A and AA) on every screen of both apps, in each language: no serious or
// critical violation. The contexts bypass the CSP only so that axe can be injected; the CSP itself is
// checked by the kiosk and dashboard tests.
// Every screen of both apps, with uploads: over a minute each when other work shares the machine.
describe('accessibility of every screen', { timeout: 180_000 }, () => {
  const session = useBrowserTests()
  let server: RunningServer | undefined
  let tab: TestPage | undefined

  it.each<Locale>(['en', 'pt'])('in %s: no serious or critical axe violation', async locale => {
    // Each language books once; a fresh server keeps the per-address booking limit out of the way.
    server = await session.startServer()
    const demo = server.demo()
    const organizer = demo?.accounts.find(account => account.email.startsWith('organizer@'))
    expect(demo?.liveEventSlug && organizer, server.stdout()).toBeTruthy()
    const kiosk = messages('kiosk', locale)
    const dashboard = messages('dashboard', locale)
    tab = await session.open({ locale: BROWSER_LOCALE[locale], bypassCSP: true })
    const { page } = tab
    const found: string[] = []
    const check = async (screen: string) => {
      const violations = await seriousAxeViolations(page)
      if (violations.length > 0) {
        found.push(`${screen}:\n${describeViolations(violations)}`)
      }
    }
    const heading = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor()

    // With one event under way, /kiosk/ opens it straight away; "Other events" leads to the list.
    await page.goto(`${server.url}/kiosk/`)
    await page.getByRole('button', { name: kiosk('home.actions.contacts.title') }).waitFor()
    await check('kiosk home')

    await page.getByRole('button', { name: kiosk('home.otherEvents') }).click()
    await heading(kiosk('events.heading'))
    await check('kiosk event list')

    await page.goto(`${server.url}/kiosk/e/${demo?.liveEventSlug}`)
    await page.getByRole('button', { name: kiosk('home.actions.contacts.title') }).click()
    await heading(kiosk('contacts.heading'))
    await check('kiosk contacts')

    await page.goto(`${server.url}/kiosk/e/${demo?.liveEventSlug}`)
    await page.getByRole('button', { name: kiosk('home.actions.policy.title') }).click()
    await heading(kiosk('policy.heading'))
    await check('kiosk code of conduct')

    await page.goto(`${server.url}/kiosk/e/${demo?.liveEventSlug}`)
    await page.getByRole('button', { name: kiosk('home.urgent.label') }).click()
    await heading(kiosk('urgent.heading'))
    await page.getByText(kiosk('urgent.status.alerted')).waitFor()
    await check('kiosk urgent help')

    await page.goto(`${server.url}/kiosk/e/${demo?.liveEventSlug}`)
    await page.getByRole('button', { name: new RegExp(`^${kiosk('officeHours.book.heading')}`) }).click()
    await page.getByTestId('free-slot').first().waitFor()
    await check('kiosk booking: times')
    await page.getByTestId('free-slot').first().click()
    await heading(kiosk('officeHours.confirm.heading'))
    await check('kiosk booking: confirm')
    await page.getByRole('button', { name: kiosk('officeHours.confirm.submit') }).click()
    await page.getByTestId('booking-code').waitFor()
    await check('kiosk booking: receipt')
    await page.getByRole('button', { name: kiosk('officeHours.manage.done'), exact: true }).click()
    await page.getByRole('button', { name: new RegExp(`^${kiosk('officeHours.book.heading')}`) }).click()
    await page.getByRole('button', { name: kiosk('officeHours.book.haveCode') }).click()
    await heading(kiosk('officeHours.manage.heading'))
    await check('kiosk booking: manage')

    await page.goto(`${server.url}/kiosk/e/${demo?.liveEventSlug}`)
    await page.getByRole('button', { name: new RegExp(`^${kiosk('home.actions.report.title')}`) }).click()
    await heading(kiosk('report.heading'))
    await check('kiosk report: first step')
    await page.getByLabel(kiosk('report.steps.what.label')).fill('A test of the form')
    for (
      let step = 0;
      step < 8 && !(await page.getByRole('button', { name: kiosk('report.review.send') }).isVisible());
      step++
    ) {
      await page.getByRole('button', { name: kiosk('report.next'), exact: true }).click()
      if ((await page.getByTestId('report-file-input').count()) > 0) {
        // A file kept as sent, so its mark is checked here and on the responder's case page.
        await page.getByTestId('report-file-input').setInputFiles(TEST_PDF)
        await page.getByTestId('file-kept-as-sent').waitFor()
      }
      await check(`kiosk report: step ${step + 2}`)
    }
    await page.getByRole('button', { name: kiosk('report.review.send') }).click()
    await heading(kiosk('report.receipt.heading'))
    await page.getByRole('button', { name: kiosk('report.receipt.show') }).click()
    await check('kiosk report: receipt')
    await page.goto(`${server.url}/kiosk/e/${demo?.liveEventSlug}`)
    await page.getByRole('button', { name: new RegExp(`^${kiosk('home.actions.report.title')}`) }).click()
    await page.getByRole('button', { name: kiosk('report.haveReceipt') }).click()
    await heading(kiosk('report.followUp.heading'))
    await check('kiosk report: follow-up')

    await page.goto(`${server.url}/kiosk/enrol`)
    await heading(kiosk('enrolment.heading'))
    await check('kiosk enrolment')

    await page.goto(`${server.url}/dashboard/`)
    await heading(dashboard('accounts.signIn.title'))
    await check('dashboard sign-in')

    await signInThroughDashboard(page, server, organizer?.email ?? '', dashboard)
    await heading(dashboard('events.list.title'))
    await page.getByRole('article').first().waitFor()
    await check('dashboard events')

    // Every section of the event setup, with the live demo event (organizer view).
    const eventName = await page.getByRole('article').first().getByRole('heading').first().innerText()
    await page
      .getByRole('link', { name: dashboard('events.list.setUpNamed', { name: eventName.trim() }) })
      .click()
    const sections = page.getByRole('navigation', { name: dashboard('events.setup.sections') })
    await sections.waitFor()
    for (const section of [
      'readiness.title',
      'events.details.title',
      'contacts.title',
      'team.title',
      'policies.title',
      'events.photoConsent.title',
      'events.quietRoom.title',
      'officeHours.title',
      'announcements.title',
      'kiosks.title',
    ]) {
      await sections.getByRole('link', { name: dashboard(section), exact: true }).click()
      await page.getByRole('heading', { level: 2, name: dashboard(section) }).waitFor()
      await page.waitForLoadState('networkidle')
      await check(`dashboard setup: ${section}`)
    }
    await sections.getByRole('link', { name: dashboard('contacts.title'), exact: true }).click()
    await page.getByRole('button', { name: dashboard('contacts.add') }).click()
    await check('dashboard setup: contact form')

    await page
      .getByRole('navigation', { name: dashboard('shell.mainNavigation') })
      .getByRole('link', { name: dashboard('shell.nav.invite') })
      .click()
    await page.getByRole('heading', { level: 1, name: dashboard('shell.nav.invite') }).waitFor()
    await check('dashboard invite')

    // A responder's pages: meetings booked in office hours.
    const responder = demo?.accounts.find(account => account.roles.includes('responder'))
    await page.getByRole('button', { name: dashboard('shell.signOut') }).click()
    await heading(dashboard('accounts.signIn.title'))
    await signInThroughDashboard(page, server, responder?.email ?? '', dashboard)
    await page
      .getByRole('link', { name: dashboard('events.list.meetingsNamed', { name: eventName.trim() }) })
      .click()
    await heading(dashboard('meetings.title'))
    await page.waitForLoadState('networkidle')
    await check('dashboard meetings')

    // A responder's cases: the inbox, one case, and the on-site report form.
    await page.goto(`${server.url}/dashboard/`)
    await page
      .getByRole('link', { name: dashboard('events.list.casesNamed', { name: eventName.trim() }) })
      .click()
    await heading(dashboard('cases.inbox.title'))
    await page.waitForLoadState('networkidle')
    await check('dashboard cases inbox')
    await page
      .getByRole('list', { name: dashboard('cases.inbox.listLabel') })
      .getByRole('link')
      .first()
      .click()
    await page.getByRole('link', { name: dashboard('cases.case.back') }).waitFor()
    await page.waitForLoadState('networkidle')
    await check('dashboard case')
    await page.getByRole('link', { name: dashboard('cases.case.back') }).click()
    await page.getByRole('link', { name: dashboard('cases.onSite.start') }).click()
    await heading(dashboard('cases.onSite.title'))
    await page.waitForLoadState('networkidle')
    await check('dashboard on-site report')

    expect(found, found.join('\n\n')).toEqual([])
    await expectLanguage(page, locale)
  })
})

/** The page says which language it is in, so screen readers pick the right voice (WCAG 3.1.1). */
async function expectLanguage(page: Page, locale: Locale): Promise<void> {
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(locale)
}
