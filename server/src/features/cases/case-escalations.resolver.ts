import { Role } from '@conduct-desk/shared'
import { GraphQLDateTime } from 'graphql-scalars'
import { Ctx, Field, ID, ObjectType, Query, Resolver, Subscription } from 'type-graphql'
import { Allow } from '../../authorization/audience.js'
import type { Context } from '../../authorization/request-context.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import { CASE_ESCALATIONS_TOPIC, type CaseEscalationsService } from './case-escalations.service.js'

@ObjectType({ description: 'A case an event’s team escalated to the Working Group: no content.' })
export class EscalatedCase {
  @Field(() => ID)
  id: string

  @Field(() => ID)
  eventId: string

  @Field(() => String)
  eventName: string

  @Field(() => String)
  codeName: string

  @Field(() => GraphQLDateTime)
  escalatedAt: Date

  @Field(() => Boolean)
  isUrgent: boolean
}

/** The Working Group's list of escalated cases, live: they open each one as its page (audited). */
@Resolver()
export class CaseEscalationsResolver {
  constructor(private readonly services: { readonly caseEscalations: CaseEscalationsService }) {}

  @Allow(Role.Wg)
  @Query(() => [EscalatedCase], {
    description: 'Cases escalated to the Working Group now, from every event.',
  })
  escalatedCases(@Ctx() ctx: Context): Promise<EscalatedCase[]> {
    return this.services.caseEscalations.list(requireViewer(ctx))
  }

  @Allow(Role.Wg)
  @Subscription(() => [EscalatedCase], {
    topics: CASE_ESCALATIONS_TOPIC,
    description: 'The escalated cases again, whenever one is escalated or handed back.',
  })
  escalatedCasesChanged(@Ctx() ctx: Context): Promise<EscalatedCase[]> {
    return this.services.caseEscalations.list(requireViewer(ctx))
  }
}
