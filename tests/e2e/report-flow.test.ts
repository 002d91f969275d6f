import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openPage, type TestPage } from '../support/browser.js'
import { GraphQLClient } from '../support/graphql-client.js'
import { messages } from '../support/messages.js'
import { startServer, type RunningServer } from '../support/start-server.js'

const k = messages('kiosk', 'en')
const CANARY = 'The quiz host kept touching my shoulder QX-81'

async function nextUntilReview(page: Page): Promise<void> {
  for (let step = 0; step < 8; step++) {
    if (await page.getByRole('button', { name: k('report.review.send') }).isVisible()) {
      return
    }
    await page.getByRole('button', { name: k('report.next'), exact: true }).click()
  }
  throw new Error('never reached the review step')
}

// An attendee reports at the kiosk and keeps the receipt; a responder answers; the attendee reads
// the answer with the receipt, anonymously.
describe('report something at the kiosk, and follow it up with the receipt', () => {
  let browser: Browser
  let server: RunningServer | undefined
  const tabs: TestPage[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterEach(async () => {
    await Promise.all(tabs.splice(0).map(tab => tab.close()))
    await server?.stop()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('sends the report, shows the receipt once, and shows the team’s reply on the follow-up page', async () => {
    server = await startServer()
    const demo = server.demo()
    const kiosk = await openPage(browser)
    tabs.push(kiosk)
    const { page } = kiosk
    await page.goto(`${server.url}/kiosk/e/${demo?.liveEventSlug}`)
    await page.getByRole('button', { name: new RegExp(`^${k('home.actions.report.title')}`) }).click()
    await page.getByLabel(k('report.steps.what.label')).fill(CANARY)
    await nextUntilReview(page)
    await page.getByRole('button', { name: k('report.review.send') }).click()
    await page.getByRole('heading', { level: 1, name: k('report.receipt.heading') }).waitFor()
    await expect(page.getByTestId('report-reference').count()).resolves.toBe(0)
    await page.getByRole('button', { name: k('report.receipt.show') }).click()
    const reference = (await page.getByTestId('report-reference').innerText()).replace(/\s/g, '')
    const passphrase = (await page.getByTestId('report-passphrase').innerText()).replace(/\s/g, '')
    expect(reference).toMatch(/^R-[0-9A-Z]{4}-[0-9A-Z]{4}$/)

    // A responder of the event reads it and answers.
    const responder = new GraphQLClient(server.url)
    const email = demo?.accounts.find(account => account.roles.includes('responder'))?.email
    const { signIn } = await responder.request<{ signIn: { roles: { role: string; eventId: string }[] } }>(
      'mutation($i: SignInInput!) { signIn(input: $i) { roles { role eventId } } }',
      { i: { email, password: demo?.password } },
    )
    const eventId = signIn.roles.find(held => held.role === 'responder')?.eventId
    const { cases } = await responder.request<{ cases: { id: string }[] }>(
      'query($e: ID!) { cases(eventId: $e) { id } }',
      { e: eventId },
    )
    const details = await Promise.all(
      cases.map(row =>
        responder.request<{ case: { id: string; reports: { description: string }[] } }>(
          'query($c: ID!) { case(caseId: $c) { id reports { description } } }',
          { c: row.id },
        ),
      ),
    )
    const mine = details.find(detail => detail.case.reports.some(report => report.description === CANARY))
    expect(mine).toBeDefined()
    await responder.request('mutation($i: SendCaseMessageInput!) { sendCaseMessage(input: $i) { id } }', {
      i: { caseId: mine?.case.id, body: 'Thank you for telling us. We are on it.' },
    })

    // Back at the kiosk, later: the follow-up page with the receipt.
    await page.getByLabel(k('report.receipt.saved')).check()
    await page.getByRole('button', { name: k('report.receipt.done') }).click()
    await page.getByRole('button', { name: new RegExp(`^${k('home.actions.report.title')}`) }).click()
    await page.getByRole('button', { name: k('report.haveReceipt') }).click()
    await page.getByLabel(k('report.followUp.referenceLabel')).pressSequentially(reference)
    await page.getByLabel(k('report.followUp.passphraseLabel')).pressSequentially(passphrase)
    await page.getByRole('button', { name: k('report.followUp.find') }).click()
    await page.getByTestId('report-status').waitFor()
    await expect(page.getByTestId('report-message').allInnerTexts()).resolves.toEqual([
      expect.stringContaining('Thank you for telling us. We are on it.'),
    ])
    expect(kiosk.errors()).toEqual([])
  })
})
