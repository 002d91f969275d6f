import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ID, Int, ObjectType } from 'type-graphql'
import { PublicContact } from '../contacts/contact.type.js'

@ObjectType({
  description: 'A meeting time in the quiet room. Says free or busy, never who booked it or why.',
})
export class OfficeHourSlot {
  @Field(() => ID)
  id: string

  @Field(() => GraphQLDateTime)
  startsAt: Date

  @Field(() => GraphQLDateTime)
  endsAt: Date

  @Field(() => Boolean)
  available: boolean

  @Field(() => PublicContact, {
    nullable: true,
    description: 'The contact holding the slot; null means whoever is on duty.',
  })
  contact: PublicContact | null

  @Field(() => [PublicContact], {
    description:
      'For a slot held by whoever is on duty: the contacts on duty when it starts, each of whom a person may ask for by name (contactId when booking). Empty when the slot names its contact.',
  })
  onDuty: PublicContact[]

  @Field(() => String, { nullable: true })
  place: string | null
}

@ObjectType({ description: 'A booked meeting, as the person who booked it sees it.' })
export class Booking {
  @Field(() => String, {
    description:
      'The code to cancel or move it, e.g. ABCDE-FGHJK. Shown once; keep it. Nobody else can read it, the team included.',
  })
  code: string

  @Field(() => String, {
    description:
      'A word to say on arrival, so the team knows whose meeting it is without a name or the code. It cancels or moves nothing.',
  })
  checkInWord: string

  @Field(() => OfficeHourSlot)
  slot: OfficeHourSlot

  @Field(() => PublicContact, {
    nullable: true,
    description:
      'Whom the meeting is with: the slot’s contact, or the one asked for among those on duty; null for whoever is on duty.',
  })
  contact: PublicContact | null
}

@ObjectType({ description: 'A slot as the team sees it.' })
export class TeamSlot {
  @Field(() => ID)
  id: string

  @Field(() => GraphQLDateTime)
  startsAt: Date

  @Field(() => GraphQLDateTime)
  endsAt: Date

  @Field(() => Boolean)
  isBlocked: boolean

  @Field(() => Boolean)
  isBooked: boolean
}

@ObjectType({ description: 'Office hours on one day, cut into slots.' })
export class OfficeHourWindow {
  @Field(() => ID)
  id: string

  @Field(() => String, { description: 'YYYY-MM-DD in the event time zone.' })
  localDate: string

  @Field(() => String, { description: 'HH:MM' })
  from: string

  @Field(() => String, { description: 'HH:MM' })
  to: string

  @Field(() => Int)
  slotMinutes: number

  @Field(() => Int)
  bufferMinutes: number

  @Field(() => String)
  place: string

  @Field(() => ID, { nullable: true })
  contactId: string | null

  @Field(() => Int)
  respondersPerSlot: number

  @Field(() => [TeamSlot])
  slots: TeamSlot[]
}

@ObjectType({
  description:
    'A private meeting, as responders see it: never the booking code, which only the person holds.',
})
export class Meeting {
  @Field(() => ID)
  id: string

  @Field(() => String, {
    description: 'The word the person was asked to say on arrival (they may give a first name instead).',
  })
  checkInWord: string

  @Field(() => String, { description: 'active, held, missed or cancelled' })
  status: string

  @Field(() => GraphQLDateTime)
  startsAt: Date

  @Field(() => GraphQLDateTime)
  endsAt: Date

  @Field(() => String)
  place: string

  @Field(() => String, {
    nullable: true,
    description:
      'The contact the meeting is with: the slot’s, or the one the person asked for among those on duty; null for whoever is on duty.',
  })
  contactName: string | null

  @Field(() => String, { nullable: true, description: 'How to reach the person, if they left a way.' })
  contactMethod: string | null

  @Field(() => Int)
  respondersPerSlot: number
}
