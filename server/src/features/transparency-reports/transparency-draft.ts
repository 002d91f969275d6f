import { TransparencyReportKind } from '@conduct-desk/shared'
import { markdownTable, plainKey, reportsWord } from './markdown-parts.js'

/** A count per key (category, action, channel, status), as the statistics give them. */
export interface KeyCount {
  readonly key: string
  readonly count: number
}

/** One edition of the series beside this one. */
export interface EditionCounts {
  readonly eventName: string
  readonly year: number
  readonly attendeesInPerson?: number | null
  readonly attendeesOnline?: number | null
  readonly reports: number
  readonly reportsDuringEvent: number
  readonly reportsAfterEvent: number
}

/** The statistics a draft is written from: the public `TransparencyStatistics` (tr-stats), read only. */
export interface DraftStatistics {
  readonly reports: number
  readonly reportsDuringEvent: number
  readonly reportsAfterEvent: number
  readonly lawEnforcementCalled: number
  readonly byCategory: readonly KeyCount[]
  readonly byAction: readonly KeyCount[]
  readonly byChannel: readonly KeyCount[]
  readonly byStatus: readonly KeyCount[]
  readonly history: readonly EditionCounts[]
  readonly reportsPer100InPerson?: number | null
  readonly reportsPer100Online?: number | null
  readonly medianHoursToFirstResponse?: number | null
  readonly openCases?: number | null
}

export interface SurveyRow {
  readonly question: string
  readonly answer: string
  readonly count: number
}

/** Everything a pre-filled draft says, gathered by the service; no names of people anywhere. */
export interface DraftFacts {
  readonly kind: TransparencyReportKind
  readonly eventName: string
  /** Local days, `YYYY-MM-DD`: public text has no time of day (SECURITY R41). */
  readonly startsOn: string
  readonly endsOn: string
  readonly fullReportDueOn: string
  readonly attendeesInPerson: number
  readonly attendeesOnline: number
  readonly statistics: DraftStatistics
  /** One line per case, from its public summary (law enforcement: the fixed line). */
  readonly summaryLines: readonly string[]
  /** The public pages: where to report, and where the code of conduct is published. */
  readonly reportUrl: string
  readonly policyUrl: string
  readonly hasOfficeHours: boolean
  readonly hasUrgentPhone: boolean
  /** The previous edition's survey, when the series has one. */
  readonly previousSurvey: { readonly eventName: string; readonly rows: readonly SurveyRow[] } | null
}

/** The talk and slide review section's text until the chair writes the figures in. */
export const TALK_REVIEW_PLACEHOLDER =
  '_Optional: how many talks and slide decks were reviewed, how many needed no comments, how many changes were ' +
  'requested, how many were missed and how many were cancelled. Delete this section if there was no review._'

function howToReport(facts: DraftFacts): string[] {
  return [
    `- Online or at the event's kiosks, with the report form: ${facts.reportUrl}`,
    "- In person, to any member of the event's code of conduct team.",
    ...(facts.hasOfficeHours
      ? ['- In a private meeting with the team during office hours, in the quiet room; no name needed.']
      : []),
    ...(facts.hasUrgentPhone
      ? ["- By phone, at the urgent help number on the event's page, when it cannot wait."]
      : []),
  ]
}

function initialDraft(facts: DraftFacts): string {
  const stats = facts.statistics
  const lines = [
    `# Code of conduct at ${facts.eventName}: the numbers so far`,
    '',
    `This is what the code of conduct team of ${facts.eventName} has received **so far**. Reporting stays open: ` +
      'if something happened at the event, you can still tell us, during the event and after it, and the team will follow it up.',
    '',
  ]
  if (stats.reports === 0) {
    lines.push(
      '## So far',
      '',
      'We have received no reports so far. That does not mean nothing happened: if something made you or someone ' +
        'else feel unsafe or unwelcome, please tell us, even if it seems small.',
    )
  } else {
    lines.push(
      '## So far',
      '',
      `- ${reportsWord(stats.reports)} received so far: ${stats.reportsDuringEvent} during the event, ${stats.reportsAfterEvent} since it ended.`,
      ...(stats.openCases === null || stats.openCases === undefined
        ? []
        : [`- Still being worked on: ${stats.openCases}.`]),
    )
    if (stats.byCategory.length > 0) {
      lines.push(
        '',
        markdownTable(
          ['Kind of report', 'So far'],
          stats.byCategory.map(row => [plainKey(row.key), row.count]),
        ),
      )
    }
  }
  lines.push(
    '',
    '## How to report',
    '',
    ...howToReport(facts),
    '',
    `The full written report follows by ${facts.fullReportDueOn}, with what was done about each report.`,
    '',
  )
  return lines.join('\n')
}

function statisticsSection(facts: DraftFacts): string[] {
  const stats = facts.statistics
  const lines = [
    '## Statistics',
    '',
    `- ${reportsWord(stats.reports)} received: ${stats.reportsDuringEvent} during the event, ${stats.reportsAfterEvent} after it.`,
  ]
  if (stats.reportsPer100InPerson !== null && stats.reportsPer100InPerson !== undefined) {
    lines.push(`- Reports per 100 attendees in person: ${stats.reportsPer100InPerson.toFixed(1)}.`)
  }
  if (stats.reportsPer100Online !== null && stats.reportsPer100Online !== undefined) {
    lines.push(`- Reports per 100 attendees online: ${stats.reportsPer100Online.toFixed(1)}.`)
  }
  if (stats.medianHoursToFirstResponse !== null && stats.medianHoursToFirstResponse !== undefined) {
    lines.push(
      `- Median time to the team's first response: ${stats.medianHoursToFirstResponse.toFixed(1)} hours.`,
    )
  }
  if (stats.lawEnforcementCalled > 0) {
    lines.push(`- Law enforcement was called: ${stats.lawEnforcementCalled}.`)
  }
  const tables: [string, readonly KeyCount[]][] = [
    ['Kind of report', stats.byCategory],
    ['Action taken', stats.byAction],
    ['How it was reported', stats.byChannel],
    ['Status', stats.byStatus],
  ]
  for (const [title, rows] of tables) {
    if (rows.length > 0) {
      lines.push(
        '',
        markdownTable(
          [title, 'Reports'],
          rows.map(row => [plainKey(row.key), row.count]),
        ),
      )
    }
  }
  if (stats.history.length > 0) {
    lines.push(
      '',
      '### Over the years',
      '',
      markdownTable(
        ['Edition', 'In person', 'Online', 'Reports', 'During the event', 'After the event'],
        stats.history.map(edition => [
          edition.eventName,
          edition.attendeesInPerson ?? '–',
          edition.attendeesOnline ?? '–',
          edition.reports,
          edition.reportsDuringEvent,
          edition.reportsAfterEvent,
        ]),
      ),
    )
  }
  return lines
}

function surveySection(facts: DraftFacts): string[] {
  const survey = facts.previousSurvey
  if (survey === null || survey.rows.length === 0) {
    return ['## Survey results', '', 'No survey results of the previous edition were recorded.']
  }
  return [
    '## Survey results',
    '',
    `What attendees of ${survey.eventName} answered in the post-event survey on confidence in reporting:`,
    '',
    markdownTable(
      ['Question', 'Answer', 'People'],
      survey.rows.map(row => [row.question, row.answer, row.count]),
    ),
  ]
}

function fullDraft(facts: DraftFacts): string {
  const statusLines =
    facts.summaryLines.length === 0
      ? ['No reports were received.']
      : facts.summaryLines.map(line => `- ${line}`)
  return [
    `# Transparency report: ${facts.eventName}`,
    '',
    `${facts.eventName} took place from ${facts.startsOn} to ${facts.endsOn}. This report tells the community how ` +
      'its code of conduct was enforced: how people could report, how many reports the team received and what ' +
      'became of each. It names nobody.',
    '',
    '## Event size',
    '',
    `- In person: ${facts.attendeesInPerson} attendees.`,
    `- Online: ${facts.attendeesOnline} attendees.`,
    '',
    '## The reporting process',
    '',
    "The event's code of conduct team received and handled the reports. Its members were listed on the " +
      "event's public pages and at its kiosks, and every decision needed the sign-off of two of them: nobody " +
      'decided alone.',
    '',
    '### How to report',
    '',
    ...howToReport(facts),
    '',
    '### Where the code of conduct was published',
    '',
    `The code of conduct, with the event's additions to it, was published at ${facts.policyUrl}`,
    '',
    ...statisticsSection(facts),
    '',
    '## Status of each report',
    '',
    ...statusLines,
    '',
    ...surveySection(facts),
    '',
    '## Talk and slide review',
    '',
    TALK_REVIEW_PLACEHOLDER,
    '',
  ].join('\n')
}

/** The pre-filled Markdown of a report, in English, for the chair to edit before publishing. */
export function transparencyDraft(facts: DraftFacts): string {
  return facts.kind === TransparencyReportKind.Initial ? initialDraft(facts) : fullDraft(facts)
}
