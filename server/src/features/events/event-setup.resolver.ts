import { Role } from '@conduct-desk/shared'
import { Arg, ID, Mutation, Query, Resolver } from 'type-graphql'
import { Allow } from '../../authorization/audience.js'
import { toEvent } from './event.projection.js'
import { Event } from './event.type.js'
import { SetPhotoConsentInput, SetQuietRoomInput, UpdateEventDetailsInput } from './event-setup.inputs.js'
import type { EventEntity } from './event.entity.js'
import type { EventSetupService } from './event-setup.service.js'
import type { EventService } from './event.service.js'

async function project(events: EventService, event: EventEntity): Promise<Event> {
  return toEvent(event, await events.refsOf([event]))
}

/** Organizers setting an event up. Every operation names its event, so roles are checked for it. */
@Resolver()
export class EventSetupResolver {
  constructor(
    private readonly services: {
      readonly events: EventService
      readonly eventSetup: EventSetupService
    },
  ) {}

  @Allow(Role.Admin, Role.Wg, Role.Organizer, Role.Responder, Role.Chair)
  @Query(() => Event, { description: 'One event the viewer works on.' })
  async event(@Arg('eventId', () => ID) eventId: string): Promise<Event> {
    return project(this.services.events, await this.services.eventSetup.findById(eventId))
  }

  @Allow(Role.Admin, Role.Organizer)
  @Mutation(() => Event)
  async updateEventDetails(
    @Arg('input', () => UpdateEventDetailsInput) input: UpdateEventDetailsInput,
  ): Promise<Event> {
    return project(this.services.events, await this.services.eventSetup.updateDetails(input))
  }

  @Allow(Role.Admin, Role.Organizer)
  @Mutation(() => Event, { description: 'Where the private quiet room is and how to find it.' })
  async setQuietRoom(@Arg('input', () => SetQuietRoomInput) input: SetQuietRoomInput): Promise<Event> {
    return project(this.services.events, await this.services.eventSetup.setQuietRoom(input))
  }

  @Allow(Role.Admin, Role.Organizer)
  @Mutation(() => Event, {
    description: 'The markers attendees wear to say whether they may be photographed.',
  })
  async setPhotoConsent(
    @Arg('input', () => SetPhotoConsentInput) input: SetPhotoConsentInput,
  ): Promise<Event> {
    return project(this.services.events, await this.services.eventSetup.setPhotoConsent(input))
  }

  @Allow(Role.Admin, Role.Organizer)
  @Mutation(() => Event, { description: 'Shows the event on kiosks and the public list.' })
  async publishEvent(@Arg('eventId', () => ID) eventId: string): Promise<Event> {
    return project(this.services.events, await this.services.eventSetup.publish(eventId))
  }

  @Allow(Role.Admin, Role.Organizer)
  @Mutation(() => Event, { description: 'Ends the event; late reports can still find it for 30 days.' })
  async closeEvent(@Arg('eventId', () => ID) eventId: string): Promise<Event> {
    return project(this.services.events, await this.services.eventSetup.close(eventId))
  }
}
