import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { Context } from '../../authorization/request-context.js'
import { Allow, Public } from '../../authorization/audience.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import type { EventEntity } from './event.entity.js'
import { toEvent, toPublicEvent } from './event.projection.js'
import { CreateEventInput, CreateSeriesInput } from './event.inputs.js'
import { Event, PublicEvent } from './event.type.js'
import { EventMembership, Series } from './membership.type.js'
import type { EventService } from './event.service.js'

interface EventServices {
  readonly events: EventService
}

async function toPublicEvents(services: EventServices, events: EventEntity[]): Promise<PublicEvent[]> {
  const refs = await services.events.refsOf(events)
  return events.map(event => toPublicEvent(event, refs, services.events.isLive(event)))
}

@Resolver()
export class EventResolver {
  constructor(private readonly services: EventServices) {}

  @Public()
  @Query(() => [PublicEvent], { description: 'Published events, and closed ones for 30 days after closing.' })
  async publicEvents(): Promise<PublicEvent[]> {
    return toPublicEvents(this.services, await this.services.events.listPublic())
  }

  @Public()
  @Query(() => PublicEvent, {
    nullable: true,
    description: 'One public event by its slug; null when there is none.',
  })
  async publicEvent(@Arg('slug', () => String) slug: string): Promise<PublicEvent | null> {
    const event = await this.services.events.findPublic(slug)
    return event === null ? null : ((await toPublicEvents(this.services, [event]))[0] ?? null)
  }

  @Allow()
  @Query(() => [EventMembership], { description: 'The events the viewer works on, with their roles.' })
  async myEvents(@Ctx() ctx: Context): Promise<EventMembership[]> {
    const rows = await this.services.events.listForViewer(requireViewer(ctx))
    const refs = await this.services.events.refsOf(rows.map(row => row.event))
    return rows.map(row => ({ event: toEvent(row.event, refs), roles: [...row.roles] }))
  }

  @Allow(Role.Admin)
  @Query(() => [Series], { description: 'Every series, for creating events in them.' })
  async series(): Promise<Series[]> {
    return this.services.events.listSeries()
  }

  @Allow(Role.Admin)
  @Mutation(() => Series)
  async createSeries(@Arg('input', () => CreateSeriesInput) input: CreateSeriesInput): Promise<Series> {
    return this.services.events.createSeries(input.name, input.slug)
  }

  @Allow(Role.Admin)
  @Mutation(() => Event, { description: 'Creates a draft event; appoint its organizers with inviteMember.' })
  async createEvent(@Arg('input', () => CreateEventInput) input: CreateEventInput): Promise<Event> {
    const event = await this.services.events.create(input)
    return toEvent(event, await this.services.events.refsOf([event]))
  }
}
