/**
 * What an event team can do about a case (DESIGN §5), chosen on the proposed resolution. Stored and
 * counted by these keys (the transparency report's "by action"), never as words: the keys are the
 * same in the database, the schema's `CaseAction` enum and the statistics.
 */
export const CASE_ACTIONS = [
  'NO_ACTION',
  'TOLD_TO_STOP',
  'AVOID_CONTACT',
  'VERBAL_WARNING',
  'WRITTEN_WARNING',
  'ASKED_TO_APOLOGIZE',
  'TALK_ENDED',
  'SLIDES_OR_RECORDING_CHANGED',
  'EXCLUDED_FROM_SOCIAL_EVENTS',
  'REMOVED_FROM_VOLUNTEERING_OR_SPEAKING',
  'REMOVED_FROM_EVENT',
  'RECOMMENDED_TO_WG',
  'REFERRED_TO_LAW_ENFORCEMENT',
] as const

export type CaseAction = (typeof CASE_ACTIONS)[number]

export function isCaseAction(value: unknown): value is CaseAction {
  return typeof value === 'string' && (CASE_ACTIONS as readonly string[]).includes(value)
}
