import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { startWithReport, type ReportScenario } from '../../../test/report-scenario.js'

/** What the database says about `attachment`'s report_id: its values, index and foreign key. */
async function reportLinks(scenario: ReportScenario) {
  const ds = scenario.server.db.dataSource
  const rows = await ds.query<{ report_id: string | null }[]>(`SELECT "report_id" FROM "attachment"`)
  const schema =
    ds.options.type === 'postgres'
      ? await ds.query<{ sql: string }[]>(
          `SELECT indexdef AS sql FROM pg_indexes WHERE tablename = 'attachment'
           UNION ALL SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'attachment'::regclass`,
        )
      : await ds.query<{ sql: string }[]>(`SELECT sql FROM sqlite_master WHERE tbl_name = 'attachment'`)
  const text = schema.map(row => row.sql ?? '').join('\n')
  return {
    reportIds: rows.map(row => row.report_id),
    isIndexed: /INDEX[^\n]*\("?report_id"?\)/i.test(text),
    hasForeignKey: /FOREIGN KEY \("?report_id"?\) REFERENCES "?incident_report"?/i.test(text),
  }
}

// Making report_id nullable must keep the reporters' files as they were: their link to the report,
// its index and its foreign key (a naive column change on PostgreSQL drops and re-adds the column).
describe.each(testDialects)('migration TeamAttachments on %s', dialect => {
  let scenario: ReportScenario

  beforeEach(async () => {
    scenario = await startWithReport(dialect)
  })
  afterEach(() => scenario.server.stop())

  it('keeps the reporters’ files linked to their reports, up and down', async () => {
    expect((await scenario.upload(Buffer.from('%PDF-1.4 evidence'), 'a.pdf')).status).toBe(200)
    const before = await reportLinks(scenario)
    expect(before.reportIds).toHaveLength(1)
    expect(before.reportIds[0]).not.toBeNull()
    expect(before).toMatchObject({ isIndexed: true, hasForeignKey: true })

    const ds = scenario.server.db.dataSource
    await ds.undoLastMigration({ transaction: 'each' })
    expect(await reportLinks(scenario)).toEqual(before)
    await ds.runMigrations({ transaction: 'each' })
    expect(await reportLinks(scenario)).toEqual(before)
  })
})
