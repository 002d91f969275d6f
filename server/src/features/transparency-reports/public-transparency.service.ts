import { EventStatus, TransparencyReportKind } from '@conduct-desk/shared'
import { In, IsNull, Not } from 'typeorm'
import type { Database } from '../../db/database.js'
import { EventEntity } from '../events/event.entity.js'
import type { TransparencyReportListing } from './public-transparency.type.js'
import { TransparencyReportEntity } from './transparency-report.entity.js'

/**
 * What the public may know of published reports without reading one: which events have one (for the
 * kiosk's links) and the list of them. Reads only the report rows' event, kind and day, never their
 * text, so a list costs two small queries however many reports there are.
 */
export class PublicTransparencyService {
  constructor(private readonly db: Database) {}

  /** For each of these events, in order, whether it has a published transparency report (one query). */
  async publishedAmong(eventIds: readonly string[]): Promise<boolean[]> {
    const rows = await this.db.read.find(TransparencyReportEntity, {
      select: { eventId: true },
      where: { eventId: In([...eventIds]), publishedAt: Not(IsNull()) },
    })
    const published = new Set(rows.map(row => row.eventId))
    return eventIds.map(id => published.has(id))
  }

  /** Every event with a published report (not a draft event), its latest event first; FULL over INITIAL. */
  async listing(): Promise<TransparencyReportListing[]> {
    const rows = await this.db.read.find(TransparencyReportEntity, {
      select: { eventId: true, kind: true, publishedAt: true },
      where: { publishedAt: Not(IsNull()) },
    })
    if (rows.length === 0) {
      return []
    }
    const latest = new Map<string, TransparencyReportEntity>()
    for (const row of rows) {
      const held = latest.get(row.eventId)
      if (held === undefined || row.kind === TransparencyReportKind.Full) {
        latest.set(row.eventId, row)
      }
    }
    const events = await this.db.read.find(EventEntity, {
      where: { id: In([...latest.keys()]), status: Not(EventStatus.Draft) },
      order: { startsOn: 'DESC', name: 'ASC' },
    })
    return events.flatMap(event => {
      const row = latest.get(event.id)
      return row?.publishedAt
        ? [
            {
              eventSlug: event.slug,
              eventName: event.name,
              startsOn: event.startsOn,
              endsOn: event.endsOn,
              kind: row.kind,
              publishedAt: row.publishedAt,
            },
          ]
        : []
    })
  }
}
