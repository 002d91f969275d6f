import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn, JsonColumn } from '../../platform/db/columns.js'

export interface StoredExtension {
  readonly kind: string
  readonly text: string
}

/**
 * One saved version of an event's policy extensions. Versions are only ever added, so every
 * earlier wording stays on record with who saved it and when. The baseline is not stored: it is
 * the same for every event and cannot be changed.
 */
@Entity({ name: 'policy_revision' })
export class PolicyRevisionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  eventId: string

  @Column({ type: 'integer' })
  version: number

  @JsonColumn()
  extensions: StoredExtension[]

  @Column({ type: 'varchar', length: 36, nullable: true })
  authorId: string | null

  /** Kept as written, so the record stays readable if the account is later removed. */
  @Column({ type: 'varchar', length: 120 })
  authorName: string

  @InstantColumn()
  createdAt: Date
}
