import DataLoader from 'dataloader'
import type { ContactEntity } from './contact.entity.js'
import type { ContactService } from './contact.service.js'

/** Per request: every event's contacts asked for in one tick are read in one query. */
export function createContactLoaders(contacts: ContactService) {
  return {
    contactsByEventId: new DataLoader<string, ContactEntity[]>(ids => contacts.byEventIds(ids)),
  }
}

export type ContactLoaders = ReturnType<typeof createContactLoaders>
