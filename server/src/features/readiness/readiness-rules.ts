import { ContactRole, EventKind, type ReadinessItem } from '@conduct-desk/shared'
import type { ContactEntity } from '../contacts/contact.entity.js'
import type { EventEntity } from '../events/event.entity.js'

export interface ReadinessFacts {
  readonly event: EventEntity
  readonly contacts: readonly ContactEntity[]
  readonly policyVersion: number
}

export interface CheckResult {
  readonly key: ReadinessItem
  readonly missing: string[]
  readonly fixIn: 'details' | 'contacts' | 'policy' | 'photo-consent' | 'quiet-room'
}

const named = (contacts: readonly ContactEntity[]) => contacts.map(contact => contact.name)

/**
 * The Working Group's baseline as rules over an event's facts (DESIGN §2 Readiness). Pure, so it is
 * tested as a table; `missing` lists what to fix, empty when the item is met. The kind of event
 * decides which items apply.
 */
export function evaluateReadiness({ event, contacts, policyVersion }: ReadinessFacts): CheckResult[] {
  const conference = event.kind === EventKind.Conference
  const smallFormat = event.kind === EventKind.Workshop || event.kind === EventKind.Sprint
  const committee = contacts.filter(contact => contact.role === ContactRole.Committee)
  const complete = contacts.filter(contact => contact.photoPath !== null && contact.email !== '')
  const checks: CheckResult[] = [
    {
      key: 'named-contact',
      fixIn: 'contacts',
      missing:
        contacts.length === 0
          ? ['no-contacts']
          : complete.length === 0
            ? named(contacts).map(name => `photo:${name}`)
            : [],
    },
    {
      // Whoever a reporter keeps out must be kept out: that works through the contact's account.
      key: 'contacts-have-accounts',
      fixIn: 'contacts',
      missing: named(contacts.filter(contact => contact.accountId === null)),
    },
  ]
  if (conference) {
    checks.push({
      key: 'committee-of-two',
      fixIn: 'contacts',
      missing: committee.length >= 2 ? [] : [`committee:${committee.length}`],
    })
    const dependent = committee.filter(contact => !contact.isIndependent)
    checks.push({
      key: 'independent-committee',
      fixIn: 'contacts',
      missing:
        committee.length > 0 && dependent.length === 0
          ? []
          : committee.length === 0
            ? ['no-committee']
            : named(dependent),
    })
  }
  if (smallFormat) {
    const lead = contacts.some(
      contact => contact.role === ContactRole.LeadOrganizer || contact.role === ContactRole.Coach,
    )
    checks.push({ key: 'lead-or-coach', fixIn: 'contacts', missing: lead ? [] : ['no-lead-or-coach'] })
  }
  if (event.parentEventId !== null || smallFormat) {
    // Co-located events escalate to the larger event's team; small formats are asked to name it.
    checks.push({
      key: 'escalation-path',
      fixIn: 'details',
      missing: event.parentEventId !== null ? [] : ['no-parent-event'],
    })
  }
  checks.push(
    {
      key: 'photo-consent',
      fixIn: 'photo-consent',
      missing:
        event.photoConsentMode !== null && (event.photoConsentMarkers?.length ?? 0) > 0 ? [] : ['not-set'],
    },
    {
      key: 'private-reporting',
      fixIn: 'quiet-room',
      missing: event.quietRoomLocation !== null ? [] : ['no-quiet-room'],
    },
    {
      key: 'contacts-briefed',
      fixIn: 'contacts',
      missing:
        contacts.length === 0
          ? ['no-contacts']
          : named(contacts.filter(contact => contact.briefedOn === null)),
    },
    {
      key: 'visible-identifier',
      fixIn: 'contacts',
      missing:
        contacts.length === 0
          ? ['no-contacts']
          : named(contacts.filter(contact => contact.identifier.trim() === '')),
    },
    { key: 'policy-published', fixIn: 'policy', missing: policyVersion > 0 ? [] : ['not-saved'] },
  )
  return checks
}
