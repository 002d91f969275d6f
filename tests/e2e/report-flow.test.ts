import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useBrowserTests } from '../support/browser.js'
import { messages } from '../support/messages.js'
import type { RunningServer } from '../support/start-server.js'
import { signInThroughDashboard } from '../support/dashboard-sign-in.js'

const k = messages('kiosk', 'en')
const CANARY = 'The quiz host kept touching my shoulder QX-81'
const XSS = '<img src=x onerror="window.__xss=1">'
const REPORT_TEXT = `${CANARY} ${XSS}`
const d = messages('dashboard', 'en')

async function nextUntilReview(page: Page): Promise<void> {
  for (let step = 0; step < 8; step++) {
    if (await page.getByRole('button', { name: k('report.review.send') }).isVisible()) {
      return
    }
    await page.getByRole('button', { name: k('report.next'), exact: true }).click()
  }
  throw new Error('never reached the review step')
}

/** Chooses in the inbox's filter form (label → option value) and applies it. */
async function filterInbox(page: Page, choices: Record<string, string>): Promise<void> {
  const form = page.getByRole('search', { name: d('cases.filters.title') })
  for (const [label, value] of Object.entries(choices)) {
    await form.getByLabel(label).selectOption(value)
  }
  await form.getByRole('button', { name: d('cases.filters.apply') }).click()
}

/** The code names the inbox lists, in its order. */
function caseTitles(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: d('cases.inbox.listLabel') })
    .getByRole('heading', { level: 2 })
    .allInnerTexts()
}

// An attendee reports at the kiosk and keeps the receipt; a responder answers; the attendee reads
// the answer with the receipt, anonymously.
describe('report at the kiosk, answer on the dashboard, read the answer with the receipt', () => {
  const session = useBrowserTests()
  let server: RunningServer | undefined

  it('shows the case live to a responder, who replies; the reporter reads the reply with the receipt', async () => {
    server = await session.startServer()
    const demo = server.demo()
    // A responder has the event's inbox open in the dashboard.
    const dashboard = await session.open()
    const team = dashboard.page
    const email = demo?.accounts.find(account => account.roles.includes('responder'))?.email ?? ''
    await team.goto(`${server.url}/dashboard/`)
    await signInThroughDashboard(team, server, email, d)
    await team
      .getByRole('link', { name: new RegExp(`^${d('events.list.casesNamed', { name: '' }).trim()}`) })
      .first()
      .click()
    await team.getByRole('heading', { level: 1, name: d('cases.inbox.title') }).waitFor()
    const caseList = team.getByRole('list', { name: d('cases.inbox.listLabel') })
    await caseList.getByRole('listitem').first().waitFor()
    const casesBefore = await caseList.getByRole('listitem').count()
    await team.waitForTimeout(800)

    const kiosk = await session.open()
    const { page } = kiosk
    await page.goto(`${server.url}/kiosk/e/${demo?.liveEventSlug}`)
    await page.getByRole('button', { name: new RegExp(`^${k('home.actions.report.title')}`) }).click()
    await page.getByLabel(k('report.steps.what.label')).fill(REPORT_TEXT)
    // A PDF is kept as sent: the kiosk says so before anything is uploaded (SECURITY R31).
    while ((await page.getByTestId('report-file-input').count()) === 0) {
      await page.getByRole('button', { name: k('report.next'), exact: true }).click()
    }
    await page.getByTestId('report-file-input').setInputFiles({
      name: 'programme.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Author (Someone) >> endobj\n%%EOF\n'),
    })
    await expect(page.getByTestId('file-kept-as-sent').innerText()).resolves.toBe(
      k('report.files.keptAsSentShort'),
    )
    await page.getByText(k('report.files.keptAsSent')).waitFor()
    await nextUntilReview(page)
    await page.getByRole('button', { name: k('report.review.send') }).click()
    await page.getByRole('heading', { level: 1, name: k('report.receipt.heading') }).waitFor()
    await expect(page.getByTestId('report-reference').count()).resolves.toBe(0)
    await page.getByRole('button', { name: k('report.receipt.show') }).click()
    const reference = (await page.getByTestId('report-reference').innerText()).replace(/\s/g, '')
    const passphrase = (await page.getByTestId('report-passphrase').innerText()).replace(/\s/g, '')
    expect(reference).toMatch(/^R-[0-9A-Z]{4}-[0-9A-Z]{4}$/)

    // The case arrives on the open dashboard without a reload; the responder reads it and answers.
    await expect.poll(() => caseList.getByRole('listitem').count(), { timeout: 5000 }).toBe(casesBefore + 1)
    await caseList.getByRole('link').first().click()
    await team.getByText(CANARY).first().waitFor()
    // The PDF arrived after the report (the receipt page sends it): the case page marks it.
    await team.getByTestId('attachment-metadata-kept').waitFor({ timeout: 5000 })
    await expect(team.getByTestId('attachment-metadata-kept').innerText()).resolves.toBe(
      d('cases.attachments.metadataNotRemoved'),
    )
    // Report text is shown as text: the markup in it is visible, and nothing in it ran (SECURITY R33).
    await team.getByText(XSS, { exact: false }).first().waitFor()
    expect(await team.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    await team.getByLabel(d('cases.conversation.label')).fill('Thank you for telling us. We are on it.')
    await team.getByRole('button', { name: d('cases.conversation.send') }).click()
    await team.getByText(d('cases.conversation.sent')).waitFor()
    // The team judges it serious; the inbox then finds it by severity, in the order asked for.
    const codeName = await team.getByRole('heading', { level: 1 }).innerText()
    await team.getByLabel(d('cases.review.severity')).selectOption('SERIOUS')
    await team.getByRole('button', { name: d('cases.review.save') }).click()
    await team.getByText(d('cases.review.saved')).waitFor()
    await team.getByRole('link', { name: d('cases.case.back') }).click()
    await filterInbox(team, { [d('cases.filters.sort')]: 'NEWEST' })
    await expect.poll(() => caseTitles(team)).toHaveLength(2)
    const newestFirst = await caseTitles(team)
    expect(newestFirst).toContain(codeName)
    await filterInbox(team, { [d('cases.filters.sort')]: 'OLDEST' })
    await expect.poll(() => caseTitles(team)).toEqual([...newestFirst].reverse())
    await filterInbox(team, { [d('cases.filters.severity')]: 'SERIOUS' })
    await expect.poll(() => caseTitles(team)).toEqual([codeName])
    // The URL keeps the filter and the order: a reload shows the same cases.
    expect(new URL(team.url()).searchParams.toString()).toBe('severity=SERIOUS&sort=OLDEST')
    await team.reload()
    await expect.poll(() => caseTitles(team)).toEqual([codeName])
    await expect(team.getByLabel(d('cases.filters.severity')).inputValue()).resolves.toBe('SERIOUS')
    await team.getByRole('button', { name: d('cases.filters.clear') }).click()
    await expect.poll(() => caseTitles(team)).toEqual([...newestFirst].reverse())
    expect(dashboard.errors()).toEqual([])

    // Back at the kiosk, later: the follow-up page with the receipt.
    await page.getByLabel(k('report.receipt.saved')).check()
    await page.getByRole('button', { name: k('report.receipt.done') }).click()
    await page.getByRole('button', { name: new RegExp(`^${k('home.actions.report.title')}`) }).click()
    await page.getByRole('button', { name: k('report.haveReceipt') }).click()
    await page.getByLabel(k('report.followUp.referenceLabel')).pressSequentially(reference)
    await page.getByLabel(k('report.followUp.passphraseLabel')).pressSequentially(passphrase)
    await page.getByRole('button', { name: k('report.followUp.find') }).click()
    await page.getByTestId('report-status').waitFor()
    // The status follows what the team did: it read the report and answered (issue 9).
    await expect(page.getByTestId('report-status').innerText()).resolves.toBe(
      k('report.followUp.status.acknowledged'),
    )
    await expect(page.getByTestId('report-answered').innerText()).resolves.toBe(
      k('report.followUp.progress.answered'),
    )
    await expect(page.getByTestId('report-message').allInnerTexts()).resolves.toEqual([
      expect.stringContaining('Thank you for telling us. We are on it.'),
    ])
    expect(kiosk.errors()).toEqual([])
  })
})
