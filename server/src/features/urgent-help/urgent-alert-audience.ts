import { In, type EntityManager } from 'typeorm'
import { CaseAccessEntity } from '../cases/case-access.entity.js'
import { isExcludedBy, type WishSubject } from '../cases/case.policy.js'
import { ContactEntity } from '../contacts/contact.entity.js'
import type { UrgentAlertEntity, UrgentAlertExclusion } from './urgent-alert.entity.js'

/** A wish to keep someone out, in the shape the case rule reads. */
export interface KeptOut {
  readonly kind: 'excluded'
  readonly contactId: string
  readonly accountId: string | null
}

/**
 * Who the person asked to keep out of each alert: the contacts they excluded when they asked (the
 * report form's red button), and, once the alert is linked to a case, the case's exclusions. Both
 * follow the account, as a case's do (SECURITY R10, R52): the place and the case are the report's
 * content, and the person asked that these people not be involved.
 */
export async function keptOutOf(
  read: EntityManager,
  alerts: readonly UrgentAlertEntity[],
): Promise<Map<string, KeptOut[]>> {
  const caseIds = [...new Set(alerts.flatMap(alert => alert.caseId ?? []))]
  const wishes =
    caseIds.length === 0 ? [] : await read.findBy(CaseAccessEntity, { caseId: In(caseIds), kind: 'excluded' })
  return new Map(
    alerts.map(alert => [
      alert.id,
      [
        ...(alert.excluded ?? []).map(entry => ({ kind: 'excluded' as const, ...entry })),
        ...wishes
          .filter(wish => wish.caseId === alert.caseId)
          .map(wish => ({ kind: 'excluded' as const, contactId: wish.contactId, accountId: wish.accountId })),
      ],
    ]),
  )
}

/** Whether the alert may be shown to (or emailed to) this person. */
export function isShownTo(person: WishSubject, keptOut: readonly KeptOut[]): boolean {
  return !isExcludedBy(person, keptOut)
}

/** A signed-in person as exclusions name them: their account and the event's contacts that are them. */
export async function readerOf(
  read: EntityManager,
  accountId: string,
  eventId: string,
): Promise<WishSubject> {
  const rows = await read.findBy(ContactEntity, { eventId, accountId })
  return { accountId, contactIds: new Set(rows.map(row => row.id)) }
}

/** A contact as exclusions name them, for email: the contact, and its account if it has one. */
export function contactAsReader(contact: Pick<ContactEntity, 'id' | 'accountId'>): WishSubject {
  // An account id that matches no wish when the contact has none (wishes without an account hold null).
  return { accountId: contact.accountId ?? `contact:${contact.id}`, contactIds: new Set([contact.id]) }
}

/**
 * The contacts of the event named in `contactIds`, with their accounts now; ids that are not the
 * event's contacts are dropped (a call for help is never refused over them).
 */
export async function exclusionsOf(
  read: EntityManager,
  eventId: string,
  contactIds: readonly string[],
): Promise<UrgentAlertExclusion[] | null> {
  const unique = [...new Set(contactIds)]
  if (unique.length === 0) {
    return null
  }
  const rows = await read.findBy(ContactEntity, { eventId, id: In(unique) })
  return rows.length === 0 ? null : rows.map(row => ({ contactId: row.id, accountId: row.accountId }))
}
