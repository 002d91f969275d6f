import { AuditAction, AuditReason, ErrorCode, Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createEvent, signedInClient } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import { AuditEntryEntity } from '../../platform/audit/audit-entry.entity.js'

const ENTRIES = `query($f: AuditEntriesFilter, $p: AuditPageInput) {
  auditEntries(filter: $f, page: $p) {
    entries { id seq at actorId actorName action objectType objectId eventId eventName }
    nextCursor
  }
}`

interface Row {
  id: string
  seq: number
  at: string
  actorId: string | null
  actorName: string | null
  action: string
  objectType: string
  objectId: string
  eventId: string | null
  eventName: string | null
}
interface Page {
  auditEntries: { entries: Row[]; nextCursor: string | null }
}

const CASE_A = 'c0000000-0000-4000-8000-00000000000a'
const CASE_B = 'c0000000-0000-4000-8000-00000000000b'

describe.each(testDialects)('the audit log view on %s', dialect => {
  let server: TestServer
  let admin: TestClient
  let adminId: string
  let ana: { id: string }
  let bo: { id: string }
  let eventId: string
  const start = new Date('2026-06-01T09:00:00.000Z')

  /** Ana reads case A three times and moves it once, then Bo reads case B, a minute apart. */
  async function seed(): Promise<void> {
    server.clock.set(start)
    const steps = [
      [ana.id, AuditAction.CaseRead, CASE_A],
      [ana.id, AuditAction.CaseRead, CASE_A],
      [ana.id, AuditAction.CaseStatus, CASE_A],
      [ana.id, AuditAction.CaseRead, CASE_A],
      [bo.id, AuditAction.CaseRead, CASE_B],
    ] as const
    for (const [actorId, action, objectId] of steps) {
      await server.db.write(manager =>
        server.services.auditLog.append(manager, {
          actorId,
          action,
          objectType: 'case',
          objectId,
          scopeId: eventId,
        }),
      )
      server.clock.advance(60_000)
    }
  }

  const list = async (
    client: TestClient,
    f: Record<string, unknown> = {},
    p: Record<string, unknown> = {},
  ) => {
    const response = await client.gql<Page>(ENTRIES, { f, p })
    expect(response.errors).toBeUndefined()
    return response.data!.auditEntries
  }
  const stored = () => server.db.read.find(AuditEntryEntity, { order: { seq: 'ASC' } })

  beforeEach(async () => {
    server = await startTestServer(dialect)
    eventId = (await createEvent(server.db, { name: 'Lisbon Conf' })).id
    ana = await createAccount(server.db, [{ role: Role.Responder, eventId }], { name: 'Ana Responder' })
    bo = await createAccount(server.db, [{ role: Role.Responder, eventId }], { name: 'Bo Responder' })
    const account = await createAccount(server.db, [{ role: Role.Admin }], { name: 'Ada Admin' })
    adminId = account.id
    admin = await signedInClient(server, account)
    await seed()
  })
  afterEach(() => server.stop())

  it('shows who did what to which case and when, newest first, and records the look itself', async () => {
    const page = await list(admin)
    expect(page.nextCursor).toBeNull()
    expect(page.entries.map(row => [row.seq, row.actorName, row.action, row.objectId])).toEqual([
      [6, 'Ada Admin', 'AUDIT_VIEW', 'all'],
      [5, 'Bo Responder', 'CASE_READ', CASE_B],
      [4, 'Ana Responder', 'CASE_READ', CASE_A],
      [3, 'Ana Responder', 'CASE_STATUS', CASE_A],
      [2, 'Ana Responder', 'CASE_READ', CASE_A],
      [1, 'Ana Responder', 'CASE_READ', CASE_A],
    ])
    expect(page.entries[1]).toMatchObject({
      at: '2026-06-01T09:04:00.000Z',
      actorId: bo.id,
      objectType: 'case',
      eventId,
      eventName: 'Lisbon Conf',
    })
    expect(page.entries[0]).toMatchObject({ actorId: adminId, objectType: 'audit-log', eventId: null })
    expect(await server.services.auditLog.verify(server.db.read)).toMatchObject({ ok: true, count: 6 })
  })

  it('filters by person, by case and by time, and records what each look was about', async () => {
    const byAna = await list(admin, { accountId: ana.id })
    expect(byAna.entries.map(row => row.seq)).toEqual([4, 3, 2, 1])

    const caseB = await list(admin, { caseId: CASE_B })
    // The look at case B's log is an entry about case B, under its event.
    expect(caseB.entries.map(row => [row.seq, row.action])).toEqual([
      [7, 'AUDIT_VIEW'],
      [5, 'CASE_READ'],
    ])
    expect(caseB.entries[0]).toMatchObject({
      actorId: adminId,
      objectType: 'case',
      objectId: CASE_B,
      eventId,
    })

    const window = await list(admin, {
      caseId: CASE_A,
      from: '2026-06-01T09:01:00.000Z',
      to: '2026-06-01T09:02:00.000Z',
    })
    expect(window.entries.map(row => row.seq)).toEqual([3, 2])
    const both = await list(admin, { accountId: bo.id, caseId: CASE_A })
    expect(both.entries).toEqual([])

    const looks = (await stored()).filter(row => row.action === AuditAction.AuditView)
    expect(looks.map(row => [row.objectType, row.objectId])).toEqual([
      ['account', ana.id],
      ['case', CASE_B],
      ['case', CASE_A],
      ['case', CASE_A],
    ])
  })

  it('pages through the log with a cursor, at most 50 entries a page', async () => {
    for (let index = 0; index < 60; index++) {
      await server.db.write(manager =>
        server.services.auditLog.append(manager, {
          actorId: bo.id,
          action: AuditAction.CaseRead,
          objectType: 'case',
          objectId: CASE_B,
          scopeId: eventId,
        }),
      )
    }
    const first = await list(admin, { accountId: bo.id })
    expect(first.entries).toHaveLength(50)
    expect(first.entries[0]?.seq).toBe(65)
    const second = await list(admin, { accountId: bo.id }, { after: first.nextCursor })
    expect(second.entries.map(row => row.seq)).toEqual([...Array.from({ length: 10 }, (_, i) => 15 - i), 5])
    expect(second.nextCursor).toBeNull()
    const small = await list(admin, { accountId: bo.id }, { first: 2 })
    expect(small.entries.map(row => row.seq)).toEqual([65, 64])
    expect(small.nextCursor).toBe('64')
  })

  it('refuses a page over 50, a bad cursor or a period that ends before it starts, and records nothing', async () => {
    const before = (await stored()).length
    const tooMany = await admin.gql(ENTRIES, { p: { first: 51 } })
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BadUserInput })
    const cursor = await admin.gql(ENTRIES, { p: { after: 'seq>0' } })
    expect(cursor.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.BadUserInput,
      reason: AuditReason.CursorInvalid,
    })
    const reversed = await admin.gql(ENTRIES, {
      f: { from: '2026-06-02T00:00:00.000Z', to: '2026-06-01T00:00:00.000Z' },
    })
    expect(reversed.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.BadUserInput,
      reason: AuditReason.RangeReversed,
      field: 'filter.from',
    })
    expect((await stored()).length).toBe(before)
  })

  it('opens to the Working Group, and to no responder or organizer', async () => {
    const wg = await signedInClient(
      server,
      await createAccount(server.db, [{ role: Role.Wg }], { name: 'Wen WG' }),
    )
    expect((await list(wg)).entries[0]).toMatchObject({ actorName: 'Wen WG', action: 'AUDIT_VIEW' })
    const responder = await signedInClient(server, ana)
    const refused = await responder.gql(ENTRIES, {})
    expect(refused.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.Forbidden)
    expect(refused.data).toBeNull()
  })
})
