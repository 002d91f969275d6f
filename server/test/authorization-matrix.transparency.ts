import { EVERYONE, type Operation } from './authorization-matrix.actors.js'

/** Who writes an event's transparency report: its chair and organizers, and admins. */
const REPORT_WRITERS = ['admin', 'organizer', 'chair'] as const

/**
 * The authorization rows of transparency reports (see authorization-matrix.table.ts): aggregates for
 * the event's chair and organizers and admins, never for a chair or organizer of another event.
 */
export const TRANSPARENCY_OPERATIONS: Record<string, Operation> = {
  'Query.transparencyStatistics': {
    document: 'query($e: ID!) { transparencyStatistics(eventId: $e) { reports byStatus { key count } } }',
    variables: s => ({ e: s.eventId }),
    allowed: ['admin', 'organizer', 'chair'],
  },
  'Query.transparencyReportDraft': {
    document:
      'query($e: ID!) { transparencyReportDraft(eventId: $e, kind: FULL) { markdown summaryLines statistics { reports } } }',
    variables: s => ({ e: s.eventId }),
    allowed: REPORT_WRITERS,
  },
  'Mutation.saveTransparencyDraft': {
    document: 'mutation($i: SaveTransparencyDraftInput!) { saveTransparencyDraft(input: $i) { savedAt } }',
    variables: s => ({ i: { eventId: s.eventId, kind: 'FULL', markdown: 'A draft.' } }),
    allowed: REPORT_WRITERS,
  },
  'Mutation.publishTransparencyReport': {
    document:
      'mutation($i: PublishTransparencyReportInput!) { publishTransparencyReport(input: $i) { kind } }',
    variables: s => ({ i: { eventId: s.eventId, kind: 'INITIAL', markdown: 'The numbers so far.' } }),
    allowed: REPORT_WRITERS,
  },
  'Mutation.addTransparencyAddendum': {
    document: 'mutation($i: AddTransparencyAddendumInput!) { addTransparencyAddendum(input: $i) { kind } }',
    variables: s => ({ i: { eventId: s.eventId, markdown: 'Received later.' } }),
    allowed: REPORT_WRITERS,
  },
  'Query.transparencySurvey': {
    document: 'query($e: ID!) { transparencySurvey(eventId: $e) { question answer count } }',
    variables: s => ({ e: s.eventId }),
    allowed: REPORT_WRITERS,
  },
  'Mutation.recordTransparencySurvey': {
    document:
      'mutation($i: RecordTransparencySurveyInput!) { recordTransparencySurvey(input: $i) { count } }',
    variables: s => ({
      i: { eventId: s.eventId, answers: [{ question: 'Felt safe?', answer: 'Yes', count: 3 }] },
    }),
    allowed: REPORT_WRITERS,
  },
  'Query.publishedTransparencyReport': {
    document: 'query($s: String!) { publishedTransparencyReport(eventSlug: $s) { kind markdown } }',
    variables: s => ({ s: s.slug }),
    allowed: EVERYONE,
  },
  'Query.transparencyPrivacyCheck': {
    document:
      'query($e: ID!) { transparencyPrivacyCheck(eventId: $e, markdown: "So far.") { start end kind } }',
    variables: s => ({ e: s.eventId }),
    allowed: ['admin', 'organizer', 'chair'],
  },
}
