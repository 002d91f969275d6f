import type { Feature } from '../../platform/feature/feature.js'
import { AppointmentResolver } from './appointment.resolver.js'

/** The event's team, and the two-person approval of responder and chair appointments. */
export const appointmentsFeature: Feature = {
  name: 'appointments',
  entities: [],
  resolvers: [AppointmentResolver],
}
