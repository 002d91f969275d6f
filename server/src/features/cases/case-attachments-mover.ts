import type { EntityManager } from 'typeorm'

/**
 * What a merge needs from the files of a case, which the attachments feature owns: moving them to
 * the case they now belong to, in the merge's transaction. Implemented by `attachments` and given
 * to cases by the composition root, so cases never write another feature's tables.
 */
export interface CaseAttachmentsMover {
  moveToCase(manager: EntityManager, fromCaseId: string, toCaseId: string): Promise<void>
}
