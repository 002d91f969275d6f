import { CaseReason, type AuditAction } from '@conduct-desk/shared'
import { IsNull, type EntityManager } from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import type { AuditLog } from '../../platform/audit/audit-log.js'
import { conflict, notFound } from '../../platform/errors/domain-error.js'
import type { Clock } from '../../platform/time/clock.js'
import { factsOf, readerOf } from './case-facts.js'
import { CaseFileEntity } from './case-file.entity.js'
import type { PublishCaseChange } from './case-inbox.service.js'
import { canEdit, canView, type CaseFacts, type CaseReader } from './case.policy.js'

/** A case as an operation sees it once the rules let it in. */
export interface OpenedCase {
  readonly caseFile: CaseFileEntity
  readonly facts: CaseFacts
  readonly reader: CaseReader
  readonly now: Date
}

/**
 * The one way into a case. `read` and `write` check the rules (case.policy.ts) against facts read in
 * the same transaction as the work, and append the audit entry in that transaction too, so no read
 * of case content and no change can skip the audit log, and nothing is written when the rule says
 * no. A case the viewer may not see is NOT_FOUND, exactly like one that does not exist (R11).
 */
export class CaseGate {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
    private readonly publish: PublishCaseChange,
  ) {}

  /**
   * Opens a case for reading its content. The first responder to open it marks it read, which the
   * reporter's follow-up page then says.
   */
  async read(viewer: Viewer, caseId: string): Promise<OpenedCase> {
    return this.db.write(async manager => {
      const opened = await this.open(manager, viewer, caseId)
      if (opened.caseFile.firstReadAt === null) {
        await manager.update(
          CaseFileEntity,
          { id: caseId, firstReadAt: IsNull() },
          { firstReadAt: opened.now },
        )
      }
      await this.record(manager, viewer, 'case.read', opened.caseFile)
      return opened
    })
  }

  /**
   * Changes a case: `work` runs in one transaction with the rules' check and the audit entry; the
   * case's inboxes hear of it after COMMIT. A closed case takes no additions (CASE_CLOSED) unless
   * the operation is the move that reopens it (`allowClosed`).
   */
  async write<T>(
    viewer: Viewer,
    caseId: string,
    action: AuditAction,
    work: (manager: EntityManager, opened: OpenedCase) => Promise<T>,
    { allowClosed = false }: { allowClosed?: boolean } = {},
  ): Promise<T> {
    const { result, eventId } = await this.db.write(async manager => {
      const opened = await this.open(manager, viewer, caseId)
      if (!allowClosed && !canEdit(opened.reader, opened.facts)) {
        throw conflict('The case is closed: reopen it before adding to it.', CaseReason.Closed)
      }
      const result = await work(manager, opened)
      await manager.update(CaseFileEntity, { id: caseId }, { updatedAt: opened.now })
      await this.record(manager, viewer, action, opened.caseFile)
      return { result, eventId: opened.caseFile.eventId }
    })
    this.publish(eventId, caseId)
    return result
  }

  /** Appends an entry for work done outside a gate (opening a case from a report). */
  record(
    manager: EntityManager,
    viewer: Viewer | null,
    action: AuditAction,
    caseFile: Pick<CaseFileEntity, 'id' | 'eventId'>,
  ) {
    return this.audit.append(manager, {
      actorId: viewer?.accountId ?? null,
      action,
      objectType: 'case',
      objectId: caseFile.id,
      scopeId: caseFile.eventId,
    })
  }

  private async open(manager: EntityManager, viewer: Viewer, caseId: string): Promise<OpenedCase> {
    const caseFile = await manager.findOneBy(CaseFileEntity, { id: caseId })
    if (caseFile === null) {
      throw notFound('The case')
    }
    const facts = (await factsOf(manager, [caseFile])).get(caseId)!
    const reader = await readerOf(manager, viewer, caseFile.eventId)
    if (!canView(reader, facts)) {
      throw notFound('The case')
    }
    return { caseFile, facts, reader, now: this.clock.now() }
  }
}
