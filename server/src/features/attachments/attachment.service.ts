import { ATTACHMENT_KINDS_KEPT_AS_SENT } from '@conduct-desk/shared'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import type { FileSealer } from '../../platform/crypto/file-sealer.js'
import { conflict, notFound } from '../../platform/errors/domain-error.js'
import { extensionOf } from '../../platform/files/detect-file-kind.js'
import { newId } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import type { CaseGate } from '../cases/case-gate.js'
import type { PublishCaseChange } from '../cases/case-inbox.service.js'
import type { ReportFollowUpService } from '../incident-reports/report-follow-up.service.js'
import { ATTACHMENT_FILE_KEY, ATTACHMENT_NAME, AttachmentEntity } from './attachment.entity.js'
import { cleanAttachment } from './clean-attachment.js'

const KEPT_AS_SENT: ReadonlySet<string> = new Set(ATTACHMENT_KINDS_KEPT_AS_SENT)

/** Files per report; more evidence than this is better handed over in person. */
export const ATTACHMENTS_PER_REPORT = 10

export interface AttachmentDeps {
  readonly db: Database
  readonly clock: Clock
  readonly cipher: FieldCipher
  readonly sealer: FileSealer
  readonly dir: string
  readonly followUp: ReportFollowUpService
  /** Downloads are reads of the case, uploads additions to it: both go through its gate (audited). */
  readonly caseGate: CaseGate
  readonly publish: PublishCaseChange
}

export interface AttachmentView {
  readonly id: string
  readonly kind: string
  readonly mimeType: string
  readonly sizeBytes: number
  readonly name: string | null
  readonly url: string
  /** False for PDF, audio and video: kept exactly as sent, with whatever they hide (R31). */
  readonly isMetadataRemoved: boolean
}

/** Reporters attach files with their receipt; responders who may see the case download them. */
export class AttachmentService {
  constructor(private readonly deps: AttachmentDeps) {}

  /**
   * Adds a file to the report of a receipt: kind decided from the bytes, images stripped of
   * metadata, then encrypted to disk under a random name. All or nothing.
   * @throws NOT_FOUND for a wrong receipt, BAD_USER_INPUT for an unaccepted file, CONFLICT when full.
   */
  async addToReport(
    reference: string,
    passphrase: string,
    requesterKey: string,
    bytes: Buffer,
    name: string | null,
  ): Promise<AttachmentView> {
    const report = await this.deps.followUp.open(reference, passphrase, requesterKey)
    const clean = await cleanAttachment(bytes)
    const id = newId()
    const sealed = this.deps.sealer.seal(clean.bytes, ATTACHMENT_FILE_KEY.at(id))
    const storageName = `${newId()}.bin`
    await mkdir(this.deps.dir, { recursive: true, mode: 0o700 })
    const file = path.join(this.deps.dir, storageName)
    await writeFile(file, sealed.bytes, { mode: 0o600 })
    const row = {
      id,
      caseId: report.caseId,
      reportId: report.id,
      kind: clean.kind,
      mimeType: clean.mimeType,
      sizeBytes: clean.bytes.length,
      sealedName:
        name === null || name.trim() === ''
          ? null
          : this.deps.cipher.encrypt(name.trim().slice(0, 200), ATTACHMENT_NAME.at(id)),
      storageName,
      wrappedKey: sealed.wrappedKey,
      createdAt: this.deps.clock.now(),
    }
    try {
      await this.deps.db.write(async manager => {
        if ((await manager.countBy(AttachmentEntity, { reportId: report.id })) >= ATTACHMENTS_PER_REPORT) {
          throw conflict(
            `A report can carry ${ATTACHMENTS_PER_REPORT} files. Tell the team about the rest in a message.`,
          )
        }
        await manager.insert(AttachmentEntity, row)
        await this.deps.caseGate.record(manager, null, 'case.attach', {
          id: report.caseId,
          eventId: report.eventId,
        })
      })
    } catch (error) {
      await rm(file, { force: true })
      throw error
    }
    this.deps.publish(report.eventId, report.caseId)
    return this.view(row)
  }

  async listForCase(caseId: string): Promise<AttachmentView[]> {
    const rows = await this.deps.db.read.find(AttachmentEntity, {
      where: { caseId },
      order: { createdAt: 'ASC' },
    })
    return rows.map(row => this.view(row))
  }

  /** The decrypted file, for a viewer who may see the case. @throws NOT_FOUND (hidden or missing alike). */
  async read(
    viewer: Viewer,
    caseId: string,
    attachmentId: string,
  ): Promise<{ bytes: Buffer; mimeType: string; fileName: string }> {
    await this.deps.caseGate.read(viewer, caseId)
    const rows = await this.deps.db.read.find(AttachmentEntity, {
      where: { caseId },
      order: { createdAt: 'ASC' },
    })
    const index = rows.findIndex(row => row.id === attachmentId)
    const row = rows[index]
    if (index === -1 || row === undefined) {
      throw notFound('The attachment')
    }
    const bytes = this.deps.sealer.open(
      await readFile(path.join(this.deps.dir, row.storageName)),
      row.wrappedKey,
      ATTACHMENT_FILE_KEY.at(row.id),
    )
    return { bytes, mimeType: row.mimeType, fileName: `attachment-${index + 1}.${extensionOf(row.mimeType)}` }
  }

  private view(row: AttachmentEntity): AttachmentView {
    return {
      id: row.id,
      kind: row.kind,
      mimeType: row.mimeType,
      sizeBytes: row.sizeBytes,
      name:
        row.sealedName === null ? null : this.deps.cipher.decrypt(row.sealedName, ATTACHMENT_NAME.at(row.id)),
      url: `/api/cases/${row.caseId}/attachments/${row.id}`,
      isMetadataRemoved: !KEPT_AS_SENT.has(row.kind),
    }
  }
}
