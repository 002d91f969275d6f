import path from 'node:path'
import type { Config } from '../config/config.js'
import type { Database } from '../db/database.js'
import { InvitationService } from '../features/accounts/invitation.service.js'
import { SessionService } from '../features/accounts/session.service.js'
import { SignInChallengeService } from '../features/accounts/sign-in-challenge.service.js'
import { SignInService } from '../features/accounts/sign-in.service.js'
import { StepUpService } from '../features/accounts/step-up.service.js'
import { TwoFactorAdminService } from '../features/accounts/two-factor-admin.service.js'
import { TwoFactorService } from '../features/accounts/two-factor.service.js'
import { CaseInboxService, caseInboxTopic } from '../features/cases/case-inbox.service.js'
import { ReportFollowUpService } from '../features/incident-reports/report-follow-up.service.js'
import { ReportIntakeService } from '../features/incident-reports/report-intake.service.js'
import { AttachmentService } from '../features/attachments/attachment.service.js'
import { FileSealer } from '../platform/crypto/file-sealer.js'
import { ContactAdminService } from '../features/contacts/contact-admin.service.js'
import { createContactLoaders } from '../features/contacts/contact.loaders.js'
import { ContactService } from '../features/contacts/contact.service.js'
import { EventSetupService } from '../features/events/event-setup.service.js'
import { EventService } from '../features/events/event.service.js'
import { KioskDeviceService } from '../features/kiosk-devices/kiosk-device.service.js'
import { createPolicyLoaders } from '../features/policies/policy.loaders.js'
import { PolicyService } from '../features/policies/policy.service.js'
import { UrgentHelpService } from '../features/urgent-help/urgent-help.service.js'
import { BookingService } from '../features/office-hours/booking.service.js'
import { MeetingNotifier } from '../features/office-hours/meeting-notifier.js'
import { OfficeHourSetupService } from '../features/office-hours/office-hour-setup.service.js'
import type { FieldCipher } from '../platform/crypto/field-cipher.js'
import type { Logger } from '../platform/logging/logger.js'
import type { Mailer } from '../platform/mail/mailer.js'
import { FailureThrottle } from '../platform/rate-limit/failure-throttle.js'
import { RateLimiter } from '../platform/rate-limit/rate-limiter.js'
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
 * SECURITY R12: five failed sign-ins per minute per account, then a lock that doubles each time. Wrong
 * second-factor codes count the same way, per account, under their own key.
 */
const SIGN_IN_THROTTLE = { maxFailures: 5, windowMs: 60_000, baseLockMs: 60_000, maxKeys: 50_000 }
/**
 * Ten wrong booking codes an hour per requester; a thousand from everyone together, high enough that
 * nobody locks the venue out by mistyping, low enough that 50-bit codes stay out of reach.
 */
const CODE_THROTTLE_PER_REQUESTER = {
  maxFailures: 10,
  windowMs: 3_600_000,
  baseLockMs: 3_600_000,
  maxKeys: 50_000,
}
/** Receipts: ten wrong an hour per requester, and ten per reference however many places try it (R12, R23). */
const RECEIPT_THROTTLE = { maxFailures: 10, windowMs: 3_600_000, baseLockMs: 3_600_000, maxKeys: 50_000 }
const CODE_THROTTLE_OVERALL = { maxFailures: 1000, windowMs: 3_600_000, baseLockMs: 300_000, maxKeys: 10 }
/** Kiosk codes: ten wrong a minute from one device or address, then a pause for that requester. */
const ENROLMENT_THROTTLE = { maxFailures: 10, windowMs: 60_000, baseLockMs: 60_000, maxKeys: 10_000 }

/** Builds every service once per process. The only place services learn about each other. */
export function createServices({ db, clock, config, cipher, mailer, pubSub, log }: ServiceDeps) {
  const dashboardUrl = `${config.publicUrl}/dashboard`
  // What the public reads most (the kiosks' event, contacts and policy), cached for a few seconds.
  const publicCache = new TtlCache<unknown>(clock, PUBLIC_CACHE_TTL_MS)
  // Whatever changes what the public sees of an event drops the cache; kiosks pick the change up on
  // their next refresh.
  const onPublicChange = (eventId: string) => {
    publicCache.clear()
    pubSub.publish(`PUBLIC_EVENT:${eventId}`)
  }
  const sessions = new SessionService(db, clock)
  const twoFactor = new TwoFactorService(db, clock, cipher)
  const signInChallenges = new SignInChallengeService(db, clock)
  const signIn = new SignInService(
    db,
    sessions,
    new FailureThrottle(clock, SIGN_IN_THROTTLE),
    twoFactor,
    signInChallenges,
  )
  const contacts = new ContactService(db, clock, publicCache)
  const limiter = new RateLimiter(clock, config.rateLimitsEnabled)
  const publishInbox = (eventId: string) => pubSub.publish(caseInboxTopic(eventId))
  const reportFollowUp = new ReportFollowUpService({
    db,
    clock,
    cipher,
    throttles: {
      perRequester: new FailureThrottle(clock, RECEIPT_THROTTLE),
      perReference: new FailureThrottle(clock, RECEIPT_THROTTLE),
    },
    publish: publishInbox,
  })
  const cases = new CaseInboxService(db, clock, cipher, publishInbox)
  return {
    sessions,
    signIn,
    twoFactor,
    stepUp: new StepUpService(signIn, twoFactor, sessions),
    twoFactorAdmin: new TwoFactorAdminService(db, clock, twoFactor, sessions, signInChallenges),
    invitations: new InvitationService(db, clock, dashboardUrl),
    events: new EventService(db, clock, publicCache),
    eventSetup: new EventSetupService(db, clock, onPublicChange),
    contacts,
    contactAdmin: new ContactAdminService(db, clock, path.join(config.dataDir, 'media'), onPublicChange),
    policies: new PolicyService(db, clock, onPublicChange, publicCache),
    kiosks: new KioskDeviceService(db, clock, new FailureThrottle(clock, ENROLMENT_THROTTLE)),
    officeHourSetup: new OfficeHourSetupService(db, clock),
    bookings: new BookingService({
      db,
      clock,
      cipher,
      limiter,
      codeThrottles: {
        perRequester: new FailureThrottle(clock, CODE_THROTTLE_PER_REQUESTER),
        overall: new FailureThrottle(clock, CODE_THROTTLE_OVERALL),
      },
      notifier: new MeetingNotifier(db, mailer, log),
    }),
    reportIntake: new ReportIntakeService({
      db,
      clock,
      cipher,
      limiter,
      mailer,
      publish: publishInbox,
      dashboardUrl,
      log,
    }),
    reportFollowUp,
    cases,
    attachments: new AttachmentService({
      db,
      clock,
      cipher,
      sealer: new FileSealer(cipher),
      dir: path.join(config.dataDir, 'attachments'),
      followUp: reportFollowUp,
      cases,
      publish: publishInbox,
    }),
    urgentHelp: new UrgentHelpService({
      db,
      clock,
      contacts,
      mailer,
      limiter,
      publish: topic => pubSub.publish(topic),
      dashboardUrl,
      log,
    }),
  }
}

export type Services = ReturnType<typeof createServices>

/** Per request: fresh DataLoaders, so nothing cached outlives the request that read it. */
export function createLoaders(services: Services) {
  return { ...createContactLoaders(services.contacts), ...createPolicyLoaders(services.policies) }
}

export type Loaders = ReturnType<typeof createLoaders>
