import { addDays } from '@conduct-desk/shared'
import { OfficeHourSetupService } from '../features/office-hours/office-hour-setup.service.js'
import type { Clock } from '../platform/time/clock.js'
import type { Database } from '../db/database.js'

/**
 * Office hours on each day of the live demo event: a midday window held by whoever is on duty, and
 * an afternoon hour with a named contact, so the kiosk shows both kinds.
 */
export async function seedDemoOfficeHours(
  db: Database,
  clock: Clock,
  eventId: string,
  firstDay: string,
  namedContactId: string,
): Promise<void> {
  const setup = new OfficeHourSetupService(db, clock)
  for (const offset of [0, 1, 2]) {
    const localDate = addDays(firstDay, offset)
    await setup.createWindow({
      eventId,
      localDate,
      from: '12:00',
      to: '14:00',
      slotMinutes: 20,
      bufferMinutes: 5,
    })
    await setup.createWindow({
      eventId,
      localDate,
      from: '16:00',
      to: '17:30',
      slotMinutes: 25,
      bufferMinutes: 5,
      contactId: namedContactId,
      respondersPerSlot: 2,
    })
  }
}
