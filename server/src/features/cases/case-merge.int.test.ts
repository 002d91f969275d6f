import { CaseReason, ErrorCode, Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reportedCase, signedInResponder } from '../../../test/case-scenario.js'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createContact, createEvent, signedInClient } from '../../../test/factories.js'
import { subscribe, until } from '../../../test/live.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import { AuditEntryEntity } from '../../platform/audit/audit-entry.entity.js'
import { CaseFileEntity } from './case-file.entity.js'
import { CaseMessageEntity } from './case-message.entity.js'

const MERGE =
  'mutation($c: ID!, $into: ID!) { mergeCases(caseId: $c, intoCaseId: $into) { id reports { description } mergedCases { codeName mergedByName } } }'
const CASE =
  'query($c: ID!) { case(caseId: $c) { id codeName reports { id description } messages { body reportId } } }'
const INBOX = 'query($e: ID!) { caseInbox(eventId: $e) { total counters { open } cases { id } } }'
const CASES = 'query($e: ID!) { cases(eventId: $e) { id } }'
const MOVE = 'mutation($i: MoveCaseInput!) { moveCase(input: $i) { status } }'
const SEND = 'mutation($i: SendCaseMessageInput!) { sendCaseMessage(input: $i) { id reportId } }'
const RECUSE = 'mutation($c: ID!) { recuseFromCase(caseId: $c) }'
const STATUS =
  'query($r: String!, $p: String!) { reportStatus(reference: $r, passphrase: $p) { status whatHappened messages { from body } } }'
const REPLY = 'mutation($i: ReplyToReportInput!) { replyToReport(input: $i) { status } }'
const INBOX_LIVE = 'subscription($e: ID!) { caseInboxChanged(eventId: $e) { id } }'

type Receipt = { reference: string; passphrase: string }

describe.each(testDialects)('merging reports about the same incident into one case, on %s', dialect => {
  let server: TestServer
  let eventId: string
  let slug: string
  let amara: TestClient

  beforeEach(async () => {
    server = await startTestServer(dialect)
    const event = await createEvent(server.db)
    eventId = event.id
    slug = event.slug
    amara = (await signedInResponder(server, eventId, 'Amara')).client
  })
  afterEach(() => server.stop())

  const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.map(error => [error.extensions?.code, error.extensions?.reason ?? null])

  it('moves the reports into the target; the merged case leaves the inbox and opens as the target; both are audited', async () => {
    const first = await reportedCase(server, slug, { description: 'He followed me after the party. FIRST' })
    const second = await reportedCase(server, slug, { description: 'I saw him follow her. SECOND' })

    const merged = await amara.gql<{
      mergeCases: { id: string; reports: { description: string }[]; mergedCases: { mergedByName: string }[] }
    }>(MERGE, { c: first.caseId, into: second.caseId })
    expect(merged.errors).toBeUndefined()
    expect(merged.data?.mergeCases.id).toBe(second.caseId)
    expect(merged.data?.mergeCases.reports.map(report => report.description).sort()).toEqual([
      'He followed me after the party. FIRST',
      'I saw him follow her. SECOND',
    ])
    expect(merged.data?.mergeCases.mergedCases.map(entry => entry.mergedByName)).toEqual(['Amara'])

    // Opened by its old id, the merged case is the target.
    expect((await amara.gql<{ case: { id: string } }>(CASE, { c: first.caseId })).data?.case.id).toBe(
      second.caseId,
    )
    const inbox = await amara.gql<{
      caseInbox: { total: number; counters: { open: number }; cases: { id: string }[] }
    }>(INBOX, { e: eventId })
    expect(inbox.data?.caseInbox).toEqual({ total: 1, counters: { open: 1 }, cases: [{ id: second.caseId }] })
    expect((await amara.gql(CASES, { e: eventId })).data).toEqual({ cases: [{ id: second.caseId }] })

    for (const caseId of [first.caseId, second.caseId]) {
      const entries = await server.db.read.findBy(AuditEntryEntity, {
        objectId: caseId,
        action: 'case.merge',
      })
      expect(entries).toHaveLength(1)
    }
    // Nothing can be added to the merged case by its old id.
    expect(codes(await amara.gql(SEND, { i: { caseId: first.caseId, body: 'Hello?' } }))).toEqual([
      [ErrorCode.Conflict, CaseReason.Merged],
    ])
  })

  it('lets each receipt follow the merged case, and never shows one reporter the other’s report or messages', async () => {
    const first = await reportedCase(server, slug, { description: 'FIRST-REPORT-TEXT' })
    const second = await reportedCase(server, slug, { description: 'SECOND-REPORT-TEXT' })
    const firstReport = await reportIdOf(first.receipt)
    const secondReport = await reportIdOf(second.receipt)
    // A minute between messages, so the conversation has one order on every database.
    const aMinuteLater = () => server.clock.advance(60_000)
    // Before the merge, each conversation has already begun.
    await amara.gql(SEND, { i: { caseId: first.caseId, body: 'TEAM-TO-FIRST' } })
    // As a message written before messages named their report (the demo's, say).
    await server.db.write(manager =>
      manager.update(CaseMessageEntity, { caseId: first.caseId }, { reportId: null }),
    )
    aMinuteLater()
    await server.client().gql(REPLY, { i: { ...second.receipt, body: 'SECOND-REPORTER-WORDS' } })
    aMinuteLater()
    expect((await amara.gql(MERGE, { c: first.caseId, into: second.caseId })).errors).toBeUndefined()

    // A message in a case of two reports names its reporter.
    expect(codes(await amara.gql(SEND, { i: { caseId: second.caseId, body: 'To whom?' } }))).toEqual([
      [ErrorCode.BadUserInput, CaseReason.ReporterNotChosen],
    ])
    const sent = await amara.gql<{ sendCaseMessage: { reportId: string } }>(SEND, {
      i: { caseId: second.caseId, body: 'TEAM-TO-SECOND', reportId: secondReport },
    })
    expect(sent.data?.sendCaseMessage.reportId).toBe(secondReport)
    aMinuteLater()
    await amara.gql(SEND, { i: { caseId: second.caseId, body: 'LATER-TO-FIRST', reportId: firstReport } })
    aMinuteLater()
    await server.client().gql(REPLY, { i: { ...first.receipt, body: 'FIRST-REPORTER-WORDS' } })
    expect((await amara.gql(MOVE, { i: { caseId: second.caseId, to: 'IN_REVIEW' } })).errors).toBeUndefined()

    const seenBy = async (receipt: Receipt) => {
      const result = await server.client().gql<{
        reportStatus: { status: string; whatHappened: string; messages: { from: string; body: string }[] }
      }>(STATUS, { r: receipt.reference, p: receipt.passphrase })
      expect(result.errors).toBeUndefined()
      return result.data!.reportStatus
    }
    const firstSees = await seenBy(first.receipt)
    expect(firstSees.status).toBe('IN_REVIEW')
    expect(firstSees.whatHappened).toBe('FIRST-REPORT-TEXT')
    expect(firstSees.messages.map(message => message.body)).toEqual([
      'TEAM-TO-FIRST',
      'LATER-TO-FIRST',
      'FIRST-REPORTER-WORDS',
    ])
    const secondSees = await seenBy(second.receipt)
    expect(secondSees.status).toBe('IN_REVIEW')
    expect(secondSees.messages.map(message => message.body)).toEqual([
      'SECOND-REPORTER-WORDS',
      'TEAM-TO-SECOND',
    ])
    expect(JSON.stringify(firstSees)).not.toContain('SECOND')
    expect(JSON.stringify(secondSees)).not.toContain('FIRST')
    // The team reads both conversations, each message with its report.
    const team = await amara.gql<{ case: { messages: { body: string; reportId: string }[] } }>(CASE, {
      c: second.caseId,
    })
    expect(team.data?.case.messages.map(message => [message.body, message.reportId === firstReport])).toEqual(
      [
        ['TEAM-TO-FIRST', true],
        ['SECOND-REPORTER-WORDS', false],
        ['TEAM-TO-SECOND', false],
        ['LATER-TO-FIRST', true],
        ['FIRST-REPORTER-WORDS', true],
      ],
    )
  })

  it('keeps a responder excluded by either reporter, or recused from either case, out of the merged case: by id, inbox, counts, live updates', async () => {
    const { account: tomasAccount, client: tomas } = await signedInResponder(server, eventId, 'Tomás')
    const { client: wen } = await signedInResponder(server, eventId, 'Wen')
    const tomasContact = await createContact(server.db, eventId, {
      accountId: tomasAccount.id,
      name: 'Tomás',
    })
    // The first reporter excluded Tomás; Wen stood aside from the second case.
    const first = await reportedCase(server, slug, {
      description: 'About the after-party.',
      excludedContactIds: [tomasContact.id],
    })
    const second = await reportedCase(server, slug, { description: 'The same evening.' })
    expect((await wen.gql(RECUSE, { c: second.caseId })).errors).toBeUndefined()
    // Before: each of them sees the other case.
    expect((await tomas.gql(CASE, { c: second.caseId })).errors).toBeUndefined()
    expect((await wen.gql(CASE, { c: first.caseId })).errors).toBeUndefined()

    const live = await Promise.all(
      [amara, tomas, wen].map(client =>
        subscribe<{ caseInboxChanged: { id: string }[] }>(server.url, client.cookie, INBOX_LIVE, {
          e: eventId,
        }),
      ),
    )

    expect((await amara.gql(MERGE, { c: first.caseId, into: second.caseId })).errors).toBeUndefined()
    // The first reporter writes: the merged case changes. Amara hears of it; the two kept out do not.
    await server.client().gql(REPLY, { i: { ...first.receipt, body: 'Anything new?' } })
    await until(() => (live[0]!.received.length >= 3 ? true : undefined), 5_000)
    expect(live[0]!.received.at(-1)).toEqual({ caseInboxChanged: [{ id: second.caseId }] })
    expect([live[1]!.received, live[2]!.received]).toEqual([[], []])
    await Promise.all(live.map(subscription => subscription.close()))

    for (const client of [tomas, wen]) {
      for (const caseId of [first.caseId, second.caseId]) {
        expect(codes(await client.gql(CASE, { c: caseId }))).toEqual([[ErrorCode.NotFound, null]])
      }
      expect((await client.gql(INBOX, { e: eventId })).data).toEqual({
        caseInbox: { total: 0, counters: { open: 0 }, cases: [] },
      })
      expect((await client.gql(CASES, { e: eventId })).data).toEqual({ cases: [] })
    }
    // The other way round too: merging the excluded reporter's case as the target.
    const third = await reportedCase(server, slug, { description: 'A third account.' })
    expect((await amara.gql(MERGE, { c: third.caseId, into: second.caseId })).errors).toBeUndefined()
    expect(codes(await tomas.gql(CASE, { c: third.caseId }))).toEqual([[ErrorCode.NotFound, null]])
  })

  it('refuses a merge the rules do not allow, and writes nothing', async () => {
    const first = await reportedCase(server, slug, { description: 'One.' })
    const second = await reportedCase(server, slug, { description: 'Two.' })
    expect(codes(await amara.gql(MERGE, { c: first.caseId, into: first.caseId }))).toEqual([
      [ErrorCode.BadUserInput, CaseReason.SameCase],
    ])
    await server.db.write(manager =>
      manager.update(CaseFileEntity, { id: second.caseId }, { status: 'decided' }),
    )
    expect(codes(await amara.gql(MERGE, { c: first.caseId, into: second.caseId }))).toEqual([
      [ErrorCode.Conflict, CaseReason.NotMergeable],
    ])
    // A responder of two events cannot merge across them.
    const other = await createEvent(server.db)
    const both = await signedInClient(
      server,
      await createAccount(server.db, [
        { role: Role.Responder, eventId },
        { role: Role.Responder, eventId: other.id },
      ]),
    )
    const elsewhere = await reportedCase(server, other.slug, { description: 'Elsewhere.' })
    expect(codes(await both.gql(MERGE, { c: first.caseId, into: elsewhere.caseId }))).toEqual([
      [ErrorCode.BadUserInput, CaseReason.OtherEvent],
    ])
    // A responder of this event only does not learn that the other event's case exists.
    expect(codes(await amara.gql(MERGE, { c: first.caseId, into: elsewhere.caseId }))).toEqual([
      [ErrorCode.NotFound, null],
    ])
    const untouched = await server.db.read.findOneByOrFail(CaseFileEntity, { id: first.caseId })
    expect(untouched.mergedIntoId).toBeNull()
    expect(await server.db.read.countBy(AuditEntryEntity, { action: 'case.merge' })).toBe(0)
  })

  async function reportIdOf(receipt: Receipt): Promise<string> {
    const { IncidentReportEntity } = await import('./incident-report.entity.js')
    return (await server.db.read.findOneByOrFail(IncidentReportEntity, { reference: receipt.reference })).id
  }
})
