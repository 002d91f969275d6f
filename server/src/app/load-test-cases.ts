import 'reflect-metadata'
import { randomInt } from 'node:crypto'
import { DEFAULT_REPORT_CATEGORIES, receiptFrom } from '@conduct-desk/shared'
import { entities, sealedColumns } from './features.js'
import { loadConfig } from '../config/config.js'
import { createDatabase } from '../db/create-database.js'
import { CaseGate } from '../features/cases/case-gate.js'
import { CaseOpening } from '../features/cases/case-opening.js'
import { toReportContent } from '../features/cases/report-content.js'
import { EventEntity } from '../features/events/event.entity.js'
import { AuditLog } from '../platform/audit/audit-log.js'
import { FieldCipher } from '../platform/crypto/field-cipher.js'
import { loadKeyRing } from '../platform/crypto/load-key-ring.js'
import { hashPassword } from '../platform/security/password-hasher.js'
import { systemClock } from '../platform/time/clock.js'

// `pnpm --filter @conduct-desk/server load-test:cases <event-slug> <count>`: fills an event with
// invented cases through the same door as real reports (sealed, audited), for load tests of the
// case inbox (`pnpm bench`). Run it with the server stopped, on a demo database only.
const [slug, countText] = process.argv.slice(2)
const count = Number(countText)
if (slug === undefined || !Number.isInteger(count) || count < 1 || count > 100_000) {
  process.stderr.write('Usage: load-test:cases <event-slug> <count, 1 to 100000>\n')
  process.exit(1)
}
const config = loadConfig()
const db = await createDatabase(config.database, entities)
try {
  const event = await db.read.findOneByOrFail(EventEntity, { slug })
  const cipher = new FieldCipher(loadKeyRing(config), sealedColumns)
  const gate = new CaseGate(db, systemClock, new AuditLog(systemClock), () => undefined)
  const opening = new CaseOpening(systemClock, cipher, gate)
  // One slow hash for all: nobody holds these receipts.
  const passphraseHash = await hashPassword(
    receiptFrom(Array.from({ length: 28 }, () => randomInt(32))).passphrase,
  )
  const categories = event.reportCategories ?? DEFAULT_REPORT_CATEGORIES
  for (let done = 0; done < count; done += 200) {
    await db.write(async manager => {
      for (let index = done; index < Math.min(count, done + 200); index += 1) {
        await opening.openFromReport(manager, {
          eventId: event.id,
          reference: receiptFrom(Array.from({ length: 28 }, () => randomInt(32))).reference,
          passphraseHash,
          content: toReportContent({ description: `Invented report number ${index + 1}, for a load test.` }),
          category: categories[index % categories.length] ?? null,
          language: 'en',
          isOngoing: index % 7 === 0,
          isUrgent: index % 50 === 0,
          channel: index % 3 === 0 ? 'kiosk' : 'web',
          enteredBy: null,
          accountOfContact: new Map(),
        })
      }
    })
  }
  process.stdout.write(`${count} cases opened in ${event.name}.\n`)
} finally {
  await db.close()
}
