import { AccountResolver } from '../features/accounts/account.resolver.js'
import { AuditEntryResolver } from '../features/audit-entries/audit-entry.resolver.js'
import { TwoFactorResolver, ViewerTwoFactorResolver } from '../features/accounts/two-factor.resolver.js'
import { AppointmentResolver } from '../features/appointments/appointment.resolver.js'
import { CaseAttachmentsResolver } from '../features/attachments/case-attachments.resolver.js'
import { CaseEscalationsResolver } from '../features/cases/case-escalations.resolver.js'
import { CaseLinksResolver } from '../features/cases/case-links.resolver.js'
import { CaseRecordResolver } from '../features/cases/case-record.resolver.js'
import { CaseResolver } from '../features/cases/case.resolver.js'
import { ContactAdminResolver, EventContactsResolver } from '../features/contacts/contact-admin.resolver.js'
import { PublicEventContactsResolver } from '../features/contacts/public-event-contacts.resolver.js'
import { EventSetupResolver } from '../features/events/event-setup.resolver.js'
import { EventResolver } from '../features/events/event.resolver.js'
import { IncidentReportResolver } from '../features/incident-reports/incident-report.resolver.js'
import { KioskDeviceResolver } from '../features/kiosk-devices/kiosk-device.resolver.js'
import { OfficeHoursTeamResolver } from '../features/office-hours/office-hours-team.resolver.js'
import { OfficeHoursResolver } from '../features/office-hours/office-hours.resolver.js'
import {
  EventPolicyResolver,
  PolicyResolver,
  PublicEventPolicyResolver,
} from '../features/policies/policy.resolver.js'
import { ReadinessResolver } from '../features/readiness/readiness.resolver.js'
import { ReportPrivacyResolver } from '../features/transparency-reports/report-privacy.resolver.js'
import { TransparencyStatisticsResolver } from '../features/transparency-reports/transparency-statistics.resolver.js'
import { TransparencyReportResolver } from '../features/transparency-reports/transparency-report.resolver.js'
import { UrgentHelpResolver } from '../features/urgent-help/urgent-help.resolver.js'
import { WorkingGroupContactResolver } from '../features/working-group-contacts/working-group-contact.resolver.js'
import { ResolverInstances } from '../platform/graphql/resolver-instances.js'
import type { Services } from './create-services.js'

/**
 * One instance of every resolver, each given the services it calls: type-graphql takes them as its
 * container (build-schema.ts), so a resolver imports its services' types, never the composition.
 */
export function createResolvers(services: Services): ResolverInstances {
  return new ResolverInstances([
    new AccountResolver(services),
    new TwoFactorResolver(services),
    new ViewerTwoFactorResolver(services),
    new AppointmentResolver(services),
    new AuditEntryResolver(services),
    new CaseAttachmentsResolver(services),
    new CaseResolver(services),
    new CaseRecordResolver(services),
    new CaseEscalationsResolver(services),
    new CaseLinksResolver(services),
    new ContactAdminResolver(services),
    new EventContactsResolver(services),
    new PublicEventContactsResolver(services),
    new EventSetupResolver(services),
    new EventResolver(services),
    new IncidentReportResolver(services),
    new KioskDeviceResolver(services),
    new OfficeHoursTeamResolver(services),
    new OfficeHoursResolver(services),
    new PolicyResolver(services),
    new PublicEventPolicyResolver(services),
    new EventPolicyResolver(services),
    new ReadinessResolver(services),
    new TransparencyStatisticsResolver(services),
    new TransparencyReportResolver(services),
    new ReportPrivacyResolver(services),
    new UrgentHelpResolver(services),
    new WorkingGroupContactResolver(services),
  ])
}
