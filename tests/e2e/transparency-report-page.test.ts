import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectAccessible } from '../support/axe.js'
import { useBrowserTests } from '../support/browser.js'
import { signInThroughApi } from '../support/dashboard-sign-in.js'
import { GraphQLClient } from '../support/graphql-client.js'
import { BROWSER_LOCALE, messages, type Locale } from '../support/messages.js'
import type { RunningServer } from '../support/start-server.js'

const t = messages('kiosk', 'en')

interface PublishedReport {
  eventName: string
  kind: string
  markdown: string
  statistics: {
    history: {
      eventName: string
      attendeesInPerson: number | null
      attendeesOnline: number | null
      reports: number
      reportsDuringEvent: number
      reportsAfterEvent: number
    }[]
  }
}

const PUBLISHED = `query ($s: String!) {
  publishedTransparencyReport(eventSlug: $s) {
    eventName kind markdown
    statistics { history { eventName attendeesInPerson attendeesOnline reports reportsDuringEvent reportsAfterEvent } }
  }
}`

/** Last year's edition of the demo series: a past event, no public event any more. */
function pastEdition(server: RunningServer): string {
  const live = server.demo()?.liveEventSlug ?? ''
  const year = Number(/(\d{4})$/.exec(live)?.[1])
  return `riverside-pycon-${year - 1}`
}

/**
 * The demo publishes FULL reports for its past editions. Should this demo not have one for `slug`,
 * the admin publishes it through the API, as the dashboard would, so the page has something to show.
 */
async function ensureFullReport(server: RunningServer, slug: string): Promise<PublishedReport> {
  const api = new GraphQLClient(server.url)
  const read = async () =>
    (await api.request<{ publishedTransparencyReport: PublishedReport | null }>(PUBLISHED, { s: slug }))
      .publishedTransparencyReport
  const existing = await read()
  if (existing?.kind === 'FULL') {
    return existing
  }
  const admin = server.demo()?.accounts.find(account => account.email.startsWith('admin@'))?.email ?? ''
  await signInThroughApi(api, server, admin)
  const { myEvents } = await api.request<{ myEvents: { event: { id: string; slug: string } }[] }>(
    '{ myEvents { event { id slug } } }',
  )
  const eventId = myEvents.find(entry => entry.event.slug === slug)?.event.id
  await api.request(
    'mutation ($i: PublishTransparencyReportInput!) { publishTransparencyReport(input: $i) { kind } }',
    {
      i: {
        eventId,
        kind: 'FULL',
        markdown:
          '## How to report\n\nTalk to any contact, or see [the Code of Conduct](https://example.org/coc).',
      },
    },
  )
  const published = await read()
  if (published === null) {
    throw new Error(`No report published for ${slug}`)
  }
  return published
}

/** From the kiosk's start, the way a visitor goes: the live event opens, "Other events", the report. */
async function openFromEventList(page: Page, server: RunningServer, eventName: string, locale: Locale) {
  const words = messages('kiosk', locale)
  await page.goto(`${server.url}/kiosk/`)
  await page.getByRole('button', { name: words('home.otherEvents'), exact: true }).click()
  await page.getByRole('heading', { level: 2, name: words('events.reports.heading') }).waitFor()
  await page.getByRole('button', { name: new RegExp(`^${eventName} `) }).click()
  await page.getByRole('heading', { level: 1, name: words('transparency.heading'), exact: true }).waitFor()
}

// Issue 11: the public page of a published transparency report, on the kiosk.
describe('the public transparency report page', { timeout: 180_000 }, () => {
  const session = useBrowserTests({ serverForFile: {} })
  let slug = ''
  let report: PublishedReport

  beforeAll(async () => {
    slug = pastEdition(session.server)
    report = await ensureFullReport(session.server, slug)
  })

  it('opens from the event list for a past edition: history table, Markdown download, clean print', async () => {
    const tab = await session.open()
    const { page } = tab
    await openFromEventList(page, session.server, report.eventName, 'en')

    await expect(page.getByTestId('transparency-kind').innerText()).resolves.toContain(
      t('transparency.kind.FULL'),
    )
    // The chair's own title sits under the page's heading: one h1.
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1)
    const history = page.getByRole('table', { name: t('transparency.statistics.history') })
    const rows = await history
      .locator('tbody tr')
      .evaluateAll(trs =>
        trs.map(tr => Array.from(tr.querySelectorAll('th, td'), cell => cell.textContent?.trim() ?? '')),
      )
    const number = (value: number | null) =>
      value === null ? t('transparency.statistics.notRecorded') : value.toLocaleString('en-GB')
    expect(rows).toEqual(
      report.statistics.history.map(edition => [
        edition.eventName,
        number(edition.attendeesInPerson),
        number(edition.attendeesOnline),
        number(edition.reports),
        number(edition.reportsDuringEvent),
        number(edition.reportsAfterEvent),
      ]),
    )
    expect(rows.at(-1)?.[0]).toBe(report.eventName)
    expect(rows.length).toBeGreaterThan(1)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('transparency.downloads.markdown'), exact: true }).click(),
    ])
    expect(download.suggestedFilename()).toBe(`${slug}-transparency-report-full.md`)
    const markdown = await readFile(await download.path(), 'utf8')
    expect(markdown).toContain(`# ${report.eventName}: transparency report`)
    expect(markdown).toContain(report.markdown.trim())
    expect(markdown).toContain(`| ${rows.at(-1)?.join(' | ')} |`)

    // Print → Save as PDF: the content alone, black on white, each link's address printed.
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('button', { name: t('exit.label') }).isVisible()).resolves.toBe(false)
    await expect(page.getByRole('group', { name: t('language.label') }).isVisible()).resolves.toBe(false)
    await expect(page.getByRole('button', { name: t('transparency.back') }).isVisible()).resolves.toBe(false)
    await expect(
      page.getByRole('button', { name: t('transparency.downloads.markdown') }).isVisible(),
    ).resolves.toBe(false)
    await expect(page.getByRole('contentinfo').isVisible()).resolves.toBe(false)
    await expect(page.getByTestId('transparency-text').isVisible()).resolves.toBe(true)
    await expect(history.isVisible()).resolves.toBe(true)
    const colours = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.querySelector('#main h1')!).color,
    }))
    expect(colours).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' })
    const link = page.getByTestId('transparency-text').locator('a[href^="http"]').first()
    if ((await link.count()) > 0) {
      const href = await link.getAttribute('href')
      await expect(link.evaluate(a => getComputedStyle(a, '::after').content)).resolves.toBe(`" (${href})"`)
    }
    await page.emulateMedia({ media: 'screen' })
    await expect(page.getByRole('button', { name: t('exit.label') }).isVisible()).resolves.toBe(true)

    // Under the real CSP: no violation, no error (v-html adds no inline script or style).
    expect(tab.errors()).toEqual([])
  })

  it('fits a 320 px phone: no sideways scrolling of the page, only inside a table', async () => {
    const { page } = await session.open({
      viewport: { width: 320, height: 640 },
      isMobile: true,
      hasTouch: true,
    })
    await page.goto(`${session.server.url}/kiosk/e/${slug}/transparency`)
    await page.getByRole('heading', { level: 1, name: t('transparency.heading'), exact: true }).waitFor()
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      window: document.documentElement.clientWidth,
    }))
    expect(widths.page).toBeLessThanOrEqual(widths.window)
  })

  it.each(['en', 'pt'] as const)('has no serious or critical axe issue (%s)', async locale => {
    const { page } = await session.open({ bypassCSP: true, locale: BROWSER_LOCALE[locale] })
    await openFromEventList(page, session.server, report.eventName, locale)
    await expectAccessible(page, `transparency report page (${locale})`)
  })
})
