import type { Feature } from '../../platform/feature/feature.js'
import { INCIDENT_REPORT_CONTENT, IncidentReportEntity } from './incident-report.entity.js'
import { IncidentReportResolver } from './incident-report.resolver.js'

/** Incident reports: intake from the kiosk, phones and on-site conversations, and the receipt follow-up. */
export const incidentReportsFeature: Feature = {
  name: 'incident-reports',
  entities: [IncidentReportEntity],
  resolvers: [IncidentReportResolver],
  sealedColumns: [INCIDENT_REPORT_CONTENT],
}
