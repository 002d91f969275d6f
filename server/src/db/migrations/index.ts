import { CreateFoundation1764144000000 } from './1764144000000-create-foundation.js'
import { EventSetup1764230400000 } from './1764230400000-event-setup.js'
import { OfficeHours1764316800000 } from './1764316800000-office-hours.js'
import { IncidentReports1764403200000 } from './1764403200000-incident-reports.js'
import { Attachments1764489600000 } from './1764489600000-attachments.js'
import { AccountableContacts1764576000000 } from './1764576000000-accountable-contacts.js'
import { RateLimitCounters1764662400000 } from './1764662400000-rate-limit-counters.js'
import { TwoFactor1764835200000 } from './1764835200000-two-factor.js'
import { UrgentAlertFollowUp1764921600000 } from './1764921600000-urgent-alert-follow-up.js'
import { EventEmergencyNumber1765008000000 } from './1765008000000-event-emergency-number.js'
import { CheckInWords1765094400000 } from './1765094400000-check-in-words.js'
import { CaseDecisions1765353600000 } from './1765353600000-case-decisions.js'
import { CaseInbox1765440000000 } from './1765440000000-case-inbox.js'
import { CaseEntries1765526400000 } from './1765526400000-case-entries.js'
import { CasePeople1765612800000 } from './1765612800000-case-people.js'
import { RemindersAndWgContact1765958400000 } from './1765958400000-reminders-and-wg-contact.js'
import { CaseInboxSpeed1765699200000 } from './1765699200000-case-inbox-speed.js'
import { CaseMerge1765785600000 } from './1765785600000-case-merge.js'
import { CaseFirstRead1765180800000 } from './1765180800000-case-first-read.js'
import { AuditLog1765267200000 } from './1765267200000-audit-log.js'
import { TeamAttachments1765872000000 } from './1765872000000-team-attachments.js'
import { CaseActions1766044800000 } from './1766044800000-case-actions.js'
import { TransparencyReports1766131200000 } from './1766131200000-transparency-reports.js'

/** Every migration, oldest first. A new migration is added here, and nowhere else. */
export const migrations = [
  CreateFoundation1764144000000,
  EventSetup1764230400000,
  OfficeHours1764316800000,
  IncidentReports1764403200000,
  Attachments1764489600000,
  AccountableContacts1764576000000,
  RateLimitCounters1764662400000,
  TwoFactor1764835200000,
  UrgentAlertFollowUp1764921600000,
  EventEmergencyNumber1765008000000,
  CheckInWords1765094400000,
  CaseFirstRead1765180800000,
  AuditLog1765267200000,
  CaseDecisions1765353600000,
  CaseInbox1765440000000,
  CaseEntries1765526400000,
  CasePeople1765612800000,
  CaseInboxSpeed1765699200000,
  CaseMerge1765785600000,
  TeamAttachments1765872000000,
  RemindersAndWgContact1765958400000,
  CaseActions1766044800000,
  TransparencyReports1766131200000,
]
