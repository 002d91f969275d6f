import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn, JsonColumn, LocalDateColumn } from '../../platform/db/columns.js'

/** A period a contact is on duty, as two instants. */
export interface DutyPeriod {
  readonly startsAt: string
  readonly endsAt: string
}

/** Whether one of the periods holds `at`: its start included, its end not. */
export function isOnDutyAt(periods: readonly DutyPeriod[], at: Date): boolean {
  const instant = at.getTime()
  return periods.some(period => Date.parse(period.startsAt) <= instant && instant < Date.parse(period.endsAt))
}

/**
 * A person the public can approach about the Code of Conduct. Public by design: every field here
 * may be shown on a kiosk, except the link to a responder account.
 */
@Entity({ name: 'contact' })
export class ContactEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  eventId: string

  /** The responder account of this contact, if they work cases in the dashboard. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  accountId: string | null

  @Column({ type: 'varchar', length: 120 })
  name: string

  @Column({ type: 'varchar', length: 40, nullable: true })
  pronouns: string | null

  /** BCP 47 language tags the contact can talk in, e.g. ["en", "pt"]. */
  @JsonColumn()
  languages: string[]

  /** One of `CONTACT_ROLES`. */
  @Column({ type: 'varchar', length: 20 })
  role: string

  /** Independent of the organizing team, as the guide asks of conference committees where possible. */
  @Column({ type: 'boolean', default: false })
  isIndependent: boolean

  /** A direct, individual address; group addresses are refused. Unique within the event. */
  @Column({ type: 'varchar', length: 254 })
  email: string

  /** How to recognise them at the venue ("orange lanyard"). */
  @Column({ type: 'varchar', length: 120 })
  identifier: string

  /** Path under /media/ of the re-encoded photo. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  photoPath: string | null

  @JsonColumn()
  onDuty: DutyPeriod[]

  @LocalDateColumn({ nullable: true })
  briefedOn: string | null

  @Column({ type: 'integer', default: 0 })
  sortOrder: number

  @InstantColumn()
  createdAt: Date
}
