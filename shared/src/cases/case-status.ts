/**
 * A case's life (DESIGN §2): new → acknowledged → in review → resolution proposed (shared with the
 * reporter) → decided (two responders sign off) → closed, and escalated to the Working Group from
 * any open status. The reporter sees each in plain words.
 */
export const CaseStatus = {
  New: 'new',
  Acknowledged: 'acknowledged',
  InReview: 'in-review',
  ResolutionProposed: 'resolution-proposed',
  Decided: 'decided',
  Closed: 'closed',
  EscalatedToWg: 'escalated-to-wg',
} as const
export type CaseStatus = (typeof CaseStatus)[keyof typeof CaseStatus]
export const CASE_STATUSES: readonly CaseStatus[] = Object.values(CaseStatus)

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value)
}

/** Who moves a case: its event's responders, or the Working Group once it is escalated to them. */
export type CaseActor = 'responder' | 'wg'

/**
 * How a move is made. `plain`: one person says so. `proposal`: a proposed resolution is written,
 * for the reporter to see. `sign-offs`: two different responders sign the proposal off and the
 * reporter's response (or why they could not be reached) is recorded: nobody adjudicates alone.
 * `summary`: closing needs the public summary line of the transparency report.
 */
export type CaseMove = 'plain' | 'proposal' | 'sign-offs' | 'summary'

export interface CaseTransition {
  readonly from: CaseStatus
  readonly to: CaseStatus
  readonly by: readonly CaseActor[]
  readonly move: CaseMove
}

const R: readonly CaseActor[] = ['responder']
const { New, Acknowledged, InReview, ResolutionProposed, Decided, Closed, EscalatedToWg } = CaseStatus

/** Every allowed move; anything else is refused. Tested as a table (case-status.test.ts). */
export const CASE_TRANSITIONS: readonly CaseTransition[] = [
  { from: New, to: Acknowledged, by: R, move: 'plain' },
  { from: New, to: InReview, by: R, move: 'plain' },
  { from: Acknowledged, to: InReview, by: R, move: 'plain' },
  { from: InReview, to: ResolutionProposed, by: R, move: 'proposal' },
  { from: ResolutionProposed, to: InReview, by: R, move: 'plain' },
  { from: ResolutionProposed, to: Decided, by: R, move: 'sign-offs' },
  { from: Decided, to: Closed, by: R, move: 'summary' },
  { from: Decided, to: InReview, by: R, move: 'plain' },
  { from: Closed, to: InReview, by: R, move: 'plain' },
  // Serious cases go to the Working Group during the event, from any open status.
  ...[New, Acknowledged, InReview, ResolutionProposed, Decided].map(from => ({
    from,
    to: EscalatedToWg,
    by: R,
    move: 'plain' as const,
  })),
  { from: EscalatedToWg, to: InReview, by: ['responder', 'wg'], move: 'plain' },
  { from: EscalatedToWg, to: Closed, by: ['wg'], move: 'summary' },
]

/** The allowed move from `from` to `to` for `actor`, or null when there is none. */
export function transitionOf(from: CaseStatus, to: CaseStatus, actor: CaseActor): CaseTransition | null {
  return (
    CASE_TRANSITIONS.find(
      transition => transition.from === from && transition.to === to && transition.by.includes(actor),
    ) ?? null
  )
}

/** Open: the team still works on it (the overdue targets apply). */
export function isOpenCaseStatus(status: CaseStatus): boolean {
  return status !== Closed && status !== Decided
}

/**
 * Merged: two cases about the same incident become one while the team still works on both. Never
 * once a resolution is proposed (a reporter has seen it), decided, closed or with the Working Group.
 */
export const MERGEABLE_CASE_STATUSES: readonly CaseStatus[] = [New, Acknowledged, InReview]

export function isMergeableCaseStatus(status: CaseStatus): boolean {
  return MERGEABLE_CASE_STATUSES.includes(status)
}

/** The GraphQL enum name of a status: `in-review` is `IN_REVIEW`. */
export function caseStatusName(status: CaseStatus): string {
  return status.toUpperCase().replaceAll('-', '_')
}

/** The status behind a GraphQL enum name, or null for a name the apps do not know yet. */
export function caseStatusFromName(name: string): CaseStatus | null {
  return CASE_STATUSES.find(status => caseStatusName(status) === name) ?? null
}
