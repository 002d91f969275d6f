import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import { ViewerType } from './account.type.js'

/** Where a sign-in stands; the GraphQL enum uses the keys, as the other enums do. */
export const SignInStep = {
  SIGNED_IN: 'SIGNED_IN',
  SECOND_FACTOR: 'SECOND_FACTOR',
  ENROL: 'ENROL',
} as const
export type SignInStep = (typeof SignInStep)[keyof typeof SignInStep]
registerEnumType(SignInStep, {
  name: 'SignInStep',
  description: 'SIGNED_IN: the session started. SECOND_FACTOR: give a code. ENROL: set up an authenticator.',
})

@ObjectType('SignInProgress', {
  description: 'Where a sign-in stands. Until SIGNED_IN, an HttpOnly cookie holds the pending sign-in.',
})
export class SignInProgressType {
  @Field(() => SignInStep)
  step: SignInStep

  @Field(() => ViewerType, { nullable: true, description: 'The signed-in person, once SIGNED_IN.' })
  viewer: ViewerType | null

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the pending sign-in ends.' })
  expiresAt: Date | null

  @Field(() => Int, { nullable: true, description: 'Codes the pending sign-in may still try.' })
  attemptsLeft: number | null
}

@ObjectType('TotpEnrolment', {
  description: 'A new authenticator secret, shown once to the person setting it up; confirm it with a code.',
})
export class TotpEnrolmentType {
  @Field(() => String, { description: 'The otpauth:// URI for the QR code.' })
  otpauthUri: string

  @Field(() => String, { description: 'The same key as text, in groups of four, for typing by hand.' })
  manualEntryKey: string
}

@ObjectType('EnrolledTotp', { description: 'The authenticator is set up.' })
export class EnrolledTotpType {
  @Field(() => [String], { description: 'Ten single-use recovery codes, shown this once.' })
  recoveryCodes: string[]

  @Field(() => ViewerType)
  viewer: ViewerType
}

@ObjectType('TwoFactorGrace', {
  description: "An event's grace period: its team may sign in without a second factor until it ends.",
})
export class TwoFactorGraceType {
  @Field(() => ID)
  eventId: string

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Null: no grace period.' })
  endsAt: Date | null
}
