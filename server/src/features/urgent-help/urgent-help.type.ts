import { MaxLength } from 'class-validator'
import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ID, InputType, ObjectType } from 'type-graphql'
import { QuietRoom } from '../events/event-setup.type.js'
import { PublicContact } from '../contacts/contact.type.js'

@InputType()
export class UrgentHelpInput {
  @Field(() => String)
  @MaxLength(80)
  eventSlug: string

  @Field(() => String, { nullable: true, description: 'Where the person is, if they want to say.' })
  @MaxLength(200)
  where?: string | null
}

@ObjectType({ description: 'Whom to call and where to go, right now.' })
export class UrgentHelpAnswer {
  @Field(() => [PublicContact], { description: 'The contacts on duty now, who were alerted.' })
  contactsOnDuty: PublicContact[]

  @Field(() => String, { nullable: true })
  urgentPhone: string | null

  @Field(() => QuietRoom, { nullable: true })
  quietRoom: QuietRoom | null

  @Field(() => Boolean, { description: 'The team was alerted (dashboard and email).' })
  isTeamAlerted: boolean
}

@ObjectType({
  description: 'An open request for urgent help, shown to the event’s responders until one acknowledges it.',
})
export class UrgentAlert {
  @Field(() => ID)
  id: string

  @Field(() => ID)
  eventId: string

  @Field(() => String, { nullable: true })
  place: string | null

  @Field(() => String, { nullable: true, description: 'The kiosk it came from, if any.' })
  kioskLocation: string | null

  @Field(() => GraphQLDateTime)
  createdAt: Date

  @Field(() => GraphQLDateTime, { nullable: true })
  acknowledgedAt: Date | null

  @Field(() => String, { nullable: true })
  acknowledgedByName: string | null
}

@InputType()
export class AcknowledgeUrgentAlertInput {
  @Field(() => ID)
  eventId: string

  @Field(() => ID)
  alertId: string
}
