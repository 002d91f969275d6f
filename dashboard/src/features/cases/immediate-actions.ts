import type { CasesEntryFieldsFragment } from '@/graphql/generated/graphql'

type Entry = Pick<CasesEntryFieldsFragment, 'kind' | 'reviewDueAt' | 'reviewedAt'>

/** An immediate action still unreviewed when its 24 hours are up (the team was reminded by email). */
export function isReviewOverdue(entry: Entry, now: number): boolean {
  return (
    entry.kind === 'IMMEDIATE_ACTION' &&
    entry.reviewedAt === null &&
    entry.reviewDueAt !== null &&
    Date.parse(entry.reviewDueAt) <= now
  )
}
