import { EventReason, EventStatus, Role } from '@conduct-desk/shared'
import { In, IsNull, MoreThan, Not } from 'typeorm'
import { eventRolesOf, holdsRole, type Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import { conflict, notFound } from '../../platform/errors/domain-error.js'
import { newId } from '../../platform/security/tokens.js'
import type { TtlCache } from '../../platform/cache/ttl-cache.js'
import type { Clock } from '../../platform/time/clock.js'
import { EventEntity } from './event.entity.js'
import type { EventRefs } from './event.projection.js'
import { assertValidSchedule, localDay } from './local-day.js'
import { lateReportCutoff } from './reporting-window.js'
import { SeriesEntity } from './series.entity.js'

export interface EventMembershipRow {
  readonly event: EventEntity
  readonly roles: readonly string[]
}

export interface CreateEventFields {
  readonly name: string
  readonly slug: string
  readonly kind: string
  readonly startsOn: string
  readonly endsOn: string
  readonly timeZone: string
  readonly venue: string
  readonly seriesId?: string | null
}

/** Events: what the public may see of them, who works on which, and creating them. */
export class EventService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    /** What the public reads, cached briefly (cleared when an event's public face changes). */
    private readonly cache: TtlCache<unknown>,
  ) {}

  /** Published events, and closed ones for 30 days after closing so late reports still find them. */
  listPublic(): Promise<EventEntity[]> {
    return this.cache.get('public-events', () => {
      // The events that take reports (reporting-window.ts), as a query.
      return this.db.read.find(EventEntity, {
        where: [
          { status: EventStatus.Published },
          { status: EventStatus.Closed, closedAt: MoreThan(lateReportCutoff(this.clock.now())) },
        ],
        order: { startsOn: 'DESC', name: 'ASC' },
      })
    }) as Promise<EventEntity[]>
  }

  /** A public event by slug; drafts and long-closed events are not found. */
  async findPublic(slug: string): Promise<EventEntity | null> {
    const visible = await this.listPublic()
    return visible.find(event => event.slug === slug) ?? null
  }

  isLive(event: EventEntity): boolean {
    const today = localDay(this.clock.now(), event.timeZone)
    return event.status === EventStatus.Published && event.startsOn <= today && today <= event.endsOn
  }

  /** The events the viewer works on, with their roles there. Admins and the WG see every event. */
  async listForViewer(viewer: Viewer): Promise<EventMembershipRow[]> {
    const spansAll = holdsRole(viewer, Role.Admin) || holdsRole(viewer, Role.Wg)
    const ids = viewer.roles.flatMap(held => (held.eventId === null ? [] : [held.eventId]))
    const events = await this.db.read.find(EventEntity, {
      where: spansAll ? {} : { id: In(ids) },
      order: { startsOn: 'DESC', name: 'ASC' },
    })
    return events.map(event => ({ event, roles: eventRolesOf(viewer, event.id) }))
  }

  /** Series names and parent events of a list of events, in two queries. */
  refsOf(events: readonly EventEntity[]): Promise<EventRefs> {
    const key = `refs:${events.map(event => event.id).join(',')}`
    return this.cache.get(key, async () => {
      const [seriesNames, parents] = await Promise.all([
        this.seriesNames(events.map(event => event.seriesId)),
        this.findParents(events.map(event => event.parentEventId)),
      ])
      return { seriesNames, parents }
    }) as Promise<EventRefs>
  }

  async seriesNames(seriesIds: readonly (string | null)[]): Promise<Map<string, string>> {
    const ids = [...new Set(seriesIds.filter((id): id is string => id !== null))]
    const rows = ids.length === 0 ? [] : await this.db.read.findBy(SeriesEntity, { id: In(ids) })
    return new Map(rows.map(row => [row.id, row.name]))
  }

  async findParents(parentIds: readonly (string | null)[]): Promise<Map<string, EventEntity>> {
    const ids = [...new Set(parentIds.filter((id): id is string => id !== null))]
    const rows =
      ids.length === 0
        ? []
        : await this.db.read.findBy(EventEntity, { id: In(ids), status: Not(EventStatus.Draft) })
    return new Map(rows.map(row => [row.id, row]))
  }

  /**
   * Creates a draft event.
   * @throws BAD_USER_INPUT for unknown time zones or reversed dates; CONFLICT when the slug is taken.
   */
  async create(fields: CreateEventFields): Promise<EventEntity> {
    assertValidSchedule(fields)
    return this.db.write(async manager => {
      if (
        fields.seriesId != null &&
        (await manager.findOneBy(SeriesEntity, { id: fields.seriesId })) === null
      ) {
        throw notFound('The series')
      }
      if ((await manager.findOneBy(EventEntity, { slug: fields.slug })) !== null) {
        throw conflict(
          `The address "${fields.slug}" is already used by another event.`,
          EventReason.SlugTaken,
        )
      }
      const event = manager.create(EventEntity, {
        id: newId(),
        seriesId: fields.seriesId ?? null,
        parentEventId: null,
        name: fields.name.trim(),
        slug: fields.slug,
        kind: fields.kind,
        status: EventStatus.Draft,
        startsOn: fields.startsOn,
        endsOn: fields.endsOn,
        timeZone: fields.timeZone,
        venue: fields.venue.trim(),
        attendeesInPerson: 0,
        attendeesOnline: 0,
        publishedAt: null,
        closedAt: null,
        createdAt: this.clock.now(),
      })
      await manager.insert(EventEntity, event)
      return event
    })
  }

  /** Creates a series. @throws CONFLICT when the slug is taken. */
  async createSeries(name: string, slug: string): Promise<SeriesEntity> {
    return this.db.write(async manager => {
      if ((await manager.findOneBy(SeriesEntity, { slug })) !== null) {
        throw conflict(
          `The address "${slug}" is already used by another series.`,
          EventReason.SeriesSlugTaken,
        )
      }
      const series = manager.create(SeriesEntity, {
        id: newId(),
        name: name.trim(),
        slug,
        createdAt: this.clock.now(),
      })
      await manager.insert(SeriesEntity, series)
      return series
    })
  }

  async listSeries(): Promise<SeriesEntity[]> {
    return this.db.read.find(SeriesEntity, { where: { id: Not(IsNull()) }, order: { name: 'ASC' } })
  }
}
