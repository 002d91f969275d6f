import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { describeViolations, seriousAxeViolations } from '../support/axe.js'
import { useBrowserTests } from '../support/browser.js'
import { signInThroughApi } from '../support/dashboard-sign-in.js'
import { GraphQLClient } from '../support/graphql-client.js'
import { controlsUnderQuickExit, enrolKiosk, PHONE, PORTRAIT_KIOSK } from '../support/kiosk-screens.js'
import { messages, type Locale } from '../support/messages.js'

const en = messages('kiosk', 'en')
// Portuguese first, so each check leaves the page in English, as it started.
const LOCALES: readonly Locale[] = ['pt', 'en']
/** The language switcher names each language in itself. */
const LANGUAGE_NAME: Readonly<Record<Locale, string>> = { en: 'English', pt: 'Português' }
const XSS = '<img src=x onerror="window.__xss=1">'
const RESOLUTION = `The person was asked to keep away from you for the rest of the event. QX-RES-7 ${XSS}`
const NOTE = 'They were also at the lunch queue. QX-NOTE-3'

interface Receipt {
  readonly reference: string
  readonly passphrase: string
}

/** Opens "I have a receipt" from the event's home and opens the report with `receipt`. */
async function openFollowUp(page: Page, url: string, receipt: Receipt): Promise<void> {
  await page.goto(url)
  await page.getByRole('button', { name: new RegExp(`^${en('home.actions.report.title')}`) }).click()
  await page.getByRole('button', { name: en('report.haveReceipt') }).click()
  await page.getByLabel(en('report.followUp.referenceLabel')).pressSequentially(receipt.reference)
  await page.getByLabel(en('report.followUp.passphraseLabel')).pressSequentially(receipt.passphrase)
  await page.getByRole('button', { name: en('report.followUp.find') }).click()
  await page.getByTestId('report-resolution').waitFor()
}

/** Axe and the Quick exit check on the page as it is, in each language (switched on the page). */
async function problemsInEachLanguage(page: Page, screen: string): Promise<string[]> {
  const found: string[] = []
  for (const locale of LOCALES) {
    const t = messages('kiosk', locale)
    await page.getByRole('button', { name: LANGUAGE_NAME[locale], exact: true }).click()
    await page.getByRole('heading', { level: 2, name: t('report.followUp.resolution.heading') }).waitFor()
    const violations = await seriousAxeViolations(page)
    if (violations.length > 0) {
      found.push(`${screen} in ${locale}:\n${describeViolations(violations)}`)
    }
    const covered = await controlsUnderQuickExit(page, t('exit.label'))
    if (covered.length > 0) {
      found.push(`${screen} in ${locale}: under Quick exit: ${covered.join(', ')}`)
    }
  }
  return found
}

// Issue 10: "the proposed resolution is shown to the reporter on the follow-up page in plain words and
// their response recorded before it is enacted". Two responders (through the API) take a report into
// review and propose a resolution; the reporter reads it on the follow-up page with the receipt and
// answers; the team sees the answer. Contexts bypass the CSP only so that axe can be injected.
describe('the reporter answers the proposed resolution on the follow-up page', { timeout: 180_000 }, () => {
  const session = useBrowserTests({ serverForFile: {} })

  it('shows the proposal as plain text, takes “I have concerns” with a note, and the team sees it', async () => {
    const demo = session.server.demo()
    const slug = demo?.liveEventSlug ?? ''
    const eventHome = `${session.server.url}/kiosk/e/${slug}`
    const reporter = new GraphQLClient(session.server.url)
    const { submitReport: receipt } = await reporter.request<{ submitReport: Receipt }>(
      'mutation ($input: SubmitReportInput!) { submitReport(input: $input) { reference passphrase } }',
      { input: { eventSlug: slug, description: 'Someone kept following me between talks. QX-REP-1' } },
    )

    // Two responders of the event: one takes the case into review, the other proposes a resolution.
    const [amara, tomas] = await Promise.all(
      ['amara.okafor@', 'tomas.ferreira@'].map(async prefix => {
        const client = new GraphQLClient(session.server.url)
        const email = demo?.accounts.find(account => account.email.startsWith(prefix))?.email ?? ''
        await signInThroughApi(client, session.server, email)
        return client
      }),
    )
    const { publicEvent } = await amara!.request<{ publicEvent: { id: string } }>(
      'query ($slug: String!) { publicEvent(slug: $slug) { id } }',
      { slug },
    )
    const { caseInbox } = await amara!.request<{ caseInbox: { cases: { id: string }[] } }>(
      'query ($e: ID!, $f: CaseInboxFilterInput) { caseInbox(eventId: $e, filter: $f) { cases { id } } }',
      { e: publicEvent.id, f: { search: receipt.reference } },
    )
    expect(caseInbox.cases).toHaveLength(1)
    const caseId = caseInbox.cases[0]!.id
    await amara!.request('mutation ($i: MoveCaseInput!) { moveCase(input: $i) { status } }', {
      i: { caseId, to: 'IN_REVIEW' },
    })
    await tomas!.request('mutation ($i: ProposeResolutionInput!) { proposeResolution(input: $i) { id } }', {
      i: { caseId, resolution: RESOLUTION },
    })

    // A portrait venue kiosk shows the proposal and the form, in both languages.
    const kiosk = await session.open({ ...PORTRAIT_KIOSK, bypassCSP: true })
    await enrolKiosk(kiosk.page, session.server)
    await openFollowUp(kiosk.page, eventHome, receipt)
    const found = await problemsInEachLanguage(kiosk.page, 'portrait kiosk, proposal')

    // On the reporter's phone: the proposal as the team wrote it, its markup shown and never run.
    const phone = await session.open({ ...PHONE, bypassCSP: true })
    const { page } = phone
    await openFollowUp(page, eventHome, receipt)
    await expect(page.getByTestId('report-status').innerText()).resolves.toBe(
      en('report.followUp.status.resolution-proposed'),
    )
    await expect(page.getByTestId('report-resolution-text').innerText()).resolves.toBe(RESOLUTION)
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    found.push(...(await problemsInEachLanguage(page, 'phone, proposal')))

    const resolution = page.getByTestId('report-resolution')
    await resolution.getByRole('button', { name: en('report.followUp.resolution.answer.CONCERNS') }).click()
    await resolution.getByLabel(en('report.followUp.resolution.noteLabel')).fill(NOTE)
    await resolution.getByRole('button', { name: en('report.followUp.resolution.send') }).click()
    await page.getByText(en('report.followUp.resolution.sent')).waitFor()
    const answered = page.getByTestId('report-resolution-answer')
    await expect(answered.innerText()).resolves.toContain(
      `${en('report.followUp.resolution.yourAnswer')} ${en('report.followUp.resolution.answer.CONCERNS')}`,
    )
    await expect(answered.innerText()).resolves.toContain(NOTE)
    await expect(
      resolution.getByRole('button', { name: en('report.followUp.resolution.send') }).count(),
    ).resolves.toBe(0)
    found.push(...(await problemsInEachLanguage(page, 'phone, answered')))

    // The kiosk, opened again with the receipt, shows the answer in place of the form.
    await kiosk.page.getByRole('button', { name: en('report.followUp.otherReceipt') }).click()
    await kiosk.page.getByLabel(en('report.followUp.referenceLabel')).pressSequentially(receipt.reference)
    await kiosk.page.getByLabel(en('report.followUp.passphraseLabel')).pressSequentially(receipt.passphrase)
    await kiosk.page.getByRole('button', { name: en('report.followUp.find') }).click()
    await kiosk.page.getByTestId('report-resolution-answer').waitFor()
    found.push(...(await problemsInEachLanguage(kiosk.page, 'portrait kiosk, answered')))
    expect(found, found.join('\n\n')).toEqual([])
    expect(phone.errors()).toEqual([])
    expect(kiosk.errors()).toEqual([])
    // Nothing of it was kept in the browser.
    for (const tab of [page, kiosk.page]) {
      await expect(tab.evaluate(() => sessionStorage.length + localStorage.length)).resolves.toBe(0)
    }

    // The team's case shows the reporter's answer, recorded by the reporter.
    const { case: detail } = await tomas!.request<{
      case: { proposal: { reporterResponse: string; responseNote: string; responseRecordedByName: null } }
    }>(
      'query ($c: ID!) { case(caseId: $c) { proposal { reporterResponse responseNote responseRecordedByName } } }',
      {
        c: caseId,
      },
    )
    expect(detail.proposal).toEqual({
      reporterResponse: 'CONCERNS',
      responseNote: NOTE,
      responseRecordedByName: null,
    })
  })
})
