import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ID, ObjectType } from 'type-graphql'

@ObjectType('TeamRole', { description: 'One role of a team member, with who appointed and who approved it.' })
export class TeamRoleType {
  @Field(() => ID, { description: 'The appointment; approve or decline it by this id while pending.' })
  id: string

  @Field(() => String, { description: 'organizer, responder or chair.' })
  role: string

  @Field(() => Boolean, { description: 'Waiting for a second person: it grants nothing yet.' })
  isPending: boolean

  @Field(() => GraphQLDateTime)
  appointedAt: Date

  @Field(() => String, { nullable: true })
  appointedByName: string | null

  @Field(() => String, { nullable: true })
  approvedByName: string | null

  @Field(() => GraphQLDateTime, { nullable: true })
  approvedAt: Date | null

  @Field(() => Boolean, {
    description: 'The viewer may approve or decline it: pending, not theirs, not appointed by them.',
  })
  canDecide: boolean
}

@ObjectType('TeamMember', { description: 'A person on an event’s team.' })
export class TeamMemberType {
  @Field(() => ID)
  accountId: string

  @Field(() => String)
  name: string

  @Field(() => String)
  email: string

  @Field(() => String, { nullable: true, description: 'The CoC contact this person is, if any.' })
  contactName: string | null

  @Field(() => [TeamRoleType])
  roles: TeamRoleType[]
}
