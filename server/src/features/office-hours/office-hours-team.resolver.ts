import { Role } from '@conduct-desk/shared'
import { Arg, ID, Mutation, Query, Resolver } from 'type-graphql'
import { Allow } from '../../authorization/audience.js'
import { CreateOfficeHourWindowInput, MarkMeetingInput, SetSlotBlockedInput } from './office-hours.inputs.js'
import { Meeting, OfficeHourWindow } from './office-hours.type.js'
import type { MeetingService } from './meeting.service.js'
import type { OfficeHourSetupService } from './office-hour-setup.service.js'

/** The team's side: setting office hours up (organizers and responders) and the meetings (responders). */
@Resolver()
export class OfficeHoursTeamResolver {
  constructor(
    private readonly services: {
      readonly meetings: MeetingService
      readonly officeHourSetup: OfficeHourSetupService
    },
  ) {}

  @Allow(Role.Admin, Role.Organizer, Role.Responder)
  @Query(() => [OfficeHourWindow])
  officeHourWindows(@Arg('eventId', () => ID) eventId: string): Promise<OfficeHourWindow[]> {
    return this.services.officeHourSetup.listWindows(eventId)
  }

  @Allow(Role.Admin, Role.Organizer, Role.Responder)
  @Mutation(() => OfficeHourWindow, {
    description: 'Adds office hours on one day, cut into slots in the event time zone.',
  })
  createOfficeHourWindow(
    @Arg('input', () => CreateOfficeHourWindowInput) input: CreateOfficeHourWindowInput,
  ): Promise<OfficeHourWindow> {
    return this.services.officeHourSetup.createWindow(input)
  }

  @Allow(Role.Admin, Role.Organizer, Role.Responder)
  @Mutation(() => Boolean, { description: 'Removes office hours; refused while any of its slots is booked.' })
  async deleteOfficeHourWindow(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('windowId', () => ID) windowId: string,
  ): Promise<boolean> {
    await this.services.officeHourSetup.deleteWindow(eventId, windowId)
    return true
  }

  @Allow(Role.Admin, Role.Organizer, Role.Responder)
  @Mutation(() => Boolean, { description: 'Blocks or frees one slot.' })
  async setSlotBlocked(
    @Arg('input', () => SetSlotBlockedInput) input: SetSlotBlockedInput,
  ): Promise<boolean> {
    await this.services.officeHourSetup.setBlocked(input)
    return true
  }

  @Allow(Role.Responder)
  @Query(() => [Meeting], { description: 'Booked meetings, from today on unless includePast.' })
  meetings(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('includePast', () => Boolean, { defaultValue: false }) includePast: boolean,
  ): Promise<Meeting[]> {
    return this.services.meetings.meetings(eventId, includePast)
  }

  @Allow(Role.Responder)
  @Mutation(() => Boolean, { description: 'Marks a meeting as held or missed.' })
  async markMeeting(@Arg('input', () => MarkMeetingInput) input: MarkMeetingInput): Promise<boolean> {
    await this.services.meetings.mark(input.eventId, input.bookingId, input.status as 'held' | 'missed')
    return true
  }
}
