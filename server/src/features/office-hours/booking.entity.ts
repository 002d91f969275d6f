import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'
import { SealedColumn } from '../../platform/crypto/sealed-column.js'

export const BookingStatus = {
  Active: 'active',
  Cancelled: 'cancelled',
  Held: 'held',
  Missed: 'missed',
} as const
export type BookingStatus = (typeof BookingStatus)[keyof typeof BookingStatus]

/**
 * A private meeting booked into a slot, with no name. The person holds a code, stored only as its
 * hash, that cancels or moves it: nobody else can read it, the team included. At the meeting the
 * person says a check-in word instead, which the team sees and which controls nothing. An optional
 * way to reach them is stored encrypted.
 */
@Entity({ name: 'booking' })
export class BookingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  eventId: string

  @Column({ type: 'varchar', length: 36 })
  slotId: string

  /** SHA-256 of the code, to find the booking when the person types it. */
  @Column({ type: 'varchar', length: 64 })
  codeHash: string

  /** A word from `CHECK_IN_WORDS` the person says on arrival; not secret, and it controls nothing. */
  @Column({ type: 'varchar', length: 16 })
  checkInWord: string

  /**
   * The contact the person chose among those on duty when the slot starts, for a slot that names
   * nobody; null when they left it to whoever is on duty (or the slot names its contact).
   */
  @Column({ type: 'varchar', length: 36, nullable: true })
  chosenContactId: string | null

  /** AES-GCM ciphertext (platform/crypto), or null. */
  @Column({ type: 'text', nullable: true })
  contactMethod: string | null

  @Column({ type: 'varchar', length: 12 })
  status: BookingStatus

  @InstantColumn()
  createdAt: Date

  /** When it was cancelled, held or missed. */
  @InstantColumn({ nullable: true })
  endedAt: Date | null
}

/** How the person would like to be reached, if they said. */
export const BOOKING_CONTACT_METHOD = SealedColumn.of(
  BookingEntity,
  'contactMethod',
  'booking',
  'contact_method',
)
