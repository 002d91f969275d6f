import { EMAIL_MAX_LENGTH, PHONE_PATTERN, WORKING_GROUP_NOTE_MAX_LENGTH } from '@conduct-desk/shared'
import { IsEmail, IsOptional, Matches, MaxLength } from 'class-validator'
import { Field, InputType } from 'type-graphql'

@InputType({ description: 'The Working Group’s contact, whole: a part left out becomes unset.' })
export class SetWorkingGroupContactInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail({}, { message: 'Enter an email address.' })
  email?: string | null

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'Write a phone number with digits, spaces and an optional leading +.' })
  phone?: string | null

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(WORKING_GROUP_NOTE_MAX_LENGTH)
  note?: string | null
}
