/** How serious the team judges a case (DESIGN §2). */
export const CaseSeverity = {
  Minor: 'minor',
  Moderate: 'moderate',
  Serious: 'serious',
} as const
export type CaseSeverity = (typeof CaseSeverity)[keyof typeof CaseSeverity]
export const CASE_SEVERITIES: readonly CaseSeverity[] = Object.values(CaseSeverity)

/** The guide's targets, shown on every case: acknowledge within a day, follow up within a week. */
export const ACKNOWLEDGE_WITHIN_MS = 24 * 3_600_000
export const FOLLOW_UP_WITHIN_MS = 7 * 24 * 3_600_000

/** The most cases one page of the inbox holds. */
export const CASE_INBOX_PAGE_MAX = 50
