import { CaseReason, IMMEDIATE_ACTION_REVIEW_WITHIN_MS } from '@conduct-desk/shared'
import { IsNull } from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import { conflict, notFound } from '../../platform/errors/domain-error.js'
import type { Logger } from '../../platform/logging/logger.js'
import type { Mailer } from '../../platform/mail/mailer.js'
import { newId } from '../../platform/security/tokens.js'
import { CASE_ENTRY_BODY, CaseEntryEntity, type CaseEntryKind } from './case-entry.entity.js'
import type { CaseGate } from './case-gate.js'
import { teamOf } from './case-team.js'
import { mailImmediateAction } from './immediate-action-mail.js'

/** The team's notes, facts determined and immediate actions on a case. */
export class CaseEntriesService {
  constructor(
    private readonly db: Database,
    private readonly cipher: FieldCipher,
    private readonly gate: CaseGate,
    private readonly mailer: Mailer,
    private readonly dashboardUrl: string,
    private readonly log: Logger,
  ) {}

  /**
   * Writes an entry down. An immediate action is due for the team's review within 24 hours, and
   * the rest of the case's team is told at once by email (which holds no words of it).
   */
  async add(viewer: Viewer, caseId: string, kind: CaseEntryKind, body: string): Promise<void> {
    const action = kind === 'immediate-action' ? 'case.immediate-action' : 'case.note'
    const toRemind = await this.gate.write(viewer, caseId, action, async (manager, opened) => {
      const id = newId()
      await manager.insert(CaseEntryEntity, {
        id,
        caseId,
        kind,
        sealedBody: this.cipher.encrypt(body.trim(), CASE_ENTRY_BODY.at(id)),
        authorId: viewer.accountId,
        createdAt: opened.now,
        reviewDueAt:
          kind === 'immediate-action'
            ? new Date(opened.now.getTime() + IMMEDIATE_ACTION_REVIEW_WITHIN_MS)
            : null,
        reviewedAt: null,
        reviewedById: null,
      })
      if (kind !== 'immediate-action') {
        return null
      }
      const team = await teamOf(manager, opened.caseFile, opened.facts)
      return { caseFile: opened.caseFile, team: team.filter(member => member.accountId !== viewer.accountId) }
    })
    if (toRemind !== null) {
      const { mailer, dashboardUrl, log } = this
      await mailImmediateAction({ mailer, dashboardUrl, log }, toRemind.caseFile, toRemind.team, 'recorded')
    }
  }

  /**
   * Another responder reviews an immediate action: one person's decision on the spot is looked at
   * by a second.
   * @throws CONFLICT with CASE_REVIEW_BY_ANOTHER or CASE_ALREADY_REVIEWED; NOT_FOUND.
   */
  review(viewer: Viewer, caseId: string, entryId: string): Promise<void> {
    return this.gate.write(viewer, caseId, 'case.immediate-action', async (manager, { now }) => {
      const entry = await manager.findOneBy(CaseEntryEntity, {
        id: entryId,
        caseId,
        kind: 'immediate-action',
      })
      if (entry === null) {
        throw notFound('The immediate action')
      }
      if (entry.authorId === viewer.accountId) {
        throw conflict('Another responder reviews an immediate action.', CaseReason.ReviewByAnother)
      }
      const result = await manager.update(
        CaseEntryEntity,
        { id: entryId, reviewedAt: IsNull() },
        { reviewedAt: now, reviewedById: viewer.accountId },
      )
      if (result.affected === 0) {
        throw conflict('This immediate action was already reviewed.', CaseReason.AlreadyReviewed)
      }
    })
  }

  /** The entries of a case, oldest first, decrypted (for a caller that opened the case through the gate). */
  async of(caseId: string): Promise<(CaseEntryEntity & { body: string })[]> {
    const rows = await this.db.read.find(CaseEntryEntity, { where: { caseId }, order: { createdAt: 'ASC' } })
    return rows.map(row => ({
      ...row,
      body: this.cipher.decrypt(row.sealedBody, CASE_ENTRY_BODY.at(row.id)),
    }))
  }
}
