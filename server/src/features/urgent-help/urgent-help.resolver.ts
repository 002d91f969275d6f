import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, ID, Mutation, Query, Resolver, Subscription } from 'type-graphql'
import type { Context } from '../../authorization/request-context.js'
import { Allow, Public } from '../../authorization/audience.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import { urgentAlertsTopic, type UrgentAlertChange } from './urgent-alert-change.js'
import {
  AcknowledgeUrgentAlertInput,
  UrgentAlert,
  UrgentHelpAnswer,
  UrgentHelpInput,
  UrgentHelpProgress,
} from './urgent-help.type.js'
import type { UrgentAlertTeamService } from './urgent-alert-team.service.js'
import type { UrgentHelpService } from './urgent-help.service.js'

@Resolver()
export class UrgentHelpResolver {
  constructor(
    private readonly services: {
      readonly urgentAlerts: UrgentAlertTeamService
      readonly urgentHelp: UrgentHelpService
    },
  ) {}

  @Public()
  @Mutation(() => UrgentHelpAnswer, {
    description:
      'One tap on the kiosk: alerts on-duty responders; answers whom to call and where to go now. With alertToken, tells that same alert where the person is.',
  })
  async requestUrgentHelp(
    @Arg('input', () => UrgentHelpInput) input: UrgentHelpInput,
    @Ctx() ctx: Context,
  ): Promise<UrgentHelpAnswer> {
    return this.services.urgentHelp.request(
      {
        eventSlug: input.eventSlug,
        where: input.where ?? null,
        alertToken: input.alertToken ?? null,
        excludedContactIds: input.excludedContactIds ?? [],
      },
      ctx.kiosk,
      ctx.requesterKey,
    )
  }

  @Public()
  @Query(() => UrgentHelpProgress, {
    description:
      'Whether someone is on the way, for the screen holding the alert’s token; NOT_FOUND for any other token.',
  })
  async urgentHelpProgress(
    @Arg('alertToken', () => String) alertToken: string,
    @Ctx() ctx: Context,
  ): Promise<UrgentHelpProgress> {
    return this.services.urgentHelp.progress(checked(alertToken), ctx.requesterKey)
  }

  @Public()
  @Mutation(() => UrgentHelpProgress, {
    description: '"I tapped by mistake": cancels the alert; the team sees so.',
  })
  async cancelUrgentHelp(
    @Arg('alertToken', () => String) alertToken: string,
    @Ctx() ctx: Context,
  ): Promise<UrgentHelpProgress> {
    return this.services.urgentHelp.cancel(checked(alertToken), ctx.requesterKey)
  }

  @Allow(Role.Admin, Role.Organizer, Role.Responder)
  @Query(() => [UrgentAlert], {
    description: 'Open alerts, and those settled in the last 15 minutes, that the viewer may see.',
  })
  async urgentAlerts(@Arg('eventId', () => ID) eventId: string, @Ctx() ctx: Context): Promise<UrgentAlert[]> {
    return this.services.urgentAlerts.alertsFor(requireViewer(ctx), eventId)
  }

  @Allow(Role.Admin, Role.Organizer, Role.Responder)
  @Mutation(() => UrgentAlert, {
    description: 'I am on it: every dashboard, and the person who asked, see who.',
  })
  async acknowledgeUrgentAlert(
    @Arg('input', () => AcknowledgeUrgentAlertInput) input: AcknowledgeUrgentAlertInput,
    @Ctx() ctx: Context,
  ): Promise<UrgentAlert> {
    return this.services.urgentAlerts.acknowledge(requireViewer(ctx), input.eventId, input.alertId)
  }

  @Allow(Role.Admin, Role.Organizer, Role.Responder)
  @Subscription(() => [UrgentAlert], {
    topics: ({ args }) => urgentAlertsTopic(String((args as { eventId: string }).eventId)),
    // An alert hidden from the viewer changes nothing they may know of: not even that it changed.
    filter: ({ payload, context }: { payload: UrgentAlertChange; context: Context }) =>
      context.resolvers.get(UrgentHelpResolver).isVisibleChange(context, payload),
    description:
      'The alerts of an event the viewer may see (as urgentAlerts), sent again whenever they change.',
  })
  async urgentAlertsChanged(
    @Arg('eventId', () => ID) eventId: string,
    @Ctx() ctx: Context,
  ): Promise<UrgentAlert[]> {
    return this.services.urgentAlerts.alertsFor(requireViewer(ctx), eventId)
  }

  /** Whether an alert change is about an alert the subscriber may see (the subscription's filter). */
  async isVisibleChange(ctx: Context, change: UrgentAlertChange): Promise<boolean> {
    return (
      ctx.viewer !== null &&
      (change.isNarrowed === true || (await this.services.urgentAlerts.isVisible(ctx.viewer, change.alertId)))
    )
  }
}

/** Tokens are 43 characters: a longer string names no alert, and is not even hashed. */
function checked(alertToken: string): string {
  return alertToken.length > 64 ? '' : alertToken
}
