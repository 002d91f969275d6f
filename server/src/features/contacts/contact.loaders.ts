import DataLoader from 'dataloader'
import type { Context } from '../../authorization/request-context.js'
import type { ContactEntity } from './contact.entity.js'
import type { ContactService } from './contact.service.js'

/** Per request: every event's contacts asked for in one tick are read in one query. */
export function createContactLoaders(contacts: ContactService) {
  return {
    contactsByEventId: new DataLoader<string, ContactEntity[]>(ids => contacts.byEventIds(ids)),
  }
}

export type ContactLoaders = ReturnType<typeof createContactLoaders>

/** This request's contact loaders, made on first use and shared by every resolver of the request. */
export function contactLoadersOf(ctx: Pick<Context, 'perRequest'>, contacts: ContactService): ContactLoaders {
  return ctx.perRequest.once(createContactLoaders, contacts)
}
