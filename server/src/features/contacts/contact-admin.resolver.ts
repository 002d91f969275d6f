import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql'
import type { Context } from '../../authorization/request-context.js'
import { Allow } from '../../authorization/audience.js'
import { requireRecentAuthentication } from '../../authorization/require-recent-authentication.js'
import { IssuedInvitationType } from '../accounts/account.type.js'
import { Event } from '../events/event.type.js'
import { SaveContactInput } from './contact.inputs.js'
import { Contact } from './contact.type.js'
import type { ContactAdminService } from './contact-admin.service.js'
import type { ContactService } from './contact.service.js'
import type { EventSetupService } from '../events/event-setup.service.js'
import { contactLoadersOf } from './contact.loaders.js'

@Resolver()
export class ContactAdminResolver {
  constructor(
    private readonly services: {
      readonly contactAdmin: ContactAdminService
      readonly contacts: ContactService
      readonly eventSetup: EventSetupService
    },
  ) {}

  @Allow(Role.Admin, Role.Organizer)
  @Mutation(() => Contact, { description: 'Adds or updates a CoC contact. Group addresses are refused.' })
  async saveContact(@Arg('input', () => SaveContactInput) input: SaveContactInput): Promise<Contact> {
    await this.services.eventSetup.findById(input.eventId)
    return this.services.contacts.toTeam(await this.services.contactAdmin.save(input))
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
    return this.services.contactAdmin.invite(requireRecentAuthentication(ctx), eventId, contactId)
  }

  @Allow(Role.Admin, Role.Organizer)
  @Mutation(() => Boolean, { description: 'Removes a contact; refused while reports name them.' })
  async deleteContact(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('contactId', () => ID) contactId: string,
  ): Promise<boolean> {
    await this.services.contactAdmin.remove(eventId, contactId)
    return true
  }
}

/** The contacts of an event, as its team sees them. */
@Resolver(() => Event)
export class EventContactsResolver {
  constructor(private readonly services: { readonly contacts: ContactService }) {}

  @FieldResolver(() => [Contact])
  async contacts(@Root() event: Event, @Ctx() ctx: Context): Promise<Contact[]> {
    const rows = await contactLoadersOf(ctx, this.services.contacts).contactsByEventId.load(event.id)
    return rows.map(row => this.services.contacts.toTeam(row))
  }
}
