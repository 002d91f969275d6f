import { CASE_STATUSES, CaseStatus, Role } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import type { HeldRole } from '../../authorization/viewer.js'
import {
  actorOf,
  canEdit,
  canLink,
  canMerge,
  canReveal,
  canSignOff,
  canView,
  isRequestedFrom,
  type CaseFacts,
  type CaseReader,
  type CaseWish,
} from './case.policy.js'

const EVENT = 'event-1'
const OTHER_EVENT = 'event-2'

/** The people of the table: each holds roles, and some are named by the case's facts below. */
const PEOPLE: Record<string, readonly HeldRole[]> = {
  responder: [{ role: Role.Responder, eventId: EVENT }],
  excludedByAccount: [{ role: Role.Responder, eventId: EVENT }],
  excludedByContact: [{ role: Role.Responder, eventId: EVENT }],
  recused: [{ role: Role.Responder, eventId: EVENT }],
  otherEventResponder: [{ role: Role.Responder, eventId: OTHER_EVENT }],
  organizer: [{ role: Role.Organizer, eventId: EVENT }],
  chair: [{ role: Role.Chair, eventId: EVENT }],
  wg: [{ role: Role.Wg, eventId: null }],
  excludedWg: [{ role: Role.Wg, eventId: null }],
  admin: [{ role: Role.Admin, eventId: null }],
}

const reader = (name: string): CaseReader => ({
  viewer: { accountId: name, email: `${name}@example.org`, name, roles: PEOPLE[name]! },
  accountId: name,
  // The contact the reporter excluded by name, before it had an account, is this person's.
  contactIds: new Set(name === 'excludedByContact' ? ['contact-without-account'] : [`contact-of-${name}`]),
})

const WISHES: readonly CaseWish[] = [
  { kind: 'excluded', contactId: 'contact-of-excludedByAccount', accountId: 'excludedByAccount' },
  { kind: 'excluded', contactId: 'contact-without-account', accountId: null },
  { kind: 'excluded', contactId: 'contact-of-excludedWg', accountId: 'excludedWg' },
  { kind: 'preferred', contactId: 'contact-of-responder', accountId: 'responder' },
]

const facts = (status: CaseStatus): CaseFacts => ({
  eventId: EVENT,
  status,
  wishes: WISHES,
  recusedAccountIds: new Set(['recused']),
})

/** Who may see a case in each status: the event's responders not kept out, and the WG once escalated. */
const VIEWERS: Record<string, (status: CaseStatus) => boolean> = {
  responder: () => true,
  excludedByAccount: () => false,
  excludedByContact: () => false,
  recused: () => false,
  otherEventResponder: () => false,
  organizer: () => false,
  chair: () => false,
  wg: status => status === CaseStatus.EscalatedToWg,
  excludedWg: () => false,
  admin: () => false,
}

describe('case policy', () => {
  const rows = Object.keys(PEOPLE).flatMap(name => CASE_STATUSES.map(status => [name, status] as const))

  it.each(rows)('%s on a %s case: view, edit, sign off, reveal, merge, link', (name, status) => {
    const person = reader(name)
    const caseFacts = facts(status)
    const sees = VIEWERS[name]!(status)
    expect(canView(person, caseFacts)).toBe(sees)
    expect(canReveal(person, caseFacts)).toBe(sees)
    // A closed case takes no additions until reopened, whoever asks.
    expect(canEdit(person, caseFacts)).toBe(sees && status !== CaseStatus.Closed)
    // Only the event's own responders sign off, and only a proposal waiting for it.
    expect(canSignOff(person, caseFacts)).toBe(
      sees && name === 'responder' && status === CaseStatus.ResolutionProposed,
    )
    expect(actorOf(person, caseFacts)).toBe(!sees ? null : name === 'wg' ? 'wg' : 'responder')
    // Merging and linking are the event's responders' work; merging only while the case is still worked on.
    const isResponder = sees && name === 'responder'
    expect(canLink(person, caseFacts)).toBe(isResponder)
    expect(canMerge(person, caseFacts)).toBe(
      isResponder &&
        [CaseStatus.New, CaseStatus.Acknowledged, CaseStatus.InReview].includes(
          status as 'new' | 'acknowledged' | 'in-review',
        ),
    )
  })

  it('keeps a responder who is also WG out when the reporter excluded them, escalated or not', () => {
    const both: CaseReader = {
      ...reader('excludedWg'),
      viewer: { ...reader('excludedWg').viewer, roles: [...PEOPLE.wg!, ...PEOPLE.responder!] },
    }
    for (const status of CASE_STATUSES) {
      expect(canView(both, facts(status))).toBe(false)
    }
  })

  it('says whom the reporter asked for', () => {
    expect(isRequestedFrom(reader('responder'), facts(CaseStatus.New))).toBe(true)
    expect(isRequestedFrom(reader('recused'), facts(CaseStatus.New))).toBe(false)
  })
})
