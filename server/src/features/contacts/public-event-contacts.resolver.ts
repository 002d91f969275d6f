import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import type { Context } from '../../authorization/request-context.js'
import { PublicEvent } from '../events/event.type.js'
import { PublicContact } from './contact.type.js'
import type { ContactService } from './contact.service.js'
import { contactLoadersOf } from './contact.loaders.js'

/** Adds the contacts to a public event; batched per request so a list of events costs one query. */
@Resolver(() => PublicEvent)
export class PublicEventContactsResolver {
  constructor(private readonly services: { readonly contacts: ContactService }) {}

  @FieldResolver(() => [PublicContact], { description: 'The CoC contacts, in the order the team chose.' })
  async contacts(@Root() event: PublicEvent, @Ctx() ctx: Context): Promise<PublicContact[]> {
    const rows = await contactLoadersOf(ctx, this.services.contacts).contactsByEventId.load(event.id)
    return rows.map(row => this.services.contacts.toPublic(row))
  }
}
