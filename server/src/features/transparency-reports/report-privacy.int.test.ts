import { ErrorCode, PrivacyReason, Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { signedInResponder } from '../../../test/case-scenario.js'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createContact, createEvent, signedInClient } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import { IncidentReportEntity } from '../cases/incident-report.entity.js'

const SUBMIT = 'mutation($i: SubmitReportInput!) { submitReport(input: $i) { reference } }'
const ADD_PERSON = 'mutation($i: AddCasePersonInput!) { addCasePerson(input: $i) { codeName } }'
const CHECK = `query($e: ID!, $m: String!) {
  transparencyPrivacyCheck(eventId: $e, markdown: $m) { start end text kind blocking } }`

interface Finding {
  start: number
  end: number
  text: string
  kind: string
  blocking: boolean
}
type CheckAnswer = { transparencyPrivacyCheck: Finding[] }

/** Everything the event has on record below; none may come back unless the sent text has it. */
const RECORDED = [
  'Jürgen Müller',
  'jmueller',
  'lea.reporter@example.net',
  'Ingrid Witness',
  'Tomasz Chairperson',
]

const CLEAN_REPORT = `# Transparency report

So far the Code of Conduct team received reports in three categories, during and after the event; reporting
stays open. Where law enforcement was called, this report says only that. Every case has a public summary line,
and the median time to a first response was under one day.

| Category | Reports |
|---|---|
| Harassment or intimidation | 4 |
| Other | 6 |`

describe.each(testDialects)('the transparency report’s privacy check, on %s', dialect => {
  let server: TestServer
  let eventId: string
  let chair: TestClient

  beforeEach(async () => {
    server = await startTestServer(dialect)
    const event = await createEvent(server.db)
    eventId = event.id
    const chairAccount = await createAccount(server.db, [{ role: Role.Chair, eventId }], {
      name: 'Tomasz Chairperson',
    })
    chair = await signedInClient(server, chairAccount)
    const submitted = await server.client().gql(SUBMIT, {
      i: {
        eventSlug: event.slug,
        description: 'At the sponsor booth someone kept touching my arm.',
        witnesses: 'My friend Ingrid Witness saw it.',
        contactDetails: 'Lea, lea.reporter@example.net',
      },
    })
    expect(submitted.errors).toBeUndefined()
    const report = await server.db.read.findOneByOrFail(IncidentReportEntity, { eventId })
    const { account: amara, client: responder } = await signedInResponder(server, eventId, 'Amara Okafor')
    // A contact of the event is public (named on its kiosk page): their name stays allowed.
    await createContact(server.db, eventId, { name: 'Amara Okafor', accountId: amara.id })
    const added = await responder.gql(ADD_PERSON, {
      i: { caseId: report.caseId, role: 'REPORTED', name: 'Jürgen Müller', contact: '@jmueller on Mastodon' },
    })
    expect(added.errors).toBeUndefined()
  })
  afterEach(() => server.stop())

  async function check(client: TestClient, markdown: string): Promise<Finding[]> {
    const answer = await client.gql<CheckAnswer>(CHECK, { e: eventId, m: markdown })
    expect(answer.errors).toBeUndefined()
    return answer.data!.transparencyPrivacyCheck
  }

  it('blocks the reported person’s name folded ("Müller\'s", "MULLER", "@muller"), their handle and the reporter’s email', async () => {
    const text =
      "One case: Müller's talk was changed. MULLER apologised, and @muller was asked to stop; see @JMUELLER, or write to LEA.REPORTER@example.net."
    const findings = await check(chair, text)
    expect(findings.filter(finding => finding.blocking).map(finding => [finding.kind, finding.text])).toEqual(
      [
        ['NAME', "Müller's"],
        ['NAME', 'MULLER'],
        ['HANDLE', '@muller'],
        ['HANDLE', '@JMUELLER'],
        ['EMAIL', 'LEA.REPORTER@example.net'],
      ],
    )
    for (const finding of findings) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.text)
    }
    // The warning on "One case" comes too, not blocking.
    expect(findings.filter(finding => !finding.blocking).map(finding => finding.kind)).toEqual([
      'SMALL_COUNT',
    ])
  })

  it('blocks a witness named in the report and a team member, but not the event’s public contact', async () => {
    const findings = await check(chair, 'Thanks to Amara Okafor. Ingrid saw it; Chairperson decided.')
    expect(findings.map(finding => [finding.kind, finding.text, finding.blocking])).toEqual([
      ['NAME', 'Ingrid', true],
      ['NAME', 'Chairperson', true],
    ])
  })

  it('finds nothing blocking in a clean report, and never answers with what was recorded', async () => {
    const clean = await check(chair, CLEAN_REPORT)
    expect(clean.filter(finding => finding.blocking)).toEqual([])
    const answer = await chair.gql<CheckAnswer>(CHECK, { e: eventId, m: 'MULLER said so. Also ingrid.' })
    const json = JSON.stringify(answer)
    for (const identifier of RECORDED) {
      expect(json.toLowerCase()).not.toContain(identifier.toLowerCase())
    }
    expect(answer.data?.transparencyPrivacyCheck.map(finding => finding.text)).toEqual(['MULLER', 'ingrid'])
  })

  it('is for the event’s chair, organizers and admins: a chair of another event or a responder is refused', async () => {
    const other = await createEvent(server.db)
    const otherChair = await createAccount(server.db, [{ role: Role.Chair, eventId: other.id }])
    const answer = await (await signedInClient(server, otherChair)).gql(CHECK, { e: eventId, m: 'MULLER' })
    expect(answer.errors?.[0]?.extensions?.code).toBe(ErrorCode.Forbidden)
    expect(answer.data).toBeNull()
    const { client: responder } = await signedInResponder(server, eventId, 'Noor Responder')
    const asResponder = await responder.gql(CHECK, { e: eventId, m: 'MULLER' })
    expect(asResponder.errors?.[0]?.extensions?.code).toBe(ErrorCode.Forbidden)
  })

  it('refuses a text over 100,000 characters with a clear error', async () => {
    const answer = await chair.gql(CHECK, { e: eventId, m: 'a'.repeat(100_001) })
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BadUserInput, field: 'markdown' })
    expect(answer.errors?.[0]?.message).toContain('100,000')
    expect(await check(chair, `${'a '.repeat(49_999)}ab`).then(found => found.length)).toBe(0)
  })

  it('lets publishing refuse a text that still blocks, with PRIVACY_CHECK_BLOCKED, and pass a clean one', async () => {
    const privacy = server.services.reportPrivacy
    await expect(privacy.assertPublishable(eventId, CLEAN_REPORT)).resolves.toBeUndefined()
    const refused = await privacy.assertPublishable(eventId, "Müller's talk").catch((error: unknown) => error)
    expect(refused).toMatchObject({
      extensions: { code: ErrorCode.BadUserInput, reason: PrivacyReason.CheckBlocked },
    })
    expect(String((refused as Error).message)).not.toContain('Müller')
  })
})
