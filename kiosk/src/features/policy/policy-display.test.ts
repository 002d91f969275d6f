import { BASELINE_POLICY_ITEMS, POLICY_EXTENSION_KINDS } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import en from '@/i18n/en.json'
import pt from '@/i18n/pt.json'
import { baselineItemsOf, extensionGroupsOf } from './policy-display'

describe('policy display', () => {
  it('has words for every baseline item and every extension kind, in every language', () => {
    for (const messages of [en, pt]) {
      expect(Object.keys(messages.policy.baseline.items).sort()).toEqual([...BASELINE_POLICY_ITEMS].sort())
      expect(Object.keys(messages.policy.extensions.kinds).sort()).toEqual([...POLICY_EXTENSION_KINDS].sort())
    }
  })

  it('shows the baseline keys it knows, in the server order, and never an empty baseline', () => {
    expect(baselineItemsOf(['photography', 'from-the-future', 'items'])).toEqual(['photography', 'items'])
    expect(baselineItemsOf([])).toEqual([...BASELINE_POLICY_ITEMS])
  })

  it('groups extensions by kind in a fixed order, unknown kinds under "other"', () => {
    expect(
      extensionGroupsOf([
        { kind: 'weapons', text: 'No knives.' },
        { kind: 'venue-rules', text: 'No food in the main hall.' },
        { kind: 'made-up', text: 'Be kind.' },
        { kind: 'venue-rules', text: '  ' },
        { kind: 'venue-rules', text: 'Lifts are by the entrance.' },
      ]),
    ).toEqual([
      { kind: 'venue-rules', texts: ['No food in the main hall.', 'Lifts are by the entrance.'] },
      { kind: 'weapons', texts: ['No knives.'] },
      { kind: 'other', texts: ['Be kind.'] },
    ])
  })
})
