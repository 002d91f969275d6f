import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectAccessible } from '../support/axe.js'
import { useBrowserTests } from '../support/browser.js'
import { caseIdOf, demoResponders, signIn, submitReport } from '../support/case-work.js'
import { BROWSER_LOCALE, messages, type Locale } from '../support/messages.js'

const FIRST = 'He followed me from the party to the hotel. MERGE-FIRST-1'
const SECOND = 'I saw a man follow a woman from the party. MERGE-SECOND-2'

// Issue 10: reports about the same incident become one case. Two reporters report from the kiosk; a
// responder merges the first case into the second; the merged case holds both reports, and the first
// reporter's receipt follows it (its status), never showing them the other report.
describe('merging two reports about the same incident', { timeout: 180_000 }, () => {
  const session = useBrowserTests()

  async function tab(locale: Locale): Promise<Page> {
    const opened = await session.open({ locale: BROWSER_LOCALE[locale], bypassCSP: true })
    return opened.page
  }

  it('merges one case into the other; the merged case shows both reports and the first receipt follows it', async () => {
    const server = await session.startServer()
    const responders = demoResponders(server)
    const first = await submitReport(server, { description: FIRST })
    const second = await submitReport(server, { description: SECOND })
    const eventId = first.eventId

    const en = messages('dashboard', 'en')
    const amara = await tab('en')
    await signIn(amara, server, responders[0] ?? '', 'en')
    const firstCase = await caseIdOf(amara, eventId, first.receipt.reference)
    const secondCase = await caseIdOf(amara, eventId, second.receipt.reference)
    expect([firstCase, secondCase]).not.toContain('')
    await amara.goto(`${server.url}/dashboard/events/${eventId}/cases/${firstCase}`)
    const related = amara.getByRole('region', { name: en('cases.related.title') })
    await related.getByText(en('cases.related.none')).waitFor()
    await expectAccessible(amara, 'case page with related cases, en')

    // The other case is found by its reporter's reference, then merged after the confirmation.
    await related.getByLabel(en('cases.related.search'), { exact: true }).fill(second.receipt.reference)
    await related.getByRole('button', { name: en('cases.related.find') }).click()
    const choice = related.getByLabel(en('cases.related.choose'), { exact: true })
    await choice.waitFor()
    const intoName = (await choice.locator('option:checked').textContent())?.split(' · ')[0] ?? ''
    const firstName = (await amara.locator('.case-page__title h1').textContent()) ?? ''
    await related.getByRole('button', { name: en('cases.related.mergeInto') }).click()
    await related
      .getByText(en('cases.related.confirm.question', { name: firstName, into: intoName }))
      .waitFor()
    await expectAccessible(amara, 'merge confirmation, en')
    await related.getByRole('button', { name: en('cases.related.confirm.confirm'), exact: true }).click()

    // The page is now the merged case: both reports, and the merge in its timeline.
    await amara.waitForURL(`**/cases/${secondCase}`)
    await amara.getByText(en('cases.related.merged', { name: firstName, into: intoName })).waitFor()
    const timeline = amara.locator('.cases-timeline')
    await timeline.getByText(FIRST).waitFor()
    await timeline.getByText(SECOND).waitFor()
    await timeline.getByText(en('cases.timeline.merged', { name: firstName })).waitFor()
    // The old address opens the merged case too.
    await amara.goto(`${server.url}/dashboard/events/${eventId}/cases/${firstCase}`)
    await amara.waitForURL(`**/cases/${secondCase}`)
    await amara
      .getByRole('button', { name: en('cases.moves.to', { status: en('cases.statuses.in-review') }) })
      .click()
    await amara
      .locator('.case-page__title')
      .filter({ hasText: `${en('cases.status')}: ${en('cases.statuses.in-review')}` })
      .waitFor()

    // The first reporter's receipt follows the merged case; the other report is not theirs to see.
    const k = messages('kiosk', 'en')
    const kiosk = await tab('en')
    await kiosk.goto(`${server.url}/kiosk/e/${server.demo()?.liveEventSlug ?? ''}`)
    await kiosk.getByRole('button', { name: new RegExp(`^${k('home.actions.report.title')}`) }).click()
    await kiosk.getByRole('button', { name: k('report.haveReceipt') }).click()
    await kiosk.getByLabel(k('report.followUp.referenceLabel')).pressSequentially(first.receipt.reference)
    await kiosk.getByLabel(k('report.followUp.passphraseLabel')).pressSequentially(first.receipt.passphrase)
    await kiosk.getByRole('button', { name: k('report.followUp.find') }).click()
    await kiosk.getByText(k('report.followUp.status.in-review')).waitFor()
    // Their own report is on the page (folded away), and nothing of the other one.
    await kiosk.getByText(FIRST).waitFor({ state: 'attached' })
    await expect(kiosk.getByText('MERGE-SECOND-2').count()).resolves.toBe(0)

    // The merged case's page in Portuguese, for another responder.
    const pt = messages('dashboard', 'pt')
    const tomas = await tab('pt')
    await signIn(tomas, server, responders[1] ?? '', 'pt')
    await tomas.goto(`${server.url}/dashboard/events/${eventId}/cases/${secondCase}`)
    await tomas.getByRole('region', { name: pt('cases.related.title') }).waitFor()
    await tomas
      .locator('.cases-timeline')
      .getByText(pt('cases.timeline.merged', { name: firstName }))
      .waitFor()
    await expectAccessible(tomas, 'merged case page, pt')
  })
})
