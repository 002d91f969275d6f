import { describe, expect, it } from 'vitest'
import { checkReportPrivacy } from './privacy-check.js'
import type { PrivacyFinding, RecordedIdentifiers } from './privacy-check.js'

const NOTHING: RecordedIdentifiers = { names: [], emails: [], phones: [], handles: [] }
const ZOE: RecordedIdentifiers = {
  names: ['Zoë Kowalski'],
  emails: ['zoe.k@example.org'],
  phones: ['+48 601 234 567'],
  handles: ['@zoe_dev'],
}
const JURGEN: RecordedIdentifiers = { ...NOTHING, names: ['Jürgen Müller'], handles: ['@jmueller'] }

function blocking(text: string, recorded: RecordedIdentifiers): PrivacyFinding[] {
  return checkReportPrivacy(text, recorded).filter(finding => finding.blocking)
}

function flagged(text: string, recorded: RecordedIdentifiers): string[] {
  return blocking(text, recorded).map(finding => `${finding.kind}:${finding.text}`)
}

/** A clean paragraph in the words of a real report (DjangoCon Europe's, rewritten). */
const CLEAN_REPORT = `# Transparency report: Demo Conf 2026

Demo Conf 2026 took place from 12 to 16 May 2026 in Porto, with 850 attendees in person and 1,200 online.
The Code of Conduct team was reachable at the kiosk, by email through the event page, and in person at the
information desk. The policy was published on the event website four weeks before the conference.

So far the team received reports in three categories; reporting stays open, and the team will publish
an addendum if more reports arrive. Where law enforcement was called, this report says only that.

| Year | Reports | During the event | After the event |
|------|---------|------------------|-----------------|
| 2024 | 4 | 3 | 1 |
| 2025 | 0 | 0 | 0 |
| 2026 | 5 | 5 | 0 |

Every case has been closed; the median time to a first response was under one day. We thank everyone who
answered the survey: most said they would feel confident reporting next year.`

describe('checkReportPrivacy: names, emails, phones and handles (SECURITY R44)', () => {
  it('flags every entry of the seeded corpus of R44', () => {
    const corpus = ["Zoë's talk", 'ZOE', '@zoe_dev', 'zoe.k@example.org', 'Mr. Kowalski']
    for (const entry of corpus) {
      expect(blocking(`It was about ${entry} today.`, ZOE), entry).toHaveLength(1)
    }
    expect(flagged("Zoë's talk", ZOE)).toEqual(["NAME:Zoë's"])
    expect(flagged('Mr. Kowalski', ZOE)).toEqual(['NAME:Kowalski'])
    expect(flagged('write to zoe.k@example.org', ZOE)).toEqual(['EMAIL:zoe.k@example.org'])
    expect(flagged('follow @zoe_dev', ZOE)).toEqual(['HANDLE:@zoe_dev'])
  })

  it('folds case, accents, possessives and @ for a recorded "Jürgen Müller"', () => {
    expect(flagged("Müller's slides, Müller’s talk, the Müllers' stand", JURGEN)).toEqual([
      "NAME:Müller's",
      'NAME:Müller’s',
      "NAME:Müllers'",
    ])
    expect(flagged('MULLER said', JURGEN)).toEqual(['NAME:MULLER'])
    expect(flagged('ask @muller or @Jurgen_Muller42', JURGEN)).toEqual([
      'HANDLE:@muller',
      'HANDLE:@Jurgen_Muller42',
    ])
    expect(flagged('Jürgen Müller and jurgen-muller and JurgenMuller and J. Müller', JURGEN)).toEqual([
      'NAME:Jürgen Müller',
      'NAME:jurgen-muller',
      'NAME:JurgenMuller',
      'NAME:Müller',
    ])
    expect(flagged('see jmueller and @JMUELLER', JURGEN)).toEqual(['HANDLE:jmueller', 'HANDLE:@JMUELLER'])
  })

  it('folds letters that have no accent mark to strip (ß, ø, æ, ł)', () => {
    const recorded = { ...NOTHING, names: ['Łukasz Strauß', 'Søren Ærø'] }
    expect(flagged('LUKASZ, Strauss, soren and AERO', recorded)).toEqual([
      'NAME:LUKASZ',
      'NAME:Strauss',
      'NAME:soren',
      'NAME:AERO',
    ])
  })

  it('matches a name with an apostrophe inside whole, possessive too', () => {
    const recorded = { ...NOTHING, names: ['Siobhán O’Brien'] }
    expect(flagged("Ask O'Brien's team, or OBRIEN.", recorded)).toEqual(["NAME:O'Brien's", 'NAME:OBRIEN'])
  })

  it('matches parts of 3+ letters alone as whole words only', () => {
    const recorded = { ...NOTHING, names: ['Al Ng', 'Ann Lee'] }
    expect(flagged('Al Ng spoke; Al and Ng alone do not match; annual planning, Ann did', recorded)).toEqual([
      'NAME:Al Ng',
      'NAME:Ann',
    ])
  })

  it('never reads a report word as a possessive of a name part, nor as a handle without its @', () => {
    const recorded = { ...NOTHING, names: ['Nguyen Thi Anh'], handles: ['@team', '@al'] }
    expect(flagged('This is the team. Thi and @team and @al wrote; al said.', recorded)).toEqual([
      'NAME:Thi',
      'HANDLE:@team',
      'HANDLE:@al',
    ])
  })

  it('matches a name part that is also a report word only in the full name, and warns when capitalised', () => {
    const recorded = { ...NOTHING, names: ['Will Case', 'May Rose', 'Will'] }
    const text =
      'The team will publish the case summary in May. We met Will Case. May Rose left. I asked Rose.'
    const findings = checkReportPrivacy(text, recorded)
    expect(findings.filter(finding => finding.blocking).map(finding => finding.text)).toEqual([
      'Will Case',
      'May Rose',
    ])
    expect(findings.filter(finding => finding.kind === 'NAME' && !finding.blocking).map(f => f.text)).toEqual(
      ['Rose'],
    )
  })

  it('blocks any email and any phone-shaped number, recorded or not, but not dates or years', () => {
    expect(flagged('mail coc@democonf.org or call +351 912 345 678', NOTHING)).toEqual([
      'EMAIL:coc@democonf.org',
      'PHONE:+351 912 345 678',
    ])
    expect(flagged('0601-234-567 and (060) 123 4567', NOTHING)).toEqual([
      'PHONE:0601-234-567',
      'PHONE:(060) 123 4567',
    ])
    expect(
      flagged('From 2021-2025, on 2025-05-12 and 12.05.2025: 1,200 people, 123456 or v1.2.3', NOTHING),
    ).toEqual([])
  })

  it('compares recorded phone numbers by their digits', () => {
    expect(flagged('call 601234567 or 0048601234567', ZOE)).toEqual([
      'PHONE:601234567',
      'PHONE:0048601234567',
    ])
  })

  it('finds nothing in a clean, realistic report', () => {
    const recorded = {
      names: ['Zoë Kowalski', 'Jürgen Müller', 'Will Case', 'Ana Sousa', 'Team Member'],
      emails: ['zoe.k@example.org', 'ana@example.pt'],
      phones: ['+351 912 345 678'],
      handles: ['@zoe_dev', 'jmueller'],
    }
    expect(blocking(CLEAN_REPORT, recorded)).toEqual([])
  })

  it('gives UTF-16 offsets into the original text, after accents, decomposed letters and emoji', () => {
    const text = 'Café 🎉👩🏽‍💻 naïve Zoe\u0308 and ß 🧑‍🤝‍🧑 then Mr. Kowalski’s talk, mail ZOË.K@EXAMPLE.ORG'
    const findings = checkReportPrivacy(text, ZOE)
    expect(findings.map(finding => finding.text)).toEqual(['Zoe\u0308', 'Kowalski’s', 'ZOË.K@EXAMPLE.ORG'])
    for (const finding of findings) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.text)
    }
    expect(findings[0]!.start).toBe(text.indexOf('Zoe'))
    expect(findings[0]!.end).toBe(text.indexOf('Zoe') + 4)
  })
})
