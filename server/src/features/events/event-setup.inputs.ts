import {
  EMERGENCY_NUMBER_PATTERN,
  EVENT_NAME_MAX_LENGTH,
  LOCAL_DATE_PATTERN,
  PHONE_PATTERN,
  PHOTO_CONSENT_MODES,
} from '@conduct-desk/shared'
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator'
import { Field, ID, InputType, Int } from 'type-graphql'
import { EventKindEnum } from './event.type.js'

@InputType({ description: 'The event’s details as its organizers keep them.' })
export class UpdateEventDetailsInput {
  @Field(() => ID)
  eventId: string

  @Field(() => String)
  @Length(2, EVENT_NAME_MAX_LENGTH)
  name: string

  @Field(() => EventKindEnum)
  kind: string

  @Field(() => String)
  @Matches(LOCAL_DATE_PATTERN, { message: 'Write the first day as YYYY-MM-DD.' })
  startsOn: string

  @Field(() => String)
  @Matches(LOCAL_DATE_PATTERN, { message: 'Write the last day as YYYY-MM-DD.' })
  endsOn: string

  @Field(() => String)
  @Length(1, 64)
  timeZone: string

  @Field(() => String)
  @MaxLength(300)
  venue: string

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  attendeesInPerson: number

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  attendeesOnline: number

  @Field(() => String, { nullable: true, description: 'Slug of the co-located larger event, if any.' })
  @IsOptional()
  @MaxLength(80)
  parentEventSlug?: string | null

  @Field(() => String, {
    nullable: true,
    description: 'The number to call for urgent help during the event.',
  })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'Write a phone number with digits, spaces and an optional leading +.' })
  urgentPhone?: string | null

  @Field(() => String, {
    nullable: true,
    description: 'The local emergency number at the venue (112, 911…): digits only.',
  })
  @IsOptional()
  @Matches(EMERGENCY_NUMBER_PATTERN, { message: 'Write the emergency number with digits only, like 112.' })
  emergencyNumber?: string | null
}

@InputType()
export class SetQuietRoomInput {
  @Field(() => ID)
  eventId: string

  @Field(() => String)
  @Length(2, 300)
  location: string

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  directions?: string | null
}

@InputType()
export class PhotoConsentMarkerInput {
  @Field(() => String)
  @Length(1, 80)
  marker: string

  @Field(() => String)
  @Length(1, 200)
  meaning: string

  @Field(() => String, { nullable: true, description: 'A CSS colour: #rgb, #rrggbb or a colour name.' })
  @IsOptional()
  @Matches(/^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|[a-zA-Z]{3,20})$/, {
    message: 'Use a colour such as #c0392b or red.',
  })
  color?: string | null
}

@InputType()
export class SetPhotoConsentInput {
  @Field(() => ID)
  eventId: string

  @Field(() => String, { description: 'opt-in or opt-out' })
  @IsIn(PHOTO_CONSENT_MODES, { message: 'Choose opt-in or opt-out.' })
  mode: string

  @Field(() => [PhotoConsentMarkerInput])
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  markers: PhotoConsentMarkerInput[]
}
