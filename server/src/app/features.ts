import { accountsFeature } from '../features/accounts/accounts.feature.js'
import { attachmentsFeature } from '../features/attachments/attachments.feature.js'
import { casesFeature } from '../features/cases/cases.feature.js'
import { contactsFeature } from '../features/contacts/contacts.feature.js'
import { eventsFeature } from '../features/events/events.feature.js'
import { incidentReportsFeature } from '../features/incident-reports/incident-reports.feature.js'
import { kioskDevicesFeature } from '../features/kiosk-devices/kiosk-devices.feature.js'
import { officeHoursFeature } from '../features/office-hours/office-hours.feature.js'
import { policiesFeature } from '../features/policies/policies.feature.js'
import { readinessFeature } from '../features/readiness/readiness.feature.js'
import { urgentHelpFeature } from '../features/urgent-help/urgent-help.feature.js'
import type { Feature } from '../platform/feature/feature.js'

/** Every feature of the server, one line each. */
export const features: readonly Feature[] = [
  accountsFeature,
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
]

export const entities = features.flatMap(feature => feature.entities)
export const resolvers = features.flatMap(feature => feature.resolvers)
/** Root fields that may appear once per document (SECURITY R2), from every feature. */
export const oncePerDocumentFields = features.flatMap(feature => feature.oncePerDocument ?? [])
