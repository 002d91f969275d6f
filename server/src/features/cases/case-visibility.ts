import type { CaseAccessEntity } from './case-access.entity.js'

/**
 * Whether a responder may see a case, given which of the event's contacts are theirs: not if the
 * reporter excluded any of them (SECURITY R10). Role and event are checked by the caller; this is
 * the rule the reporter set, and it is read afresh on every request.
 */
export function isVisibleTo(
  viewerContactIds: ReadonlySet<string>,
  access: readonly CaseAccessEntity[],
): boolean {
  return !access.some(row => row.kind === 'excluded' && viewerContactIds.has(row.contactId))
}
