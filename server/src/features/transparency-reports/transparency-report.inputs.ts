import type { TransparencyReportKind } from '@conduct-desk/shared'
import { Field, ID, InputType, Int } from 'type-graphql'
import { TransparencyReportKindEnum } from './transparency-report.type.js'

// Lengths, emptiness and counts are checked by the services, each with its own reason.

@InputType()
export class SaveTransparencyDraftInput {
  @Field(() => ID)
  eventId: string

  @Field(() => TransparencyReportKindEnum)
  kind: TransparencyReportKind

  @Field(() => String)
  markdown: string
}

@InputType()
export class PublishTransparencyReportInput {
  @Field(() => ID)
  eventId: string

  @Field(() => TransparencyReportKindEnum)
  kind: TransparencyReportKind

  @Field(() => String, { description: 'The text as the chair approved it; it becomes the published text.' })
  markdown: string
}

@InputType()
export class AddTransparencyAddendumInput {
  @Field(() => ID)
  eventId: string

  @Field(() => String)
  markdown: string
}

@InputType()
export class SurveyAnswerInput {
  @Field(() => String)
  question: string

  @Field(() => String)
  answer: string

  @Field(() => Int)
  count: number
}

@InputType()
export class RecordTransparencySurveyInput {
  @Field(() => ID)
  eventId: string

  @Field(() => [SurveyAnswerInput], { description: 'Replaces the event’s answers, all of them.' })
  answers: SurveyAnswerInput[]
}
