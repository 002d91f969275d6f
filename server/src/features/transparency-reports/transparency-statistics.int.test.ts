import { Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { codeOf } from '../../../test/attempts.js'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createEvent, signedInClient } from '../../../test/factories.js'
import { startTestServer, type TestServer } from '../../../test/test-server.js'
import type { AccountEntity } from '../accounts/account.entity.js'
import { AuditEntryEntity } from '../../platform/audit/audit-entry.entity.js'
import { IncidentReportEntity } from '../cases/incident-report.entity.js'

const STATISTICS = `query($e: ID!) { transparencyStatistics(eventId: $e) {
  reports reportsDuringEvent reportsAfterEvent lawEnforcementCalled openCases
  attendeesInPerson attendeesOnline reportsPer100InPerson reportsPer100Online medianHoursToFirstResponse
  byCategory { key count } byAction { key count } byChannel { key count } byStatus { key count }
  history { year reports } } }`
const SUBMIT = 'mutation($i: SubmitReportInput!) { submitReport(input: $i) { reference } }'
const ON_SITE = 'mutation($i: RecordOnSiteReportInput!) { recordOnSiteReport(input: $i) { reference } }'
const MOVE = 'mutation($i: MoveCaseInput!) { moveCase(input: $i) { status } }'
const PROPOSE = 'mutation($i: ProposeResolutionInput!) { proposeResolution(input: $i) { id } }'
const SIGN_OFF = 'mutation($c: ID!) { signOffResolution(caseId: $c) { id } }'
const RECORD = 'mutation($i: RecordReporterResponseInput!) { recordReporterResponse(input: $i) { id } }'
const REVIEW = 'mutation($i: SetCaseReviewInput!) { setCaseReview(input: $i) { id } }'
const SUMMARY = 'mutation($i: SetCasePublicSummaryInput!) { setCasePublicSummary(input: $i) { id } }'
const MESSAGE = 'mutation($i: SendCaseMessageInput!) { sendCaseMessage(input: $i) { id } }'
const MERGE = 'mutation($c: ID!, $into: ID!) { mergeCases(caseId: $c, intoCaseId: $into) { id } }'

const HOUR = 3_600_000
/** During the event (1–3 June 2026 in Lisbon), when every report but one arrives. */
const DURING = new Date('2026-06-02T10:00:00.000Z')

describe.each(testDialects)('transparency statistics counted in SQL, on %s', dialect => {
  let server: TestServer
  let eventId: string
  let slug: string
  let amara: AccountEntity
  let noor: AccountEntity

  beforeEach(async () => {
    server = await startTestServer(dialect)
    server.clock.set(DURING)
    const event = await createEvent(server.db, {
      startsOn: '2026-06-01',
      endsOn: '2026-06-03',
      timeZone: 'Europe/Lisbon',
      attendeesInPerson: 200,
      attendeesOnline: 0,
    })
    eventId = event.id
    slug = event.slug
    amara = await createAccount(server.db, [{ role: Role.Responder, eventId }], { name: 'Amara Responder' })
    noor = await createAccount(server.db, [{ role: Role.Responder, eventId }], { name: 'Noor Responder' })
  })
  afterEach(() => server.stop())

  /**
   * Sends `document` at `time`, as `account` signed in then (hours pass between the steps: longer than a
   * session stays idle) or anonymously, and fails the test on an error.
   */
  async function at(
    time: Date,
    account: AccountEntity | null,
    document: string,
    variables: Record<string, unknown>,
  ) {
    server.clock.set(time)
    const client = account === null ? server.client() : await signedInClient(server, account)
    const answer = await client.gql(document, variables)
    expect(answer.errors, document).toBeUndefined()
    return answer
  }

  async function caseOf(reference: string) {
    return (await server.db.read.findOneByOrFail(IncidentReportEntity, { reference })).caseId
  }

  async function webReport(category: string, time = DURING) {
    const answer = await at(time, null, SUBMIT, {
      i: { eventSlug: slug, description: 'Someone kept following me.', category },
    })
    return caseOf((answer.data as { submitReport: { reference: string } }).submitReport.reference)
  }

  async function phoneReport(category: string) {
    const answer = await at(DURING, amara, ON_SITE, {
      i: {
        eventId,
        description: 'Told us on the phone.',
        category,
        channel: 'PHONE',
        isConfidentialityExplained: true,
        isImmediateActionNeeded: false,
      },
    })
    return caseOf((answer.data as { recordOnSiteReport: { reference: string } }).recordOnSiteReport.reference)
  }

  /** Into review after `hours`, then a proposal with `actions` a minute later. */
  async function propose(caseId: string, hours: number, actions: string[]) {
    const reviewed = new Date(DURING.getTime() + hours * HOUR)
    await at(reviewed, amara, MOVE, { i: { caseId, to: 'IN_REVIEW' } })
    const proposed = new Date(reviewed.getTime() + 60_000)
    await at(proposed, amara, PROPOSE, { i: { caseId, resolution: 'A warning.', actions } })
    return proposed
  }

  /** Two sign-offs, the reporter's answer recorded, and the decision. */
  async function decide(caseId: string, after: Date) {
    const then = new Date(after.getTime() + 60_000)
    await at(then, amara, SIGN_OFF, { c: caseId })
    await at(then, noor, SIGN_OFF, { c: caseId })
    await at(then, amara, RECORD, { i: { caseId, response: 'AGREES' } })
    await at(then, amara, MOVE, { i: { caseId, to: 'DECIDED' } })
    return then
  }

  it('counts by category, action, channel and status, skipping merged cases and undecided actions', async () => {
    const decided = await webReport('harassment-or-intimidation')
    const withdrawn = await webReport('harassment-or-intimidation')
    const proposed = await webReport('photography-without-consent')
    const phoned = await phoneReport('photography-without-consent')
    // A minute after the others: the case it is merged into keeps its own first report.
    const merged = await webReport('items-or-safety', new Date(DURING.getTime() + 60_000))
    // After the event's last day: reported once people were home.
    await webReport('harassment-or-intimidation', new Date('2026-06-10T09:00:00.000Z'))
    // Merged into the withdrawn one while both are new: it lives on in that case, and counts no more.
    await at(new Date(DURING.getTime() + 60_000), amara, MERGE, { c: merged, into: withdrawn })

    await decide(decided, await propose(decided, 1, ['VERBAL_WARNING', 'EXCLUDED_FROM_SOCIAL_EVENTS']))
    await at(DURING, amara, REVIEW, { i: { caseId: decided, lawEnforcementCalled: true } })
    // Decided, then sent back to review: the withdrawn proposal's action never counts.
    const reopened = await decide(withdrawn, await propose(withdrawn, 2, ['REMOVED_FROM_EVENT']))
    await at(new Date(reopened.getTime() + 60_000), amara, MOVE, {
      i: { caseId: withdrawn, to: 'IN_REVIEW' },
    })
    // Answered by a message half an hour in, long before its first move; proposed, not decided.
    await at(new Date(DURING.getTime() + HOUR / 2), amara, MESSAGE, {
      i: { caseId: proposed, body: 'We read your report and will talk to you today.' },
    })
    await propose(proposed, 3, ['NO_ACTION'])
    const phonedDecided = await decide(phoned, await propose(phoned, 4, ['VERBAL_WARNING']))
    await at(phonedDecided, amara, SUMMARY, { i: { caseId: phoned, summary: 'A warning was given.' } })
    await at(phonedDecided, amara, MOVE, { i: { caseId: phoned, to: 'CLOSED' } })

    const organizer = await createAccount(server.db, [{ role: Role.Organizer, eventId }])
    const answer = await (
      await signedInClient(server, organizer)
    ).gql<{ transparencyStatistics: unknown }>(STATISTICS, { e: eventId })

    expect(answer.errors).toBeUndefined()
    expect(answer.data?.transparencyStatistics).toEqual({
      reports: 5,
      reportsDuringEvent: 4,
      reportsAfterEvent: 1,
      lawEnforcementCalled: 1,
      openCases: 3,
      attendeesInPerson: 200,
      attendeesOnline: null,
      reportsPer100InPerson: 2.5,
      reportsPer100Online: null,
      // First answers after 0.5 (a message), 1, 2 and 4 hours; the late report is unanswered.
      medianHoursToFirstResponse: 1.5,
      byCategory: [
        { key: 'harassment-or-intimidation', count: 3 },
        { key: 'photography-without-consent', count: 2 },
      ],
      byAction: [
        { key: 'VERBAL_WARNING', count: 2 },
        { key: 'EXCLUDED_FROM_SOCIAL_EVENTS', count: 1 },
      ],
      byChannel: [
        { key: 'web', count: 4 },
        { key: 'phone', count: 1 },
      ],
      byStatus: [
        { key: 'CLOSED', count: 1 },
        { key: 'DECIDED', count: 1 },
        { key: 'IN_REVIEW', count: 1 },
        { key: 'NEW', count: 1 },
        { key: 'RESOLUTION_PROPOSED', count: 1 },
      ],
      history: [{ year: 2026, reports: 5 }],
    })
  })

  it('reads no case: asking for the statistics opens none, so the audit log has no case read', async () => {
    await webReport('other')
    const chair = await createAccount(server.db, [{ role: Role.Chair, eventId }])
    const before = await server.db.read.count(AuditEntryEntity)

    const answer = await (await signedInClient(server, chair)).gql(STATISTICS, { e: eventId })

    expect(answer.errors).toBeUndefined()
    expect(await server.db.read.count(AuditEntryEntity)).toBe(before)
  })

  it('refuses a chair or organizer of another event, and the event’s responders', async () => {
    const other = await createEvent(server.db)
    const otherChair = await createAccount(server.db, [{ role: Role.Chair, eventId: other.id }])
    const otherOrganizer = await createAccount(server.db, [{ role: Role.Organizer, eventId: other.id }])

    for (const account of [otherChair, otherOrganizer]) {
      const answer = await (await signedInClient(server, account)).gql(STATISTICS, { e: eventId })
      expect(codeOf(answer)).toBe('FORBIDDEN')
    }
    expect(codeOf(await (await signedInClient(server, amara)).gql(STATISTICS, { e: eventId }))).toBe(
      'FORBIDDEN',
    )
    expect(codeOf(await (await signedInClient(server, otherChair)).gql(STATISTICS, { e: other.id }))).toBe(
      'OK',
    )
  })

  it('refuses a chair of another event in the service too, for callers other than the resolver', async () => {
    const otherChair = await createAccount(server.db, [
      { role: Role.Chair, eventId: (await createEvent(server.db)).id },
    ])
    const viewer = {
      accountId: otherChair.id,
      email: otherChair.email,
      name: otherChair.name,
      roles: [{ role: Role.Chair, eventId: 'another' }],
    }

    await expect(server.services.transparencyStatistics.forViewer(viewer, eventId)).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    })
  })
})
