import { describe, expect, it } from 'vitest'
import { RecordedIdentifiersBuilder } from './recorded-identifiers.js'

describe('identifiers read from what a reporter wrote', () => {
  it('takes emails, phone numbers, handles and capitalised names from free text', () => {
    const recorded = new RecordedIdentifiersBuilder()
      .addFreeText('The speaker Jürgen Müller (@jmueller) and his friend ÅSA. Call +49 170 1234567.', {
        withNames: true,
      })
      .addFreeText('Lea, lea.reporter@example.net', { withNames: true })
      .build()
    expect(recorded).toEqual({
      names: ['Jürgen Müller', 'ÅSA', 'Lea'],
      emails: ['lea.reporter@example.net'],
      phones: ['+49 170 1234567'],
      handles: ['jmueller'],
    })
  })

  it('leaves out a single capitalised word that opens a sentence, and years or short numbers', () => {
    const recorded = new RecordedIdentifiersBuilder()
      .addFreeText('Someone in a red jacket. He was loud in 2025, room 12.', { withNames: true })
      .build()
    expect(recorded).toEqual({ names: [], emails: [], phones: [], handles: [] })
  })

  it('reads only emails, phones and handles from a description, never its capitalised words', () => {
    const recorded = new RecordedIdentifiersBuilder()
      .addFreeText('At the Django Girls booth, @ana_s wrote to ana@example.pt.', { withNames: false })
      .build()
    expect(recorded).toEqual({ names: [], emails: ['ana@example.pt'], phones: [], handles: ['ana_s'] })
  })
})
