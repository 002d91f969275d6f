import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectAccessible } from '../support/axe.js'
import { useBrowserTests } from '../support/browser.js'
import { demoResponders, openReportedCase, signIn, submitReport } from '../support/case-work.js'
import { BROWSER_LOCALE, messages, type Locale } from '../support/messages.js'
import type { RunningServer } from '../support/start-server.js'

const RESOLUTION = 'Person B is asked not to contact you for the rest of the event.'
const SUMMARY = 'An attendee was asked to stop contacting another attendee.'

// Issue 10: nobody adjudicates alone. Two responders, each in their own browser, take a reported case
// from review to a decision and close it; one of them alone is refused, with the reason in words.
describe('a case decided by two responders, with the reporter’s response', () => {
  const session = useBrowserTests()
  let server: RunningServer | undefined

  async function tab(locale: Locale): Promise<Page> {
    const opened = await session.open({ locale: BROWSER_LOCALE[locale], bypassCSP: true })
    return opened.page
  }

  it('goes from review to decided and closed with two sign-offs; one responder alone is refused', async () => {
    server = await session.startServer()
    const responders = demoResponders(server)
    const { api, eventId, receipt } = await submitReport(server, {
      description: 'Someone kept following me between talks.',
    })

    // Amara works in English, Tomás in Portuguese, each in their own browser.
    const en = messages('dashboard', 'en')
    const pt = messages('dashboard', 'pt')
    const amara = await tab('en')
    const caseUrl = await openReportedCase(amara, server, {
      email: responders[0] ?? '',
      locale: 'en',
      eventId,
      reference: receipt.reference,
    })
    await amara.getByRole('heading', { level: 2, name: en('cases.decision.title') }).waitFor()
    const statusIs = (page: Page, t: typeof en, status: string) =>
      page
        .locator('.case-page__title')
        .filter({ hasText: `${t('cases.status')}: ${t(`cases.statuses.${status}`)}` })
        .waitFor()

    await amara
      .getByRole('button', { name: en('cases.moves.to', { status: en('cases.statuses.in-review') }) })
      .click()
    await statusIs(amara, en, 'in-review')
    await amara.getByLabel(en('cases.proposal.resolution'), { exact: true }).fill(RESOLUTION)
    await amara.getByRole('button', { name: en('cases.proposal.propose') }).click()
    await amara.getByText(en('cases.proposal.proposed')).waitFor()
    await statusIs(amara, en, 'resolution-proposed')
    await amara.getByRole('button', { name: en('cases.proposal.signOff'), exact: true }).click()
    await amara.getByText(en('cases.proposal.youSigned')).waitFor()
    await expect(
      amara.getByRole('button', { name: en('cases.proposal.signOff'), exact: true }).count(),
    ).resolves.toBe(0)

    // The reporter reads the proposal with their receipt and agrees.
    await api.request(
      'mutation ($input: RespondToResolutionInput!) { respondToResolution(input: $input) { status } }',
      { input: { ...receipt, response: 'AGREES', note: 'Thank you.' } },
    )
    await amara.reload()
    await amara.getByText(en('cases.response.byReporter')).waitFor()
    await expectAccessible(amara, 'case page with a proposal, en')

    // Amara alone: refused, and told why in words.
    const decide = (t: typeof en) => t('cases.moves.to', { status: t('cases.statuses.decided') })
    await amara.getByRole('button', { name: decide(en) }).click()
    await amara.getByRole('alert').getByText(en('errors.reasons.CASE_SIGN_OFFS_MISSING')).waitFor()
    await statusIs(amara, en, 'resolution-proposed')

    // People go by code names; the real name needs "Show real names" (and the step-up when asked).
    await amara.getByRole('button', { name: en('cases.people.add') }).click()
    await amara.getByLabel(en('cases.people.name'), { exact: true }).fill('Jo Bloggs')
    // A teammate can be linked (then stands aside); Amara herself is not offered. Jo is not on the team.
    const onTeam = amara.getByLabel(en('cases.people.account'))
    const teammates = await onTeam.locator('option').allInnerTexts()
    expect(teammates).toHaveLength(2)
    expect(teammates[0]).toBe(en('cases.people.notOnTeam'))
    await onTeam.selectOption({ index: 1 })
    await amara.getByText(en('cases.people.standsAside', { name: teammates[1] ?? '' })).waitFor()
    await onTeam.selectOption('')
    await amara.getByRole('button', { name: en('cases.people.save') }).click()
    const people = amara.getByRole('region', { name: en('cases.people.title') })
    await people.getByText(/Person A/).waitFor()
    await expect(people.getByText(/Jo Bloggs/).count()).resolves.toBe(0)
    await amara.getByRole('button', { name: en('cases.people.reveal') }).click()
    const stepUp = amara.getByRole('dialog', { name: en('shell.reauth.title') })
    await Promise.race([stepUp.waitFor(), people.getByText(/Jo Bloggs/).waitFor()])
    if (await stepUp.isVisible()) {
      await stepUp.getByLabel(en('shell.reauth.secret'), { exact: true }).fill(server.demo()?.password ?? '')
      await stepUp.getByRole('button', { name: en('shell.reauth.submit') }).click()
    }
    await people.getByText(/Person A — Jo Bloggs/).waitFor()

    // Tomás signs off in Portuguese and decides.
    const tomas = await tab('pt')
    await signIn(tomas, server, responders[1] ?? '', 'pt')
    await tomas.goto(caseUrl)
    await tomas.getByRole('heading', { level: 2, name: pt('cases.decision.title') }).waitFor()
    await expectAccessible(tomas, 'case page with a proposal, pt')
    await tomas.getByRole('button', { name: pt('cases.proposal.signOff'), exact: true }).click()
    await tomas.getByText(pt('cases.proposal.youSigned')).waitFor()
    await tomas.getByRole('button', { name: decide(pt) }).click()
    await statusIs(tomas, pt, 'decided')

    // Closing needs the summary line: refused first, then written and closed.
    const close = pt('cases.moves.to', { status: pt('cases.statuses.closed') })
    await tomas.getByRole('button', { name: close }).click()
    await tomas.getByRole('alert').getByText(pt('errors.reasons.CASE_SUMMARY_MISSING')).waitFor()
    await tomas.getByLabel(pt('cases.summary.label'), { exact: true }).fill(SUMMARY)
    await tomas.getByRole('button', { name: pt('cases.summary.save') }).click()
    await tomas.getByText(pt('cases.summary.saved')).waitFor()
    await tomas.getByRole('button', { name: close }).click()
    await statusIs(tomas, pt, 'closed')
    const timeline = tomas.locator('.cases-timeline')
    // The page reads the case again after a move: the timeline then has it, with who and when.
    await timeline
      .getByText(
        pt('cases.timeline.moved', { from: pt('cases.statuses.decided'), to: pt('cases.statuses.closed') }),
      )
      .waitFor()
    await expectAccessible(tomas, 'closed case, pt')

    // Amara sees the same record: both sign-offs, the reporter's answer, closed.
    await amara.reload()
    await statusIs(amara, en, 'closed')
    const proposal = amara.getByRole('article', { name: en('cases.proposal.title') })
    await expect(proposal.getByRole('listitem').count()).resolves.toBe(2)
    await expect(
      proposal.getByText(en('cases.response.answers.AGREES'), { exact: true }).count(),
    ).resolves.toBe(1)
  })
})
