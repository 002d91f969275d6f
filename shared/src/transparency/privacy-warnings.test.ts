import { describe, expect, it } from 'vitest'
import { checkReportPrivacy } from './privacy-check.js'

function warnings(text: string): string[] {
  return checkReportPrivacy(text, { names: [], emails: [], phones: [], handles: [] }).map(finding => {
    expect(finding.blocking).toBe(false)
    return `${finding.kind}:${finding.text}`
  })
}

describe('checkReportPrivacy: small counts and exact times warn (R41, issue 11)', () => {
  it('warns on counts of 1 or 2 next to a report word or alone in a table cell', () => {
    expect(warnings('We received 1 report and two harassment cases; Reports: 2.')).toEqual([
      'SMALL_COUNT:1 report',
      'SMALL_COUNT:two harassment cases',
      'SMALL_COUNT:Reports: 2',
    ])
    expect(warnings('| Harassment | 2 | 1 |\n| Other | 12 | 0 |')).toEqual(['SMALL_COUNT:2', 'SMALL_COUNT:1'])
    expect(warnings('Recebemos um relato.')).toEqual(['SMALL_COUNT:um relato'])
  })

  it('does not warn on larger counts, numbering or decimals', () => {
    expect(
      warnings('12 reports, 3 cases, Day 2 reports, section 1 incidents, 1.5 reports per 100 attendees'),
    ).toEqual([])
  })

  it('warns on any time of day', () => {
    expect(
      warnings('The desk was open 09:00 to 6 pm; logged 2026-05-12T14:30:05, at 14h30, around noon.'),
    ).toEqual([
      'EXACT_TIME:09:00',
      'EXACT_TIME:6 pm',
      'EXACT_TIME:14:30:05',
      'EXACT_TIME:14h30',
      'EXACT_TIME:noon',
    ])
  })

  it('warns on exact dates in a sentence with an incident word, not on the event dates', () => {
    expect(warnings('The conference ran from 12 May to 16 May 2026 (2026-05-12 to 2026-05-16).')).toEqual([])
    expect(
      warnings(
        'One report came on 13 May. An incident on 2026-05-14 was closed. Reported May 15th.\nOn 14/05/2026.',
      ),
    ).toEqual(['SMALL_COUNT:One report', 'EXACT_TIME:13 May', 'EXACT_TIME:2026-05-14', 'EXACT_TIME:May 15th'])
  })
})
