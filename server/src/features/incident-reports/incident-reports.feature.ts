import type { Feature } from '../../platform/feature/feature.js'
import { IncidentReportEntity } from './incident-report.entity.js'
import { IncidentReportResolver } from './incident-report.resolver.js'

/** Incident reports: intake from the kiosk, phones and on-site conversations, and the receipt follow-up. */
export const incidentReportsFeature: Feature = {
  name: 'incident-reports',
  entities: [IncidentReportEntity],
  resolvers: [IncidentReportResolver],
}
