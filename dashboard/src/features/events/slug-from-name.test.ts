import { SLUG_PATTERN } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { slugFromName } from './slug-from-name'

describe('slugFromName', () => {
  it.each([
    ['Riverside PyCon 2026', 'riverside-pycon-2026'],
    ['PyCon São Paulo — Sprints!', 'pycon-sao-paulo-sprints'],
    ['  Ça   va  ', 'ca-va'],
  ])('%s → %s', (name, slug) => {
    expect(slugFromName(name)).toBe(slug)
    expect(slug).toMatch(SLUG_PATTERN)
  })

  it('never ends in a hyphen after cutting to the limit', () => {
    expect(slugFromName(`${'a'.repeat(79)} b`)).toBe('a'.repeat(79))
  })
})
