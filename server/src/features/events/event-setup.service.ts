import { EventReason, EventStatus } from '@conduct-desk/shared'
import type { EntityManager } from 'typeorm'
import type { Database } from '../../db/database.js'
import { badUserInput, conflict, notFound } from '../../platform/errors/domain-error.js'
import type { Clock } from '../../platform/time/clock.js'
import { EventEntity, type PhotoConsentMarker } from './event.entity.js'
import type {
  SetPhotoConsentInput,
  SetQuietRoomInput,
  UpdateEventDetailsInput,
} from './event-setup.inputs.js'
import { assertValidSchedule } from './local-day.js'

/** Listeners told when what the public sees of an event changes (kiosks refresh; caches drop). */
export type PublicEventChanged = (eventId: string) => void

/** Organizers setting an event up: details, quiet room, photo-consent system, publishing. */
export class EventSetupService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly onPublicChange: PublicEventChanged,
  ) {}

  async findById(eventId: string): Promise<EventEntity> {
    const event = await this.db.read.findOneBy(EventEntity, { id: eventId })
    if (event === null) {
      throw notFound('The event')
    }
    return event
  }

  /** @throws BAD_USER_INPUT for an unknown zone, reversed dates or an unknown parent; NOT_FOUND. */
  async updateDetails(input: UpdateEventDetailsInput): Promise<EventEntity> {
    assertValidSchedule(input)
    return this.update(input.eventId, async manager => {
      let parentEventId: string | null = null
      if (input.parentEventSlug != null && input.parentEventSlug.trim() !== '') {
        const parent = await manager.findOneBy(EventEntity, { slug: input.parentEventSlug.trim() })
        if (parent === null || parent.id === input.eventId) {
          throw badUserInput(
            'There is no other event with this address.',
            'parentEventSlug',
            EventReason.ParentUnknown,
          )
        }
        parentEventId = parent.id
      }
      return {
        name: input.name.trim(),
        kind: input.kind,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        timeZone: input.timeZone,
        venue: input.venue.trim(),
        attendeesInPerson: input.attendeesInPerson,
        attendeesOnline: input.attendeesOnline,
        parentEventId,
        urgentPhone: input.urgentPhone?.trim() || null,
        emergencyNumber: input.emergencyNumber?.trim() || null,
      }
    })
  }

  setQuietRoom(input: SetQuietRoomInput): Promise<EventEntity> {
    return this.update(input.eventId, () =>
      Promise.resolve({
        quietRoomLocation: input.location.trim(),
        quietRoomDirections: input.directions?.trim() || null,
      }),
    )
  }

  setPhotoConsent(input: SetPhotoConsentInput): Promise<EventEntity> {
    if (input.markers.length === 0) {
      throw badUserInput(
        'Name at least one marker, e.g. a lanyard colour, and what it means.',
        'markers',
        EventReason.PhotoConsentMarkersMissing,
      )
    }
    const markers: PhotoConsentMarker[] = input.markers.map(marker => ({
      marker: marker.marker.trim(),
      meaning: marker.meaning.trim(),
      color: marker.color?.trim() || null,
    }))
    return this.update(input.eventId, () =>
      Promise.resolve({ photoConsentMode: input.mode, photoConsentMarkers: markers }),
    )
  }

  /** Shows the event on kiosks and the public list. @throws CONFLICT when it was closed. */
  publish(eventId: string): Promise<EventEntity> {
    return this.update(eventId, (_manager, event) => {
      if (event.status === EventStatus.Closed) {
        throw conflict('This event is closed; it cannot be published again.', EventReason.ClosedCannotPublish)
      }
      return Promise.resolve({
        status: EventStatus.Published,
        publishedAt: event.publishedAt ?? this.clock.now(),
      })
    })
  }

  /** Ends the event; it stays on the public list for 30 more days so late reports find it. */
  close(eventId: string): Promise<EventEntity> {
    return this.update(eventId, (_manager, event) => {
      if (event.status !== EventStatus.Published) {
        throw conflict('Only a published event can be closed.', EventReason.NotPublishedCannotClose)
      }
      return Promise.resolve({ status: EventStatus.Closed, closedAt: this.clock.now() })
    })
  }

  private async update(
    eventId: string,
    change: (manager: EntityManager, event: EventEntity) => Promise<Partial<EventEntity>>,
  ): Promise<EventEntity> {
    const updated = await this.db.write(async manager => {
      const event = await manager.findOneBy(EventEntity, { id: eventId })
      if (event === null) {
        throw notFound('The event')
      }
      const fields = await change(manager, event)
      await manager.update(EventEntity, { id: eventId }, fields)
      return Object.assign(event, fields)
    })
    this.onPublicChange(eventId)
    return updated
  }
}
