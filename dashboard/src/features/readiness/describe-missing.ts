/** A translator for the readiness messages; vue-i18n's `t` fits. */
export type Translate = (key: string, values?: Record<string, unknown>, plural?: number) => string

/** The section routes a readiness item is fixed in (the server's `fixIn`). */
export const FIX_IN_ROUTES: Readonly<Record<string, string>> = {
  details: 'events-details',
  contacts: 'contacts-list',
  policy: 'policies-policy',
  'photo-consent': 'events-photo-consent',
  'quiet-room': 'events-quiet-room',
}

/** Facts that are the same whichever item they belong to. */
const FIXED_FACTS: Readonly<Record<string, string>> = {
  'no-contacts': 'readiness.missing.noContacts',
  'no-committee': 'readiness.missing.noCommittee',
  'no-lead-or-coach': 'readiness.missing.noLeadOrCoach',
  'no-parent-event': 'readiness.missing.noParentEvent',
  'no-quiet-room': 'readiness.missing.noQuietRoom',
  'not-saved': 'readiness.missing.notSaved',
}

/** A bare contact name means something different under each item. */
const NAME_FACTS: Readonly<Record<string, string>> = {
  'independent-committee': 'readiness.missing.notIndependent',
  'contacts-briefed': 'readiness.missing.notBriefed',
  'visible-identifier': 'readiness.missing.noIdentifier',
  'contacts-have-accounts': 'readiness.missing.noAccount',
}

/**
 * One sentence for one of the server's short facts about what an item lacks (`no-contacts`,
 * `committee:1`, `photo:Amara Okafor`, a contact's name, …), in the page's language.
 */
export function describeMissing(itemKey: string, fact: string, t: Translate): string {
  const fixed = FIXED_FACTS[fact]
  if (fixed !== undefined) {
    return t(fixed)
  }
  if (fact === 'not-set') {
    return itemKey === 'photo-consent' ? t('readiness.missing.noPhotoConsent') : t('readiness.missing.notSet')
  }
  const committee = /^committee:(\d+)$/.exec(fact)
  if (committee !== null) {
    const count = Number(committee[1])
    return t('readiness.missing.committeeSize', { count }, count)
  }
  if (fact.startsWith('photo:')) {
    return t('readiness.missing.noPhoto', { name: fact.slice('photo:'.length) })
  }
  return t(NAME_FACTS[itemKey] ?? 'readiness.missing.contact', { name: fact })
}
