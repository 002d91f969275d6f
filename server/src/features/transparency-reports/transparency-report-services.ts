import type { Database } from '../../db/database.js'
import type { AuditLog } from '../../platform/audit/audit-log.js'
import type { Clock } from '../../platform/time/clock.js'
import { TransparencyFacts } from './transparency-facts.js'
import { TransparencyPublishingService, type PrivacyGuard } from './transparency-publishing.service.js'
import { TransparencyReportService } from './transparency-report.service.js'
import type { TransparencyStatisticsService } from './transparency-statistics.service.js'
import type { TransparencyStatistics } from './transparency-statistics.type.js'
import { TransparencySurveyService } from './transparency-survey.service.js'

export interface TransparencyReportDeps {
  readonly db: Database
  readonly clock: Clock
  readonly auditLog: AuditLog
  readonly statistics: TransparencyStatisticsService
  /** Where the kiosk is served (`PUBLIC_URL`): the report links its report form and policy page. */
  readonly publicUrl: string
  readonly privacyGuard: PrivacyGuard
}

/** The services of transparency reports, built together since they share how facts are gathered. */
export function createTransparencyReportServices(deps: TransparencyReportDeps) {
  const facts = new TransparencyFacts<TransparencyStatistics>(
    deps.db,
    eventId => deps.statistics.forEvent(eventId),
    deps.publicUrl,
  )
  const transparencyReports = new TransparencyReportService(deps.db, deps.clock, facts)
  return {
    transparencyReports,
    transparencyPublishing: new TransparencyPublishingService(
      deps.db,
      deps.clock,
      deps.auditLog,
      facts,
      transparencyReports,
      deps.privacyGuard,
    ),
    transparencySurvey: new TransparencySurveyService(deps.db, deps.auditLog),
  }
}
