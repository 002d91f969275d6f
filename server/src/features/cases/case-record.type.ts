import { CASE_ENTRY_MAX_LENGTH, CASE_REVIEW_PART_MAX_LENGTH, type CaseSeverity } from '@conduct-desk/shared'
import { IsOptional, Length, MaxLength } from 'class-validator'
import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql'
import type { CaseEntryKind } from './case-entry.entity.js'
import { CaseSeverityEnum } from './case-severity.type.js'

export const CaseEntryKindEnum = {
  NOTE: 'note',
  FACT: 'fact',
  IMMEDIATE_ACTION: 'immediate-action',
} as const satisfies Record<string, CaseEntryKind>
registerEnumType(CaseEntryKindEnum, {
  name: 'CaseEntryKind',
  description: 'A note, a fact the team determined, or an immediate action taken on the spot.',
})

export const YesNoEnum = { YES: 'yes', NO: 'no' } as const
registerEnumType(YesNoEnum, { name: 'YesNo' })
export const YesNoMaybeEnum = { YES: 'yes', NO: 'no', MAYBE: 'maybe' } as const
registerEnumType(YesNoMaybeEnum, { name: 'YesNoMaybe' })

@ObjectType({ description: 'What the team wrote down, for the team only.' })
export class CaseEntry {
  @Field(() => ID)
  id: string

  @Field(() => CaseEntryKindEnum)
  kind: CaseEntryKind

  @Field(() => String)
  body: string

  @Field(() => String, { nullable: true })
  authorName: string | null

  @Field(() => GraphQLDateTime)
  createdAt: Date

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Immediate actions: review by then.' })
  reviewDueAt: Date | null

  @Field(() => GraphQLDateTime, { nullable: true })
  reviewedAt: Date | null

  @Field(() => String, { nullable: true })
  reviewedByName: string | null
}

@ObjectType({ description: 'The team’s review of a case.' })
export class CaseReviewType {
  @Field(() => CaseSeverityEnum, { nullable: true })
  severity: CaseSeverity | null

  @Field(() => YesNoEnum, { nullable: true })
  safetyRisk: 'yes' | 'no' | null

  @Field(() => YesNoMaybeEnum, { nullable: true })
  ongoingHarassment: 'yes' | 'no' | 'maybe' | null

  @Field(() => Boolean, { nullable: true, description: 'Whether law enforcement was called; nothing more.' })
  lawEnforcementCalled: boolean | null

  @Field(() => String, { nullable: true, description: 'Whether it falls under the event’s code, and why.' })
  jurisdiction: string | null

  @Field(() => String, { nullable: true })
  impact: string | null

  @Field(() => String, { nullable: true })
  risk: string | null
}

@ObjectType({ description: 'A responder of the event who may see the case: one it may be assigned to.' })
export class CaseTeamMemberType {
  @Field(() => ID)
  accountId: string

  @Field(() => String)
  name: string
}

@InputType()
export class AddCaseEntryInput {
  @Field(() => ID)
  caseId: string

  @Field(() => CaseEntryKindEnum)
  kind: CaseEntryKind

  @Field(() => String)
  @Length(1, CASE_ENTRY_MAX_LENGTH)
  body: string
}

@InputType({ description: 'The whole review: what is left out becomes unset.' })
export class SetCaseReviewInput {
  @Field(() => ID)
  caseId: string

  @Field(() => CaseSeverityEnum, { nullable: true })
  severity?: CaseSeverity | null

  @Field(() => YesNoEnum, { nullable: true })
  safetyRisk?: 'yes' | 'no' | null

  @Field(() => YesNoMaybeEnum, { nullable: true })
  ongoingHarassment?: 'yes' | 'no' | 'maybe' | null

  @Field(() => Boolean, { nullable: true })
  lawEnforcementCalled?: boolean | null

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(CASE_REVIEW_PART_MAX_LENGTH)
  jurisdiction?: string | null

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(CASE_REVIEW_PART_MAX_LENGTH)
  impact?: string | null

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(CASE_REVIEW_PART_MAX_LENGTH)
  risk?: string | null
}
