import { TransparencyReportKind } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { LAW_ENFORCEMENT_LINE, summaryLine } from './summary-line.js'
import { transparencyDraft, type DraftFacts } from './transparency-draft.js'

const NONE = {
  reports: 0,
  reportsDuringEvent: 0,
  reportsAfterEvent: 0,
  lawEnforcementCalled: 0,
  byCategory: [],
  byAction: [],
  byChannel: [],
  byStatus: [],
  history: [],
}

const facts = (overrides: Partial<DraftFacts> = {}): DraftFacts => ({
  kind: TransparencyReportKind.Initial,
  eventName: 'Harbour Conf 2026',
  startsOn: '2026-05-04',
  endsOn: '2026-05-06',
  fullReportDueOn: '2026-06-05',
  attendeesInPerson: 300,
  attendeesOnline: 40,
  statistics: NONE,
  summaryLines: [],
  reportUrl: 'https://coc.example.org/kiosk/e/harbour-2026/report',
  policyUrl: 'https://coc.example.org/kiosk/e/harbour-2026/code-of-conduct',
  hasOfficeHours: true,
  hasUrgentPhone: false,
  previousSurvey: null,
  ...overrides,
})

describe('the pre-filled transparency report', () => {
  it('never says a bare zero at the closing ceremony: no reports so far, and how to report', () => {
    const text = transparencyDraft(facts())
    expect(text).toContain('We have received no reports so far.')
    expect(text).toContain('Reporting stays open')
    expect(text).toContain('https://coc.example.org/kiosk/e/harbour-2026/report')
    expect(text).toContain('office hours')
    expect(text).not.toMatch(/\b(0|zero|no) incidents\b/i)
    expect(text).not.toMatch(/\b0 reports\b/)
    expect(text).toContain('2026-06-05')
  })

  it('counts the reports so far, by kind, at the closing ceremony', () => {
    const text = transparencyDraft(
      facts({
        statistics: {
          ...NONE,
          reports: 3,
          reportsDuringEvent: 3,
          byCategory: [{ key: 'online-or-chat-conduct', count: 3 }],
          openCases: 2,
        },
      }),
    )
    expect(text).toContain('- 3 reports received so far: 3 during the event, 0 since it ended.')
    expect(text).toContain('- Still being worked on: 2.')
    expect(text).toContain('| Online or chat conduct | 3 |')
  })

  it('writes the full report’s sections, with survey cells that cannot break the table', () => {
    const text = transparencyDraft(
      facts({
        kind: TransparencyReportKind.Full,
        summaryLines: ['Closed: A warning was given.', LAW_ENFORCEMENT_LINE],
        previousSurvey: {
          eventName: 'Harbour Conf 2025',
          rows: [{ question: 'Safe | welcome?', answer: 'Yes', count: 90 }],
        },
      }),
    )
    for (const heading of [
      '## Event size',
      '## The reporting process',
      '### How to report',
      '### Where the code of conduct was published',
      '## Statistics',
      '## Status of each report',
      '## Survey results',
      '## Talk and slide review',
    ]) {
      expect(text).toContain(`\n${heading}\n`)
    }
    expect(text).toContain('- Closed: A warning was given.\n- Law enforcement was called.\n')
    expect(text).toContain('| Safe \\| welcome? | Yes | 90 |')
    expect(text).toContain('https://coc.example.org/kiosk/e/harbour-2026/code-of-conduct')
  })
})

describe('a case’s summary line', () => {
  it('says only that law enforcement was called, whatever else the case holds', () => {
    expect(
      summaryLine({
        status: 'closed',
        publicSummary: 'Details that stay private.',
        lawEnforcementCalled: true,
      }),
    ).toBe('Law enforcement was called.')
  })

  it('gives the status, then the public summary when there is one', () => {
    expect(summaryLine({ status: 'in-review', publicSummary: null, lawEnforcementCalled: null })).toBe(
      'In review.',
    )
    expect(summaryLine({ status: 'closed', publicSummary: ' Resolved. ', lawEnforcementCalled: false })).toBe(
      'Closed: Resolved.',
    )
  })
})
