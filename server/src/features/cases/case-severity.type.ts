import { CASE_SEVERITIES, type CaseSeverity } from '@conduct-desk/shared'
import { registerEnumType } from 'type-graphql'

/** The GraphQL enum of severities: MINOR, MODERATE, SERIOUS, valued by the shared strings. */
export const CaseSeverityEnum = Object.fromEntries(
  CASE_SEVERITIES.map(severity => [severity.toUpperCase(), severity]),
) as Record<string, CaseSeverity>
registerEnumType(CaseSeverityEnum, {
  name: 'CaseSeverity',
  description: 'How serious the team judges a case.',
})
