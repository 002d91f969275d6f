/** The two transparency reports of an edition: at the closing ceremony, and the written one a month later. */
export const TransparencyReportKind = {
  Initial: 'INITIAL',
  Full: 'FULL',
} as const

export type TransparencyReportKind = (typeof TransparencyReportKind)[keyof typeof TransparencyReportKind]

export const TRANSPARENCY_REPORT_KINDS: readonly TransparencyReportKind[] =
  Object.values(TransparencyReportKind)

/** The longest report text, in characters: a long written report is some 20,000. */
export const TRANSPARENCY_REPORT_MAX_LENGTH = 60_000

/** The longest addendum, in characters. */
export const TRANSPARENCY_ADDENDUM_MAX_LENGTH = 10_000

/** The longest survey question or answer, in characters. */
export const SURVEY_TEXT_MAX_LENGTH = 200

/** The most survey rows (question × answer) one edition holds. */
export const SURVEY_ANSWERS_MAX = 200
