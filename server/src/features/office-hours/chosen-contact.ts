import { OfficeHourReason } from '@conduct-desk/shared'
import type { EntityManager } from 'typeorm'
import { badUserInput } from '../../platform/errors/domain-error.js'
import { ContactEntity, isOnDutyAt } from '../contacts/contact.entity.js'
import type { OfficeHourSlotEntity } from './office-hour-slot.entity.js'

/**
 * The contact to record for a person who asked to meet `contactId` in `slot`: null when they asked
 * for nobody, or for the slot's own contact; otherwise a contact of the event on duty when a slot
 * held by whoever is on duty starts. Everyone on duty then is bookable by name.
 * @throws BAD_USER_INPUT (contactId) for anyone else.
 */
export async function chosenContact(
  manager: EntityManager,
  slot: OfficeHourSlotEntity,
  contactId: string | null,
): Promise<string | null> {
  if (contactId === null || contactId === slot.contactId) {
    return null
  }
  const contact =
    slot.contactId === null
      ? await manager.findOneBy(ContactEntity, { id: contactId, eventId: slot.eventId })
      : null
  if (contact === null || !isOnDutyAt(contact.onDuty, slot.startsAt)) {
    throw badUserInput(
      'This person is not on duty at this time. Choose another time, or anyone on duty.',
      'contactId',
      OfficeHourReason.ContactNotAvailable,
    )
  }
  return contact.id
}
