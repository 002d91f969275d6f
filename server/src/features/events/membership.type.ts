import { Field, ID, ObjectType } from 'type-graphql'
import { Event } from './event.type.js'

@ObjectType({ description: 'An event the viewer works on, and what they are there.' })
export class EventMembership {
  @Field(() => Event)
  event: Event

  @Field(() => [String], { description: 'organizer, responder and/or chair; empty for admins and the WG.' })
  roles: string[]
}

@ObjectType({ description: 'A recurring event whose editions are compared side by side.' })
export class Series {
  @Field(() => ID)
  id: string

  @Field(() => String)
  name: string

  @Field(() => String)
  slug: string
}
