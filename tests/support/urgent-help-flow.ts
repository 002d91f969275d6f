import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { openPage, type TestPage } from './browser.js'
import { signInThroughApi, signInThroughDashboard } from './dashboard-sign-in.js'
import { GraphQLClient } from './graphql-client.js'
import { messages, type Locale } from './messages.js'
import type { RunningServer } from './start-server.js'

/** The demo account with `prefix` in its address (`amara.okafor`, `organizer`). */
export function demoEmail(server: RunningServer, prefix: string): string {
  return server.demo()?.accounts.find(account => account.email.startsWith(`${prefix}@`))?.email ?? ''
}

/**
 * A dashboard tab signed in as the demo account `prefix`, on the events page, with its live
 * connection given a moment to subscribe, as a responder's open tab would have.
 */
export async function openDashboard(
  browser: Browser,
  server: RunningServer,
  prefix: string,
  locale: Locale = 'en',
  options: BrowserContextOptions = {},
): Promise<TestPage> {
  const d = messages('dashboard', locale)
  const tab = await openPage(browser, options)
  await tab.page.goto(`${server.url}/dashboard/`)
  await signInThroughDashboard(tab.page, server, demoEmail(server, prefix), d)
  await tab.page.getByRole('heading', { level: 1, name: d('events.list.title') }).waitFor()
  await tab.page.waitForTimeout(1000)
  return tab
}

/** Enrols `page` as a kiosk of the live demo event standing at `location`, through /kiosk/enrol. */
export async function enrolKiosk(
  page: Page,
  server: RunningServer,
  location: string,
  locale: Locale = 'en',
): Promise<void> {
  const k = messages('kiosk', locale)
  const organizer = new GraphQLClient(server.url)
  await signInThroughApi(organizer, server, demoEmail(server, 'organizer'))
  const { myEvents } = await organizer.request<{ myEvents: { event: { id: string; slug: string } }[] }>(
    '{ myEvents { event { id slug } } }',
  )
  const eventId = myEvents.find(entry => entry.event.slug === server.demo()?.liveEventSlug)?.event.id
  const { createKioskEnrolment } = await organizer.request<{ createKioskEnrolment: { code: string } }>(
    'mutation($i: CreateKioskEnrolmentInput!) { createKioskEnrolment(input: $i) { code } }',
    { i: { eventId, location } },
  )
  await page.goto(`${server.url}/kiosk/enrol`)
  await page.getByLabel(k('enrolment.codeLabel')).fill(createKioskEnrolment.code)
  await page.getByRole('button', { name: k('enrolment.submit') }).click()
  await page.getByRole('button', { name: new RegExp(k('home.urgent.label')) }).waitFor()
}

/** The dashboard's list of open alerts, and its list of those recently handled. */
export function bannerLists(page: Page, locale: Locale = 'en') {
  const d = messages('dashboard', locale)
  return {
    open: page.getByRole('list', { name: d('urgentHelp.openList') }),
    settled: page.getByRole('list', { name: d('urgentHelp.settledList') }),
  }
}

/** Taps Next through the report form until its Send button shows (the screens may change order). */
export async function nextUntilReview(page: Page, locale: Locale = 'en'): Promise<void> {
  const k = messages('kiosk', locale)
  for (let step = 0; step < 8; step++) {
    if (await page.getByRole('button', { name: k('report.review.send') }).isVisible()) {
      return
    }
    await page.getByRole('button', { name: k('report.next'), exact: true }).click()
  }
  throw new Error('never reached the review step')
}
