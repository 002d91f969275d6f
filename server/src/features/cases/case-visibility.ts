import type { CaseAccessEntity } from './case-access.entity.js'

/**
 * A responder as the reporter's wishes can name them: their account, and the event's contacts that
 * are them. A wish names the account it was made about, or, when the contact had no account yet,
 * the contact, whose later link then decides.
 */
export interface CaseReader {
  readonly accountId: string
  readonly contactIds: ReadonlySet<string>
}

type Wish = Pick<CaseAccessEntity, 'kind' | 'contactId' | 'accountId'>

const names = (reader: CaseReader, wish: Wish) =>
  wish.accountId === reader.accountId || reader.contactIds.has(wish.contactId)

/**
 * Whether a responder may see a case: not if the reporter excluded them (SECURITY R10, R52). Role
 * and event are checked by the caller; this is the rule the reporter set, read afresh on every
 * request.
 */
export function isVisibleTo(reader: CaseReader, wishes: readonly Wish[]): boolean {
  return !wishes.some(wish => wish.kind === 'excluded' && names(reader, wish))
}

/** Whether the reporter asked for this responder by name. */
export function isRequestedFrom(reader: CaseReader, wishes: readonly Wish[]): boolean {
  return wishes.some(wish => wish.kind === 'preferred' && names(reader, wish))
}
