import type { Feature } from '../../platform/feature/feature.js'
import { UrgentAlertEntity } from './urgent-alert.entity.js'
import { UrgentHelpResolver } from './urgent-help.resolver.js'

/** "I need help now" from the kiosk, live on responders' dashboards and by email. */
export const urgentHelpFeature: Feature = {
  name: 'urgent-help',
  entities: [UrgentAlertEntity],
  resolvers: [UrgentHelpResolver],
}
