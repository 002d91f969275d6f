import type { CaseSeverity, CaseStatus } from '@conduct-desk/shared'
import { IsOptional, MaxLength } from 'class-validator'
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import type { CaseInboxSort } from './case-inbox-query.js'
import { CaseSeverityEnum } from './case-severity.type.js'
import { CaseStatusEnum } from './case-status.type.js'
import { CaseSummary } from './case.type.js'

export const CaseInboxSortEnum = {
  RECENT_ACTIVITY: 'recent-activity',
  NEWEST: 'newest',
  OLDEST: 'oldest',
} as const satisfies Record<string, CaseInboxSort>
registerEnumType(CaseInboxSortEnum, { name: 'CaseInboxSort' })

@InputType({ description: 'What to narrow the inbox to; every part is optional and they combine.' })
export class CaseInboxFilterInput {
  @Field(() => [CaseStatusEnum], { nullable: true })
  statuses?: CaseStatus[] | null

  @Field(() => CaseSeverityEnum, { nullable: true })
  severity?: CaseSeverity | null

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  category?: string | null

  @Field(() => String, { nullable: true, description: 'kiosk, web, in-person or email' })
  @IsOptional()
  @MaxLength(12)
  channel?: string | null

  @Field(() => Boolean, { nullable: true })
  assignedToMe?: boolean | null

  @Field(() => Boolean, { nullable: true, description: 'Cases whose reporter asked for the viewer.' })
  askedForMe?: boolean | null

  @Field(() => Boolean, { nullable: true })
  urgent?: boolean | null

  @Field(() => Boolean, {
    nullable: true,
    description: 'Past a target: not acknowledged within 24 hours, or no word to the reporter for a week.',
  })
  overdue?: boolean | null

  @Field(() => String, { nullable: true, description: 'A code name or part of one, or a report reference.' })
  @IsOptional()
  @MaxLength(60)
  search?: string | null
}

@ObjectType({ description: 'What needs the team, over the cases the viewer may see.' })
export class CaseInboxCounters {
  @Field(() => Int)
  open: number

  @Field(() => Int, { description: 'New cases not acknowledged within 24 hours.' })
  overdueAcknowledge: number

  @Field(() => Int, { description: 'Cases past either target.' })
  overdue: number

  @Field(() => Int, { description: 'Open cases assigned to the viewer.' })
  assignedToMe: number

  @Field(() => Int, { description: 'Cases with an immediate action the team has not reviewed yet.' })
  awaitingReview: number
}

@ObjectType({ description: 'One page of the inbox (at most 50 cases).' })
export class CaseInboxPage {
  @Field(() => [CaseSummary])
  cases: CaseSummary[]

  @Field(() => Int, { description: 'How many cases match the filter.' })
  total: number

  @Field(() => Int)
  page: number

  @Field(() => Int)
  pageCount: number

  @Field(() => CaseInboxCounters)
  counters: CaseInboxCounters
}
