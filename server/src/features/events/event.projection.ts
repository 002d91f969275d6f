import { DEFAULT_REPORT_CATEGORIES, EventStatus } from '@conduct-desk/shared'
import type { EventEntity } from './event.entity.js'
import type { PhotoConsentSystem, QuietRoom } from './event-setup.type.js'
import type { Event, PublicEvent } from './event.type.js'

/** Names of the series and parent events a list of events refers to, read once per list. */
export interface EventRefs {
  readonly seriesNames: ReadonlyMap<string, string>
  readonly parents: ReadonlyMap<string, EventEntity>
}

function setupOf(event: EventEntity) {
  const quietRoom: QuietRoom | null =
    event.quietRoomLocation === null
      ? null
      : { location: event.quietRoomLocation, directions: event.quietRoomDirections }
  const photoConsent: PhotoConsentSystem | null =
    event.photoConsentMode === null
      ? null
      : { mode: event.photoConsentMode, markers: event.photoConsentMarkers ?? [] }
  return {
    quietRoom,
    photoConsent,
    urgentPhone: event.urgentPhone,
    emergencyNumber: event.emergencyNumber,
    reportCategories: event.reportCategories ?? [...DEFAULT_REPORT_CATEGORIES],
  }
}

/** What the public may read of an event. */
export function toPublicEvent(event: EventEntity, refs: EventRefs, isLive: boolean): PublicEvent {
  const parent = event.parentEventId === null ? undefined : refs.parents.get(event.parentEventId)
  return {
    id: event.id,
    slug: event.slug,
    name: event.name,
    kind: event.kind,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    timeZone: event.timeZone,
    venue: event.venue,
    seriesName: event.seriesId === null ? null : (refs.seriesNames.get(event.seriesId) ?? null),
    parentEvent: parent === undefined ? null : { name: parent.name, slug: parent.slug },
    isLive,
    isClosed: event.status === EventStatus.Closed,
    ...setupOf(event),
  }
}

/** An event as its team sees it. */
export function toEvent(event: EventEntity, refs: EventRefs): Event {
  const {
    id,
    slug,
    name,
    kind,
    status,
    startsOn,
    endsOn,
    timeZone,
    venue,
    attendeesInPerson,
    attendeesOnline,
  } = event
  const parent = event.parentEventId === null ? undefined : refs.parents.get(event.parentEventId)
  return {
    id,
    slug,
    name,
    kind,
    status,
    startsOn,
    endsOn,
    timeZone,
    venue,
    attendeesInPerson,
    attendeesOnline,
    seriesName: event.seriesId === null ? null : (refs.seriesNames.get(event.seriesId) ?? null),
    parentEventSlug: parent?.slug ?? null,
    ...setupOf(event),
  }
}
