import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ID, InputType, ObjectType } from 'type-graphql'
import { CASE_MESSAGE_MAX_LENGTH } from '@conduct-desk/shared'
import { Length } from 'class-validator'
import type { CaseSeverity, CaseStatus } from '@conduct-desk/shared'
import { CaseProposal, CaseStatusChange } from './case-decision.type.js'
import { CasePerson } from './case-people.type.js'
import { CaseEntry, CaseReviewType, CaseTeamMemberType } from './case-record.type.js'
import { CaseSeverityEnum } from './case-severity.type.js'
import { CaseStatusEnum } from './case-status.type.js'

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

  @Field(() => CaseSeverityEnum, { nullable: true })
  severity: CaseSeverity | null

  @Field(() => String, { nullable: true })
  assignedToName: string | null

  @Field(() => GraphQLDateTime, { nullable: true, description: 'While new: acknowledge by then (24 hours).' })
  acknowledgeBy: Date | null

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'While open: write to the reporter by then (a week after the last word).',
  })
  followUpBy: Date | null

  @Field(() => Boolean, { description: 'Past one of the targets.' })
  isOverdue: boolean

  @Field(() => Boolean, { description: 'An immediate action on it waits for the team’s review.' })
  isAwaitingReview: boolean
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

  @Field(() => ID, {
    nullable: true,
    description: 'The report whose reporter wrote it or is written to (a merged case has several).',
  })
  reportId: string | null

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

  @Field(() => [CaseStatusChange], { description: 'Every status move, oldest first.' })
  statusChanges: CaseStatusChange[]

  @Field(() => [CaseStatusEnum], { description: 'Where the viewer may move the case from its status now.' })
  allowedMoves: CaseStatus[]

  @Field(() => CaseProposal, {
    nullable: true,
    description:
      'The proposed resolution in force (not withdrawn), with its sign-offs and the reporter’s answer.',
  })
  proposal: CaseProposal | null

  @Field(() => String, {
    nullable: true,
    description: 'One line for the transparency report; required before closing.',
  })
  publicSummary: string | null

  @Field(() => [CaseEntry], { description: 'Notes, facts and immediate actions, oldest first.' })
  entries: CaseEntry[]

  @Field(() => CaseReviewType)
  review: CaseReviewType

  @Field(() => [CaseTeamMemberType], { description: 'Who may be assigned: the responders who may see it.' })
  team: CaseTeamMemberType[]

  @Field(() => [CasePerson], { description: 'The people involved, by code name.' })
  people: CasePerson[]
}

@ObjectType({ description: 'Where a move left the case.' })
export class MovedCase {
  @Field(() => CaseStatusEnum)
  status: CaseStatus

  @Field(() => CaseDetail, {
    nullable: true,
    description:
      'The case as it now stands; null when the move took it out of the viewer’s sight (the Working Group handing it back to the team).',
  })
  case: CaseDetail | null
}

@InputType()
export class SendCaseMessageInput {
  @Field(() => ID)
  caseId: string

  @Field(() => String)
  @Length(1, CASE_MESSAGE_MAX_LENGTH)
  body: string

  @Field(() => ID, {
    nullable: true,
    description:
      'The report whose reporter the message is for; needed when the case holds several reports (merged).',
  })
  reportId?: string | null
}
