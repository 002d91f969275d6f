import { TEAM_REPORT_CHANNELS, type TeamReportChannel } from '@conduct-desk/shared'
import { registerEnumType } from 'type-graphql'

/** How a report a responder writes down reached the team: IN_PERSON, EMAIL, PHONE, ONLINE, TEAM. */
export const TeamReportChannelEnum = Object.fromEntries(
  TEAM_REPORT_CHANNELS.map(channel => [channel.toUpperCase().replaceAll('-', '_'), channel]),
) as Record<string, TeamReportChannel>
registerEnumType(TeamReportChannelEnum, {
  name: 'TeamReportChannel',
  description:
    'How a report reached the team: in person, by email, by phone, online elsewhere, or noticed by the team.',
})
