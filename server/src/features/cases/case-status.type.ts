import { CASE_STATUSES, caseStatusName, type CaseStatus } from '@conduct-desk/shared'
import { registerEnumType } from 'type-graphql'

/** The GraphQL enum of case statuses: SCREAMING_SNAKE names, valued by the shared lowercase strings. */
export const CaseStatusEnum = Object.fromEntries(
  CASE_STATUSES.map(status => [caseStatusName(status), status]),
) as Record<string, CaseStatus>
registerEnumType(CaseStatusEnum, {
  name: 'CaseStatus',
  description: 'A case’s life; the reporter sees each in plain words (DESIGN §2).',
})
