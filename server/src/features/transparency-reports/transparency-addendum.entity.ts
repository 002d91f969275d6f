import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'

/** A dated addition to an event's published full report, for reports received after it. */
@Entity({ name: 'transparency_addendum' })
export class TransparencyAddendumEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  eventId: string

  @Column({ type: 'text' })
  markdown: string

  @InstantColumn()
  publishedAt: Date

  @Column({ type: 'varchar', length: 36, nullable: true })
  publishedById: string | null
}
