import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openPage, type TestPage } from '../support/browser.js'
import { messages } from '../support/messages.js'
import { startSmtpSink } from '../support/smtp-sink.js'
import { startServer, type RunningServer } from '../support/start-server.js'
import { signInThroughDashboard } from '../support/dashboard-sign-in.js'

// Someone at the kiosk taps "I need help now". A responder with the dashboard open in another
// browser sees the alert within two seconds; the on-duty contacts get an email; "I'm on it" clears it.
describe('urgent help: kiosk tap → responder’s dashboard and email', () => {
  let browser: Browser
  let server: RunningServer | undefined
  let smtp: Awaited<ReturnType<typeof startSmtpSink>> | undefined
  const tabs: TestPage[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterEach(async () => {
    await Promise.all(tabs.splice(0).map(tab => tab.close()))
    await server?.stop()
    await smtp?.stop()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('shows the alert live on a responder’s dashboard and emails the on-duty contacts', async () => {
    smtp = await startSmtpSink()
    server = await startServer({ env: { SMTP_URL: smtp.url } })
    const demo = server.demo()
    const slug = demo?.liveEventSlug ?? ''
    const responder = demo?.accounts.find(account => account.roles.includes('responder'))?.email ?? ''
    const dashboardText = messages('dashboard', 'en')
    const kioskText = messages('kiosk', 'en')

    const dashboard = await openPage(browser)
    tabs.push(dashboard)
    await dashboard.page.goto(`${server.url}/dashboard/`)
    await signInThroughDashboard(dashboard.page, server, responder, dashboardText)
    await dashboard.page
      .getByRole('heading', { level: 1, name: dashboardText('events.list.title') })
      .waitFor()
    // Give the dashboard's WebSocket a moment to subscribe, as a responder's open tab would have.
    await dashboard.page.waitForTimeout(1000)

    const kiosk = await openPage(browser)
    tabs.push(kiosk)
    await kiosk.page.goto(`${server.url}/kiosk/e/${slug}`)
    const urgent = kiosk.page.getByRole('button', { name: new RegExp(kioskText('home.urgent.label')) })
    await urgent.waitFor()
    const tappedAt = Date.now()
    await urgent.click()

    const eventName = (await kiosk.page.getByRole('heading', { level: 1 }).first().innerText()).trim()
    const banner = dashboard.page
      .getByRole('alert')
      .filter({ hasText: dashboardText('urgentHelp.requested', { event: '' }).trim() })
    await banner.first().waitFor({ timeout: 2000 })
    expect(Date.now() - tappedAt).toBeLessThan(2000)
    expect(eventName.length).toBeGreaterThan(0)

    await kiosk.page.getByText(kioskText('urgent.status.alerted')).waitFor()

    await expect.poll(() => smtp?.messages.length ?? 0, { timeout: 5000 }).toBeGreaterThan(0)
    const mail = smtp.messages[0]
    expect(mail?.raw.replace(/=\r?\n/g, '')).toContain('Urgent help requested at')
    expect(mail?.to.length).toBeGreaterThan(0)

    await dashboard.page
      .getByRole('button', { name: dashboardText('urgentHelp.onIt') })
      .first()
      .click()
    await expect.poll(() => banner.count(), { timeout: 5000 }).toBe(0)
    expect(dashboard.errors()).toEqual([])
    expect(kiosk.errors()).toEqual([])
  })
})
