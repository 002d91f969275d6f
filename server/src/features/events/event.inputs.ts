import {
  EVENT_NAME_MAX_LENGTH,
  LOCAL_DATE_PATTERN,
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
} from '@conduct-desk/shared'
import { IsOptional, Length, Matches } from 'class-validator'
import { Field, ID, InputType } from 'type-graphql'
import { EventKindEnum } from './event.type.js'

const SLUG_MESSAGE = 'Use lowercase letters, digits and single hyphens, e.g. djangocon-europe-2026.'

@InputType({ description: 'A new event; it starts as a draft.' })
export class CreateEventInput {
  @Field(() => String)
  @Length(2, EVENT_NAME_MAX_LENGTH)
  name: string

  @Field(() => String)
  @Length(2, SLUG_MAX_LENGTH)
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  slug: string

  @Field(() => EventKindEnum)
  kind: string

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Matches(LOCAL_DATE_PATTERN, { message: 'Write the first day as YYYY-MM-DD.' })
  startsOn: string

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Matches(LOCAL_DATE_PATTERN, { message: 'Write the last day as YYYY-MM-DD.' })
  endsOn: string

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Lisbon' })
  @Length(1, 64)
  timeZone: string

  @Field(() => String)
  @Length(0, 300)
  venue: string

  @Field(() => ID, { nullable: true })
  @IsOptional()
  seriesId?: string | null
}

@InputType({ description: 'A new series of events.' })
export class CreateSeriesInput {
  @Field(() => String)
  @Length(2, EVENT_NAME_MAX_LENGTH)
  name: string

  @Field(() => String)
  @Length(2, SLUG_MAX_LENGTH)
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  slug: string
}
