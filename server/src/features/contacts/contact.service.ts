import { In } from 'typeorm'
import type { Database } from '../../db/database.js'
import type { TtlCache } from '../../platform/cache/ttl-cache.js'
import type { Clock } from '../../platform/time/clock.js'
import { ContactEntity, isOnDutyAt } from './contact.entity.js'
import type { Contact, PublicContact } from './contact.type.js'

/** CoC contacts as the public and the team read them. */
export class ContactService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    /** Contacts per event, cached briefly (cleared when an event's public face changes). */
    private readonly cache: TtlCache<unknown>,
  ) {}

  /** Contacts of many events in one query, grouped by event, in their display order. */
  byEventIds(eventIds: readonly string[]): Promise<ContactEntity[][]> {
    return this.cache.get(`contacts:${eventIds.join(',')}`, async () => {
      const rows = await this.db.read.find(ContactEntity, {
        where: { eventId: In([...eventIds]) },
        order: { sortOrder: 'ASC', name: 'ASC' },
      })
      return eventIds.map(id => rows.filter(row => row.eventId === id))
    }) as Promise<ContactEntity[][]>
  }

  toPublic(contact: ContactEntity): PublicContact {
    const onDuty = contact.onDuty.map(period => ({
      startsAt: new Date(period.startsAt),
      endsAt: new Date(period.endsAt),
    }))
    return {
      id: contact.id,
      name: contact.name,
      photoUrl: contact.photoPath === null ? null : `/media/${contact.photoPath}`,
      pronouns: contact.pronouns,
      languages: contact.languages,
      role: contact.role,
      isIndependent: contact.isIndependent,
      email: contact.email,
      identifier: contact.identifier,
      onDutyNow: isOnDutyAt(contact.onDuty, this.clock.now()),
      onDuty,
    }
  }

  /** What the organizing team sees of a contact: the public card plus briefing and account link. */
  toTeam(contact: ContactEntity): Contact {
    return {
      ...this.toPublic(contact),
      briefedOn: contact.briefedOn,
      accountId: contact.accountId,
      sortOrder: contact.sortOrder,
    }
  }
}
