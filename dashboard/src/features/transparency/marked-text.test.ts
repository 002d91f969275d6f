import { checkReportPrivacy } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { locateFinding, markedPieces } from './marked-text'

const finding = (text: string, within: string, from = 0) => {
  const start = within.indexOf(text, from)
  return { start, end: start + text.length, text }
}

describe('markedPieces', () => {
  it('marks each finding exactly where it is, accents and possessives included', () => {
    const text = 'Ação de Müller’s equipa: ligar a Zoë Ñúñez às 14h.'
    const findings = [finding('Müller’s', text), finding('Zoë Ñúñez', text)]

    const pieces = markedPieces(text, findings)

    expect(pieces).toEqual([
      { text: 'Ação de ', finding: null },
      { text: 'Müller’s', finding: 0 },
      { text: ' equipa: ligar a ', finding: null },
      { text: 'Zoë Ñúñez', finding: 1 },
      { text: ' às 14h.', finding: null },
    ])
    expect(pieces.map(piece => piece.text).join('')).toBe(text)
  })

  it('keeps offsets right after characters outside the basic plane (emoji)', () => {
    const text = '🎉 Thanks! @muller wrote'
    expect(markedPieces(text, [finding('@muller', text)])[1]).toEqual({ text: '@muller', finding: 0 })
  })

  it('leaves out findings that no longer match the text, and clips overlaps', () => {
    const text = 'Anna Smith and Bob'
    const pieces = markedPieces(text, [
      { start: 5, end: 10, text: 'Smith' },
      { start: 0, end: 10, text: 'Anna Smith' },
      { start: 15, end: 18, text: 'Rob' },
      { start: 40, end: 45, text: 'Smith' },
    ])
    expect(pieces).toEqual([
      { text: 'Anna Smith', finding: 1 },
      { text: ' and Bob', finding: null },
    ])
  })
})

describe('locateFinding', () => {
  it('follows a finding to the nearest place its words are after the text changed', () => {
    const checked = finding('Müller', 'Dear Müller, and Müller again')
    expect(locateFinding('Dear Müller, and Müller again', checked)).toEqual({ start: 5, end: 11 })
    expect(locateFinding('Hello there, dear Müller, and Müller again', checked)).toEqual({
      start: 18,
      end: 24,
    })
    expect(locateFinding('Nobody now', checked)).toBeNull()
  })
})

describe('markedPieces with the shared privacy check', () => {
  const recorded = { names: ['Jürgen Müller'], emails: [], phones: [], handles: ['muller'] }

  it.each([
    ['composed accents', 'Thanks to Müller’s team, and to MULLER.', ['Müller’s', 'MULLER']],
    [
      'decomposed accents (NFD)',
      'Thanks to Mu\u0308ller’s team, and to MULLER.',
      ['Mu\u0308ller’s', 'MULLER'],
    ],
    ['a handle and a first name', 'Ping @muller or Jürgen.', ['@muller', 'Jürgen']],
  ])('marks exactly the words the check found, with %s', (_name, text, words) => {
    const pieces = markedPieces(text, checkReportPrivacy(text, recorded))

    expect(pieces.filter(piece => piece.finding !== null).map(piece => piece.text)).toEqual(words)
    expect(pieces.map(piece => piece.text).join('')).toBe(text)
  })
})
