import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator'
import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql'
import { QuietRoom } from '../events/event-setup.type.js'
import { PublicContact } from '../contacts/contact.type.js'

/** Where an alert stands: nobody has taken it yet, someone is on the way, or the person cancelled it. */
export const UrgentAlertStatusEnum = {
  OPEN: 'open',
  ACKNOWLEDGED: 'acknowledged',
  CANCELLED: 'cancelled',
} as const
export type UrgentAlertStatusValue = (typeof UrgentAlertStatusEnum)[keyof typeof UrgentAlertStatusEnum]
registerEnumType(UrgentAlertStatusEnum, { name: 'UrgentAlertStatus' })

@InputType()
export class UrgentHelpInput {
  @Field(() => String)
  @MaxLength(80)
  eventSlug: string

  @Field(() => String, { nullable: true, description: 'Where the person is, if they want to say.' })
  @IsOptional()
  @MaxLength(200)
  where?: string | null

  @Field(() => String, {
    nullable: true,
    description:
      'The alertToken of an earlier answer: the place updates that alert instead of raising another.',
  })
  @IsOptional()
  @MaxLength(64)
  alertToken?: string | null

  @Field(() => [ID], {
    nullable: true,
    description: 'Contacts the person asked to keep out (from the report form): they never see the alert.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  excludedContactIds?: string[] | null
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

  @Field(() => String, {
    description:
      'The alert’s secret handle: keep it in memory only, to add the place, follow urgentHelpProgress, or cancel.',
  })
  alertToken: string
}

@ObjectType({ description: 'What the person who asked may know of their alert: whether someone is coming.' })
export class UrgentHelpProgress {
  @Field(() => UrgentAlertStatusEnum)
  status: UrgentAlertStatusValue

  @Field(() => String, { nullable: true, description: 'Who is on the way, once someone has taken it.' })
  responderName: string | null

  @Field(() => PublicContact, {
    nullable: true,
    description:
      'Their public contact card (photo, pronouns, how to recognise them), when they are a contact.',
  })
  responder: PublicContact | null
}

@ObjectType({
  description:
    'A request for urgent help, shown to the event’s team (never to a contact the person kept out) until settled.',
})
export class UrgentAlert {
  @Field(() => ID)
  id: string

  @Field(() => ID)
  eventId: string

  @Field(() => UrgentAlertStatusEnum)
  status: UrgentAlertStatusValue

  @Field(() => String, { nullable: true })
  place: string | null

  @Field(() => String, { nullable: true, description: 'The enrolled kiosk it came from, if any.' })
  kioskLocation: string | null

  @Field(() => GraphQLDateTime)
  createdAt: Date

  @Field(() => GraphQLDateTime, { nullable: true })
  acknowledgedAt: Date | null

  @Field(() => String, { nullable: true })
  acknowledgedByName: string | null

  @Field(() => GraphQLDateTime, { nullable: true, description: 'The person said they tapped by mistake.' })
  cancelledAt: Date | null

  @Field(() => ID, { nullable: true, description: 'Its case, for a viewer who may open it; otherwise null.' })
  caseId: string | null

  @Field(() => String, { nullable: true, description: 'The case’s code name, with caseId.' })
  caseCodeName: string | null
}

@InputType()
export class AcknowledgeUrgentAlertInput {
  @Field(() => ID)
  eventId: string

  @Field(() => ID)
  alertId: string
}
