import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, ID, Mutation, Query, Resolver, Subscription } from 'type-graphql'
import type { Context } from '../../app/context.js'
import { Allow, Public } from '../../authorization/audience.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import {
  AcknowledgeUrgentAlertInput,
  UrgentAlert,
  UrgentHelpAnswer,
  UrgentHelpInput,
} from './urgent-help.type.js'
import { urgentAlertsTopic } from './urgent-help.service.js'

@Resolver()
export class UrgentHelpResolver {
  @Public()
  @Mutation(() => UrgentHelpAnswer, {
    description: 'One tap on the kiosk: alerts on-duty responders; answers whom to call and where to go now.',
  })
  async requestUrgentHelp(
    @Arg('input', () => UrgentHelpInput) input: UrgentHelpInput,
    @Ctx() ctx: Context,
  ): Promise<UrgentHelpAnswer> {
    return ctx.services.urgentHelp.request(input.eventSlug, input.where ?? null, ctx.kiosk, ctx.requesterKey)
  }

  @Allow(Role.Admin, Role.Organizer, Role.Responder)
  @Query(() => [UrgentAlert], { description: 'Alerts nobody has acknowledged yet.' })
  async urgentAlerts(@Arg('eventId', () => ID) eventId: string, @Ctx() ctx: Context): Promise<UrgentAlert[]> {
    return ctx.services.urgentHelp.openAlerts(eventId)
  }

  @Allow(Role.Admin, Role.Organizer, Role.Responder)
  @Mutation(() => UrgentAlert, { description: 'I am on it: the alert leaves every dashboard.' })
  async acknowledgeUrgentAlert(
    @Arg('input', () => AcknowledgeUrgentAlertInput) input: AcknowledgeUrgentAlertInput,
    @Ctx() ctx: Context,
  ): Promise<UrgentAlert> {
    return ctx.services.urgentHelp.acknowledge(requireViewer(ctx), input.eventId, input.alertId)
  }

  @Allow(Role.Admin, Role.Organizer, Role.Responder)
  @Subscription(() => [UrgentAlert], {
    topics: ({ args }) => urgentAlertsTopic(String((args as { eventId: string }).eventId)),
    description: 'The open alerts of an event, sent again whenever they change.',
  })
  async urgentAlertsChanged(
    @Arg('eventId', () => ID) eventId: string,
    @Ctx() ctx: Context,
  ): Promise<UrgentAlert[]> {
    return ctx.services.urgentHelp.openAlerts(eventId)
  }
}
