import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ID, InputType, ObjectType } from 'type-graphql'
import { CASE_MESSAGE_MAX_LENGTH } from '@conduct-desk/shared'
import { Length } from 'class-validator'
import { CaseStatusEnum } from './case-status.type.js'
import type { CaseStatus } from '@conduct-desk/shared'

@ObjectType({ description: 'A case in a responder’s inbox: no content, only what sorting needs.' })
export class CaseSummary {
  @Field(() => ID)
  id: string

  @Field(() => String, { description: 'Two random words, e.g. "stunned bulb".' })
  codeName: string

  @Field(() => CaseStatusEnum)
  status: CaseStatus

  @Field(() => GraphQLDateTime)
  createdAt: Date

  @Field(() => GraphQLDateTime)
  updatedAt: Date

  @Field(() => String, { description: 'How the first report came: kiosk, web, in-person or email.' })
  channel: string

  @Field(() => String, { nullable: true })
  category: string | null

  @Field(() => Boolean)
  isUrgent: boolean

  @Field(() => Boolean)
  isOngoing: boolean

  @Field(() => Boolean, { description: 'The reporter asked for this responder.' })
  isRequestedFromViewer: boolean
}

@ObjectType({ description: 'A report as the team reads it, decrypted.' })
export class CaseReport {
  @Field(() => ID)
  id: string

  @Field(() => String)
  channel: string

  @Field(() => String)
  language: string

  @Field(() => GraphQLDateTime)
  submittedAt: Date

  @Field(() => String, { nullable: true })
  category: string | null

  @Field(() => Boolean)
  isUrgent: boolean

  @Field(() => Boolean)
  isOngoing: boolean

  @Field(() => String)
  description: string

  @Field(() => String, { nullable: true })
  when: string | null

  @Field(() => String, { nullable: true })
  where: string | null

  @Field(() => String, { nullable: true })
  peopleInvolved: string | null

  @Field(() => String, { nullable: true })
  witnesses: string | null

  @Field(() => String, { nullable: true, description: 'Null: the reporter stays anonymous.' })
  contactDetails: string | null

  @Field(() => [String], { description: 'Names of the contacts the reporter asked for.' })
  preferredContacts: string[]

  @Field(() => Boolean, { nullable: true, description: 'On-site reports: confidentiality was explained.' })
  isConfidentialityExplained: boolean | null

  @Field(() => Boolean, { nullable: true, description: 'On-site reports: immediate action was needed.' })
  isImmediateActionNeeded: boolean | null

  @Field(() => String, { nullable: true, description: 'On-site reports: the responder who wrote it down.' })
  enteredByName: string | null
}

@ObjectType({ description: 'A message between the team and the reporter.' })
export class CaseMessage {
  @Field(() => ID)
  id: string

  @Field(() => String, { description: 'reporter or team' })
  from: string

  @Field(() => String, { nullable: true, description: 'The responder who wrote it; null for the reporter.' })
  authorName: string | null

  @Field(() => String)
  body: string

  @Field(() => GraphQLDateTime)
  createdAt: Date
}

@ObjectType({ description: 'A case as the team works it.' })
export class CaseDetail extends CaseSummary {
  @Field(() => ID)
  eventId: string

  @Field(() => [CaseReport])
  reports: CaseReport[]

  @Field(() => [CaseMessage])
  messages: CaseMessage[]
}

@InputType()
export class SendCaseMessageInput {
  @Field(() => ID)
  caseId: string

  @Field(() => String)
  @Length(1, CASE_MESSAGE_MAX_LENGTH)
  body: string
}
