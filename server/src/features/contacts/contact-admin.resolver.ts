import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql'
import type { Context } from '../../app/context.js'
import { Allow } from '../../authorization/audience.js'
import { requireRecentAuthentication } from '../../authorization/require-recent-authentication.js'
import { IssuedInvitationType } from '../accounts/account.type.js'
import { Event } from '../events/event.type.js'
import { SaveContactInput } from './contact.inputs.js'
import { Contact } from './contact.type.js'

@Resolver()
export class ContactAdminResolver {
  @Allow(Role.Admin, Role.Organizer)
  @Mutation(() => Contact, { description: 'Adds or updates a CoC contact. Group addresses are refused.' })
  async saveContact(
    @Arg('input', () => SaveContactInput) input: SaveContactInput,
    @Ctx() ctx: Context,
  ): Promise<Contact> {
    await ctx.services.eventSetup.findById(input.eventId)
    return ctx.services.contacts.toTeam(await ctx.services.contactAdmin.save(input))
  }

  @Allow(Role.Admin, Role.Organizer)
  @Mutation(() => IssuedInvitationType, {
    description:
      'A single-use link that makes whoever accepts it this contact’s account, as a responder once a second person approves.',
  })
  inviteContact(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('contactId', () => ID) contactId: string,
    @Ctx() ctx: Context,
  ): Promise<IssuedInvitationType> {
    // It leads to a role that reads reports: a sensitive action, like inviteMember (R19).
    return ctx.services.contactAdmin.invite(requireRecentAuthentication(ctx), eventId, contactId)
  }

  @Allow(Role.Admin, Role.Organizer)
  @Mutation(() => Boolean, { description: 'Removes a contact; refused while reports name them.' })
  async deleteContact(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('contactId', () => ID) contactId: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.contactAdmin.remove(eventId, contactId)
    return true
  }
}

/** The contacts of an event, as its team sees them. */
@Resolver(() => Event)
export class EventContactsResolver {
  @FieldResolver(() => [Contact])
  async contacts(@Root() event: Event, @Ctx() ctx: Context): Promise<Contact[]> {
    const rows = await ctx.loaders.contactsByEventId.load(event.id)
    return rows.map(row => ctx.services.contacts.toTeam(row))
  }
}
