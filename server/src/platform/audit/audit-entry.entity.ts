import { Column, Entity, PrimaryColumn } from 'typeorm'

/**
 * One entry of the append-only, hash-chained audit log (SECURITY R39): who did what to which thing,
 * when; never the content, an address or a receipt. Database triggers refuse UPDATE and DELETE
 * (migration 1765267200000). Every value is stored as it was hashed, so the verifier reads back
 * exactly the bytes the hash covers: `at` is the UTC ISO string itself, not a Date.
 */
@Entity({ name: 'audit_entry' })
export class AuditEntryEntity {
  /** 1, 2, 3…: gap-free, in the order the entries committed. */
  @PrimaryColumn({ type: 'integer' })
  seq: number

  /** A random UUID: how the view and `pnpm audit:verify` name the entry. */
  @Column({ type: 'varchar', length: 36 })
  id: string

  /** When, as a UTC ISO-8601 string of fixed width (`2026-06-01T09:00:00.000Z`). */
  @Column({ type: 'varchar', length: 24 })
  at: string

  /** The account that acted; null for the public or the system. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  actorId: string | null

  /** `<object>.<verb>`, one of `AuditAction` in shared. */
  @Column({ type: 'varchar', length: 80 })
  action: string

  @Column({ type: 'varchar', length: 40 })
  objectType: string

  @Column({ type: 'varchar', length: 120 })
  objectId: string

  /** What the object belongs to (its scope), for filtering. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  scopeId: string | null

  /** The previous entry's hash; 64 zeros for the first entry. */
  @Column({ type: 'varchar', length: 64 })
  prevHash: string

  /** SHA-256 (hex) of the canonical JSON of every field above, followed by `prevHash`. */
  @Column({ type: 'varchar', length: 64 })
  hash: string
}
