import path from 'node:path'
import type { Config } from '../config/config.js'
import type { Database } from '../db/database.js'
import { InvitationService } from '../features/accounts/invitation.service.js'
import { AppointmentService } from '../features/appointments/appointment.service.js'
import { SessionEndings } from '../features/accounts/session-endings.js'
import { SessionService } from '../features/accounts/session.service.js'
import { SignInChallengeService } from '../features/accounts/sign-in-challenge.service.js'
import { SignInService } from '../features/accounts/sign-in.service.js'
import { StepUpService } from '../features/accounts/step-up.service.js'
import { TwoFactorAdminService } from '../features/accounts/two-factor-admin.service.js'
import { TwoFactorService } from '../features/accounts/two-factor.service.js'
import { CaseDecisionsService } from '../features/cases/case-decisions.service.js'
import { CaseDetailService } from '../features/cases/case-detail.service.js'
import { CaseEntriesService } from '../features/cases/case-entries.service.js'
import { CasePeopleService } from '../features/cases/case-people.service.js'
import { CaseReviewService } from '../features/cases/case-review.service.js'
import { CaseEscalationMail } from '../features/cases/case-escalation-mail.js'
import { CASE_ESCALATIONS_TOPIC, CaseEscalationsService } from '../features/cases/case-escalations.service.js'
import { CaseGate } from '../features/cases/case-gate.js'
import {
  CaseInboxService,
  caseInboxTopic,
  type CaseChange,
  type PublishCaseChange,
} from '../features/cases/case-inbox.service.js'
import { CaseLinksService } from '../features/cases/case-links.service.js'
import { CaseMergeService } from '../features/cases/case-merge.service.js'
import { CaseMessagesService } from '../features/cases/case-messages.service.js'
import { CaseOpening } from '../features/cases/case-opening.js'
import { CaseReporterView } from '../features/cases/case-reporter-view.js'
import { ImmediateActionReminders } from '../features/cases/immediate-action-reminders.js'
import { ReportFollowUpService } from '../features/incident-reports/report-follow-up.service.js'
import { ReportIntakeService } from '../features/incident-reports/report-intake.service.js'
import { AttachmentMover } from '../features/attachments/attachment-mover.js'
import { AttachmentService } from '../features/attachments/attachment.service.js'
import { FileSealer } from '../platform/crypto/file-sealer.js'
import { AuditLog } from '../platform/audit/audit-log.js'
import { AuditEntryService } from '../features/audit-entries/audit-entry.service.js'
import { ContactAdminService } from '../features/contacts/contact-admin.service.js'
import { ContactService } from '../features/contacts/contact.service.js'
import { EventSetupService } from '../features/events/event-setup.service.js'
import { EventService } from '../features/events/event.service.js'
import { KioskDeviceService } from '../features/kiosk-devices/kiosk-device.service.js'
import { PolicyService } from '../features/policies/policy.service.js'
import { createTransparencyReportServices } from '../features/transparency-reports/transparency-report-services.js'
import { UrgentHelpService } from '../features/urgent-help/urgent-help.service.js'
import { WorkingGroupContactService } from '../features/working-group-contacts/working-group-contact.service.js'
import { UrgentAlertTeamService } from '../features/urgent-help/urgent-alert-team.service.js'
import { UrgentAlertMail } from '../features/urgent-help/urgent-alert-mail.js'
import {
  urgentAlertsTopic,
  type PublishAlertChange,
  type UrgentAlertChange,
} from '../features/urgent-help/urgent-alert-change.js'
import { BookingService } from '../features/office-hours/booking.service.js'
import { MeetingNotifier } from '../features/office-hours/meeting-notifier.js'
import { MeetingService } from '../features/office-hours/meeting.service.js'
import { OfficeHourSetupService } from '../features/office-hours/office-hour-setup.service.js'
import type { FieldCipher } from '../platform/crypto/field-cipher.js'
import type { Logger } from '../platform/logging/logger.js'
import type { Mailer } from '../platform/mail/mailer.js'
import { Counters } from '../platform/rate-limit/counters.js'
import { DatabaseCounters } from '../platform/rate-limit/database-counters.js'
import { FailureThrottle, type ThrottleRule } from '../platform/rate-limit/failure-throttle.js'
import { RateLimiter } from '../platform/rate-limit/rate-limiter.js'
import { repeatEvery } from '../platform/time/repeat-every.js'
import { createNewReportNotices } from '../features/incident-reports/new-report-notices.js'
import { TtlCache } from '../platform/cache/ttl-cache.js'
import type { Clock } from '../platform/time/clock.js'
import type { PubSub } from './build-schema.js'

export interface ServiceDeps {
  readonly db: Database
  readonly clock: Clock
  readonly config: Pick<Config, 'publicUrl' | 'dataDir' | 'rateLimitsEnabled'>
  readonly cipher: FieldCipher
  readonly mailer: Mailer
  readonly pubSub: PubSub
  readonly log: Logger
}

/** How long another server process's change to a public event may take to show (PERFORMANCE: A1). */
const PUBLIC_CACHE_TTL_MS = 5_000

/**
 * SECURITY R12: five failed sign-ins a minute per account, then a lock of a minute that doubles
 * with each further lock, up to an hour.
 */
const SIGN_IN_THROTTLE: ThrottleRule = {
  max: 5,
  windowMs: 60_000,
  lock: { firstMs: 60_000, longestMs: 3_600_000 },
}
/**
 * Receipts (R23, R54): ten wrong an hour per requester, and ten per reference however many places
 * try it; an hour's pause, never doubling. No count for everyone: that would let anyone close
 * follow-ups to all, and each reference's own count already protects it.
 */
const RECEIPT_THROTTLE: ThrottleRule = {
  max: 10,
  windowMs: 3_600_000,
  lock: { firstMs: 3_600_000, longestMs: 3_600_000 },
}
/**
 * Booking codes: ten wrong an hour per requester; a thousand from everyone together, high enough
 * that nobody locks the venue out by mistyping, low enough that 50-bit codes stay out of reach, and
 * then a five-minute pause that never grows.
 */
const CODE_THROTTLE_PER_REQUESTER: ThrottleRule = {
  max: 10,
  windowMs: 3_600_000,
  lock: { firstMs: 3_600_000, longestMs: 3_600_000 },
  isPerRequester: true,
}
const CODE_THROTTLE_EVERYONE: ThrottleRule = {
  max: 1000,
  windowMs: 3_600_000,
  lock: { firstMs: 300_000, longestMs: 300_000 },
}
/** Kiosk codes: ten wrong a minute from one device or address, then a pause doubling up to 15 minutes. */
const ENROLMENT_THROTTLE: ThrottleRule = {
  max: 10,
  windowMs: 60_000,
  lock: { firstMs: 60_000, longestMs: 15 * 60_000 },
  isPerRequester: true,
}
/** How often expired rate-limit counts are deleted. */
const SWEEP_INTERVAL_MS = 10 * 60_000
/** How often batched emails whose minute is over are sent. */
const DIGEST_TICK_MS = 1_000
/** How often immediate actions unreviewed after 24 hours are looked for (a reminder is at most this late). */
const REMINDER_TICK_MS = 60_000

/** Builds every service once per process. The only place services learn about each other. */
export function createServices({ db, clock, config, cipher, mailer, pubSub, log }: ServiceDeps) {
  const dashboardUrl = `${config.publicUrl}/dashboard`
  // One per process: every audited write appends through it, inside its own transaction.
  const auditLog = new AuditLog(clock)
  // What the public reads most (the kiosks' event, contacts and policy), cached for a few seconds.
  const publicCache = new TtlCache<unknown>(clock, PUBLIC_CACHE_TTL_MS)
  // Whatever changes what the public sees of an event drops the cache; kiosks pick the change up on
  // their next refresh.
  const onPublicChange = (eventId: string) => {
    publicCache.clear()
    pubSub.publish(`PUBLIC_EVENT:${eventId}`)
  }
  // Sign-out and role removal close the session's live sockets at once (the WebSocket door listens).
  const sessionEndings = new SessionEndings()
  const sessions = new SessionService(db, clock, sessionEndings)
  const invitations = new InvitationService(db, clock, dashboardUrl)
  const twoFactor = new TwoFactorService(db, clock, cipher)
  const signInChallenges = new SignInChallengeService(db, clock)
  const contacts = new ContactService(db, clock, publicCache)
  // Rate-limit counts: in the database, shared by every process; network addresses only in memory.
  const counters = new Counters(clock, new DatabaseCounters(db))
  const limiter = new RateLimiter(counters, config.rateLimitsEnabled)
  const signIn = new SignInService(
    db,
    sessions,
    // Wrong passwords count per account; wrong second-factor codes per account under their own key.
    new FailureThrottle(counters, 'sign-in', { account: SIGN_IN_THROTTLE }, 'clear'),
    twoFactor,
    signInChallenges,
  )
  const newReportNotices = createNewReportNotices({ mailer, clock, dashboardUrl, log })
  const immediateActionReminders = new ImmediateActionReminders(db, clock, { mailer, dashboardUrl, log })
  const background = [
    repeatEvery(
      SWEEP_INTERVAL_MS,
      () => counters.sweep(),
      error => log.error({ err: error }, 'rate-limit sweep failed'),
    ),
    repeatEvery(
      DIGEST_TICK_MS,
      () => newReportNotices.flushDue(),
      error => log.error({ err: error }, 'email digest failed'),
    ),
    repeatEvery(
      REMINDER_TICK_MS,
      async () => void (await immediateActionReminders.sendDue()),
      error => log.error({ err: error }, 'immediate action reminders failed'),
    ),
  ]
  const cases = new CaseInboxService(db, clock)
  const publishInbox: PublishCaseChange = (eventId, caseId) => {
    // The inbox keeps its counts until a case of the event changes: this is that moment.
    cases.forgetTotals(eventId)
    pubSub.publish(caseInboxTopic(eventId), { caseId } satisfies CaseChange)
  }
  // Cases: every read of their content and every change goes through the gate (rules + audit).
  const caseGate = new CaseGate(db, clock, auditLog, publishInbox)
  const caseMessages = new CaseMessagesService(db, clock, cipher, caseGate, publishInbox)
  const caseDecisions = new CaseDecisionsService(
    db,
    clock,
    cipher,
    caseGate,
    publishInbox,
    new CaseEscalationMail(db, mailer, dashboardUrl, log),
    () => pubSub.publish(CASE_ESCALATIONS_TOPIC),
  )
  const caseEntries = new CaseEntriesService(db, cipher, caseGate, mailer, dashboardUrl, log)
  const caseReview = new CaseReviewService(cipher, caseGate)
  const casePeople = new CasePeopleService(db, cipher, caseGate)
  const reportFollowUp = new ReportFollowUpService({
    db,
    clock,
    cipher,
    view: new CaseReporterView(db, cipher, caseMessages, caseGate),
    messages: caseMessages,
    decisions: caseDecisions,
    throttle: new FailureThrottle(
      counters,
      'receipt',
      { requester: { ...RECEIPT_THROTTLE, isPerRequester: true }, reference: RECEIPT_THROTTLE },
      'refund',
    ),
  })
  const publishAlert: PublishAlertChange = ({ eventId, ...change }) =>
    pubSub.publish(urgentAlertsTopic(eventId), change satisfies UrgentAlertChange)
  const urgentHelp = new UrgentHelpService({
    db,
    clock,
    contacts,
    limiter,
    publish: publishAlert,
    mail: new UrgentAlertMail({ db, clock, mailer, dashboardUrl, log }),
  })
  return {
    auditLog,
    auditEntries: new AuditEntryService(db, auditLog),
    sessions,
    sessionEndings,
    signIn,
    twoFactor,
    stepUp: new StepUpService(signIn, twoFactor, sessions),
    twoFactorAdmin: new TwoFactorAdminService(db, clock, twoFactor, sessions, signInChallenges),
    invitations,
    appointments: new AppointmentService(db, clock),
    events: new EventService(db, clock, publicCache),
    eventSetup: new EventSetupService(db, clock, onPublicChange),
    contacts,
    contactAdmin: new ContactAdminService(
      db,
      clock,
      path.join(config.dataDir, 'media'),
      onPublicChange,
      invitations,
    ),
    policies: new PolicyService(db, clock, onPublicChange, publicCache),
    kiosks: new KioskDeviceService(
      db,
      clock,
      new FailureThrottle(counters, 'enrolment', { requester: ENROLMENT_THROTTLE }, 'refund'),
    ),
    officeHourSetup: new OfficeHourSetupService(db, clock),
    meetings: new MeetingService(db, clock, cipher),
    bookings: new BookingService({
      db,
      clock,
      cipher,
      limiter,
      codeThrottle: new FailureThrottle(
        counters,
        'booking-code',
        { requester: CODE_THROTTLE_PER_REQUESTER, everyone: CODE_THROTTLE_EVERYONE },
        'refund',
      ),
      notifier: new MeetingNotifier(db, mailer, log),
    }),
    reportIntake: new ReportIntakeService({
      db,
      clock,
      cases: new CaseOpening(clock, cipher, caseGate),
      limiter,
      notices: newReportNotices,
      publish: publishInbox,
      urgentHelp,
      log,
    }),
    reportFollowUp,
    cases,
    caseGate,
    caseDetail: new CaseDetailService(
      db,
      cipher,
      caseGate,
      cases,
      caseMessages,
      caseEntries,
      caseReview,
      casePeople,
    ),
    casePeople,
    caseLinks: new CaseLinksService(db, cipher, caseGate),
    // A merge moves the case's files too: the attachments feature does that part, in the same transaction.
    caseMerge: new CaseMergeService(caseGate, new AttachmentMover()),
    caseEscalations: new CaseEscalationsService(db),
    caseEntries,
    immediateActionReminders,
    caseReview,
    caseMessages,
    caseDecisions,
    attachments: new AttachmentService({
      db,
      clock,
      cipher,
      sealer: new FileSealer(cipher),
      dir: path.join(config.dataDir, 'attachments'),
      followUp: reportFollowUp,
      caseGate,
      publish: publishInbox,
      limiter,
    }),
    urgentHelp,
    ...createTransparencyReportServices({ db, clock, cipher, auditLog, publicUrl: config.publicUrl }),
    workingGroupContact: new WorkingGroupContactService(db, clock),
    urgentAlerts: new UrgentAlertTeamService({ db, clock, cases, publish: publishAlert }),
    /** Forgets expired rate-limit counts now, instead of at the next sweep (tests). */
    sweepRateLimits: () => counters.sweep(),
    /** Stops the timers and sends the batched emails still waiting: call once, at shutdown. */
    async stopBackgroundWork(): Promise<void> {
      await Promise.all(background.map(job => job.stop()))
      await newReportNotices.flushAll()
    },
  }
}

export type Services = ReturnType<typeof createServices>
