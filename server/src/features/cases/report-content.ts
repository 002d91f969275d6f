import { z } from 'zod'

/**
 * Everything a person told us about an incident, as it is sealed into one encrypted document. One
 * schema, so what is encrypted and what the team reads back cannot drift apart, and a document that
 * does not match it (a bug, a tampered row that still decrypts) fails loudly instead of showing
 * half a report.
 */
const reportContentV1 = z.object({
  /** Absent in documents sealed before the document had a version: those are version 1. */
  version: z.literal(1).default(1),
  description: z.string(),
  when: z.string().nullable(),
  where: z.string().nullable(),
  peopleInvolved: z.string().nullable(),
  witnesses: z.string().nullable(),
  contactDetails: z.string().nullable(),
  preferredContactIds: z.array(z.string()),
  excludedContactIds: z.array(z.string()),
  /** On-site reports only: what the responder noted about the conversation. */
  onSite: z
    .object({ isConfidentialityExplained: z.boolean(), isImmediateActionNeeded: z.boolean() })
    .nullable(),
})

export type ReportContent = Readonly<Omit<z.output<typeof reportContentV1>, 'version'>>

/** The current version is written; older ones are read (and upgraded here when a version 2 comes). */
export const REPORT_CONTENT_VERSION = 1

export function sealableReportContent(content: ReportContent): string {
  return JSON.stringify({ version: REPORT_CONTENT_VERSION, ...content })
}

/** @throws when the decrypted document is not a report document of a known version. */
export function parseReportContent(json: string): ReportContent {
  const { version: _version, ...content } = reportContentV1.parse(JSON.parse(json))
  return content
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
