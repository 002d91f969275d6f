import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ObjectType } from 'type-graphql'

@ObjectType({
  description: 'How responders reach the Working Group during an event; every part may be unset.',
})
export class WorkingGroupContact {
  @Field(() => String, { nullable: true })
  email: string | null

  @Field(() => String, { nullable: true })
  phone: string | null

  @Field(() => String, { nullable: true, description: 'Hours, who answers, or another way to reach them.' })
  note: string | null

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Null until it is first set.' })
  updatedAt: Date | null
}
