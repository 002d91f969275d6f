import { CaseReason } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reportedCase, signedInResponder } from '../../../test/case-scenario.js'
import { testDialects } from '../../../test/databases.js'
import { createContact, createEvent } from '../../../test/factories.js'
import { until } from '../../../test/live.js'
import { startSmtpSink, textOf } from '../../../test/smtp-sink.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import type { AccountEntity } from '../accounts/account.entity.js'

const INBOX = `query($e: ID!, $f: CaseInboxFilterInput) { caseInbox(eventId: $e, filter: $f) {
  total counters { awaitingReview assignedToMe } cases { id isAwaitingReview assignedToName } } }`
const RECORD = `{ id assignedToName team { accountId name }
  entries { id kind body authorName reviewDueAt reviewedAt reviewedByName }
  review { severity safetyRisk ongoingHarassment lawEnforcementCalled jurisdiction impact risk } }`
const ADD = `mutation($i: AddCaseEntryInput!) { addCaseEntry(input: $i) ${RECORD} }`
const REVIEW_ACTION = `mutation($c: ID!, $e: ID!) { reviewImmediateAction(caseId: $c, entryId: $e) ${RECORD} }`
const SET_REVIEW = `mutation($i: SetCaseReviewInput!) { setCaseReview(input: $i) ${RECORD} }`
const ASSIGN = `mutation($c: ID!, $a: ID) { assignCase(caseId: $c, accountId: $a) ${RECORD} }`

const WORDS = 'JURISDICTION-CANARY: the social is part of the event'

describe.each(testDialects)('the team’s record of a case, on %s', dialect => {
  let server: TestServer
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>
  let eventId: string
  let caseId: string
  let amara: TestClient
  let noor: TestClient
  let noorAccount: AccountEntity
  let tomasAccount: AccountEntity

  beforeEach(async () => {
    smtp = await startSmtpSink()
    server = await startTestServer(dialect, { SMTP_URL: smtp.url })
    const event = await createEvent(server.db)
    eventId = event.id
    amara = (await signedInResponder(server, eventId, 'Amara')).client
    ;({ account: noorAccount, client: noor } = await signedInResponder(server, eventId, 'Noor'))
    tomasAccount = (await signedInResponder(server, eventId, 'Tomás')).account
    const tomasContact = await createContact(server.db, eventId, { accountId: tomasAccount.id })
    ;({ caseId } = await reportedCase(server, event.slug, {
      description: 'At the social.',
      excludedContactIds: [tomasContact.id],
    }))
  })
  afterEach(async () => {
    await server.stop()
    await smtp.stop()
  })

  it('keeps notes and facts, and has another responder review an immediate action, told by email', async () => {
    await amara.gql(ADD, { i: { caseId, kind: 'NOTE', body: 'Spoke with the reporter at the desk.' } })
    await amara.gql(ADD, { i: { caseId, kind: 'FACT', body: 'Two witnesses saw it.' } })
    const acted = await amara.gql<{
      addCaseEntry: { entries: { id: string; kind: string; reviewDueAt: string }[] }
    }>(ADD, { i: { caseId, kind: 'IMMEDIATE_ACTION', body: 'Asked the person to leave the social.' } })
    const action = acted.data!.addCaseEntry.entries[2]!
    expect(acted.data!.addCaseEntry.entries.map(entry => entry.kind)).toEqual([
      'NOTE',
      'FACT',
      'IMMEDIATE_ACTION',
    ])
    expect(Date.parse(action.reviewDueAt) - server.clock.now().getTime()).toBe(24 * 3_600_000)

    // Noor is told; Amara (who took it) and Tomás (excluded by the reporter) are not. No words in it.
    const mail = await until(() => smtp.messages[0], 5_000)
    expect(mail.to).toEqual([noorAccount.email])
    expect(textOf(mail)).not.toContain('leave the social')
    const inbox = await noor.gql<{
      caseInbox: { counters: { awaitingReview: number }; cases: { isAwaitingReview: boolean }[] }
    }>(INBOX, { e: eventId })
    expect(inbox.data?.caseInbox.counters.awaitingReview).toBe(1)
    expect(inbox.data?.caseInbox.cases[0]?.isAwaitingReview).toBe(true)

    const byAuthor = await amara.gql(REVIEW_ACTION, { c: caseId, e: action.id })
    expect(byAuthor.errors?.[0]?.extensions?.reason).toBe(CaseReason.ReviewByAnother)
    const reviewed = await noor.gql<{
      reviewImmediateAction: { entries: { reviewedByName: string | null }[] }
    }>(REVIEW_ACTION, { c: caseId, e: action.id })
    expect(reviewed.data?.reviewImmediateAction.entries[2]?.reviewedByName).toBe('Noor')
    const again = await noor.gql(REVIEW_ACTION, { c: caseId, e: action.id })
    expect(again.errors?.[0]?.extensions?.reason).toBe(CaseReason.AlreadyReviewed)
  })

  it('keeps the review’s answers for statistics and its words sealed', async () => {
    const set = await amara.gql<{ setCaseReview: { review: unknown } }>(SET_REVIEW, {
      i: {
        caseId,
        severity: 'MODERATE',
        safetyRisk: 'NO',
        ongoingHarassment: 'MAYBE',
        lawEnforcementCalled: false,
        jurisdiction: WORDS,
        impact: 'The reporter left the social early.',
      },
    })
    expect(set.data?.setCaseReview.review).toEqual({
      severity: 'MODERATE',
      safetyRisk: 'NO',
      ongoingHarassment: 'MAYBE',
      lawEnforcementCalled: false,
      jurisdiction: WORDS,
      impact: 'The reporter left the social early.',
      risk: null,
    })
    const [row] = await server.db.read.query<Record<string, unknown>[]>(
      'SELECT "severity", "sealed_review" FROM "case_file" WHERE "id" = $1'.replace(
        '$1',
        dialect === 'sqlite' ? '?' : '$1',
      ),
      [caseId],
    )
    expect(row?.['severity']).toBe('moderate')
    expect(JSON.stringify(row)).not.toContain('JURISDICTION-CANARY')
  })

  it('assigns the case only to someone of its team, and the inbox finds what is assigned to me', async () => {
    const detail = await amara.gql<{ assignCase: { team: { name: string }[] } }>(ASSIGN, {
      c: caseId,
      a: null,
    })
    expect(detail.data?.assignCase.team.map(member => member.name).sort()).toEqual(['Amara', 'Noor'])
    const toTomas = await amara.gql(ASSIGN, { c: caseId, a: tomasAccount.id })
    expect(toTomas.errors?.[0]?.extensions?.reason).toBe(CaseReason.AssigneeNotOnTeam)
    const toNoor = await amara.gql<{ assignCase: { assignedToName: string } }>(ASSIGN, {
      c: caseId,
      a: noorAccount.id,
    })
    expect(toNoor.data?.assignCase.assignedToName).toBe('Noor')
    const mine = await noor.gql<{ caseInbox: { total: number; counters: { assignedToMe: number } } }>(INBOX, {
      e: eventId,
      f: { assignedToMe: true },
    })
    expect(mine.data?.caseInbox).toMatchObject({ total: 1, counters: { assignedToMe: 1 } })
  })
})
