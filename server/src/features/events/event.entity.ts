import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn, JsonColumn, LocalDateColumn } from '../../platform/db/columns.js'

/** One marker of the photo-consent system, e.g. a red lanyard meaning "no photos". */
export interface PhotoConsentMarker {
  readonly marker: string
  readonly meaning: string
  /** A CSS colour shown beside the marker's name, when the marker is a colour. */
  readonly color: string | null
}

/** One edition of an event: the unit that has contacts, a policy, a kiosk, cases and a report. */
@Entity({ name: 'event' })
export class EventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36, nullable: true })
  seriesId: string | null

  /** A co-located larger event whose CoC team is the escalation path. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  parentEventId: string | null

  @Column({ type: 'varchar', length: 160 })
  name: string

  @Column({ type: 'varchar', length: 80 })
  slug: string

  /** One of `EVENT_KINDS` from @conduct-desk/shared. */
  @Column({ type: 'varchar', length: 20 })
  kind: string

  /** One of `EVENT_STATUSES`. */
  @Column({ type: 'varchar', length: 20 })
  status: string

  @LocalDateColumn()
  startsOn: string

  @LocalDateColumn()
  endsOn: string

  /** IANA zone name; every local time of the event is read in it. */
  @Column({ type: 'varchar', length: 64 })
  timeZone: string

  @Column({ type: 'varchar', length: 300 })
  venue: string

  @Column({ type: 'integer', default: 0 })
  attendeesInPerson: number

  @Column({ type: 'integer', default: 0 })
  attendeesOnline: number

  @InstantColumn({ nullable: true })
  publishedAt: Date | null

  @InstantColumn({ nullable: true })
  closedAt: Date | null

  @InstantColumn()
  createdAt: Date

  /** Where the private quiet room is, and how to find it. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  quietRoomLocation: string | null

  @Column({ type: 'varchar', length: 1000, nullable: true })
  quietRoomDirections: string | null

  /** The number to call for urgent help during the event. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  urgentPhone: string | null

  /** The local emergency number at the venue (112, 911…), for danger the team cannot handle. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  emergencyNumber: string | null

  /** `opt-in` or `opt-out`; null until the organizers set the system up. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  photoConsentMode: string | null

  @JsonColumn({ nullable: true })
  photoConsentMarkers: PhotoConsentMarker[] | null

  /** The event's report categories; null means the defaults. */
  @JsonColumn({ nullable: true })
  reportCategories: string[] | null
}
