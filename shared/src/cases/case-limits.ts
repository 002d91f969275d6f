/** A case's public summary line: one line for the transparency report. */
export const PUBLIC_SUMMARY_MAX_LENGTH = 300
/** A proposed resolution, in plain words for the reporter. */
export const RESOLUTION_MAX_LENGTH = 5_000
/** The reporter's words about a proposed resolution, or why they could not be reached. */
export const RESPONSE_NOTE_MAX_LENGTH = 5_000
/** Two different responders sign a decision off: nobody adjudicates alone. */
export const SIGN_OFFS_TO_DECIDE = 2
/** A note, a fact or an immediate action the team writes down. */
export const CASE_ENTRY_MAX_LENGTH = 10_000
/** Each part of the team's review in words (jurisdiction, impact, risk). */
export const CASE_REVIEW_PART_MAX_LENGTH = 5_000
/** An immediate action taken by one responder is reviewed by the team within this time. */
export const IMMEDIATE_ACTION_REVIEW_WITHIN_MS = 24 * 3_600_000
/** The team's note on why two cases are linked. */
export const CASE_LINK_NOTE_MAX_LENGTH = 500
