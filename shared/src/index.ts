// The package's one entry point: explicit named exports only (docs/architecture.md).
export {
  ALL_ROLES,
  CASE_READING_ROLES,
  EVENT_ROLES,
  GLOBAL_ROLES,
  Role,
  isCaseReadingRole,
  isEventRole,
  isRole,
} from './roles.js'
export type { EventRole, GlobalRole } from './roles.js'
export { ErrorCode, isErrorCode } from './errors/error-codes.js'
export { ERROR_REASON_GROUPS, isErrorReason } from './errors/error-reasons.js'
export type { ErrorReason } from './errors/error-reasons.js'
export { AccountReason } from './accounts/account-reasons.js'
export { ContactReason } from './contacts/contact-reasons.js'
export { EventReason } from './events/event-reasons.js'
export { ReportReason } from './incident-reports/report-reasons.js'
export { KioskDeviceReason } from './kiosk-devices/kiosk-device-reasons.js'
export { OfficeHourReason } from './office-hours/office-hour-reasons.js'
export { ATTACHMENT_KINDS_KEPT_AS_SENT, AttachmentReason } from './attachments/attachment-reasons.js'
export { ATTACHMENT_MAX_BYTES } from './attachments/attachment-limits.js'
export { AuditReason } from './audit/audit-reasons.js'
export {
  AUDIT_ACTIONS,
  AUDIT_PAGE_MAX,
  AuditAction,
  auditActionName,
  isAuditAction,
} from './audit/audit-actions.js'
export {
  RECOVERY_CODE_COUNT,
  RECOVERY_CODE_PATTERN,
  SIGN_IN_CODE_ATTEMPTS,
  STEP_UP_MAX_AGE_MINUTES,
  TOTP_DIGITS,
  TOTP_PERIOD_SECONDS,
  readOneTimeCode,
  recoveryCodeFrom,
} from './accounts/two-factor.js'
export type { OneTimeCode } from './accounts/two-factor.js'
export { readApiErrorDetails } from './errors/api-error-details.js'
export type { ApiErrorDetails } from './errors/api-error-details.js'
export {
  EMAIL_MAX_LENGTH,
  EMERGENCY_NUMBER_PATTERN,
  EVENT_NAME_MAX_LENGTH,
  INVITATION_TTL_HOURS,
  LOCAL_DATE_PATTERN,
  LOCAL_TIME_PATTERN,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PERSON_NAME_MAX_LENGTH,
  PHONE_PATTERN,
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
  WORKING_GROUP_NOTE_MAX_LENGTH,
} from './limits.js'
export {
  CONTACT_ROLES,
  ContactRole,
  EVENT_KINDS,
  EVENT_STATUSES,
  EventKind,
  EventStatus,
  PUBLIC_AFTER_CLOSE_DAYS,
} from './events.js'
export { checkPassword } from './password-policy.js'
export type { PasswordProblem } from './password-policy.js'
export { addDays, localToInstant, zoneOffsetMinutes } from './time/zoned-time.js'
export { dateTimeFormat, listFormat, relativeDayFormat } from './time/date-time-formats.js'
export { instantToLocal, localDateOf } from './time/local-clock.js'
export type { Instant, LocalClockReading } from './time/local-clock.js'
export { deviceTimeZone, eventClock, formattingLocaleOf, timeWordsFrom } from './time/event-clock.js'
export type { EventClock, EventClockOptions, TimeWords, TranslateTime } from './time/event-clock.js'
export {
  BASELINE_POLICY_ITEMS,
  DEFAULT_REPORT_CATEGORIES,
  PHOTO_CONSENT_MODES,
  POLICY_EXTENSION_KINDS,
  POLICY_EXTENSION_MAX_LENGTH,
  POLICY_EXTENSIONS_MAX,
} from './policy.js'
export type { BaselinePolicyItem, PhotoConsentMode, PolicyExtensionKind } from './policy.js'
export { isGroupAddress } from './contact-email.js'
export { qrSymbolOf } from './qr-symbol.js'
export type { QrModules, QrSymbol } from './qr-symbol.js'
export { READINESS_ITEMS } from './readiness.js'
export type { ReadinessItem } from './readiness.js'
export { slotTimes } from './office-hours/slot-times.js'
export type { OfficeHourWindowSpec, SlotTime } from './office-hours/slot-times.js'
export {
  BOOKING_CODE_LENGTH,
  bookingCodeFrom,
  formatBookingCode,
  normalizeBookingCode,
} from './office-hours/booking-code.js'
export { CHECK_IN_WORD_MAX_LENGTH, CHECK_IN_WORDS, checkInWordFrom } from './office-hours/check-in-word.js'
export {
  CASE_MESSAGE_MAX_LENGTH,
  REPORT_CHANNELS,
  TEAM_REPORT_CHANNELS,
  REPORT_CONTACT_DETAILS_MAX_LENGTH,
  REPORT_DESCRIPTION_MAX_LENGTH,
  REPORT_PEOPLE_MAX_LENGTH,
  REPORT_SHORT_FIELD_MAX_LENGTH,
} from './incident-reports/report-limits.js'
export type { ReportChannel, TeamReportChannel } from './incident-reports/report-limits.js'
export {
  CASE_STATUSES,
  CASE_TRANSITIONS,
  CaseStatus,
  caseStatusFromName,
  caseStatusName,
  isCaseStatus,
  isMergeableCaseStatus,
  isOpenCaseStatus,
  MERGEABLE_CASE_STATUSES,
  transitionOf,
} from './cases/case-status.js'
export type { CaseActor, CaseMove, CaseTransition } from './cases/case-status.js'
export { CaseReason } from './cases/case-reasons.js'
export { CASE_ACTIONS, isCaseAction } from './cases/case-actions.js'
export type { CaseAction } from './cases/case-actions.js'
export {
  CASE_ENTRY_MAX_LENGTH,
  CASE_LINK_NOTE_MAX_LENGTH,
  CASE_REVIEW_PART_MAX_LENGTH,
  IMMEDIATE_ACTION_REVIEW_WITHIN_MS,
  PUBLIC_SUMMARY_MAX_LENGTH,
  RESOLUTION_MAX_LENGTH,
  RESPONSE_NOTE_MAX_LENGTH,
  SIGN_OFFS_TO_DECIDE,
} from './cases/case-limits.js'
export {
  PASSPHRASE_PATTERN,
  REFERENCE_PATTERN,
  normalizeReceiptPart,
  receiptFrom,
} from './incident-reports/receipt.js'
export {
  ACKNOWLEDGE_WITHIN_MS,
  CASE_INBOX_PAGE_MAX,
  CASE_SEVERITIES,
  CaseSeverity,
  FOLLOW_UP_WITHIN_MS,
} from './cases/case-inbox.js'
export { TransparencyReason } from './transparency/transparency-reasons.js'
export {
  SURVEY_ANSWERS_MAX,
  SURVEY_TEXT_MAX_LENGTH,
  TRANSPARENCY_ADDENDUM_MAX_LENGTH,
  TRANSPARENCY_REPORT_KINDS,
  TRANSPARENCY_REPORT_MAX_LENGTH,
  TransparencyReportKind,
} from './transparency/transparency-limits.js'
export { FULL_REPORT_DUE_DAYS, eventEndsAt, fullReportDueAt } from './transparency/transparency-deadline.js'
export type { EventDays } from './transparency/transparency-deadline.js'
export { renderReportHtml, renderReportText } from './transparency/render-report.js'
export { PrivacyReason } from './transparency/privacy-reasons.js'
export {
  PRIVACY_CHECK_TEXT_MAX_LENGTH,
  PRIVACY_FINDING_KINDS,
  PrivacyFindingKind,
  checkReportPrivacy,
  privacyMatcher,
} from './transparency/privacy-check.js'
export type { PrivacyFinding, RecordedIdentifiers } from './transparency/privacy-check.js'
