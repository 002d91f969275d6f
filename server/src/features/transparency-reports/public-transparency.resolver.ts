import DataLoader from 'dataloader'
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import { Public } from '../../authorization/audience.js'
import type { Context } from '../../authorization/request-context.js'
import { PublicEvent } from '../events/event.type.js'
import { TransparencyReportListing } from './public-transparency.type.js'
import type { PublicTransparencyService } from './public-transparency.service.js'

function createPublishedLoader(service: PublicTransparencyService) {
  return new DataLoader<string, boolean>(ids => service.publishedAmong(ids))
}

/**
 * The public side of transparency reports besides the report itself: whether a public event has one
 * (batched per request, so the kiosk's list costs one query) and the list of published reports.
 */
@Resolver(() => PublicEvent)
export class PublicTransparencyResolver {
  constructor(private readonly services: { readonly publicTransparency: PublicTransparencyService }) {}

  @FieldResolver(() => Boolean, {
    description:
      'Its transparency report (initial or full) is published: publishedTransparencyReport has it.',
  })
  hasTransparencyReport(@Root() event: PublicEvent, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.perRequest.once(createPublishedLoader, this.services.publicTransparency).load(event.id)
  }

  @Public()
  @Query(() => [TransparencyReportListing], {
    description: 'Every event whose transparency report is published, its latest event first.',
  })
  publicTransparencyReports(): Promise<TransparencyReportListing[]> {
    return this.services.publicTransparency.listing()
  }
}
