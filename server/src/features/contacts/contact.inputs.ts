import {
  CONTACT_ROLES,
  EMAIL_MAX_LENGTH,
  LOCAL_DATE_PATTERN,
  PERSON_NAME_MAX_LENGTH,
} from '@conduct-desk/shared'
import {
  ArrayMaxSize,
  IsEmail,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator'
import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ID, InputType, Int } from 'type-graphql'
import { ContactRoleEnum } from './contact.type.js'

@InputType()
export class DutyPeriodInput {
  @Field(() => GraphQLDateTime)
  startsAt: Date

  @Field(() => GraphQLDateTime)
  endsAt: Date
}

@InputType({ description: 'A CoC contact; without an id a new one is added.' })
export class SaveContactInput {
  @Field(() => ID)
  eventId: string

  @Field(() => ID, { nullable: true })
  @IsOptional()
  id?: string | null

  @Field(() => String)
  @Length(1, PERSON_NAME_MAX_LENGTH)
  name: string

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  pronouns?: string | null

  @Field(() => [String], { description: 'BCP 47 tags, e.g. en, pt, de' })
  @ArrayMaxSize(12)
  @Matches(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, {
    each: true,
    message: 'Use language codes such as en, pt or pt-BR.',
  })
  languages: string[]

  @Field(() => ContactRoleEnum, { description: `One of ${CONTACT_ROLES.join(', ')}` })
  role: string

  @Field(() => Boolean)
  isIndependent: boolean

  @Field(() => String, { description: 'A direct, individual address; group addresses are refused.' })
  @IsEmail({}, { message: 'Enter an email address.' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string

  @Field(() => String, { description: 'How to recognise them at the venue, e.g. "orange lanyard".' })
  @Length(2, 120)
  identifier: string

  @Field(() => [DutyPeriodInput])
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  onDuty: DutyPeriodInput[]

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(LOCAL_DATE_PATTERN, { message: 'Write the date as YYYY-MM-DD.' })
  briefedOn?: string | null

  @Field(() => ID, { nullable: true, description: 'The responder account of this contact, if any.' })
  @IsOptional()
  accountId?: string | null

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  sortOrder?: number | null
}
