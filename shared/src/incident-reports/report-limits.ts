/** What happened, in the reporter's words (SECURITY R29: at most 20,000 characters). */
export const REPORT_DESCRIPTION_MAX_LENGTH = 20_000
/** Short free-text fields: when, where, a category in one's own words. */
export const REPORT_SHORT_FIELD_MAX_LENGTH = 500
/** People involved and witnesses, as described. */
export const REPORT_PEOPLE_MAX_LENGTH = 4_000
export const REPORT_CONTACT_DETAILS_MAX_LENGTH = 300
export const CASE_MESSAGE_MAX_LENGTH = 10_000

/**
 * How a report reached the team: from the public (kiosk, web), or written down by a responder
 * (in person, email, phone, online elsewhere, or noticed by the team itself). Kept for statistics.
 */
export const REPORT_CHANNELS = ['kiosk', 'web', 'in-person', 'email', 'phone', 'online', 'team'] as const
export type ReportChannel = (typeof REPORT_CHANNELS)[number]
/** The channels of a report a responder writes down. */
export const TEAM_REPORT_CHANNELS = ['in-person', 'email', 'phone', 'online', 'team'] as const
export type TeamReportChannel = (typeof TEAM_REPORT_CHANNELS)[number]
