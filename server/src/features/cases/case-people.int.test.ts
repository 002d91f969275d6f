import { ErrorCode } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reportedCase, signedInResponder } from '../../../test/case-scenario.js'
import { testDialects } from '../../../test/databases.js'
import { createEvent, signedInClient } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import { AuditEntryEntity } from '../../platform/audit/audit-entry.entity.js'
import type { AccountEntity } from '../accounts/account.entity.js'
import { nextPersonCodeName } from './case-people.service.js'

const CASES = 'query($e: ID!) { cases(eventId: $e) { id } }'
const CASE = 'query($c: ID!) { case(caseId: $c) { id people { codeName role flags isTeamMember } } }'
const ADD =
  'mutation($i: AddCasePersonInput!) { addCasePerson(input: $i) { codeName role flags isTeamMember } }'
const REVEAL = 'mutation($c: ID!) { revealCasePeople(caseId: $c) { codeName name contact } }'

describe('person code names', () => {
  it.each([
    [0, 'Person A'],
    [25, 'Person Z'],
    [26, 'Person AA'],
    [27, 'Person AB'],
    [701, 'Person ZZ'],
    [702, 'Person AAA'],
  ])('the person added after %i others is %s', (taken, name) => {
    expect(nextPersonCodeName(taken)).toBe(name)
  })
})

describe.each(testDialects)('people involved, by code name, on %s', dialect => {
  let server: TestServer
  let eventId: string
  let caseId: string
  let amaraAccount: AccountEntity
  let amara: TestClient
  let noorAccount: AccountEntity
  let noor: TestClient

  beforeEach(async () => {
    server = await startTestServer(dialect)
    const event = await createEvent(server.db)
    eventId = event.id
    ;({ account: amaraAccount, client: amara } = await signedInResponder(server, eventId, 'Amara'))
    ;({ account: noorAccount, client: noor } = await signedInResponder(server, eventId, 'Noor'))
    ;({ caseId } = await reportedCase(server, event.slug, { description: 'At the speakers’ dinner.' }))
  })
  afterEach(() => server.stop())

  it('shows code names and roles, and the names only after a step-up, audited', async () => {
    await amara.gql(ADD, { i: { caseId, role: 'REPORTED', flags: ['SPEAKER'], name: 'Rui Canary-Name' } })
    await amara.gql(ADD, {
      i: { caseId, role: 'WITNESS', name: 'Ines Witness', contact: 'ines@example.org' },
    })
    const read = await amara.gql<{ case: { people: unknown[] } }>(CASE, { c: caseId })
    expect(read.data?.case.people).toEqual([
      { codeName: 'Person A', role: 'REPORTED', flags: ['SPEAKER'], isTeamMember: false },
      { codeName: 'Person B', role: 'WITNESS', flags: [], isTeamMember: false },
    ])
    expect(JSON.stringify(read)).not.toContain('Canary-Name')
    const stored = await server.db.read.query<unknown[]>('SELECT * FROM "case_person"')
    expect(JSON.stringify(stored)).not.toContain('Canary-Name')

    // Six minutes after signing in, a reveal asks who you are first, and shows and records nothing.
    server.clock.advance(6 * 60_000)
    const refused = await amara.gql(REVEAL, { c: caseId })
    expect(refused.errors?.[0]?.extensions?.code).toBe(ErrorCode.ReauthRequired)
    const reveals = () =>
      server.db.read.countBy(AuditEntryEntity, { objectId: caseId, action: 'case.reveal' })
    expect(await reveals()).toBe(0)

    const confirmed = await signedInClient(server, amaraAccount)
    const revealed = await confirmed.gql<{ revealCasePeople: unknown[] }>(REVEAL, { c: caseId })
    expect(revealed.data?.revealCasePeople).toEqual([
      { codeName: 'Person A', name: 'Rui Canary-Name', contact: null },
      { codeName: 'Person B', name: 'Ines Witness', contact: 'ines@example.org' },
    ])
    expect(await reveals()).toBe(1)
  })

  it('recuses a team member named among the people involved, from their next request on', async () => {
    expect((await noor.gql(CASE, { c: caseId })).errors).toBeUndefined()
    const added = await amara.gql(ADD, {
      i: { caseId, role: 'REPORTED', flags: ['STAFF'], name: 'Noor', accountId: noorAccount.id },
    })
    expect(added.data).toEqual({
      addCasePerson: { codeName: 'Person A', role: 'REPORTED', flags: ['STAFF'], isTeamMember: true },
    })
    expect((await noor.gql(CASE, { c: caseId })).errors?.[0]?.extensions?.code).toBe(ErrorCode.NotFound)
    expect((await noor.gql<{ cases: unknown[] }>(CASES, { e: eventId })).data?.cases).toEqual([])
    expect((await amara.gql(CASE, { c: caseId })).errors).toBeUndefined()
  })
})
