import { ErrorCode, Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CASE_OPERATIONS } from '../../../test/authorization-matrix.cases.js'
import type { Scenario } from '../../../test/authorization-matrix.actors.js'
import { reportedCase, signedInResponder } from '../../../test/case-scenario.js'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createContact, createEvent, signedInClient } from '../../../test/factories.js'
import { subscribe, until } from '../../../test/live.js'
import { startSmtpSink, textOf } from '../../../test/smtp-sink.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import { AuditEntryEntity } from '../../platform/audit/audit-entry.entity.js'

const CASES = 'query($e: ID!) { cases(eventId: $e) { id status } }'
const CASE = 'query($c: ID!) { case(caseId: $c) { id status reports { description } } }'
const MOVE = 'mutation($i: MoveCaseInput!) { moveCase(input: $i) { status case { id } } }'
const RECUSE = 'mutation($c: ID!) { recuseFromCase(caseId: $c) }'
const ESCALATED = '{ escalatedCases { id eventName codeName } }'
const LIVE = 'subscription { escalatedCasesChanged { id } }'

/** The case rows of the authorization table that name the scenario's case. */
const ON_THE_CASE = Object.entries(CASE_OPERATIONS).filter(([, operation]) =>
  JSON.stringify(operation.variables?.({ caseId: 'THE-CASE' } as Scenario, 1) ?? {}).includes('THE-CASE'),
)

describe.each(testDialects)('responders who stand aside, and the Working Group, on %s', dialect => {
  let server: TestServer
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>
  let eventId: string
  let caseId: string
  let amara: TestClient
  let tomas: TestClient
  let wgEmail: string
  let wg: TestClient

  beforeEach(async () => {
    smtp = await startSmtpSink()
    server = await startTestServer(dialect, { SMTP_URL: smtp.url })
    const event = await createEvent(server.db)
    eventId = event.id
    amara = (await signedInResponder(server, eventId, 'Amara')).client
    const { account: tomasAccount, client: tomasClient } = await signedInResponder(server, eventId, 'Tomás')
    tomas = tomasClient
    const wgAccount = await createAccount(server.db, [{ role: Role.Wg }], { name: 'Wren of the WG' })
    wgEmail = wgAccount.email
    wg = await signedInClient(server, wgAccount)
    // Tomás is also a contact of the event: the reporter excludes him by that contact.
    const tomasContact = await createContact(server.db, eventId, {
      accountId: tomasAccount.id,
      name: 'Tomás',
    })
    ;({ caseId } = await reportedCase(server, event.slug, {
      description: 'About the talk in room 2.',
      excludedContactIds: [tomasContact.id],
    }))
  })
  afterEach(async () => {
    await server.stop()
    await smtp.stop()
  })

  /** Every case operation on this case answers NOT_FOUND, as if it did not exist; the list omits it. */
  async function expectKeptOut(client: TestClient) {
    expect((await client.gql<{ cases: unknown[] }>(CASES, { e: eventId })).data?.cases).toEqual([])
    for (const [name, operation] of ON_THE_CASE) {
      const result = await client.gql(operation.document, operation.variables!({ caseId } as Scenario, 1))
      expect([name, result.errors?.map(error => error.extensions?.code)]).toEqual([
        name,
        [ErrorCode.NotFound],
      ])
    }
  }

  it('keeps the excluded responder out of every case operation', async () => {
    expect(ON_THE_CASE.length).toBeGreaterThanOrEqual(7)
    await expectKeptOut(tomas)
  })

  it('hides the case from a responder who recused, from their very next request, on every operation', async () => {
    expect((await amara.gql(CASE, { c: caseId })).errors).toBeUndefined()
    expect((await amara.gql(RECUSE, { c: caseId })).data).toEqual({ recuseFromCase: true })
    await expectKeptOut(amara)
    const recorded = await server.db.read.findBy(AuditEntryEntity, {
      objectId: caseId,
      action: 'case.recuse',
    })
    expect(recorded).toHaveLength(1)
  })

  it('lets the Working Group read an escalated case, not before, and tells them by email without content', async () => {
    expect((await wg.gql(CASE, { c: caseId })).errors?.[0]?.extensions?.code).toBe(ErrorCode.NotFound)
    expect((await wg.gql(ESCALATED)).data).toEqual({ escalatedCases: [] })
    const live = await subscribe<{ escalatedCasesChanged: { id: string }[] }>(server.url, wg.cookie, LIVE, {})
    const escalated = await amara.gql(MOVE, { i: { caseId, to: 'ESCALATED_TO_WG' } })
    expect(escalated.data).toEqual({ moveCase: { status: 'ESCALATED_TO_WG', case: { id: caseId } } })

    // The Working Group's list hears of it at once, and shows the event and code name, nothing more.
    await until(() => live.received.find(message => message.escalatedCasesChanged.length === 1), 5_000)
    const listed = await wg.gql<{ escalatedCases: { id: string; eventName: string }[] }>(ESCALATED)
    expect(listed.data?.escalatedCases.map(row => [row.id, row.eventName])).toEqual([
      [caseId, 'Test Conference'],
    ])
    const mail = await until(() => smtp.messages.find(message => message.to.includes(wgEmail)), 5_000)
    expect(textOf(mail)).toContain(`/events/${eventId}/cases/${caseId}`)
    expect(textOf(mail)).not.toContain('room 2')

    const read = await wg.gql<{ case: { reports: { description: string }[] } }>(CASE, { c: caseId })
    expect(read.data?.case.reports[0]?.description).toBe('About the talk in room 2.')
    const entry = await server.db.read.findOneBy(AuditEntryEntity, { objectId: caseId, action: 'case.read' })
    expect(entry).not.toBeNull()
    // The WG hands it back to the team; then it is the team's again, and hidden from the WG.
    const back = await wg.gql(MOVE, { i: { caseId, to: 'IN_REVIEW' } })
    expect(back.errors).toBeUndefined()
    expect(back.data).toEqual({ moveCase: { status: 'IN_REVIEW', case: null } })
    expect((await wg.gql(CASE, { c: caseId })).errors?.[0]?.extensions?.code).toBe(ErrorCode.NotFound)
    expect((await amara.gql(CASE, { c: caseId })).data).toMatchObject({ case: { status: 'IN_REVIEW' } })
    await until(() => live.received.find(message => message.escalatedCasesChanged.length === 0), 5_000)
    await live.close()
  })
})
