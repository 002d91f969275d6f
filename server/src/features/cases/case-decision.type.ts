import {
  CASE_ACTIONS,
  PUBLIC_SUMMARY_MAX_LENGTH,
  RESOLUTION_MAX_LENGTH,
  RESPONSE_NOTE_MAX_LENGTH,
  type CaseAction,
  type CaseStatus,
} from '@conduct-desk/shared'
import { ArrayMaxSize, ArrayUnique, IsOptional, Length } from 'class-validator'
import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ID, InputType, ObjectType } from 'type-graphql'
import { CaseActionEnum } from './case-action.type.js'
import type { ReporterResponse } from './case-proposal.entity.js'
import { CaseStatusEnum } from './case-status.type.js'
import { ReporterResponseEnum } from './reporter-response.type.js'

@ObjectType({ description: 'A responder’s sign-off of a proposed resolution.' })
export class CaseSignOff {
  @Field(() => String)
  name: string

  @Field(() => GraphQLDateTime)
  signedAt: Date
}

@ObjectType({
  description:
    'The resolution proposed to the reporter: two different responders sign it off, and the reporter answers, before the case is decided.',
})
export class CaseProposal {
  @Field(() => ID)
  id: string

  @Field(() => String, { description: 'In plain words, as the reporter reads it.' })
  resolution: string

  @Field(() => [CaseActionEnum], {
    description: 'The actions it takes (DESIGN §5), counted in the transparency report once it is decided.',
  })
  actions: CaseAction[]

  @Field(() => String, { nullable: true })
  proposedByName: string | null

  @Field(() => GraphQLDateTime)
  proposedAt: Date

  @Field(() => [CaseSignOff])
  signOffs: CaseSignOff[]

  @Field(() => Boolean, { description: 'Whether the viewer has signed it off.' })
  isSignedOffByViewer: boolean

  @Field(() => ReporterResponseEnum, { nullable: true })
  reporterResponse: ReporterResponse | null

  @Field(() => String, {
    nullable: true,
    description: 'The reporter’s words, or the team’s reason they could not be reached.',
  })
  responseNote: string | null

  @Field(() => String, { nullable: true, description: 'Who recorded the response; null: the reporter did.' })
  responseRecordedByName: string | null

  @Field(() => GraphQLDateTime, { nullable: true })
  respondedAt: Date | null
}

@ObjectType({ description: 'One move of the case’s status, with who made it.' })
export class CaseStatusChange {
  @Field(() => CaseStatusEnum)
  from: CaseStatus

  @Field(() => CaseStatusEnum)
  to: CaseStatus

  @Field(() => String, { nullable: true })
  byName: string | null

  @Field(() => GraphQLDateTime)
  at: Date
}

@InputType()
export class MoveCaseInput {
  @Field(() => ID)
  caseId: string

  @Field(() => CaseStatusEnum, { description: 'One of the case’s allowedMoves.' })
  to: CaseStatus
}

@InputType()
export class ProposeResolutionInput {
  @Field(() => ID)
  caseId: string

  @Field(() => String, { description: 'In plain words: the reporter reads it on their follow-up page.' })
  @Length(1, RESOLUTION_MAX_LENGTH)
  resolution: string

  @Field(() => [CaseActionEnum], {
    nullable: true,
    defaultValue: [],
    description: 'The actions it takes (DESIGN §5), each at most once; counted once the case is decided.',
  })
  @IsOptional()
  @ArrayMaxSize(CASE_ACTIONS.length)
  @ArrayUnique()
  actions?: CaseAction[] | null
}

@InputType()
export class RecordReporterResponseInput {
  @Field(() => ID)
  caseId: string

  @Field(() => ReporterResponseEnum)
  response: ReporterResponse

  @Field(() => String, {
    nullable: true,
    description: 'What the reporter said, or (UNREACHABLE, required) why they could not be reached.',
  })
  @IsOptional()
  @Length(0, RESPONSE_NOTE_MAX_LENGTH)
  note?: string | null
}

@InputType()
export class SetCasePublicSummaryInput {
  @Field(() => ID)
  caseId: string

  @Field(() => String, { description: 'One line for the transparency report; never a name.' })
  @Length(0, PUBLIC_SUMMARY_MAX_LENGTH)
  summary: string
}
