/**
 * What an audit log entry records someone did (SECURITY R39, R40): `<object>.<verb>`, never the
 * content. A feature adds its actions here, and the dashboard words each one
 * (`audit.actions.<action>` in both languages; a test checks there is a text for every action).
 */
export const AuditAction = {
  /** Someone read a case's content (its page, its timeline, its files). */
  CaseRead: 'case.read',
  /** A case was opened: from an incident report, a report taken by a responder, or by the team. */
  CaseOpen: 'case.open',
  /** The case's status moved. */
  CaseStatus: 'case.status',
  /** A message to or from the reporter. */
  CaseMessage: 'case.message',
  /** A note of the team. */
  CaseNote: 'case.note',
  /** Someone was assigned to the case, or unassigned. */
  CaseAssign: 'case.assign',
  /** A resolution was proposed. */
  CasePropose: 'case.propose',
  /** A responder signed off a proposed resolution. */
  CaseSignOff: 'case.sign-off',
  /** The reporter's response to the proposed resolution was recorded. */
  CaseReporterResponse: 'case.reporter-response',
  /** A responder recused themselves. */
  CaseRecuse: 'case.recuse',
  /** The case went to the Working Group. */
  CaseEscalate: 'case.escalate',
  /** A person involved was added, or their role changed. */
  CasePerson: 'case.person',
  /** Someone saw the real names behind the code names. */
  CaseReveal: 'case.reveal',
  /** A file was attached. */
  CaseAttach: 'case.attach',
  /** An immediate action was recorded. */
  CaseImmediateAction: 'case.immediate-action',
  /** The team's review (jurisdiction, impact, risk) changed. */
  CaseReview: 'case.review',
  /** The public summary line changed. */
  CaseSummary: 'case.summary',
  /** Cases were merged into this one. */
  CaseMerge: 'case.merge',
  /** The case was linked with another case of its event, or unlinked. */
  CaseLink: 'case.link',
  /** A transparency report (initial or full) was published. */
  TransparencyPublish: 'transparency.publish',
  /** A dated addendum was added to a published full transparency report. */
  TransparencyAddendum: 'transparency.addendum',
  /** The post-event survey's answers were recorded (replacing the earlier ones). */
  TransparencySurvey: 'transparency.survey',
  /** Someone looked at the audit log itself. */
  AuditView: 'audit.view',
} as const

export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction]

/** Every action, in the order above: the dashboard's filter and its check that it words each one. */
export const AUDIT_ACTIONS: readonly AuditAction[] = Object.values(AuditAction)

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value)
}

/** The most entries one page of the audit view holds. */
export const AUDIT_PAGE_MAX = 50

/** The GraphQL enum name of an action: `case.sign-off` → `CASE_SIGN_OFF`. */
export function auditActionName(action: AuditAction): string {
  return action.toUpperCase().replaceAll(/[.-]/g, '_')
}
