import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { Context } from '../../app/context.js'
import { Allow, Public } from '../../authorization/audience.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import type { EventEntity } from './event.entity.js'
import { CreateEventInput, CreateSeriesInput } from './event.inputs.js'
import { Event, PublicEvent } from './event.type.js'
import { EventMembership, Series } from './membership.type.js'

/** Projects stored events to what the public may read, with series and parent names in two queries. */
async function toPublicEvents(ctx: Context, events: EventEntity[]): Promise<PublicEvent[]> {
  const [series, parents] = await Promise.all([
    ctx.services.events.seriesNames(events.map(event => event.seriesId)),
    ctx.services.events.findParents(events.map(event => event.parentEventId)),
  ])
  return events.map(event => {
    const parent = event.parentEventId === null ? undefined : parents.get(event.parentEventId)
    return {
      id: event.id,
      slug: event.slug,
      name: event.name,
      kind: event.kind,
      startsOn: event.startsOn,
      endsOn: event.endsOn,
      timeZone: event.timeZone,
      venue: event.venue,
      seriesName: event.seriesId === null ? null : (series.get(event.seriesId) ?? null),
      parentEvent: parent === undefined ? null : { name: parent.name, slug: parent.slug },
      isLive: ctx.services.events.isLive(event),
    }
  })
}

function toEvent(event: EventEntity, seriesName: string | null): Event {
  const {
    id,
    slug,
    name,
    kind,
    status,
    startsOn,
    endsOn,
    timeZone,
    venue,
    attendeesInPerson,
    attendeesOnline,
  } = event
  return {
    id,
    slug,
    name,
    kind,
    status,
    startsOn,
    endsOn,
    timeZone,
    venue,
    attendeesInPerson,
    attendeesOnline,
    seriesName,
  }
}

@Resolver()
export class EventResolver {
  @Public()
  @Query(() => [PublicEvent], { description: 'Published events, and closed ones for 30 days after closing.' })
  async publicEvents(@Ctx() ctx: Context): Promise<PublicEvent[]> {
    return toPublicEvents(ctx, await ctx.services.events.listPublic())
  }

  @Public()
  @Query(() => PublicEvent, {
    nullable: true,
    description: 'One public event by its slug; null when there is none.',
  })
  async publicEvent(
    @Arg('slug', () => String) slug: string,
    @Ctx() ctx: Context,
  ): Promise<PublicEvent | null> {
    const event = await ctx.services.events.findPublic(slug)
    return event === null ? null : ((await toPublicEvents(ctx, [event]))[0] ?? null)
  }

  @Allow()
  @Query(() => [EventMembership], { description: 'The events the viewer works on, with their roles.' })
  async myEvents(@Ctx() ctx: Context): Promise<EventMembership[]> {
    const rows = await ctx.services.events.listForViewer(requireViewer(ctx))
    const names = await ctx.services.events.seriesNames(rows.map(row => row.event.seriesId))
    return rows.map(row => ({
      event: toEvent(row.event, row.event.seriesId === null ? null : (names.get(row.event.seriesId) ?? null)),
      roles: [...row.roles],
    }))
  }

  @Allow(Role.Admin)
  @Query(() => [Series], { description: 'Every series, for creating events in them.' })
  async series(@Ctx() ctx: Context): Promise<Series[]> {
    return ctx.services.events.listSeries()
  }

  @Allow(Role.Admin)
  @Mutation(() => Series)
  async createSeries(
    @Arg('input', () => CreateSeriesInput) input: CreateSeriesInput,
    @Ctx() ctx: Context,
  ): Promise<Series> {
    return ctx.services.events.createSeries(input.name, input.slug)
  }

  @Allow(Role.Admin)
  @Mutation(() => Event, { description: 'Creates a draft event; appoint its organizers with inviteMember.' })
  async createEvent(
    @Arg('input', () => CreateEventInput) input: CreateEventInput,
    @Ctx() ctx: Context,
  ): Promise<Event> {
    const event = await ctx.services.events.create(input)
    const names = await ctx.services.events.seriesNames([event.seriesId])
    return toEvent(event, event.seriesId === null ? null : (names.get(event.seriesId) ?? null))
  }
}
