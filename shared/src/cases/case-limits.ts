/** A case's public summary line: one line for the transparency report. */
export const PUBLIC_SUMMARY_MAX_LENGTH = 300
/** A proposed resolution, in plain words for the reporter. */
export const RESOLUTION_MAX_LENGTH = 5_000
/** The reporter's words about a proposed resolution, or why they could not be reached. */
export const RESPONSE_NOTE_MAX_LENGTH = 5_000
/** Two different responders sign a decision off: nobody adjudicates alone. */
export const SIGN_OFFS_TO_DECIDE = 2
