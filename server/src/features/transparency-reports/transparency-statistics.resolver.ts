import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql'
import { Allow } from '../../authorization/audience.js'
import type { Context } from '../../authorization/request-context.js'
import type { TransparencyStatisticsService } from './transparency-statistics.service.js'
import { TransparencyStatistics } from './transparency-statistics.type.js'

@Resolver()
export class TransparencyStatisticsResolver {
  constructor(
    private readonly services: { readonly transparencyStatistics: TransparencyStatisticsService },
  ) {}

  @Allow(Role.Admin, Role.Organizer, Role.Chair)
  @Query(() => TransparencyStatistics, {
    description:
      'The event’s live numbers so far, with up to five earlier editions of its series: aggregates only, never a case. For its chair and organizers, and admins.',
  })
  transparencyStatistics(
    @Arg('eventId', () => ID) eventId: string,
    @Ctx() ctx: Context,
  ): Promise<TransparencyStatistics> {
    return this.services.transparencyStatistics.forViewer(ctx.viewer, eventId)
  }
}
