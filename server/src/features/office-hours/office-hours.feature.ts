import type { Feature } from '../../platform/feature/feature.js'
import { BOOKING_CONTACT_METHOD, BookingEntity } from './booking.entity.js'
import { OfficeHourSlotEntity } from './office-hour-slot.entity.js'
import { OfficeHourWindowEntity } from './office-hour-window.entity.js'
import { OfficeHoursTeamResolver } from './office-hours-team.resolver.js'
import { OfficeHoursResolver } from './office-hours.resolver.js'

/** Private meetings in the quiet room: windows, slots, bookings that never collide. */
export const officeHoursFeature: Feature = {
  name: 'office-hours',
  entities: [OfficeHourWindowEntity, OfficeHourSlotEntity, BookingEntity],
  resolvers: [OfficeHoursResolver, OfficeHoursTeamResolver],
  sealedColumns: [BOOKING_CONTACT_METHOD],
}
