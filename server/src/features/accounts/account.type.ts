import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ID, ObjectType } from 'type-graphql'

@ObjectType('HeldRole', {
  description: 'A role the viewer holds: for one event, or everywhere when eventId is null.',
})
export class HeldRoleType {
  @Field(() => String)
  role: string

  @Field(() => ID, { nullable: true })
  eventId: string | null
}

@ObjectType('Viewer', { description: 'The signed-in person.' })
export class ViewerType {
  @Field(() => ID)
  id: string

  @Field(() => String)
  email: string

  @Field(() => String)
  name: string

  @Field(() => [HeldRoleType])
  roles: HeldRoleType[]
}

@ObjectType('InvitationPreview', {
  description: 'What an invitation link offers, shown before accepting it.',
})
export class InvitationPreviewType {
  @Field(() => String)
  email: string

  @Field(() => String)
  role: string

  @Field(() => String, { nullable: true })
  eventName: string | null

  @Field(() => GraphQLDateTime)
  expiresAt: Date

  @Field(() => Boolean, { description: 'The email already has an account: sign in as it to accept.' })
  hasAccount: boolean

  @Field(() => Boolean, { description: 'The first-start setup link: give the email you will sign in with.' })
  isSetup: boolean

  @Field(() => Boolean, {
    description: 'A case-reading role (responder, chair): it starts once a second person approves it.',
  })
  needsApproval: boolean
}

@ObjectType('IssuedInvitation', { description: 'A single-use link to hand to the invited person.' })
export class IssuedInvitationType {
  @Field(() => String)
  url: string

  @Field(() => GraphQLDateTime)
  expiresAt: Date
}
