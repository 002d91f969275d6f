import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql'
import { Allow } from '../../authorization/audience.js'
import type { Context } from '../../authorization/request-context.js'
import { PrivacyFinding } from './privacy-finding.type.js'
import type { ReportPrivacyService } from './report-privacy.service.js'

@Resolver()
export class ReportPrivacyResolver {
  constructor(private readonly services: { readonly reportPrivacy: ReportPrivacyService }) {}

  @Allow(Role.Admin, Role.Organizer, Role.Chair)
  @Query(() => [PrivacyFinding], {
    description:
      'The privacy check of a transparency report’s text (at most 100,000 characters) against the names, emails, phone numbers and handles recorded on the event’s cases and accounts, plus warnings on small counts and exact times. Findings only over the given text. For the event’s chair and organizers, and admins.',
  })
  transparencyPrivacyCheck(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('markdown', () => String) markdown: string,
    @Ctx() ctx: Context,
  ): Promise<PrivacyFinding[]> {
    return this.services.reportPrivacy.forViewer(ctx.viewer, eventId, markdown)
  }
}
