import { CASE_LINK_NOTE_MAX_LENGTH, type CaseStatus } from '@conduct-desk/shared'
import { IsOptional, Length } from 'class-validator'
import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ID, InputType, ObjectType } from 'type-graphql'
import { CaseStatusEnum } from './case-status.type.js'

@ObjectType({ description: 'Another case of the event linked with this one, which the viewer may see.' })
export class LinkedCase {
  @Field(() => ID)
  caseId: string

  @Field(() => String)
  codeName: string

  @Field(() => CaseStatusEnum)
  status: CaseStatus

  @Field(() => String, { nullable: true, description: 'The team’s note on why the cases are linked.' })
  note: string | null

  @Field(() => String, { nullable: true })
  linkedByName: string | null

  @Field(() => GraphQLDateTime)
  linkedAt: Date
}

@ObjectType({ description: 'A case merged into this one: its reports and record are now this case’s.' })
export class MergedCase {
  @Field(() => String)
  codeName: string

  @Field(() => String, { nullable: true, description: 'The responder who merged it.' })
  mergedByName: string | null

  @Field(() => GraphQLDateTime)
  mergedAt: Date
}

@InputType()
export class LinkCasesInput {
  @Field(() => ID)
  caseId: string

  @Field(() => ID, { description: 'Another case of the same event.' })
  otherCaseId: string

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, CASE_LINK_NOTE_MAX_LENGTH)
  note?: string | null
}
