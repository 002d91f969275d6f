import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import type { Context } from '../../app/context.js'
import { PublicEvent } from '../events/event.type.js'
import { PublicContact } from './contact.type.js'

/** Adds the contacts to a public event; batched per request so a list of events costs one query. */
@Resolver(() => PublicEvent)
export class PublicEventContactsResolver {
  @FieldResolver(() => [PublicContact], { description: 'The CoC contacts, in the order the team chose.' })
  async contacts(@Root() event: PublicEvent, @Ctx() ctx: Context): Promise<PublicContact[]> {
    const rows = await ctx.loaders.contactsByEventId.load(event.id)
    return rows.map(row => ctx.services.contacts.toPublic(row))
  }
}
