import type { Operation } from './authorization-matrix.actors.js'

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
}
