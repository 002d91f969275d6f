import { LOCAL_DATE_PATTERN, LOCAL_TIME_PATTERN } from '@conduct-desk/shared'
import { IsIn, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator'
import { Field, ID, InputType, Int } from 'type-graphql'

const CONTACT_CHOICE =
  'Whom the person would like to meet, for a slot held by whoever is on duty: one of the slot’s onDuty contacts. Optional.'

@InputType({ description: 'Book a slot: no name needed, an optional way to be reached.' })
export class BookSlotInput {
  @Field(() => ID)
  @Length(1, 64)
  slotId: string

  @Field(() => String, { nullable: true, description: 'e.g. a phone number or an email; optional.' })
  @IsOptional()
  @MaxLength(200, { message: 'Keep the way to reach you under 200 characters.' })
  contactMethod?: string | null

  @Field(() => ID, { nullable: true, description: CONTACT_CHOICE })
  @IsOptional()
  @Length(1, 64)
  contactId?: string | null
}

@InputType()
export class MoveBookingInput {
  @Field(() => String)
  @Length(1, 20)
  code: string

  @Field(() => ID)
  @Length(1, 64)
  slotId: string

  @Field(() => ID, { nullable: true, description: CONTACT_CHOICE })
  @IsOptional()
  @Length(1, 64)
  contactId?: string | null
}

@InputType({ description: 'A block of office hours on one day, cut into slots in the event time zone.' })
export class CreateOfficeHourWindowInput {
  @Field(() => ID)
  eventId: string

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Matches(LOCAL_DATE_PATTERN, { message: 'Write the day as YYYY-MM-DD.' })
  localDate: string

  @Field(() => String, { description: 'HH:MM' })
  @Matches(LOCAL_TIME_PATTERN, { message: 'Write the start as HH:MM.' })
  from: string

  @Field(() => String, { description: 'HH:MM' })
  @Matches(LOCAL_TIME_PATTERN, { message: 'Write the end as HH:MM.' })
  to: string

  @Field(() => Int)
  @IsInt()
  @Min(5)
  @Max(180)
  slotMinutes: number

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(120)
  bufferMinutes: number

  @Field(() => String, { nullable: true, description: 'Defaults to the quiet room.' })
  @IsOptional()
  @MaxLength(300)
  place?: string | null

  @Field(() => ID, { nullable: true, description: 'A named contact; null for whoever is on duty.' })
  @IsOptional()
  contactId?: string | null

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsIn([1, 2], { message: 'One or two responders per meeting.' })
  respondersPerSlot?: number | null
}

@InputType()
export class SetSlotBlockedInput {
  @Field(() => ID)
  eventId: string

  @Field(() => ID)
  slotId: string

  @Field(() => Boolean)
  isBlocked: boolean
}

@InputType()
export class MarkMeetingInput {
  @Field(() => ID)
  eventId: string

  @Field(() => ID)
  bookingId: string

  @Field(() => String, { description: 'held or missed' })
  @IsIn(['held', 'missed'], { message: 'A meeting is marked held or missed.' })
  status: string
}
