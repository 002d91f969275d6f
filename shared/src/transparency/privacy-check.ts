import { foldWithOffsets, originalRange } from './privacy-fold.js'
import type { FoldedText } from './privacy-fold.js'
import { findEmails, findPhones, phoneIndexOf } from './privacy-contact-details.js'
import { findNamesAndHandles, nameIndexOf } from './privacy-names.js'
import { findExactTimes, findSmallCounts } from './privacy-warnings.js'

/**
 * The privacy check of a transparency report (issue 11, SECURITY R44): the chair's Markdown against
 * every name, email, phone number and handle recorded on the event's cases and accounts. Pure, so the
 * dashboard can run the same rules as the server; the server's answer is the one that blocks.
 */
export const PrivacyFindingKind = {
  Name: 'NAME',
  Email: 'EMAIL',
  Phone: 'PHONE',
  Handle: 'HANDLE',
  SmallCount: 'SMALL_COUNT',
  ExactTime: 'EXACT_TIME',
} as const
export type PrivacyFindingKind = (typeof PrivacyFindingKind)[keyof typeof PrivacyFindingKind]
export const PRIVACY_FINDING_KINDS: readonly PrivacyFindingKind[] = Object.values(PrivacyFindingKind)

export interface PrivacyFinding {
  /** UTF-16 offsets into the text as given (what JavaScript strings index), end exclusive. */
  readonly start: number
  readonly end: number
  /** `text.slice(start, end)`: the caller's own words, never a recorded identifier. */
  readonly text: string
  readonly kind: PrivacyFindingKind
  /** True: publishing waits until it is gone. False: a warning a person weighs (small counts, times). */
  readonly blocking: boolean
}

/** What the event has on record; any may be empty. Phones are compared by their digits only. */
export interface RecordedIdentifiers {
  readonly names: readonly string[]
  readonly emails: readonly string[]
  readonly phones: readonly string[]
  readonly handles: readonly string[]
}

/** A finding over the folded text, before its offsets are mapped back. */
export interface FoldedFinding {
  readonly start: number
  readonly end: number
  readonly kind: PrivacyFindingKind
  readonly blocking: boolean
}

/** The longest text the server checks (a full report is a few thousand characters). */
export const PRIVACY_CHECK_TEXT_MAX_LENGTH = 100_000

/** Builds the indexes once (names, handles, phones), for checking several texts against one event. */
export function privacyMatcher(recorded: RecordedIdentifiers): (text: string) => PrivacyFinding[] {
  const names = nameIndexOf(recorded.names, recorded.handles)
  const phones = phoneIndexOf(recorded.phones)
  return text => {
    const fold = foldWithOffsets(text)
    const found = [
      ...findEmails(fold.folded),
      ...findPhones(fold.folded, phones),
      ...findNamesAndHandles(fold, names),
      ...findSmallCounts(fold.folded),
      ...findExactTimes(fold.folded),
    ]
    return withoutNested(found.map(finding => mapped(text, fold, finding)))
  }
}

export function checkReportPrivacy(text: string, recorded: RecordedIdentifiers): PrivacyFinding[] {
  return privacyMatcher(recorded)(text)
}

function mapped(text: string, fold: FoldedText, finding: FoldedFinding): PrivacyFinding {
  const [start, end] = originalRange(fold, finding.start, finding.end)
  return { start, end, text: text.slice(start, end), kind: finding.kind, blocking: finding.blocking }
}

/** The precedence among findings over the same words: the most specific, blocking reason wins. */
const KIND_RANK: Readonly<Record<PrivacyFindingKind, number>> = {
  EMAIL: 0,
  PHONE: 1,
  HANDLE: 2,
  NAME: 3,
  EXACT_TIME: 4,
  SMALL_COUNT: 5,
}

/**
 * In text order, one finding per place: a finding inside another that blocks at least as much is
 * dropped ("zoe" inside "zoe.k@example.org", "Müller" inside "Jürgen Müller's"), so the dashboard
 * never draws a highlight within a highlight for the same reason.
 */
function withoutNested(findings: readonly PrivacyFinding[]): PrivacyFinding[] {
  const ordered = [...findings].sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      Number(b.blocking) - Number(a.blocking) ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind],
  )
  const kept: PrivacyFinding[] = []
  const open: PrivacyFinding[] = []
  for (const finding of ordered) {
    while (open.length > 0 && open[open.length - 1]!.end <= finding.start) {
      open.pop()
    }
    const covered = open.some(outer => outer.end >= finding.end && (outer.blocking || !finding.blocking))
    if (covered) {
      continue
    }
    kept.push(finding)
    open.push(finding)
  }
  return kept
}
