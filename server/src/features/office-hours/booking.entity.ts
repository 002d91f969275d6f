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
 * A private meeting booked into a slot, with no name. The person holds a code (stored only as its
 * hash) to cancel or move it; an optional way to reach them is stored encrypted.
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

  /** The code encrypted, so responders can match the person at the meeting. */
  @Column({ type: 'text' })
  codeSealed: string

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

/** The booking code, sealed so that responders can read it out to the person. */
export const BOOKING_CODE = SealedColumn.of(BookingEntity, 'codeSealed', 'booking', 'code_sealed')
/** How the person would like to be reached, if they said. */
export const BOOKING_CONTACT_METHOD = SealedColumn.of(
  BookingEntity,
  'contactMethod',
  'booking',
  'contact_method',
)
