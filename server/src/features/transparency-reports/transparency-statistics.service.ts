import { Role, addDays, localToInstant } from '@conduct-desk/shared'
import { LessThanOrEqual, Not } from 'typeorm'
import { assertHoldsAny } from '../../authorization/assert-role.js'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import { notFound } from '../../platform/errors/domain-error.js'
import { groupBy } from '../cases/case-facts.js'
import { EventEntity } from '../events/event.entity.js'
import { editionOf, statisticsOf } from './statistics-figures.js'
import {
  actionTallies,
  reportTallies,
  responseHours,
  statusTallies,
  type ActionTally,
  type EditionWindow,
  type ReportTally,
  type StatusTally,
} from './statistics-queries.js'
import type { TransparencyStatistics } from './transparency-statistics.type.js'

/** The event roles that see an event's aggregates (never its cases' details). */
export const STATISTICS_ROLES = [Role.Admin, Role.Organizer, Role.Chair] as const

/** Earlier editions beside this one in the history table (the guide asks for three to five). */
const EARLIER_EDITIONS = 5

/**
 * Events counted per query when every event is counted, and the queries run one after another:
 * on SQLite, node-sqlite3 finalizes a statement on the main thread under the connection's lock, so
 * a query started beside a long one blocks the event loop until that one ends (measured: about a
 * second, four queries at once over 20,000 cases). Small batches keep each query, and so any wait of
 * another request's statement behind it, short (docs/benchmarks.md, T).
 */
const EVENTS_PER_QUERY = 50

/** When an edition's last local day ends, in its time zone: reports before are "during" it. */
export function endOfEvent(event: Pick<EventEntity, 'endsOn' | 'timeZone'>): Date {
  return localToInstant(addDays(event.endsOn, 1), '00:00', event.timeZone)
}

const windowOf = (event: EventEntity): EditionWindow => ({ eventId: event.id, endsAt: endOfEvent(event) })

/**
 * An event's transparency statistics, counted in the database (grouped queries over plain columns;
 * docs/decisions/0016): the first reports of this edition and its series' history in one query,
 * statuses, actions and response times in one each. Nothing sealed is read, and no case is loaded.
 */
export class TransparencyStatisticsService {
  constructor(private readonly db: Database) {}

  /**
   * The statistics the viewer may see: the event's chair or organizer, or an admin.
   * @throws FORBIDDEN for anyone else (a chair of another event too); NOT_FOUND for no such event.
   */
  async forViewer(viewer: Viewer | null, eventId: string): Promise<TransparencyStatistics> {
    assertHoldsAny(viewer, STATISTICS_ROLES, eventId)
    return this.forEvent(eventId)
  }

  /**
   * The live numbers of one event ("so far"), with up to five earlier editions of its series. No
   * access check: callers check the viewer first (`forViewer`), or publish what the chair approved.
   * @throws NOT_FOUND when the event does not exist.
   */
  async forEvent(eventId: string): Promise<TransparencyStatistics> {
    const read = this.db.read
    const event = await read.findOneBy(EventEntity, { id: eventId })
    if (event === null) {
      throw notFound('The event')
    }
    const earlier =
      event.seriesId === null
        ? []
        : await read.find(EventEntity, {
            where: { seriesId: event.seriesId, id: Not(event.id), startsOn: LessThanOrEqual(event.startsOn) },
            order: { startsOn: 'DESC' },
            take: EARLIER_EDITIONS,
          })
    const editions = [...earlier.reverse(), event]
    // One query after another, never side by side (see EVENTS_PER_QUERY).
    const reports = await reportTallies(read, editions.map(windowOf))
    const statuses = await statusTallies(read, [event.id])
    const actions = await actionTallies(read, [event.id])
    const hours = await responseHours(read, this.db.dialect, [event.id])
    const byEvent = groupBy(reports, row => row.eventId)
    return statisticsOf({
      event,
      reports: byEvent.get(event.id) ?? [],
      statuses,
      actions,
      sortedResponseHours: hours.map(row => row.hours),
      history: editions.map(edition => editionOf(edition, byEvent.get(edition.id) ?? [])),
    })
  }

  /**
   * Every event's statistics at once, each with its series' history, keyed by event id: a few
   * grouped queries per batch of events instead of queries per event. Used by no query yet (the
   * Working Group's overview would); `pnpm bench` measures it.
   */
  async forAllEvents(): Promise<Map<string, TransparencyStatistics>> {
    const read = this.db.read
    const events = await read.find(EventEntity, { order: { startsOn: 'ASC' } })
    const reports: ReportTally[] = []
    const statuses: StatusTally[] = []
    const actions: ActionTally[] = []
    const hours: { eventId: string; hours: number }[] = []
    for (let start = 0; start < events.length; start += EVENTS_PER_QUERY) {
      const batch = events.slice(start, start + EVENTS_PER_QUERY)
      const ids = batch.map(event => event.id)
      reports.push(...(await reportTallies(read, batch.map(windowOf))))
      statuses.push(...(await statusTallies(read, ids)))
      actions.push(...(await actionTallies(read, ids)))
      hours.push(...(await responseHours(read, this.db.dialect, ids)))
    }
    const reportsOf = groupBy(reports, row => row.eventId)
    const statusesOf = groupBy(statuses, row => row.eventId)
    const actionsOf = groupBy(actions, row => row.eventId)
    const hoursOf = groupBy(hours, row => row.eventId)
    const seriesOf = groupBy(events, event => event.seriesId ?? event.id)
    const statistics = new Map<string, TransparencyStatistics>()
    for (const event of events) {
      // Events are in order of their first day: the editions up to this one, the last six of them.
      const series = seriesOf.get(event.seriesId ?? event.id) ?? [event]
      const upTo = series.slice(0, series.findIndex(edition => edition.id === event.id) + 1)
      statistics.set(
        event.id,
        statisticsOf({
          event,
          reports: reportsOf.get(event.id) ?? [],
          statuses: statusesOf.get(event.id) ?? [],
          actions: actionsOf.get(event.id) ?? [],
          sortedResponseHours: (hoursOf.get(event.id) ?? []).map(row => row.hours),
          history: upTo
            .slice(-(EARLIER_EDITIONS + 1))
            .map(edition => editionOf(edition, reportsOf.get(edition.id) ?? [])),
        }),
      )
    }
    return statistics
  }
}
