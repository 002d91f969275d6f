/** Why a report was refused; see `errors/error-reasons.ts`. */
export const ReportReason = {
  ContactsNotOfEvent: 'REPORT_CONTACTS_NOT_OF_EVENT',
  CategoryUnknown: 'REPORT_CATEGORY_UNKNOWN',
} as const
