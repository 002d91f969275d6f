import type { Database } from '../../db/database.js'
import type { AuditLog } from '../../platform/audit/audit-log.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import type { Clock } from '../../platform/time/clock.js'
import { ReportPrivacyService } from './report-privacy.service.js'
import { TransparencyFacts } from './transparency-facts.js'
import { TransparencyPublishingService } from './transparency-publishing.service.js'
import { TransparencyReportService } from './transparency-report.service.js'
import { TransparencyStatisticsService } from './transparency-statistics.service.js'
import type { TransparencyStatistics } from './transparency-statistics.type.js'
import { TransparencySurveyService } from './transparency-survey.service.js'

export interface TransparencyReportDeps {
  readonly db: Database
  readonly clock: Clock
  /** The privacy check reads the names sealed in the event's cases. */
  readonly cipher: FieldCipher
  readonly auditLog: AuditLog
  /** Where the kiosk is served (`PUBLIC_URL`): the reports link its report form and policy page. */
  readonly publicUrl: string
}

/**
 * The services of transparency reports, built together: publishing snapshots the statistics and is
 * guarded by the privacy check, and drafts and publishing share how the facts are gathered.
 */
export function createTransparencyReportServices({
  db,
  clock,
  cipher,
  auditLog,
  publicUrl,
}: TransparencyReportDeps) {
  const transparencyStatistics = new TransparencyStatisticsService(db)
  const reportPrivacy = new ReportPrivacyService(db, cipher)
  const facts = new TransparencyFacts<TransparencyStatistics>(
    db,
    eventId => transparencyStatistics.forEvent(eventId),
    publicUrl,
  )
  const transparencyReports = new TransparencyReportService(db, clock, facts)
  return {
    transparencyStatistics,
    reportPrivacy,
    transparencyReports,
    transparencyPublishing: new TransparencyPublishingService(
      db,
      clock,
      auditLog,
      facts,
      transparencyReports,
      (eventId, markdown) => reportPrivacy.assertPublishable(eventId, markdown),
    ),
    transparencySurvey: new TransparencySurveyService(db, auditLog),
  }
}
