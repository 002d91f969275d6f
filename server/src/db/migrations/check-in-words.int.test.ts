import { CHECK_IN_WORDS } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createOfficeHoursTomorrow } from '../../../test/factories.js'
import { startTestServer, type TestServer } from '../../../test/test-server.js'
import { isUniqueViolation } from '../../platform/db/unique-violation.js'

/** A booking row as the schema before the migration held it, with its sealed code. */
function insertOld(server: TestServer, id: string, eventId: string, slotId: string, status = 'active') {
  return server.db.dataSource.query(
    `INSERT INTO "booking" ("id", "event_id", "slot_id", "code_hash", "code_sealed", "contact_method", "status", "created_at", "ended_at")
     VALUES ($1, $2, $3, $4, $5, NULL, $6, '2026-01-01T00:00:00.000Z', NULL)`,
    [id, eventId, slotId, id.replace(/-/g, '').padEnd(64, '0'), 'v2.abcdefgh.sealed-code', status],
  )
}

// Bookings made before check-in words existed get one, their sealed codes go, and the rule that a
// slot is never booked twice survives the change of the table.
describe.each(testDialects)('migration CheckInWords on %s', dialect => {
  let server: TestServer
  let eventId: string
  let slotIds: string[]

  beforeEach(async () => {
    server = await startTestServer(dialect)
    const { event, window } = await createOfficeHoursTomorrow(server)
    eventId = event.id
    slotIds = window.slots.map(slot => slot.id)
    // Back to just before this migration, whatever was added after it.
    const applied = async () =>
      (
        await server.db.dataSource.query<unknown[]>(
          `SELECT 1 FROM "migrations" WHERE "name" = 'CheckInWords1765094400000'`,
        )
      ).length > 0
    while (await applied()) {
      await server.db.dataSource.undoLastMigration({ transaction: 'each' })
    }
  })
  afterEach(() => server.stop())

  it('gives existing bookings a check-in word and drops their sealed codes', async () => {
    await insertOld(server, '10000000-0000-4000-8000-000000000001', eventId, slotIds[0]!)
    await insertOld(server, '10000000-0000-4000-8000-000000000002', eventId, slotIds[1]!, 'cancelled')
    await server.db.dataSource.runMigrations({ transaction: 'each' })

    const rows = await server.db.dataSource.query<Record<string, unknown>[]>(
      `SELECT * FROM "booking" ORDER BY "id"`,
    )
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      expect(CHECK_IN_WORDS).toContain(row['check_in_word'])
      expect(row['chosen_contact_id']).toBeNull()
      expect(Object.keys(row)).not.toContain('code_sealed')
    }
    expect(JSON.stringify(rows)).not.toContain('sealed-code')
  })

  it('keeps one active booking per slot enforced by the database', async () => {
    await server.db.dataSource.runMigrations({ transaction: 'each' })
    const insert = (id: string) =>
      server.db.dataSource.query(
        `INSERT INTO "booking" ("id", "event_id", "slot_id", "code_hash", "check_in_word", "status", "created_at")
         VALUES ($1, $2, $3, $4, 'piano', 'active', '2026-01-01T00:00:00.000Z')`,
        [id, eventId, slotIds[0], id.replace(/-/g, '').padEnd(64, '0')],
      )
    await insert('20000000-0000-4000-8000-000000000001')
    const second = await insert('20000000-0000-4000-8000-000000000002').then(
      () => null,
      (error: unknown) => error,
    )
    expect(isUniqueViolation(second)).toBe(true)
  })
})
