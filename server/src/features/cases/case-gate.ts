import { CaseReason, type AuditAction } from '@conduct-desk/shared'
import { IsNull, type EntityManager } from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import type { AuditLog } from '../../platform/audit/audit-log.js'
import { badUserInput, conflict, notFound } from '../../platform/errors/domain-error.js'
import type { Clock } from '../../platform/time/clock.js'
import { factsOf, followMerge, readerOf } from './case-facts.js'
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
   * reporter's follow-up page then says. A case merged into another opens as that one: read the
   * returned `caseFile.id`, not the id asked for.
   */
  async read(viewer: Viewer, caseId: string): Promise<OpenedCase> {
    return this.db.write(async manager => {
      const opened = await this.open(manager, viewer, caseId, 'read')
      if (opened.caseFile.firstReadAt === null) {
        await manager.update(
          CaseFileEntity,
          { id: opened.caseFile.id, firstReadAt: IsNull() },
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
      const opened = await this.open(manager, viewer, caseId, 'write')
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

  /**
   * Changes two cases of one event together (a merge, a link): both are opened and checked in one
   * transaction (`check` throws for a case the operation may not touch), claimed in id order so two
   * merges of the same pair at once cannot both land (CASE_CHANGED_MEANWHILE), and each gets its
   * own audit entry; both inboxes hear of it after COMMIT.
   */
  async writePair<T>(
    viewer: Viewer,
    caseIds: readonly [string, string],
    action: AuditAction,
    check: (opened: OpenedCase) => void,
    work: (manager: EntityManager, pair: readonly [OpenedCase, OpenedCase]) => Promise<T>,
  ): Promise<T> {
    const { result, eventId, ids } = await this.db.write(async manager => {
      const pair = [
        await this.open(manager, viewer, caseIds[0], 'write'),
        await this.open(manager, viewer, caseIds[1], 'write'),
      ] as const
      const ids = pair.map(opened => opened.caseFile.id)
      if (ids[0] === ids[1]) {
        throw badUserInput('A case cannot be merged or linked with itself.', 'caseId', CaseReason.SameCase)
      }
      if (pair[0].caseFile.eventId !== pair[1].caseFile.eventId) {
        throw badUserInput('Only cases of one event are merged or linked.', 'caseId', CaseReason.OtherEvent)
      }
      pair.forEach(check)
      for (const id of [...ids].sort()) {
        const claimed = await manager.update(
          CaseFileEntity,
          { id, mergedIntoId: IsNull() },
          { updatedAt: pair[0].now },
        )
        if (claimed.affected === 0) {
          throw conflict('Someone changed these cases at the same moment.', CaseReason.ChangedMeanwhile)
        }
      }
      const result = await work(manager, pair)
      for (const opened of pair) {
        await this.record(manager, viewer, action, opened.caseFile)
      }
      return { result, eventId: pair[0].caseFile.eventId, ids }
    })
    for (const id of ids) {
      this.publish(eventId, id)
    }
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

  /**
   * The case, once the rules let the viewer in. A merged case answers as the case it was merged into,
   * under that case's rules (which carry the exclusions and recusals of both); a change asked of the
   * merged one by its old id is refused (CASE_MERGED), after the rules, so it tells a hidden viewer
   * nothing.
   */
  private async open(
    manager: EntityManager,
    viewer: Viewer,
    caseId: string,
    purpose: 'read' | 'write',
  ): Promise<OpenedCase> {
    const caseFile = await followMerge(manager, await manager.findOneBy(CaseFileEntity, { id: caseId }))
    if (caseFile === null) {
      throw notFound('The case')
    }
    const facts = (await factsOf(manager, [caseFile])).get(caseFile.id)!
    const reader = await readerOf(manager, viewer, caseFile.eventId)
    if (!canView(reader, facts)) {
      throw notFound('The case')
    }
    if (purpose === 'write' && caseFile.id !== caseId) {
      throw conflict('This case was merged into another one: work on that case.', CaseReason.Merged)
    }
    return { caseFile, facts, reader, now: this.clock.now() }
  }
}
