/** The kinds of event the Working Group's guide distinguishes; the kind decides which readiness items apply. */
export const EventKind = {
  Conference: 'conference',
  Workshop: 'workshop',
  Sprint: 'sprint',
  Meetup: 'meetup',
} as const
export type EventKind = (typeof EventKind)[keyof typeof EventKind]
export const EVENT_KINDS: readonly EventKind[] = Object.values(EventKind)

/** An event is set up as a draft, shown to the public once published, and closed after it ends. */
export const EventStatus = {
  Draft: 'draft',
  Published: 'published',
  Closed: 'closed',
} as const
export type EventStatus = (typeof EventStatus)[keyof typeof EventStatus]
export const EVENT_STATUSES: readonly EventStatus[] = Object.values(EventStatus)

/** A closed event stays on the public list this long, so late reports still find it (DESIGN §3). */
export const PUBLIC_AFTER_CLOSE_DAYS = 30

/** What a CoC contact is to the event (DESIGN §2). */
export const ContactRole = {
  Committee: 'committee',
  LeadOrganizer: 'lead-organizer',
  Coach: 'coach',
} as const
export type ContactRole = (typeof ContactRole)[keyof typeof ContactRole]
export const CONTACT_ROLES: readonly ContactRole[] = Object.values(ContactRole)
