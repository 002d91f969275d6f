import {
  REPORT_CONTACT_DETAILS_MAX_LENGTH,
  REPORT_DESCRIPTION_MAX_LENGTH,
  REPORT_PEOPLE_MAX_LENGTH,
  REPORT_SHORT_FIELD_MAX_LENGTH,
  CASE_MESSAGE_MAX_LENGTH,
  RESPONSE_NOTE_MAX_LENGTH,
  type TeamReportChannel,
} from '@conduct-desk/shared'
import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength } from 'class-validator'
import { Field, ID, InputType } from 'type-graphql'
import type { ReporterResponse } from '../cases/case-proposal.entity.js'
import { ReporterResponseEnum } from '../cases/reporter-response.type.js'
import { TeamReportChannelEnum } from './team-report-channel.type.js'

/** The optional parts of a report, shared by the public form and the on-site report. */
// Its fields are inherited by the two inputs below; it is not used on its own.
@InputType('ReportDetailsInput')
export class ReportDetailsInput {
  @Field(() => String, { description: 'What happened, in the person’s own words.' })
  @Length(1, REPORT_DESCRIPTION_MAX_LENGTH, {
    message: `Tell us what happened, in up to ${REPORT_DESCRIPTION_MAX_LENGTH} characters.`,
  })
  description: string

  @Field(() => String, {
    nullable: true,
    description: 'When, in the person’s words ("Tuesday after lunch").',
  })
  @IsOptional()
  @MaxLength(REPORT_SHORT_FIELD_MAX_LENGTH)
  when?: string | null

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(REPORT_SHORT_FIELD_MAX_LENGTH)
  where?: string | null

  @Field(() => String, { nullable: true, description: 'Who was involved, as described.' })
  @IsOptional()
  @MaxLength(REPORT_PEOPLE_MAX_LENGTH)
  peopleInvolved?: string | null

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(REPORT_PEOPLE_MAX_LENGTH)
  witnesses?: string | null

  @Field(() => Boolean, { nullable: true, description: 'Is it still going on?' })
  @IsOptional()
  isOngoing?: boolean | null

  @Field(() => Boolean, { nullable: true, description: 'Does it need someone right now?' })
  @IsOptional()
  isUrgent?: boolean | null

  @Field(() => String, { nullable: true, description: 'How to reach the person; empty means anonymous.' })
  @IsOptional()
  @MaxLength(REPORT_CONTACT_DETAILS_MAX_LENGTH)
  contactDetails?: string | null

  @Field(() => String, { nullable: true, description: 'One of the event’s reportCategories.' })
  @IsOptional()
  @MaxLength(120)
  category?: string | null

  @Field(() => String, { nullable: true, description: 'The language the person wrote in (BCP 47).' })
  @IsOptional()
  @Matches(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { message: 'Use a language code such as en or pt.' })
  language?: string | null
}

@InputType({ description: 'A report from the public. Only eventSlug and description are required.' })
export class SubmitReportInput extends ReportDetailsInput {
  @Field(() => String)
  @Length(1, 80)
  eventSlug: string

  @Field(() => [ID], { nullable: true, description: 'Contacts the person would like to handle it.' })
  @IsOptional()
  @ArrayMaxSize(20)
  preferredContactIds?: string[] | null

  @Field(() => [ID], {
    nullable: true,
    description: 'Contacts who must not be involved; they will never see the case.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  excludedContactIds?: string[] | null

  @Field(() => String, {
    nullable: true,
    description:
      'The alertToken of the urgent help the person asked for while writing: an urgent report joins that alert.',
  })
  @IsOptional()
  @MaxLength(64)
  urgentAlertToken?: string | null
}

@InputType({ description: 'A verbal report a responder writes down during an on-site conversation.' })
export class RecordOnSiteReportInput extends ReportDetailsInput {
  @Field(() => ID)
  eventId: string

  @Field(() => Boolean, { description: 'The responder explained how the report is kept confidential.' })
  isConfidentialityExplained: boolean

  @Field(() => Boolean, {
    description: 'Immediate action was needed (someone asked to leave a space, an activity paused).',
  })
  isImmediateActionNeeded: boolean

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  excludedContactIds?: string[] | null

  @Field(() => TeamReportChannelEnum, {
    defaultValue: 'in-person',
    description: 'How the report reached the team; kept for statistics.',
  })
  channel: TeamReportChannel
}

@InputType()
export class ReplyToReportInput {
  @Field(() => String)
  @Length(1, 20)
  reference: string

  @Field(() => String)
  @Length(1, 40)
  passphrase: string

  @Field(() => String)
  @Length(1, CASE_MESSAGE_MAX_LENGTH)
  body: string
}

@InputType({ description: 'The reporter’s answer to the proposed resolution, with their receipt.' })
export class RespondToResolutionInput {
  @Field(() => String)
  @Length(1, 20)
  reference: string

  @Field(() => String)
  @Length(1, 40)
  passphrase: string

  @Field(() => ReporterResponseEnum, { description: 'AGREES or CONCERNS.' })
  response: ReporterResponse

  @Field(() => String, { nullable: true, description: 'In their own words, if they wish.' })
  @IsOptional()
  @Length(0, RESPONSE_NOTE_MAX_LENGTH)
  note?: string | null
}
