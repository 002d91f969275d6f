import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql'
import type { Context } from '../../authorization/request-context.js'
import { Allow } from '../../authorization/audience.js'
import { requireRecentAuthentication } from '../../authorization/require-recent-authentication.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import { TeamMemberType } from './appointment.type.js'
import type { AppointmentService } from './appointment.service.js'

/** The event's team, and the second person's decision on each appointment to a case-reading role. */
@Resolver()
export class AppointmentResolver {
  constructor(private readonly services: { readonly appointments: AppointmentService }) {}

  @Allow(Role.Admin, Role.Wg, Role.Organizer)
  @Query(() => [TeamMemberType], {
    description: 'Everyone holding or awaiting a role at the event, with who appointed and approved them.',
  })
  eventTeam(@Arg('eventId', () => ID) eventId: string, @Ctx() ctx: Context): Promise<TeamMemberType[]> {
    return this.services.appointments.team(requireViewer(ctx), eventId)
  }

  @Allow(Role.Admin, Role.Wg, Role.Organizer)
  @Mutation(() => Boolean, {
    description:
      'A second person approves a responder or chair appointment; never the person appointed or appointing.',
  })
  async approveAppointment(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('appointmentId', () => ID) appointmentId: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    // Giving access to reports is a sensitive action: the password or a code within minutes (R19).
    await this.services.appointments.approve(requireRecentAuthentication(ctx), eventId, appointmentId)
    return true
  }

  @Allow(Role.Admin, Role.Wg, Role.Organizer)
  @Mutation(() => Boolean, { description: 'Withdraws a pending appointment; same rules as approving.' })
  async declineAppointment(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('appointmentId', () => ID) appointmentId: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await this.services.appointments.decline(requireRecentAuthentication(ctx), eventId, appointmentId)
    return true
  }
}
