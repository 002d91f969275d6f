import type { Feature } from '../../platform/feature/feature.js'
import { ReportPrivacyResolver } from './report-privacy.resolver.js'
import { TransparencyStatisticsResolver } from './transparency-statistics.resolver.js'
import { SurveyAnswerEntity } from './survey-answer.entity.js'
import { TransparencyAddendumEntity } from './transparency-addendum.entity.js'
import { TransparencyReportEntity } from './transparency-report.entity.js'
import { TransparencyReportResolver } from './transparency-report.resolver.js'

/**
 * Transparency reports (issue 11): an event's statistics counted in SQL from plain columns, and the
 * reports published from them.
 */
export const transparencyReportsFeature: Feature = {
  name: 'transparency-reports',
  entities: [TransparencyReportEntity, TransparencyAddendumEntity, SurveyAnswerEntity],
  resolvers: [TransparencyStatisticsResolver, TransparencyReportResolver, ReportPrivacyResolver],
}
