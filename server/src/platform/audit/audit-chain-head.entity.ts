import { Column, Entity, PrimaryColumn } from 'typeorm'

/**
 * The last entry of the audit chain, in a table of one row (id 1). Each append locks it
 * (`SELECT … FOR UPDATE` on PostgreSQL) inside the caller's transaction, so appends from several
 * server processes take turns and `seq` stays gap-free. A trigger lets `seq` only move forward by one
 * and refuses to delete the row.
 */
@Entity({ name: 'audit_chain_head' })
export class AuditChainHeadEntity {
  @PrimaryColumn({ type: 'integer' })
  id: number

  /** The last entry's seq; 0 before the first entry. */
  @Column({ type: 'integer' })
  seq: number

  /** The last entry's hash; 64 zeros before the first entry. */
  @Column({ type: 'varchar', length: 64 })
  hash: string
}
