/** Why a case request failed; see `errors/error-reasons.ts`. */
export const CaseReason = {
  /** The case is closed: reopen it (back to review) before adding to it. */
  Closed: 'CASE_CLOSED',
  /** This status cannot follow the case's current one, or not for this person's role. */
  MoveNotAllowed: 'CASE_MOVE_NOT_ALLOWED',
  /** That move is made another way: propose a resolution, or sign off the proposal. */
  MoveNeedsItsStep: 'CASE_MOVE_NEEDS_ITS_STEP',
  /** The case has no proposed resolution waiting for sign-offs. */
  NoOpenProposal: 'CASE_NO_OPEN_PROPOSAL',
  /** This person already signed this proposal off. */
  AlreadySignedOff: 'CASE_ALREADY_SIGNED_OFF',
  /** A decision needs the sign-offs of two different responders. */
  SignOffsMissing: 'CASE_SIGN_OFFS_MISSING',
  /** A decision needs the reporter's response, or why they could not be reached. */
  ReporterResponseMissing: 'CASE_REPORTER_RESPONSE_MISSING',
  /** The reporter's response to this proposal is already recorded. */
  ReporterAlreadyResponded: 'CASE_REPORTER_ALREADY_RESPONDED',
  /** "Could not be reached" needs the reason. */
  UnreachableNeedsReason: 'CASE_UNREACHABLE_NEEDS_REASON',
  /** An immediate action is reviewed by another responder than the one who took it. */
  ReviewByAnother: 'CASE_REVIEW_BY_ANOTHER',
  /** This immediate action was already reviewed. */
  AlreadyReviewed: 'CASE_ALREADY_REVIEWED',
  /** A case is assigned only to a responder of its event who may see it. */
  AssigneeNotOnTeam: 'CASE_ASSIGNEE_NOT_ON_TEAM',
  /** Someone changed the case at the same moment: look at it again and retry. */
  ChangedMeanwhile: 'CASE_CHANGED_MEANWHILE',
  /** Closing needs the public summary line for the transparency report. */
  SummaryMissing: 'CASE_SUMMARY_MISSING',
  /** A case cannot be merged into, or linked with, itself. */
  SameCase: 'CASE_SAME_CASE',
  /** Cases are merged or linked only within one event. */
  OtherEvent: 'CASE_OTHER_EVENT',
  /** Only cases still being worked on (new, acknowledged, in review) are merged. */
  NotMergeable: 'CASE_NOT_MERGEABLE',
  /** This case was merged into another one: work on that case. */
  Merged: 'CASE_MERGED',
  /** The case holds several reports: say which reporter the message is for. */
  ReporterNotChosen: 'CASE_REPORTER_NOT_CHOSEN',
} as const
