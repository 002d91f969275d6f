/** What happened, in the reporter's words (SECURITY R29: at most 20,000 characters). */
export const REPORT_DESCRIPTION_MAX_LENGTH = 20_000
/** Short free-text fields: when, where, a category in one's own words. */
export const REPORT_SHORT_FIELD_MAX_LENGTH = 500
/** People involved and witnesses, as described. */
export const REPORT_PEOPLE_MAX_LENGTH = 4_000
export const REPORT_CONTACT_DETAILS_MAX_LENGTH = 300
export const CASE_MESSAGE_MAX_LENGTH = 10_000

/** How a report reached the team. */
export const REPORT_CHANNELS = ['kiosk', 'web', 'in-person', 'email'] as const
export type ReportChannel = (typeof REPORT_CHANNELS)[number]
