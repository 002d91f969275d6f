import { ErrorCode } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../test/databases.js'
import { firstFormatCiphertext } from '../../test/first-format-ciphertext.js'
import { startWithReport, type ReportScenario } from '../../test/report-scenario.js'
import {
  addSealedData,
  eventWithOfficeHours,
  readEverything,
  storedCiphertexts,
} from '../../test/sealed-data.js'
import type { TestServer } from '../../test/test-server.js'
import { CASE_MESSAGE_BODY, CaseMessageEntity } from '../features/cases/case-message.entity.js'
import { INCIDENT_REPORT_CONTENT, IncidentReportEntity } from '../features/cases/incident-report.entity.js'
import { BookingEntity } from '../features/office-hours/booking.entity.js'
import { FieldCipher } from '../platform/crypto/field-cipher.js'
import { readKeyFile } from '../platform/crypto/key-file.js'
import { keyIdOf } from '../platform/crypto/key-ring.js'
import { loadKeyRing } from '../platform/crypto/load-key-ring.js'
import { sealedColumns } from './features.js'

describe.each(testDialects)('encrypted values and the data keys at start on %s', dialect => {
  let scenario: ReportScenario
  let server: TestServer
  let before: Awaited<ReturnType<typeof readEverything>>

  beforeEach(async () => {
    scenario = await startWithReport(dialect, {}, eventWithOfficeHours())
    server = scenario.server
    await addSealedData(scenario)
    before = await readEverything(scenario, server)
  })
  afterEach(() => server.stop())

  it('knows every sealed column by its real table and column names', () => {
    for (const column of sealedColumns) {
      const metadata = server.db.dataSource.getMetadata(column.entity)
      expect([
        metadata.tableName,
        metadata.findColumnWithPropertyName(column.property)?.databaseName,
      ]).toEqual([column.table, column.column])
    }
  })

  it('does not open a value copied to another row or to another column', async () => {
    const [first, second] = await server.db.read.find(CaseMessageEntity, { order: { createdAt: 'ASC' } })
    const [booking] = await server.db.read.find(BookingEntity)
    await server.db.write(async manager => {
      await manager.update(CaseMessageEntity, { id: second!.id }, { sealedBody: first!.sealedBody })
      await manager.update(BookingEntity, { id: booking!.id }, { contactMethod: first!.sealedBody })
    })

    const detail = await scenario.responder.gql('query($c: ID!) { case(caseId: $c) { messages { body } } }', {
      c: scenario.caseId,
    })
    expect(detail.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.InternalServerError)
    expect(JSON.stringify(detail)).not.toContain('Can we talk?')
    await expect(server.services.meetings.meetings(scenario.eventId, true)).rejects.toThrow()
  })

  it('refuses to start while values use a key that is not configured, and changes nothing', async () => {
    const stored = await storedCiphertexts(server)
    const oldKeyId = keyIdOf(readKeyFile(server.dataDir)[0]!)

    await expect(
      server.restart({ env: { DATA_KEY: Buffer.alloc(32, 5).toString('base64') } }),
    ).rejects.toThrow(
      `encrypted values use data keys that are not configured: ${oldKeyId} (${stored.length} values)`,
    )

    server = await server.restart()
    expect(await storedCiphertexts(server)).toEqual(stored)
    expect(await readEverything(scenario, server)).toEqual(before)
  })

  it('moves values of the first format to the current one at start, bound to their place', async () => {
    const cipher = new FieldCipher(loadKeyRing(server.config), sealedColumns)
    const key = cipher.keyRing.current.key
    const [report] = await server.db.read.find(IncidentReportEntity)
    const [message] = await server.db.read.find(CaseMessageEntity)
    const content = cipher.decrypt(report!.sealedContent, INCIDENT_REPORT_CONTENT.at(report!.id))
    const body = cipher.decrypt(message!.sealedBody, CASE_MESSAGE_BODY.at(message!.id))
    await server.db.write(async manager => {
      await manager.update(
        IncidentReportEntity,
        { id: report!.id },
        { sealedContent: firstFormatCiphertext(content, key) },
      )
      await manager.update(
        CaseMessageEntity,
        { id: message!.id },
        { sealedBody: firstFormatCiphertext(body, key) },
      )
    })
    expect((await storedCiphertexts(server)).filter(({ value }) => value.startsWith('v1:'))).toHaveLength(2)

    server = await server.restart()
    const values = await storedCiphertexts(server)
    expect(values.every(({ value }) => value.startsWith(`v2.${cipher.keyRing.current.id}.`))).toBe(true)
    expect(await readEverything(scenario, server)).toEqual(before)
    expect(server.logLines.join('')).toContain('"upgraded":2')
  })
})
