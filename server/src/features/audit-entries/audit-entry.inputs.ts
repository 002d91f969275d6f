import { AUDIT_PAGE_MAX } from '@conduct-desk/shared'
import { IsOptional, Length, Max, Min } from 'class-validator'
import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ID, InputType, Int } from 'type-graphql'

@InputType('AuditEntriesFilter', { description: 'Every condition given must hold.' })
export class AuditEntriesFilterInput {
  @Field(() => ID, { nullable: true, description: 'Entries of what this account did.' })
  @IsOptional()
  @Length(1, 64)
  accountId?: string | null

  @Field(() => ID, { nullable: true, description: 'Entries about this case.' })
  @IsOptional()
  @Length(1, 64)
  caseId?: string | null

  @Field(() => GraphQLDateTime, { nullable: true, description: 'From this instant on, included.' })
  from?: Date | null

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Up to this instant, included.' })
  to?: Date | null
}

@InputType('AuditPageInput', { description: 'Which page: newest first, at most 50 entries.' })
export class AuditPageInput {
  @Field(() => Int, { nullable: true, description: `How many entries, 1 to ${AUDIT_PAGE_MAX}.` })
  @IsOptional()
  @Min(1)
  @Max(AUDIT_PAGE_MAX)
  first?: number | null

  @Field(() => String, { nullable: true, description: 'The `nextCursor` of the page before.' })
  after?: string | null
}
