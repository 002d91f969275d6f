import { GraphQLDateTime } from 'graphql-scalars'
import { Field, Int, ObjectType } from 'type-graphql'

@ObjectType({ description: 'Something the event adds to the baseline policy.' })
export class PolicyExtension {
  @Field(() => String, {
    description: 'venue-rules, local-law, accessibility, health-and-safety, weapons or other',
  })
  kind: string

  @Field(() => String)
  text: string
}

@ObjectType({
  description: 'The event’s Code of Conduct: the baseline, which no event can change, plus its extensions.',
})
export class Policy {
  @Field(() => [String], {
    description: 'Keys of the baseline items (personal-space, items, photography); apps show their text.',
  })
  baseline: string[]

  @Field(() => [PolicyExtension])
  extensions: PolicyExtension[]

  @Field(() => Int, { description: '0 until the organizers first save the policy.' })
  version: number
}

@ObjectType({ description: 'One saved version of the event’s policy extensions.' })
export class PolicyRevisionType {
  @Field(() => Int)
  version: number

  @Field(() => [PolicyExtension])
  extensions: PolicyExtension[]

  @Field(() => String)
  authorName: string

  @Field(() => GraphQLDateTime)
  createdAt: Date
}
