import type { Dialog, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useBrowserTests } from '../support/browser.js'
import { caseIdOf, signIn, submitReport } from '../support/case-work.js'
import { messages } from '../support/messages.js'
import type { RunningServer } from '../support/start-server.js'

/** Texts that would run script, load a picture or make a link if any screen read them as markup. */
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '[x](javascript:alert(1))',
  '![x](https://example.org/x.png)',
  '<a href="javascript:alert(1)">click</a>',
]

/** One text per place, each carrying every payload on its own line. */
const textFor = (place: string) => [`${place}:`, ...PAYLOADS].join('\n')

/** Elements the payloads would create if read as markup (none of the app's own look like these). */
const HOSTILE_ELEMENTS =
  'img[src="x"], img[src*="example.org"], svg[onload], [onerror], [onload], a[href^="javascript:"], a[href*="alert"]'

// Issue 10, SECURITY part F: what reporters and responders type is text on every case screen.
describe('report texts on the case screens stay inert text in Chromium', () => {
  const session = useBrowserTests()
  let server: RunningServer | undefined

  async function expectInert(page: Page, dialogs: readonly string[], screen: string): Promise<void> {
    await page.waitForLoadState('networkidle')
    expect(dialogs, screen).toEqual([])
    await expect(page.locator(HOSTILE_ELEMENTS).count(), screen).resolves.toBe(0)
  }

  it('in the description, a reporter’s message, a note and the proposal, on the inbox and the case page', async () => {
    server = await session.startServer()
    const responder = server.demo()?.accounts.find(entry => entry.roles.includes('responder'))
    const { api, eventId, receipt } = await submitReport(server, {
      description: textFor('Description'),
      where: PAYLOADS[0],
    })
    await api.request('mutation ($input: ReplyToReportInput!) { replyToReport(input: $input) { status } }', {
      input: { ...receipt, body: textFor('Message') },
    })

    const opened = await session.open()
    const page = opened.page
    const dialogs: string[] = []
    page.on('dialog', (dialog: Dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    const d = messages('dashboard', 'en')
    await signIn(page, server, responder?.email ?? '', 'en')
    const caseId = await caseIdOf(page, eventId, receipt.reference)

    await page.goto(`${server.url}/dashboard/events/${eventId}/cases`)
    await page.getByRole('heading', { level: 1, name: d('cases.inbox.title') }).waitFor()
    await expectInert(page, dialogs, 'inbox')

    await page.goto(`${server.url}/dashboard/events/${eventId}/cases/${caseId}`)
    await page.getByRole('heading', { level: 2, name: d('cases.timeline.title') }).waitFor()
    // The team writes a note and proposes a resolution carrying the same texts.
    await page.getByLabel(d('cases.entries.body'), { exact: true }).fill(textFor('Note'))
    await page.getByRole('button', { name: d('cases.entries.save') }).click()
    await page.getByText(d('cases.entries.added')).waitFor()
    await page
      .getByRole('button', { name: d('cases.moves.to', { status: d('cases.statuses.in-review') }) })
      .click()
    await page.getByLabel(d('cases.proposal.resolution'), { exact: true }).fill(textFor('Proposal'))
    await page.getByRole('button', { name: d('cases.proposal.propose') }).click()
    await page.getByText(d('cases.proposal.proposed')).waitFor()

    // Read afresh, as anyone opening the case would.
    await page.reload()
    await page.getByRole('heading', { level: 2, name: d('cases.timeline.title') }).waitFor()
    await expectInert(page, dialogs, 'case page')
    const main = (await page.locator('main').innerText()).replaceAll('\r', '')
    for (const place of ['Description', 'Message', 'Note', 'Proposal']) {
      expect(main, place).toContain(textFor(place))
    }
    expect(opened.errors()).toEqual([])

    await page.goto(`${server.url}/dashboard/events/${eventId}/cases`)
    await page.getByRole('heading', { level: 1, name: d('cases.inbox.title') }).waitFor()
    await expectInert(page, dialogs, 'inbox after the case work')
  })
})
