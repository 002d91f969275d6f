import { AUDIT_ACTIONS, auditActionName, type AuditAction } from '@conduct-desk/shared'
import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'

/** The GraphQL enum of audited actions: SCREAMING_SNAKE names, valued by the shared strings. */
export const AuditActionEnum = Object.fromEntries(
  AUDIT_ACTIONS.map(action => [auditActionName(action), action]),
) as Record<string, AuditAction>
registerEnumType(AuditActionEnum, {
  name: 'AuditAction',
  description: 'What an audit log entry records someone did; never the content.',
})

@ObjectType('AuditEntry', {
  description: 'One entry of the audit log: who did what to which thing, and when. Never the content.',
})
export class AuditEntryType {
  @Field(() => ID)
  id: string

  @Field(() => Int, { description: 'The entry’s place in the chain: 1, 2, 3…' })
  seq: number

  @Field(() => GraphQLDateTime)
  at: Date

  @Field(() => ID, {
    nullable: true,
    description: 'The account that acted; null for the public or the system.',
  })
  actorId: string | null

  @Field(() => String, { nullable: true, description: 'That account’s name today.' })
  actorName: string | null

  @Field(() => AuditActionEnum)
  action: AuditAction

  @Field(() => String, { description: 'The kind of thing: case, account, audit-log.' })
  objectType: string

  @Field(() => String, { description: 'The thing’s id.' })
  objectId: string

  @Field(() => ID, { nullable: true, description: 'The event the thing belongs to.' })
  eventId: string | null

  @Field(() => String, { nullable: true })
  eventName: string | null
}

@ObjectType('AuditEntryPage', { description: 'One page of the audit log, newest first.' })
export class AuditEntryPageType {
  @Field(() => [AuditEntryType])
  entries: AuditEntryType[]

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `page.after` for the next page; null on the last.',
  })
  nextCursor: string | null
}
