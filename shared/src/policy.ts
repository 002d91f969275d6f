/**
 * The baseline every event under the Code of Conduct shows (the Working Group's guide). The apps
 * render each item from its key in their own languages; no event can edit or remove one.
 */
export const BASELINE_POLICY_ITEMS = ['personal-space', 'items', 'photography'] as const
export type BaselinePolicyItem = (typeof BASELINE_POLICY_ITEMS)[number]

/** What an event may add to the baseline; extensions only ever add. */
export const POLICY_EXTENSION_KINDS = [
  'venue-rules',
  'local-law',
  'accessibility',
  'health-and-safety',
  'weapons',
  'other',
] as const
export type PolicyExtensionKind = (typeof POLICY_EXTENSION_KINDS)[number]

export const POLICY_EXTENSION_MAX_LENGTH = 4000
export const POLICY_EXTENSIONS_MAX = 20

/** Opt-in: no photos unless a person shows consent; opt-out: photos unless a person shows refusal. */
export const PHOTO_CONSENT_MODES = ['opt-in', 'opt-out'] as const
export type PhotoConsentMode = (typeof PHOTO_CONSENT_MODES)[number]

/** Report categories an event starts with (editable per event). */
export const DEFAULT_REPORT_CATEGORIES = [
  'unwanted-physical-contact',
  'photography-without-consent',
  'harassment-or-intimidation',
  'offensive-language-or-imagery',
  'talk-or-slide-content',
  'online-or-chat-conduct',
  'items-or-safety',
  'other',
] as const
