/**
 * Everything a person told us about an incident, as it is sealed into one encrypted document. Kept
 * as one type so what is encrypted and what the team reads back cannot drift apart.
 */
export interface ReportContent {
  readonly description: string
  readonly when: string | null
  readonly where: string | null
  readonly peopleInvolved: string | null
  readonly witnesses: string | null
  readonly contactDetails: string | null
  readonly preferredContactIds: readonly string[]
  readonly excludedContactIds: readonly string[]
  /** On-site reports only: what the responder noted about the conversation. */
  readonly onSite: {
    readonly isConfidentialityExplained: boolean
    readonly isImmediateActionNeeded: boolean
  } | null
}

const clean = (value: string | null | undefined) => (value?.trim() ? value.trim() : null)

export function toReportContent(input: {
  description: string
  when?: string | null
  where?: string | null
  peopleInvolved?: string | null
  witnesses?: string | null
  contactDetails?: string | null
  preferredContactIds?: readonly string[] | null
  excludedContactIds?: readonly string[] | null
  onSite?: ReportContent['onSite']
}): ReportContent {
  return {
    description: input.description.trim(),
    when: clean(input.when),
    where: clean(input.where),
    peopleInvolved: clean(input.peopleInvolved),
    witnesses: clean(input.witnesses),
    contactDetails: clean(input.contactDetails),
    preferredContactIds: [...new Set(input.preferredContactIds ?? [])],
    excludedContactIds: [...new Set(input.excludedContactIds ?? [])],
    onSite: input.onSite ?? null,
  }
}
