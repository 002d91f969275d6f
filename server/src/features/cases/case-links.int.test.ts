import { CaseReason, ErrorCode } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reportedCase, signedInResponder } from '../../../test/case-scenario.js'
import { testDialects } from '../../../test/databases.js'
import { createContact, createEvent } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import { AuditEntryEntity } from '../../platform/audit/audit-entry.entity.js'
import { CaseFileEntity } from './case-file.entity.js'

const LINK =
  'mutation($i: LinkCasesInput!) { linkCases(input: $i) { id linkedCases { caseId codeName note linkedByName } } }'
const UNLINK =
  'mutation($c: ID!, $o: ID!) { unlinkCases(caseId: $c, otherCaseId: $o) { linkedCases { caseId } } }'
const LINKED = 'query($c: ID!) { case(caseId: $c) { linkedCases { caseId note } } }'

describe.each(testDialects)('links between cases of an event, on %s', dialect => {
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

  const caseOf = (id: string) => server.db.read.findOneByOrFail(CaseFileEntity, { id })

  it('lists a link on both cases, with its note, until it is removed; audited on each', async () => {
    const first = await reportedCase(server, slug, { description: 'At the bar.' })
    const second = await reportedCase(server, slug, { description: 'Later that night.' })
    const linked = await amara.gql<{
      linkCases: { linkedCases: { caseId: string; note: string; linkedByName: string }[] }
    }>(LINK, { i: { caseId: first.caseId, otherCaseId: second.caseId, note: 'Same person named.' } })
    expect(linked.errors).toBeUndefined()
    expect(linked.data?.linkCases.linkedCases).toEqual([
      {
        caseId: second.caseId,
        codeName: (await caseOf(second.caseId)).codeName,
        note: 'Same person named.',
        linkedByName: 'Amara',
      },
    ])
    expect((await amara.gql(LINKED, { c: second.caseId })).data).toEqual({
      case: { linkedCases: [{ caseId: first.caseId, note: 'Same person named.' }] },
    })
    const unlinked = await amara.gql(UNLINK, { c: second.caseId, o: first.caseId })
    expect(unlinked.data).toEqual({ unlinkCases: { linkedCases: [] } })
    expect((await amara.gql(LINKED, { c: first.caseId })).data).toEqual({ case: { linkedCases: [] } })
    for (const caseId of [first.caseId, second.caseId]) {
      expect(await server.db.read.countBy(AuditEntryEntity, { objectId: caseId, action: 'case.link' })).toBe(
        2,
      )
    }
    expect(
      (await amara.gql(LINK, { i: { caseId: first.caseId, otherCaseId: first.caseId } })).errors?.[0]
        ?.extensions?.reason,
    ).toBe(CaseReason.SameCase)
  })

  it('gives a merged case’s links and people to the case it was merged into', async () => {
    const ADD_PERSON = 'mutation($i: AddCasePersonInput!) { addCasePerson(input: $i) { codeName } }'
    const [first, second, third] = await Promise.all(
      ['One.', 'Two.', 'Three.'].map(description => reportedCase(server, slug, { description })),
    )
    for (const [caseId, name] of [
      [second!.caseId, 'Kept'],
      [first!.caseId, 'Moved'],
    ] as const) {
      expect((await amara.gql(ADD_PERSON, { i: { caseId, role: 'WITNESS', name } })).errors).toBeUndefined()
    }
    await amara.gql(LINK, { i: { caseId: first!.caseId, otherCaseId: third!.caseId } })
    await amara.gql(LINK, { i: { caseId: first!.caseId, otherCaseId: second!.caseId } })
    const merged = await amara.gql<{ mergeCases: { people: { codeName: string }[] } }>(
      'mutation($c: ID!, $into: ID!) { mergeCases(caseId: $c, intoCaseId: $into) { people { codeName } } }',
      { c: first!.caseId, into: second!.caseId },
    )
    // The moved person takes the next code name of the target; the link between the two is gone.
    expect(merged.data?.mergeCases.people.map(person => person.codeName)).toEqual(['Person A', 'Person B'])
    expect((await amara.gql(LINKED, { c: second!.caseId })).data).toEqual({
      case: { linkedCases: [{ caseId: third!.caseId, note: null }] },
    })
    expect((await amara.gql(LINKED, { c: third!.caseId })).data).toEqual({
      case: { linkedCases: [{ caseId: second!.caseId, note: null }] },
    })
  })

  it('never hints at a linked case the viewer may not see', async () => {
    const { account: tomasAccount, client: tomas } = await signedInResponder(server, eventId, 'Tomás')
    const tomasContact = await createContact(server.db, eventId, {
      accountId: tomasAccount.id,
      name: 'Tomás',
    })
    const open = await reportedCase(server, slug, { description: 'Seen by all.' })
    const hidden = await reportedCase(server, slug, {
      description: 'Not for Tomás.',
      excludedContactIds: [tomasContact.id],
    })
    expect(
      (await amara.gql(LINK, { i: { caseId: open.caseId, otherCaseId: hidden.caseId } })).errors,
    ).toBeUndefined()

    const seen = await tomas.gql<{ case: { linkedCases: unknown[] } }>(LINKED, { c: open.caseId })
    expect(seen.data).toEqual({ case: { linkedCases: [] } })
    expect(JSON.stringify(seen)).not.toContain(hidden.caseId)
    // Nor can he link with it, or unlink it: as if it did not exist.
    for (const result of [
      await tomas.gql(LINK, { i: { caseId: open.caseId, otherCaseId: hidden.caseId } }),
      await tomas.gql(UNLINK, { c: open.caseId, o: hidden.caseId }),
    ]) {
      expect(result.errors?.map(error => error.extensions?.code)).toEqual([ErrorCode.NotFound])
    }
  })
})
