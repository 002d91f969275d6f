import type { Feature } from '../../platform/feature/feature.js'
import { UrgentAlertEntity } from './urgent-alert.entity.js'
import { UrgentHelpResolver } from './urgent-help.resolver.js'

/** "I need help now" from the kiosk (or an urgent report), live on the team's dashboards and by email. */
export const urgentHelpFeature: Feature = {
  name: 'urgent-help',
  entities: [UrgentAlertEntity],
  resolvers: [UrgentHelpResolver],
}
