import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { describeViolations, seriousAxeViolations } from '../support/axe.js'
import { useBrowserTests } from '../support/browser.js'
import { BROWSER_LOCALE, messages, type Locale } from '../support/messages.js'
import type { RunningServer } from '../support/start-server.js'
import { bannerLists, enrolKiosk, nextUntilReview, openDashboard } from '../support/urgent-help-flow.js'

// axe-core (WCAG 2.x A and AA) on every urgent-help screen this work added or changed, in each
// language: the kiosk's answer while alerted, who is coming, the cancel question, cancelled, the
// receipt of an urgent report; the dashboard's banner with open and recently handled alerts. The
// contexts bypass the CSP only so that axe can be injected (urgent-help.test.ts runs under it).
describe('accessibility of urgent help', { timeout: 120_000 }, () => {
  const session = useBrowserTests()
  let server: RunningServer | undefined

  it.each<Locale>(['en', 'pt'])('in %s: no serious or critical axe violation', async locale => {
    server = await session.startServer()
    const k = messages('kiosk', locale)
    const d = messages('dashboard', locale)
    const options = { locale: BROWSER_LOCALE[locale], bypassCSP: true }
    const dashboard = session.track(
      await openDashboard(session.browser, server, 'organizer', locale, options),
    )
    const kiosk = await session.open(options)
    const { page } = kiosk
    const found: string[] = []
    const check = async (on: Page, screen: string) => {
      const violations = await seriousAxeViolations(on)
      if (violations.length > 0) {
        found.push(`${screen}:\n${describeViolations(violations)}`)
      }
    }
    const { open, settled } = bannerLists(dashboard.page, locale)
    const tap = async () => {
      await page.getByRole('button', { name: new RegExp(k('home.urgent.label')) }).click()
      await page.getByText(k('urgent.status.alerted')).waitFor()
    }

    await enrolKiosk(page, server, 'Registration desk', locale)
    await tap()
    await check(page, 'kiosk urgent help, alerted')
    await open.getByRole('listitem').first().waitFor({ timeout: 2000 })
    await check(dashboard.page, 'dashboard banner, one open alert')

    await page.getByRole('button', { name: k('urgent.cancel.start') }).click()
    await check(page, 'kiosk urgent help, cancel question')
    await page.getByRole('button', { name: k('urgent.cancel.confirm') }).click()
    await page.getByTestId('urgent-status').getByText(k('urgent.cancel.done')).waitFor()
    await check(page, 'kiosk urgent help, cancelled')

    await page.getByRole('button', { name: k('urgent.back') }).click()
    await tap()
    await open.getByRole('listitem').first().waitFor({ timeout: 2000 })
    await settled.getByText(d('urgentHelp.cancelled')).waitFor()
    await check(dashboard.page, 'dashboard banner, open and recently handled')
    await open.getByRole('button', { name: d('urgentHelp.onIt') }).click()
    await page.locator('.urgent-help-status--coming').waitFor({ timeout: 2000 })
    await check(page, 'kiosk urgent help, someone on the way')
    await settled.getByRole('listitem').nth(1).waitFor()
    await check(dashboard.page, 'dashboard banner, recently handled only')

    // An urgent report in the same visit joins that alert: its receipt says who is on the way.
    await page.getByRole('button', { name: k('urgent.back') }).click()
    await page.getByRole('button', { name: new RegExp(`^${k('home.actions.report.title')}`) }).click()
    await page.getByLabel(k('report.steps.what.label')).fill('Someone keeps following me')
    await page.getByRole('button', { name: k('report.next'), exact: true }).click()
    await page
      .getByRole('group', { name: k('report.steps.when.urgentLabel') })
      .getByRole('button', { name: k('report.choice.yes') })
      .click()
    await check(page, 'kiosk report form, urgent with the red help button')
    await nextUntilReview(page, locale)
    await page.getByRole('button', { name: k('report.review.send') }).click()
    await page.getByRole('heading', { level: 1, name: k('report.receipt.heading') }).waitFor()
    await page.locator('.urgent-help-status--coming').waitFor()
    await check(page, 'kiosk receipt of an urgent report')

    expect(found, found.join('\n\n')).toEqual([])
    expect(dashboard.errors()).toEqual([])
    expect(kiosk.errors()).toEqual([])
  })
})
