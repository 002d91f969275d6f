import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, PERSON_NAME_MAX_LENGTH } from '@conduct-desk/shared'
import { IsEmail, IsOptional, Length, MaxLength } from 'class-validator'
import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ID, InputType } from 'type-graphql'

@InputType()
export class SignInInput {
  @Field(() => String)
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string

  @Field(() => String)
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  password: string
}

@InputType({ description: 'Gives one role to an email address by a single-use link.' })
export class InviteMemberInput {
  @Field(() => String)
  @IsEmail({}, { message: 'Enter an email address.' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string

  @Field(() => String, { description: 'admin, wg, organizer, responder or chair.' })
  @Length(1, 20)
  role: string

  @Field(() => ID, { nullable: true, description: 'Required for event roles, absent for admin and wg.' })
  @IsOptional()
  eventId?: string | null
}

@InputType()
export class RedeemInvitationInput {
  @Field(() => String)
  @Length(20, 100)
  token: string

  @Field(() => String, { description: 'The new account’s name; ignored when the email has an account.' })
  @MaxLength(PERSON_NAME_MAX_LENGTH)
  name: string

  @Field(() => String, {
    description: 'The new account’s password; ignored (never checked) when the email has an account.',
  })
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  password: string

  @Field(() => String, { nullable: true, description: 'Only for the first-start setup link.' })
  @IsOptional()
  @MaxLength(EMAIL_MAX_LENGTH)
  email?: string | null
}

/** Long enough for a recovery code typed with spaces; codes are short, so is this. */
const CODE_MAX_LENGTH = 40

@InputType({ description: 'A code from the authenticator app, or a recovery code.' })
export class SecondFactorInput {
  @Field(() => String)
  @MaxLength(CODE_MAX_LENGTH)
  code: string
}

@InputType({ description: 'The password, or a code from the authenticator app (or a recovery code).' })
export class ConfirmIdentityInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  password?: string | null

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(CODE_MAX_LENGTH)
  code?: string | null
}

@InputType()
export class ResetTwoFactorInput {
  @Field(() => String, { description: 'The email the account signs in with.' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string
}

@InputType()
export class SetTwoFactorGraceInput {
  @Field(() => ID)
  eventId: string

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Null ends the grace period now.' })
  @IsOptional()
  endsAt?: Date | null
}
