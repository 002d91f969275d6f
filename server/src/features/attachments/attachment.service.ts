import { ATTACHMENT_KINDS_KEPT_AS_SENT } from '@conduct-desk/shared'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { In } from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import type { FileSealer } from '../../platform/crypto/file-sealer.js'
import { conflict, notFound } from '../../platform/errors/domain-error.js'
import { extensionOf } from '../../platform/files/detect-file-kind.js'
import { newId } from '../../platform/security/tokens.js'
import type { RateLimit, RateLimiter } from '../../platform/rate-limit/rate-limiter.js'
import type { Clock } from '../../platform/time/clock.js'
import { AccountEntity } from '../accounts/account.entity.js'
import type { CaseGate } from '../cases/case-gate.js'
import type { PublishCaseChange } from '../cases/case-inbox.service.js'
import type { ReportFollowUpService } from '../incident-reports/report-follow-up.service.js'
import {
  ATTACHMENT_FILE_KEY,
  ATTACHMENT_NAME,
  AttachmentEntity,
  type AttachmentAddedBy,
} from './attachment.entity.js'
import { cleanAttachment } from './clean-attachment.js'

const KEPT_AS_SENT: ReadonlySet<string> = new Set(ATTACHMENT_KINDS_KEPT_AS_SENT)

/** Files per report; more evidence than this is better handed over in person. */
export const ATTACHMENTS_PER_REPORT = 10

/**
 * Files one responder may add in an hour, refused ones included (each costs a decode): SECURITY
 * R29's 30 attachments an hour, counted per person since a team's file has no report.
 */
export const TEAM_ATTACHMENTS_PER_HOUR: RateLimit = { max: 30, windowMs: 3_600_000 }

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
  readonly limiter: RateLimiter
}

export interface AttachmentView {
  readonly id: string
  readonly kind: string
  readonly mimeType: string
  readonly sizeBytes: number
  readonly name: string | null
  readonly url: string
  readonly addedBy: AttachmentAddedBy
  /** The responder who added it; null for the reporter's files. */
  readonly addedByName: string | null
  readonly createdAt: Date
  /** False for PDF, audio and video: kept exactly as sent, with whatever they hide (R31). */
  readonly isMetadataRemoved: boolean
}

/**
 * Reporters attach files with their receipt, responders with their session; responders who may see
 * the case download them.
 */
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
    const stored = await this.store(bytes, name)
    const row = { ...stored.row, caseId: report.caseId, reportId: report.id, addedBy: 'reporter' as const }
    await this.keepOrForget(stored.file, () =>
      this.deps.db.write(async manager => {
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
      }),
    )
    this.deps.publish(report.eventId, report.caseId)
    return this.view(row, null)
  }

  /**
   * A responder adds a file to a case they may add to (`canEdit`: not recused, not excluded, not
   * closed), through the same cleaning and encryption as the reporter's files; the case's gate checks
   * the rules and audits it in the insert's transaction. The file belongs to the case, never to a
   * report, so the reporter's follow-up never lists it.
   * @throws RATE_LIMITED past TEAM_ATTACHMENTS_PER_HOUR, BAD_USER_INPUT for an unaccepted file,
   * NOT_FOUND for a case hidden from the viewer, CONFLICT (CASE_CLOSED) for a closed case.
   */
  async addByTeam(
    viewer: Viewer,
    caseId: string,
    bytes: Buffer,
    name: string | null,
  ): Promise<AttachmentView> {
    await this.deps.limiter.take('team-attachment', viewer.accountId, TEAM_ATTACHMENTS_PER_HOUR)
    const stored = await this.store(bytes, name)
    const row = {
      ...stored.row,
      caseId,
      reportId: null,
      addedBy: 'team' as const,
      addedById: viewer.accountId,
    }
    await this.keepOrForget(stored.file, () =>
      this.deps.caseGate.write(viewer, caseId, 'case.attach', async manager => {
        await manager.insert(AttachmentEntity, row)
      }),
    )
    return this.view(row, viewer.name)
  }

  /**
   * The common first half of an upload: the kind judged from the bytes, pictures stripped, then the
   * bytes encrypted to disk under a random name. The caller inserts the row, or the file goes.
   */
  private async store(bytes: Buffer, name: string | null) {
    const clean = await cleanAttachment(bytes)
    const id = newId()
    const sealed = this.deps.sealer.seal(clean.bytes, ATTACHMENT_FILE_KEY.at(id))
    const storageName = `${newId()}.bin`
    await mkdir(this.deps.dir, { recursive: true, mode: 0o700 })
    const file = path.join(this.deps.dir, storageName)
    await writeFile(file, sealed.bytes, { mode: 0o600 })
    const row = {
      id,
      kind: clean.kind,
      mimeType: clean.mimeType,
      sizeBytes: clean.bytes.length,
      sealedName:
        name === null || name.trim() === ''
          ? null
          : this.deps.cipher.encrypt(name.trim().slice(0, 200), ATTACHMENT_NAME.at(id)),
      storageName,
      wrappedKey: sealed.wrappedKey,
      addedById: null,
      createdAt: this.deps.clock.now(),
    }
    return { row, file }
  }

  /** Runs the write that keeps a stored file; when it fails, the file is deleted and nothing remains. */
  private async keepOrForget(file: string, write: () => Promise<unknown>): Promise<void> {
    try {
      await write()
    } catch (error) {
      await rm(file, { force: true })
      throw error
    }
  }

  /** A case's files, oldest first, each with who added it (the responder's name, or the reporter). */
  async listForCase(caseId: string): Promise<AttachmentView[]> {
    const read = this.deps.db.read
    const rows = await read.find(AttachmentEntity, { where: { caseId }, order: { createdAt: 'ASC' } })
    const adderIds = [...new Set(rows.flatMap(row => (row.addedById === null ? [] : [row.addedById])))]
    const adders = adderIds.length === 0 ? [] : await read.findBy(AccountEntity, { id: In(adderIds) })
    const names = new Map(adders.map(account => [account.id, account.name]))
    return rows.map(row => this.view(row, row.addedById === null ? null : (names.get(row.addedById) ?? null)))
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

  private view(row: AttachmentEntity, addedByName: string | null): AttachmentView {
    return {
      id: row.id,
      addedBy: row.addedBy,
      addedByName,
      createdAt: row.createdAt,
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
