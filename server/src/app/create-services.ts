import type { Config } from '../config/config.js'
import type { Database } from '../db/database.js'
import { InvitationService } from '../features/accounts/invitation.service.js'
import { SessionService } from '../features/accounts/session.service.js'
import { SignInService } from '../features/accounts/sign-in.service.js'
import { createContactLoaders } from '../features/contacts/contact.loaders.js'
import { ContactService } from '../features/contacts/contact.service.js'
import { EventService } from '../features/events/event.service.js'
import { FailureThrottle } from '../platform/rate-limit/failure-throttle.js'
import type { Clock } from '../platform/time/clock.js'

export interface ServiceDeps {
  readonly db: Database
  readonly clock: Clock
  readonly config: Pick<Config, 'publicUrl'>
}

/** SECURITY R12: five failed sign-ins per minute per account, then a lock that doubles each time. */
const SIGN_IN_THROTTLE = { maxFailures: 5, windowMs: 60_000, baseLockMs: 60_000, maxKeys: 50_000 }

/** Builds every service once per process. The only place services learn about each other. */
export function createServices({ db, clock, config }: ServiceDeps) {
  const sessions = new SessionService(db, clock)
  return {
    sessions,
    signIn: new SignInService(db, sessions, new FailureThrottle(clock, SIGN_IN_THROTTLE)),
    invitations: new InvitationService(db, clock, `${config.publicUrl}/dashboard`),
    events: new EventService(db, clock),
    contacts: new ContactService(db, clock),
  }
}

export type Services = ReturnType<typeof createServices>

/** Per request: fresh DataLoaders, so nothing cached outlives the request that read it. */
export function createLoaders(services: Services) {
  return { ...createContactLoaders(services.contacts) }
}

export type Loaders = ReturnType<typeof createLoaders>
