/**
 * The Working Group's baseline as a checklist (DESIGN §2 Readiness). The server decides which items
 * apply to an event and whether each is met; the apps translate the keys.
 */
export const READINESS_ITEMS = [
  'named-contact',
  'contacts-have-accounts',
  'committee-of-two',
  'independent-committee',
  'lead-or-coach',
  'escalation-path',
  'photo-consent',
  'private-reporting',
  'contacts-briefed',
  'visible-identifier',
  'policy-published',
] as const
export type ReadinessItem = (typeof READINESS_ITEMS)[number]
