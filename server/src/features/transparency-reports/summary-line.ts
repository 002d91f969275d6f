import type { CaseStatus } from '@conduct-desk/shared'
import { plainKey } from './markdown-parts.js'

/** The whole line of a case where law enforcement was called: that, and nothing more (SECURITY R44). */
export const LAW_ENFORCEMENT_LINE = 'Law enforcement was called.'

/** What a case's public summary line needs from the case row: never its content. */
export interface SummarySource {
  readonly status: CaseStatus
  readonly publicSummary: string | null
  readonly lawEnforcementCalled: boolean | null
}

/**
 * A case's status line in the report: "Closed: the person was warned." from its status and public
 * summary, the status alone while it has no summary yet.
 */
export function summaryLine(source: SummarySource): string {
  if (source.lawEnforcementCalled === true) {
    return LAW_ENFORCEMENT_LINE
  }
  const summary = source.publicSummary?.trim() ?? ''
  return summary === '' ? `${plainKey(source.status)}.` : `${plainKey(source.status)}: ${summary}`
}
