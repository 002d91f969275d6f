import { AccountReason } from '../accounts/account-reasons.js'
import { ContactReason } from '../contacts/contact-reasons.js'
import { EventReason } from '../events/event-reasons.js'
import { ReportReason } from '../incident-reports/report-reasons.js'
import { KioskDeviceReason } from '../kiosk-devices/kiosk-device-reasons.js'
import { OfficeHourReason } from '../office-hours/office-hour-reasons.js'
import { AttachmentReason } from '../attachments/attachment-reasons.js'
import { AuditReason } from '../audit/audit-reasons.js'
import { CaseReason } from '../cases/case-reasons.js'
import { TransparencyReason } from '../transparency/transparency-reasons.js'
import { PrivacyReason } from '../transparency/privacy-reasons.js'

/**
 * Why a request failed, finer than its `ErrorCode`: a stable string that both apps translate, so no
 * screen ever shows the server's English. Each feature declares its reasons beside its other rules
 * (`<feature>/<feature>-reasons.ts`) and they are gathered here; a reason names one situation a
 * person can act on ("sign in first to accept"), never an internal cause.
 */
export const ERROR_REASON_GROUPS = {
  accounts: AccountReason,
  contacts: ContactReason,
  events: EventReason,
  incidentReports: ReportReason,
  kioskDevices: KioskDeviceReason,
  officeHours: OfficeHourReason,
  attachments: AttachmentReason,
  audit: AuditReason,
  cases: CaseReason,
  transparency: TransparencyReason,
  transparencyPrivacy: PrivacyReason,
} as const satisfies Record<string, Record<string, string>>

type Groups = typeof ERROR_REASON_GROUPS
type ValuesOf<T> = T[keyof T]

export type ErrorReason = ValuesOf<{ [G in keyof Groups]: ValuesOf<Groups[G]> }>

const ALL_REASONS: ReadonlySet<string> = new Set(
  Object.values(ERROR_REASON_GROUPS).flatMap(group => Object.values(group as Record<string, string>)),
)

export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && ALL_REASONS.has(value)
}
