import { ContactRole } from '@conduct-desk/shared'
import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'

export const ContactRoleEnum = {
  COMMITTEE: ContactRole.Committee,
  LEAD_ORGANIZER: ContactRole.LeadOrganizer,
  COACH: ContactRole.Coach,
} as const
registerEnumType(ContactRoleEnum, { name: 'ContactRole' })

@ObjectType('DutyPeriod', { description: 'A period a contact is on duty.' })
export class DutyPeriodType {
  @Field(() => GraphQLDateTime)
  startsAt: Date

  @Field(() => GraphQLDateTime)
  endsAt: Date
}

@ObjectType({ description: 'A Code of Conduct contact, as anyone at the event may see them.' })
export class PublicContact {
  @Field(() => ID)
  id: string

  @Field(() => String)
  name: string

  @Field(() => String, { nullable: true, description: 'Under /media/; null until a photo is uploaded.' })
  photoUrl: string | null

  @Field(() => String, { nullable: true })
  pronouns: string | null

  @Field(() => [String], { description: 'BCP 47 tags of the languages they can talk in.' })
  languages: string[]

  @Field(() => ContactRoleEnum)
  role: string

  @Field(() => Boolean, { description: 'Independent of the organizing team.' })
  isIndependent: boolean

  @Field(() => String, { description: 'A direct, individual address.' })
  email: string

  @Field(() => String, { description: 'How to recognise them at the venue.' })
  identifier: string

  @Field(() => Boolean)
  onDutyNow: boolean

  @Field(() => [DutyPeriodType])
  onDuty: DutyPeriodType[]
}

@ObjectType({ description: 'A CoC contact as the organizing team manages them.' })
export class Contact extends PublicContact {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null until briefed.' })
  briefedOn: string | null

  @Field(() => ID, { nullable: true })
  accountId: string | null

  @Field(() => Int)
  sortOrder: number
}
