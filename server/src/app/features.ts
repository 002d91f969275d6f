import { accountsFeature } from '../features/accounts/accounts.feature.js'
import { appointmentsFeature } from '../features/appointments/appointments.feature.js'
import { attachmentsFeature } from '../features/attachments/attachments.feature.js'
import { auditEntriesFeature } from '../features/audit-entries/audit-entries.feature.js'
import { casesFeature } from '../features/cases/cases.feature.js'
import { contactsFeature } from '../features/contacts/contacts.feature.js'
import { eventsFeature } from '../features/events/events.feature.js'
import { incidentReportsFeature } from '../features/incident-reports/incident-reports.feature.js'
import { kioskDevicesFeature } from '../features/kiosk-devices/kiosk-devices.feature.js'
import { officeHoursFeature } from '../features/office-hours/office-hours.feature.js'
import { policiesFeature } from '../features/policies/policies.feature.js'
import { readinessFeature } from '../features/readiness/readiness.feature.js'
import { transparencyReportsFeature } from '../features/transparency-reports/transparency-reports.feature.js'
import { urgentHelpFeature } from '../features/urgent-help/urgent-help.feature.js'
import { workingGroupContactsFeature } from '../features/working-group-contacts/working-group-contacts.feature.js'
import type { Feature } from '../platform/feature/feature.js'
import { AuditChainHeadEntity } from '../platform/audit/audit-chain-head.entity.js'
import { AuditEntryEntity } from '../platform/audit/audit-entry.entity.js'
import { RateLimitCounterEntity } from '../platform/rate-limit/rate-limit-counter.entity.js'

/** Every feature of the server, one line each. */
export const features: readonly Feature[] = [
  accountsFeature,
  appointmentsFeature,
  eventsFeature,
  contactsFeature,
  policiesFeature,
  readinessFeature,
  kioskDevicesFeature,
  urgentHelpFeature,
  officeHoursFeature,
  incidentReportsFeature,
  casesFeature,
  attachmentsFeature,
  auditEntriesFeature,
  workingGroupContactsFeature,
  transparencyReportsFeature,
]

/** The features' tables, and the technical ones: the shared rate-limit counts and the audit log. */
export const entities = [
  ...features.flatMap(feature => feature.entities),
  RateLimitCounterEntity,
  AuditEntryEntity,
  AuditChainHeadEntity,
]
export const resolvers = features.flatMap(feature => feature.resolvers)
/** Every encrypted column, for key rotation and the start-up check of the data keys. */
export const sealedColumns = features.flatMap(feature => feature.sealedColumns ?? [])
/** Root fields that may appear once per document (SECURITY R2), from every feature. */
export const oncePerDocumentFields = features.flatMap(feature => feature.oncePerDocument ?? [])
