/** Why a transparency report request failed; see `errors/error-reasons.ts`. */
export const TransparencyReason = {
  /** This kind of report was already published: what was published stays; add an addendum instead. */
  AlreadyPublished: 'TRANSPARENCY_REPORT_ALREADY_PUBLISHED',
  /** The full report is published already, so the initial one is past. */
  FullReportPublished: 'TRANSPARENCY_FULL_REPORT_PUBLISHED',
  /** Addenda follow the full report: publish it first. */
  FullReportNotPublished: 'TRANSPARENCY_FULL_REPORT_NOT_PUBLISHED',
  /** The event is not published: nothing about it is public yet. */
  EventNotPublished: 'TRANSPARENCY_EVENT_NOT_PUBLISHED',
  /** The text is empty. */
  TextEmpty: 'TRANSPARENCY_TEXT_EMPTY',
  /** The text is longer than a report may be. */
  TextTooLong: 'TRANSPARENCY_TEXT_TOO_LONG',
  /** More survey rows than one edition may hold. */
  SurveyTooManyAnswers: 'SURVEY_TOO_MANY_ANSWERS',
  /** A survey question or answer is empty or too long. */
  SurveyTextInvalid: 'SURVEY_TEXT_INVALID',
  /** A survey count is not a whole number of zero or more. */
  SurveyCountInvalid: 'SURVEY_COUNT_INVALID',
} as const

export type TransparencyReason = (typeof TransparencyReason)[keyof typeof TransparencyReason]
