import type { Feature } from '../../platform/feature/feature.js'
import { IncidentReportResolver } from './incident-report.resolver.js'

/**
 * Incident reports: the public door to cases — intake from the kiosk, phones and on-site
 * conversations, and the follow-up with a receipt. What they write, the cases feature writes.
 */
export const incidentReportsFeature: Feature = {
  name: 'incident-reports',
  entities: [],
  resolvers: [IncidentReportResolver],
  // Each checks a receipt: one per document, so aliases cannot batch guesses (SECURITY R2).
  oncePerDocument: ['reportStatus', 'replyToReport', 'respondToResolution'],
}
