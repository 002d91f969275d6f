import { describe, expect, it } from 'vitest'
import { useBrowserTests } from '../support/browser.js'
import { messages } from '../support/messages.js'
import { startSmtpSink } from '../support/smtp-sink.js'
import type { RunningServer } from '../support/start-server.js'
import { bannerLists, enrolKiosk, nextUntilReview, openDashboard } from '../support/urgent-help-flow.js'

const k = messages('kiosk', 'en')
const d = messages('dashboard', 'en')
/** A header of a received email, unfolded (long subjects are wrapped over lines). */
const header = (raw: string, name: string) =>
  new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(raw.replace(/\r?\n[ \t]+/g, ' '))?.[1]?.trim()

// Urgent help that closes the loop: a tap (or an urgent report) is one alert on the team's
// dashboards and in one email thread; the person sees who is coming, or cancels a mistaken tap.
describe('urgent help: one alert, who is coming, cancelling', { timeout: 60_000 }, () => {
  const session = useBrowserTests()
  let server: RunningServer | undefined
  let smtp: Awaited<ReturnType<typeof startSmtpSink>> | undefined

  it('one request is one alert updated with the place, in one email thread; the kiosk says who is on the way within 2 s', async () => {
    smtp = await startSmtpSink()
    session.afterTest(smtp.stop)
    server = await session.startServer({ env: { SMTP_URL: smtp.url } })
    const dashboard = session.track(await openDashboard(session.browser, server, 'amara.okafor'))
    const kiosk = await session.open()
    await enrolKiosk(kiosk.page, server, 'Registration desk')

    const tappedAt = Date.now()
    await kiosk.page.getByRole('button', { name: new RegExp(k('home.urgent.label')) }).click()
    const { open, settled } = bannerLists(dashboard.page)
    await open.getByRole('listitem').first().waitFor({ timeout: 2000 })
    expect(Date.now() - tappedAt).toBeLessThan(2000)
    await kiosk.page.getByText(k('urgent.status.alerted')).waitFor()

    await kiosk.page.getByLabel(k('urgent.place.label')).fill('Hall B, by the stairs')
    await kiosk.page.getByRole('button', { name: k('urgent.place.send') }).click()
    await kiosk.page.getByText(k('urgent.place.sent')).waitFor()
    // Still one alert, now with the place, and the kiosk it came from.
    await open.getByText('Hall B, by the stairs').waitFor({ timeout: 2000 })
    await expect(open.getByRole('listitem').count()).resolves.toBe(1)
    await expect(open.getByRole('listitem').innerText()).resolves.toContain('Registration desk')

    await expect.poll(() => smtp?.messages.length ?? 0, { timeout: 5000 }).toBe(2)
    const [first, update] = smtp.messages
    expect(header(first?.raw ?? '', 'Subject')).toMatch(/^Urgent help requested at /)
    expect(header(update?.raw ?? '', 'Subject')).toMatch(/: update, where they are$/)
    expect(header(update?.raw ?? '', 'In-Reply-To')).toBe(header(first?.raw ?? '', 'Message-ID'))

    await open.getByRole('button', { name: d('urgentHelp.onIt') }).click()
    const takenAt = Date.now()
    await kiosk.page
      .getByTestId('urgent-status')
      .getByText(k('urgent.coming.her', { name: 'Amara Okafor' }))
      .waitFor({ timeout: 2000 })
    expect(Date.now() - takenAt).toBeLessThan(2000)
    await settled.getByText(d('urgentHelp.takenBy', { name: 'Amara Okafor' })).waitFor()
    await expect(open.count()).resolves.toBe(0)
    expect(dashboard.errors()).toEqual([])
    expect(kiosk.errors()).toEqual([])
  })

  it('an urgent report raises an alert linked to its case, which a responder opens from the banner', async () => {
    server = await session.startServer()
    const dashboard = session.track(await openDashboard(session.browser, server, 'amara.okafor'))
    const kiosk = await session.open()
    const { page } = kiosk
    await page.goto(`${server.url}/kiosk/e/${server.demo()?.liveEventSlug}`)
    await page.getByRole('button', { name: new RegExp(`^${k('home.actions.report.title')}`) }).click()
    await page.getByLabel(k('report.steps.what.label')).fill('He keeps following me around the venue')
    await page.getByRole('button', { name: k('report.next'), exact: true }).click()
    await page.getByLabel(k('report.steps.when.whereLabel')).fill('Hall B, back row')
    await page
      .getByRole('group', { name: k('report.steps.when.urgentLabel') })
      .getByRole('button', { name: k('report.choice.yes') })
      .click()
    await nextUntilReview(page)
    await page.getByRole('button', { name: k('report.review.send') }).click()
    await page.getByRole('heading', { level: 1, name: k('report.receipt.heading') }).waitFor()
    await page.getByTestId('urgent-status').getByText(k('urgent.status.alerted')).waitFor()

    const { open } = bannerLists(dashboard.page)
    await open.getByText('Hall B, back row').waitFor({ timeout: 5000 })
    const caseLink = open.getByRole('link', {
      name: new RegExp(`^${d('urgentHelp.openCase', { codeName: '' })}`),
    })
    await caseLink.click()
    await dashboard.page.waitForURL(/\/dashboard\/events\/[\w-]+\/cases\/[\w-]+$/)
    await dashboard.page.getByText('He keeps following me around the venue').first().waitFor()
    expect(dashboard.errors()).toEqual([])
    expect(kiosk.errors()).toEqual([])
  })

  it('"I tapped by mistake" cancels the alert, and the team sees it was cancelled', async () => {
    server = await session.startServer()
    const dashboard = session.track(await openDashboard(session.browser, server, 'organizer'))
    const kiosk = await session.open()
    await kiosk.page.goto(`${server.url}/kiosk/e/${server.demo()?.liveEventSlug}`)
    await kiosk.page.getByRole('button', { name: new RegExp(k('home.urgent.label')) }).click()
    const { open, settled } = bannerLists(dashboard.page)
    await open.getByRole('listitem').first().waitFor({ timeout: 2000 })

    await kiosk.page.getByRole('button', { name: k('urgent.cancel.start') }).click()
    await kiosk.page.getByRole('button', { name: k('urgent.cancel.confirm') }).click()
    await kiosk.page.getByTestId('urgent-status').getByText(k('urgent.cancel.done')).waitFor()
    await settled.getByText(d('urgentHelp.cancelled')).waitFor({ timeout: 2000 })
    await expect(open.count()).resolves.toBe(0)
    expect(dashboard.errors()).toEqual([])
    expect(kiosk.errors()).toEqual([])
  })
})
