import type { EntityManager } from 'typeorm'
import type { CaseAttachmentsMover } from '../cases/case-attachments-mover.js'
import { AttachmentEntity } from './attachment.entity.js'

/**
 * Moves a case's files with its reports when the case is merged into another. Each file stays
 * sealed under its own key, bound to its row, so only the row's case changes.
 */
export class AttachmentMover implements CaseAttachmentsMover {
  async moveToCase(manager: EntityManager, fromCaseId: string, toCaseId: string): Promise<void> {
    await manager.update(AttachmentEntity, { caseId: fromCaseId }, { caseId: toCaseId })
  }
}
