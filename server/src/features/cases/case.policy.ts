import { CaseStatus, isMergeableCaseStatus, Role, type CaseActor } from '@conduct-desk/shared'
import { holdsRole, type Viewer } from '../../authorization/viewer.js'
import type { CaseAccessEntity } from './case-access.entity.js'

/**
 * Who may do what with a case: the one place these rules live (SECURITY R10, R52; DESIGN §2). Pure
 * functions over facts read afresh on every request, so an exclusion or a recusal holds from the
 * very next request on every path (list, by id, counts, files, emails, live updates). Table-tested
 * in case.policy.test.ts.
 */

/**
 * A person as a reporter's wishes name them: their account, and the contacts of the case's event
 * that are them (a wish made about a contact with no account yet names the contact).
 */
export interface WishSubject {
  readonly accountId: string
  readonly contactIds: ReadonlySet<string>
}

/** The signed-in viewer as a case's rules name them. */
export interface CaseReader extends WishSubject {
  readonly viewer: Viewer
}

export type CaseWish = Pick<CaseAccessEntity, 'kind' | 'contactId' | 'accountId'>

/** What the rules need to know about one case. */
export interface CaseFacts {
  readonly eventId: string
  readonly status: CaseStatus
  /** The reporter's wishes: preferred and excluded contacts. */
  readonly wishes: readonly CaseWish[]
  /** Accounts that stand aside: declared conflicts and responders among the people involved. */
  readonly recusedAccountIds: ReadonlySet<string>
}

const names = (subject: WishSubject, wish: CaseWish) =>
  wish.accountId === subject.accountId || subject.contactIds.has(wish.contactId)

/** Whether the reporter asked that this person never see their report (urgent alerts read it too). */
export function isExcludedBy(subject: WishSubject, wishes: readonly CaseWish[]): boolean {
  return wishes.some(wish => wish.kind === 'excluded' && names(subject, wish))
}

/** Excluded by the reporter, or recused: such a person learns nothing of the case, not even that it exists. */
export function isKeptFrom(reader: CaseReader, facts: CaseFacts): boolean {
  return facts.recusedAccountIds.has(reader.accountId) || isExcludedBy(reader, facts.wishes)
}

/** In whose name the reader works on the case: one of its event's responders, the Working Group, or neither. */
export function actorOf(reader: CaseReader, facts: CaseFacts): CaseActor | null {
  if (isKeptFrom(reader, facts)) {
    return null
  }
  if (holdsRole(reader.viewer, Role.Responder, facts.eventId)) {
    return 'responder'
  }
  // The Working Group reads a case the event's team escalated to them, and nothing else of it.
  if (facts.status === CaseStatus.EscalatedToWg && holdsRole(reader.viewer, Role.Wg)) {
    return 'wg'
  }
  return null
}

export function canView(reader: CaseReader, facts: CaseFacts): boolean {
  return actorOf(reader, facts) !== null
}

/**
 * Add to the case: notes, messages, proposals, responses. A closed case is read-only until it is
 * reopened, which is a status move (`transitionOf` with `actorOf`), not an edit.
 */
export function canEdit(reader: CaseReader, facts: CaseFacts): boolean {
  return actorOf(reader, facts) !== null && facts.status !== CaseStatus.Closed
}

/** Sign off a proposed resolution: the event's own responders, never the Working Group for them. */
export function canSignOff(reader: CaseReader, facts: CaseFacts): boolean {
  return actorOf(reader, facts) === 'responder' && facts.status === CaseStatus.ResolutionProposed
}

/** See the real names behind person code names (after a step-up, and audited by the caller). */
export function canReveal(reader: CaseReader, facts: CaseFacts): boolean {
  return actorOf(reader, facts) !== null
}

/**
 * Merge this case with another (checked on both): the event's responders, while the team still
 * works on it (MERGEABLE_CASE_STATUSES): never once a reporter saw a proposal, nor after a decision.
 */
export function canMerge(reader: CaseReader, facts: CaseFacts): boolean {
  return actorOf(reader, facts) === 'responder' && isMergeableCaseStatus(facts.status)
}

/** Link this case with another of its event (checked on both): the event's responders. */
export function canLink(reader: CaseReader, facts: CaseFacts): boolean {
  return actorOf(reader, facts) === 'responder'
}

/** Whether the reporter asked for this responder by name. */
export function isRequestedFrom(reader: CaseReader, facts: CaseFacts): boolean {
  return facts.wishes.some(wish => wish.kind === 'preferred' && names(reader, wish))
}
