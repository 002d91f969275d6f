import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { ErrorCode, EventStatus, Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createContact, createEvent, signedInClient } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import { CaseFileEntity } from '../cases/case-file.entity.js'
import { IncidentReportEntity } from '../cases/incident-report.entity.js'

const SUBMIT = 'mutation($i: SubmitReportInput!) { submitReport(input: $i) { reference passphrase } }'
const STATUS =
  'query($r: String!, $p: String!) { reportStatus(reference: $r, passphrase: $p) { status submittedOn messages { from body sentOn } } }'

/** Every file under a directory, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const file = path.join(dir, name)
    return statSync(file).isDirectory() ? filesUnder(file) : [file]
  })
}

describe.each(testDialects)('incident reports on %s', dialect => {
  let server: TestServer
  let eventId: string
  let slug: string

  beforeEach(async () => {
    server = await startTestServer(dialect)
    const event = await createEvent(server.db)
    eventId = event.id
    slug = event.slug
  })
  afterEach(() => server.stop())

  async function responder(
    linkedContactName?: string,
  ): Promise<{ client: TestClient; contactId: string | null }> {
    const account = await createAccount(server.db, [{ role: Role.Responder, eventId }])
    const contact =
      linkedContactName === undefined
        ? null
        : await createContact(server.db, eventId, { name: linkedContactName, accountId: account.id })
    const client = await signedInClient(server, account)
    return { client, contactId: contact?.id ?? null }
  }

  it('opens a case a responder reads and answers, and the reporter reads the answer with the receipt', async () => {
    const team = await responder()
    const submitted = await server
      .client()
      .gql<{ submitReport: { reference: string; passphrase: string } }>(SUBMIT, {
        i: {
          eventSlug: slug,
          description: 'Someone kept photographing me after I said no.',
          where: 'Hall B',
          isOngoing: true,
        },
      })
    const receipt = submitted.data?.submitReport
    expect(receipt?.reference).toMatch(/^R-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(receipt?.passphrase).toMatch(/^([0-9A-Z]{4}-){4}[0-9A-Z]{4}$/)

    const inbox = await team.client.gql<{
      cases: { id: string; codeName: string; status: string; isOngoing: boolean }[]
    }>('query($e: ID!) { cases(eventId: $e) { id codeName status isOngoing } }', { e: eventId })
    expect(inbox.data?.cases).toHaveLength(1)
    expect(inbox.data?.cases[0]).toMatchObject({ status: 'NEW', isOngoing: true })
    expect(inbox.data?.cases[0]?.codeName).toMatch(/^[a-z]+ [a-z]+$/)
    const caseId = inbox.data?.cases[0]?.id
    const detail = await team.client.gql<{
      case: { reports: { description: string; where: string; contactDetails: string | null }[] }
    }>('query($c: ID!) { case(caseId: $c) { reports { description where contactDetails } } }', { c: caseId })
    expect(detail.data?.case.reports).toEqual([
      {
        description: 'Someone kept photographing me after I said no.',
        where: 'Hall B',
        contactDetails: null,
      },
    ])
    await team.client.gql('mutation($i: SendCaseMessageInput!) { sendCaseMessage(input: $i) { id } }', {
      i: { caseId, body: 'Thank you. We are looking into it today.' },
    })

    const status = await server
      .client()
      .gql<{ reportStatus: { status: string; messages: { from: string; body: string; sentOn: string }[] } }>(
        STATUS,
        {
          r: receipt?.reference.toLowerCase(),
          p: receipt?.passphrase.replaceAll('-', ' '),
        },
      )
    expect(status.data?.reportStatus.status).toBe('ACKNOWLEDGED')
    expect(status.data?.reportStatus.messages).toEqual([
      {
        from: 'team',
        body: 'Thank you. We are looking into it today.',
        sentOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as string,
      },
    ])
    const replied = await server
      .client()
      .gql('mutation($i: ReplyToReportInput!) { replyToReport(input: $i) { messages { from } } }', {
        i: {
          reference: receipt?.reference,
          passphrase: receipt?.passphrase,
          body: 'It was near the stairs, around 11.',
        },
      })
    expect(replied.data).toEqual({ replyToReport: { messages: [{ from: 'team' }, { from: 'you' }] } })
  })

  it('hides a case from a contact the reporter excluded, on every path, from their very next request', async () => {
    const excluded = await responder('Excluded Person')
    const other = await responder('Trusted Person')
    const submitted = await server.client().gql(SUBMIT, {
      i: {
        eventSlug: slug,
        description: 'About someone on the team.',
        excludedContactIds: [excluded.contactId],
        preferredContactIds: [other.contactId],
      },
    })
    expect(submitted.errors).toBeUndefined()
    const [caseFile] = await server.db.read.find(CaseFileEntity)
    const list = await excluded.client.gql<{ cases: unknown[] }>(
      'query($e: ID!) { cases(eventId: $e) { id } }',
      { e: eventId },
    )
    expect(list.data?.cases).toEqual([])
    const byId = await excluded.client.gql('query($c: ID!) { case(caseId: $c) { id } }', { c: caseFile?.id })
    const missing = await excluded.client.gql('query($c: ID!) { case(caseId: $c) { id } }', {
      c: crypto.randomUUID(),
    })
    expect(byId.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.NotFound)
    expect(byId.errors?.[0]?.message).toBe(missing.errors?.[0]?.message)
    const message = await excluded.client.gql(
      'mutation($i: SendCaseMessageInput!) { sendCaseMessage(input: $i) { id } }',
      { i: { caseId: caseFile?.id, body: 'x' } },
    )
    expect(message.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.NotFound)
    const trusted = await other.client.gql<{ cases: { isRequestedFromViewer: boolean }[] }>(
      'query($e: ID!) { cases(eventId: $e) { isRequestedFromViewer } }',
      { e: eventId },
    )
    expect(trusted.data?.cases).toEqual([{ isRequestedFromViewer: true }])
  })

  it('takes reports and follow-ups for 30 days after the event closes, listed as closed, then NOT_FOUND', async () => {
    const before = await server
      .client()
      .gql<{ submitReport: { reference: string; passphrase: string } }>(SUBMIT, {
        i: { eventSlug: slug, description: 'During the event' },
      })
    await server.services.eventSetup.close(eventId)
    server.clock.advance(29 * 86_400_000)

    const listed = await server
      .client()
      .gql<{ publicEvents: { slug: string; isClosed: boolean }[] }>('{ publicEvents { slug isClosed } }')
    expect(listed.data?.publicEvents).toEqual([{ slug, isClosed: true }])
    const late = await server
      .client()
      .gql<{ submitReport: { reference: string; passphrase: string } }>(SUBMIT, {
        i: { eventSlug: slug, description: 'Told once I was home' },
      })
    expect(late.errors).toBeUndefined()
    const receipt = before.data!.submitReport
    const followUp = () => server.client().gql(STATUS, { r: receipt.reference, p: receipt.passphrase })
    expect((await followUp()).errors).toBeUndefined()

    server.clock.advance(2 * 86_400_000)
    const tooLate = await server.client().gql(SUBMIT, { i: { eventSlug: slug, description: 'Much later' } })
    expect(tooLate.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.NotFound)
    expect((await followUp()).errors?.[0]?.extensions?.['code']).toBe(ErrorCode.NotFound)
    expect((await server.client().gql('{ publicEvents { slug } }')).data).toEqual({ publicEvents: [] })
  })

  it('tells the reporter what the team did: received, then read, then answered and acknowledged', async () => {
    const team = await responder()
    const submitted = await server
      .client()
      .gql<{ submitReport: { reference: string; passphrase: string } }>(SUBMIT, {
        i: { eventSlug: slug, description: 'Someone followed me to the hotel.' },
      })
    const receipt = submitted.data!.submitReport
    const progress = async () =>
      (
        await server
          .client()
          .gql<{ reportStatus: { status: string; progress: string } }>(
            'query($r: String!, $p: String!) { reportStatus(reference: $r, passphrase: $p) { status progress } }',
            { r: receipt.reference, p: receipt.passphrase },
          )
      ).data?.reportStatus
    expect(await progress()).toEqual({ status: 'NEW', progress: 'RECEIVED' })

    const inbox = await team.client.gql<{ cases: { id: string }[] }>(
      'query($e: ID!) { cases(eventId: $e) { id } }',
      { e: eventId },
    )
    const caseId = inbox.data?.cases[0]?.id
    // The list alone is not reading it; opening the case is.
    expect(await progress()).toEqual({ status: 'NEW', progress: 'RECEIVED' })
    await team.client.gql('query($c: ID!) { case(caseId: $c) { id } }', { c: caseId })
    expect(await progress()).toEqual({ status: 'NEW', progress: 'READ' })

    await team.client.gql('mutation($i: SendCaseMessageInput!) { sendCaseMessage(input: $i) { id } }', {
      i: { caseId, body: 'We are on it. Are you safe now?' },
    })
    expect(await progress()).toEqual({ status: 'ACKNOWLEDGED', progress: 'ANSWERED' })
    const listed = await team.client.gql<{ cases: { status: string }[] }>(
      'query($e: ID!) { cases(eventId: $e) { status } }',
      { e: eventId },
    )
    expect(listed.data?.cases).toEqual([{ status: 'ACKNOWLEDGED' }])
  })

  it('answers a wrong reference and a wrong passphrase alike, and throttles guessing', async () => {
    const submitted = await server
      .client()
      .gql<{ submitReport: { reference: string; passphrase: string } }>(SUBMIT, {
        i: { eventSlug: slug, description: 'x' },
      })
    const receipt = submitted.data?.submitReport
    const guesser = server.client()
    const wrongPassphrase = await guesser.gql(STATUS, {
      r: receipt?.reference,
      p: '0000-0000-0000-0000-0000',
    })
    const wrongReference = await guesser.gql(STATUS, { r: 'R-0000-0000', p: receipt?.passphrase })
    expect(wrongPassphrase.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.NotFound)
    expect(wrongPassphrase.errors).toEqual(wrongReference.errors)
    for (let guess = 2; guess < 10; guess++) {
      await guesser.gql(STATUS, { r: 'R-0000-0000', p: `0000-0000-0000-0000-000${guess}` })
    }
    const eleventh = await guesser.gql(STATUS, { r: receipt?.reference, p: receipt?.passphrase })
    expect(eleventh.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.RateLimited)
  })

  it('refuses oversized, malformed and unknown-event reports and writes nothing', async () => {
    const draft = await createEvent(server.db, { status: EventStatus.Draft })
    const cases: [Record<string, unknown>, string][] = [
      [{ eventSlug: slug, description: 'x'.repeat(20_001) }, ErrorCode.BadUserInput],
      [{ eventSlug: slug, description: '' }, ErrorCode.BadUserInput],
      [{ eventSlug: slug, description: 'ok', language: 'not a language' }, ErrorCode.BadUserInput],
      [{ eventSlug: slug, description: 'ok', category: 'made-up-category' }, ErrorCode.BadUserInput],
      [
        { eventSlug: slug, description: 'ok', excludedContactIds: [crypto.randomUUID()] },
        ErrorCode.BadUserInput,
      ],
      [{ eventSlug: 'no-such-event', description: 'ok' }, ErrorCode.NotFound],
      [{ eventSlug: draft.slug, description: 'ok' }, ErrorCode.NotFound],
    ]
    for (const [input, code] of cases) {
      const response = await server.client().gql(SUBMIT, { i: input })
      expect(response.errors?.[0]?.extensions?.['code'], JSON.stringify(input).slice(0, 80)).toBe(code)
    }
    expect(await server.db.read.count(IncidentReportEntity)).toBe(0)
    expect(await server.db.read.count(CaseFileEntity)).toBe(0)
  })

  it('keeps a responder’s on-site report, which the reporter can read back with the receipt', async () => {
    const team = await responder()
    const recorded = await team.client.gql<{ recordOnSiteReport: { reference: string; passphrase: string } }>(
      'mutation($i: RecordOnSiteReportInput!) { recordOnSiteReport(input: $i) { reference passphrase } }',
      {
        i: {
          eventId,
          description: 'Told me at the coffee bar that a speaker made a comment.',
          isConfidentialityExplained: true,
          isImmediateActionNeeded: false,
        },
      },
    )
    const receipt = recorded.data?.recordOnSiteReport
    const inbox = await team.client.gql<{ cases: { channel: string }[] }>(
      'query($e: ID!) { cases(eventId: $e) { channel } }',
      { e: eventId },
    )
    expect(inbox.data?.cases).toEqual([{ channel: 'in-person' }])
    // The person reads back what the responder wrote down, with the receipt they were given.
    const status = await server
      .client()
      .gql<{ reportStatus: { status: string; whatHappened: string } }>(
        'query($r: String!, $p: String!) { reportStatus(reference: $r, passphrase: $p) { status whatHappened } }',
        { r: receipt?.reference, p: receipt?.passphrase },
      )
    expect(status.data?.reportStatus).toEqual({
      status: 'NEW',
      whatHappened: 'Told me at the coffee bar that a speaker made a comment.',
    })
  })

  it.runIf(dialect === 'sqlite')(
    'leaves the report’s words nowhere in DATA_DIR: database, WAL, logs',
    async () => {
      const marker = 'ZEBRA-CANARY-7f3e9'
      await server.client().gql(SUBMIT, {
        i: {
          eventSlug: slug,
          description: `It happened ${marker}`,
          peopleInvolved: `${marker} person`,
          contactDetails: `${marker}@example.org`,
        },
      })
      await server.db.dataSource.query('PRAGMA wal_checkpoint(PASSIVE)')
      const hits = filesUnder(server.dataDir).filter(file => readFileSync(file).includes(Buffer.from(marker)))
      expect(hits).toEqual([])
      expect(server.logLines.join('\n')).not.toContain(marker)
    },
  )
})
