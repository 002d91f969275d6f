import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'

/** A recurring event ("DjangoCon Europe"); its editions are compared side by side in transparency reports. */
@Entity({ name: 'series' })
export class SeriesEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 160 })
  name: string

  @Column({ type: 'varchar', length: 80 })
  slug: string

  @InstantColumn()
  createdAt: Date
}
