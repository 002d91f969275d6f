import { EventKind, EventStatus } from '@conduct-desk/shared'
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import { PhotoConsentSystem, QuietRoom } from './event-setup.type.js'

/** GraphQL enums keyed by SCREAMING_SNAKE names, valued by the shared lowercase strings. */
export const EventKindEnum = {
  CONFERENCE: EventKind.Conference,
  WORKSHOP: EventKind.Workshop,
  SPRINT: EventKind.Sprint,
  MEETUP: EventKind.Meetup,
} as const
registerEnumType(EventKindEnum, { name: 'EventKind', description: 'Decides which readiness items apply.' })

export const EventStatusEnum = {
  DRAFT: EventStatus.Draft,
  PUBLISHED: EventStatus.Published,
  CLOSED: EventStatus.Closed,
} as const
registerEnumType(EventStatusEnum, { name: 'EventStatus' })

/** A co-located event, named so a kiosk can say where the escalation path leads. */
@ObjectType({ description: 'The larger event whose CoC team is the escalation path.' })
export class ParentEventRef {
  @Field(() => String)
  name: string

  @Field(() => String)
  slug: string
}

/** What anyone may read about a published event: no drafts, no internal fields. */
@ObjectType({ description: 'A published event as attendees and outside tools see it.' })
export class PublicEvent {
  @Field(() => ID)
  id: string

  @Field(() => String)
  slug: string

  @Field(() => String)
  name: string

  @Field(() => EventKindEnum)
  kind: string

  @Field(() => String, { description: 'First day, YYYY-MM-DD in the event time zone.' })
  startsOn: string

  @Field(() => String, { description: 'Last day, YYYY-MM-DD in the event time zone.' })
  endsOn: string

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Lisbon.' })
  timeZone: string

  @Field(() => String)
  venue: string

  @Field(() => String, { nullable: true })
  seriesName: string | null

  @Field(() => ParentEventRef, { nullable: true })
  parentEvent: ParentEventRef | null

  @Field(() => Boolean, { description: 'True while the event is under way in its own time zone.' })
  isLive: boolean

  @Field(() => Boolean, {
    description: 'The event has ended; it still takes reports and follow-ups for 30 days after closing.',
  })
  isClosed: boolean

  @Field(() => QuietRoom, { nullable: true, description: 'Where to talk privately; null until set up.' })
  quietRoom: QuietRoom | null

  @Field(() => String, {
    nullable: true,
    description: 'The number to call for urgent help during the event.',
  })
  urgentPhone: string | null

  @Field(() => String, {
    nullable: true,
    description: 'The local emergency number at the venue (112, 911…), for danger to life or health.',
  })
  emergencyNumber: string | null

  @Field(() => PhotoConsentSystem, { nullable: true, description: 'Null until set up.' })
  photoConsent: PhotoConsentSystem | null

  @Field(() => [String], {
    description: 'Report categories (keys of the defaults, or the event’s own words).',
  })
  reportCategories: string[]
}

/** An event as its team sees it in the dashboard. */
@ObjectType({ description: 'An event as its team sees it.' })
export class Event {
  @Field(() => ID)
  id: string

  @Field(() => String)
  slug: string

  @Field(() => String)
  name: string

  @Field(() => EventKindEnum)
  kind: string

  @Field(() => EventStatusEnum)
  status: string

  @Field(() => String)
  startsOn: string

  @Field(() => String)
  endsOn: string

  @Field(() => String)
  timeZone: string

  @Field(() => String)
  venue: string

  @Field(() => Int)
  attendeesInPerson: number

  @Field(() => Int)
  attendeesOnline: number

  @Field(() => String, { nullable: true })
  seriesName: string | null

  @Field(() => String, {
    nullable: true,
    description: 'Slug of the co-located larger event, the escalation path.',
  })
  parentEventSlug: string | null

  @Field(() => QuietRoom, { nullable: true, description: 'Where to talk privately; null until set up.' })
  quietRoom: QuietRoom | null

  @Field(() => String, {
    nullable: true,
    description: 'The number to call for urgent help during the event.',
  })
  urgentPhone: string | null

  @Field(() => String, {
    nullable: true,
    description: 'The local emergency number at the venue (112, 911…), for danger to life or health.',
  })
  emergencyNumber: string | null

  @Field(() => PhotoConsentSystem, { nullable: true, description: 'Null until set up.' })
  photoConsent: PhotoConsentSystem | null

  @Field(() => [String], {
    description: 'Report categories (keys of the defaults, or the event’s own words).',
  })
  reportCategories: string[]
}
