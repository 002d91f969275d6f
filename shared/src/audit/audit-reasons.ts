/** Why a request to the audit view was refused; see `errors/error-reasons.ts`. */
export const AuditReason = {
  /** The "from" instant is after the "to" instant. */
  RangeReversed: 'AUDIT_RANGE_REVERSED',
  /** The cursor to continue from is not one the server gave. */
  CursorInvalid: 'AUDIT_CURSOR_INVALID',
} as const
