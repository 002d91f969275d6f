import { TRANSPARENCY_REPORT_KINDS, type TransparencyReportKind } from '@conduct-desk/shared'
import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import { TransparencyStatistics } from './transparency-statistics.type.js'

/** The GraphQL enum of report kinds; names and values are the shared strings. */
export const TransparencyReportKindEnum = Object.fromEntries(
  TRANSPARENCY_REPORT_KINDS.map(kind => [kind, kind]),
) as Record<TransparencyReportKind, TransparencyReportKind>
registerEnumType(TransparencyReportKindEnum, {
  name: 'TransparencyReportKind',
  description:
    'INITIAL: the numbers so far, at the closing ceremony. FULL: the written report, within a month.',
})

@ObjectType({ description: 'A dated addition to a published full report.' })
export class TransparencyAddendum {
  @Field(() => GraphQLDateTime)
  publishedAt: Date

  @Field(() => String)
  markdown: string
}

@ObjectType({ description: 'A published transparency report, as the public reads it.' })
export class TransparencyReport {
  @Field(() => String)
  eventSlug: string

  @Field(() => String)
  eventName: string

  @Field(() => TransparencyReportKindEnum)
  kind: TransparencyReportKind

  @Field(() => GraphQLDateTime)
  publishedAt: Date

  @Field(() => String)
  markdown: string

  @Field(() => String, { description: 'The Markdown rendered, without raw HTML.' })
  html: string

  @Field(() => String, { description: 'The Markdown as plain text, for a newsletter.' })
  text: string

  @Field(() => TransparencyStatistics, { description: 'As they stood when the report was published.' })
  statistics: TransparencyStatistics

  @Field(() => [TransparencyAddendum], { description: 'Oldest first.' })
  addenda: TransparencyAddendum[]
}

@ObjectType({ description: 'A report being written: the saved draft, else one pre-filled from the data.' })
export class TransparencyReportDraft {
  @Field(() => ID)
  eventId: string

  @Field(() => TransparencyReportKindEnum)
  kind: TransparencyReportKind

  @Field(() => String)
  markdown: string

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Null until the draft is saved.' })
  savedAt: Date | null

  @Field(() => GraphQLDateTime, { description: 'INITIAL: the end of the event. FULL: 30 days later.' })
  dueAt: Date

  @Field(() => TransparencyStatistics, { description: 'The numbers so far (live).' })
  statistics: TransparencyStatistics

  @Field(() => [String], {
    description: 'One line per case from its public summary; where law enforcement was called, only that.',
  })
  summaryLines: string[]

  @Field(() => TransparencyReport, { nullable: true, description: 'Null until this kind is published.' })
  published: TransparencyReport | null
}

@ObjectType({ description: 'One aggregated row of the post-event survey: how many gave this answer.' })
export class SurveyAnswer {
  @Field(() => String)
  question: string

  @Field(() => String)
  answer: string

  @Field(() => Int)
  count: number
}
