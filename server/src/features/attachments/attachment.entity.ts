import { Column, Entity, PrimaryColumn } from 'typeorm'
import { InstantColumn } from '../../platform/db/columns.js'
import { SealedColumn } from '../../platform/crypto/sealed-column.js'

/** Who added a file: the reporter (with their receipt) or a responder working the case. */
export type AttachmentAddedBy = 'reporter' | 'team'

/** A file of a case, from its reporter or its team. The bytes are on disk, encrypted under their own key. */
@Entity({ name: 'attachment' })
export class AttachmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  caseId: string

  /** The report a reporter's file came with; null for the team's files, which belong to the case. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  reportId: string | null

  @Column({ type: 'varchar', length: 10, default: 'reporter' })
  addedBy: AttachmentAddedBy

  /** The responder who added it; null for the reporter's (and once the account is gone). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  addedById: string | null

  @Column({ type: 'varchar', length: 10 })
  kind: string

  /** Decided from the bytes, never from the upload's claims. */
  @Column({ type: 'varchar', length: 60 })
  mimeType: string

  @Column({ type: 'integer' })
  sizeBytes: number

  /** The name the file had, encrypted; shown to responders as text only. */
  @Column({ type: 'text', nullable: true })
  sealedName: string | null

  /** A random file name under DATA_DIR/attachments; nothing of the upload's name reaches the disk. */
  @Column({ type: 'varchar', length: 60 })
  storageName: string

  @Column({ type: 'text' })
  wrappedKey: string

  @InstantColumn()
  createdAt: Date
}

export const ATTACHMENT_NAME = SealedColumn.of(AttachmentEntity, 'sealedName', 'attachment', 'sealed_name')
/** The file's own key, wrapped by the data key (`FileSealer`); a rotation re-wraps it. */
export const ATTACHMENT_FILE_KEY = SealedColumn.of(
  AttachmentEntity,
  'wrappedKey',
  'attachment',
  'wrapped_key',
)
