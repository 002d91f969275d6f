import type { CaseStatus } from '@conduct-desk/shared'
import type { EntityManager } from 'typeorm'
import { newId } from '../../platform/security/tokens.js'
import { CaseFileEntity } from './case-file.entity.js'
import { CaseStatusChangeEntity } from './case-status-change.entity.js'

/**
 * Moves a case's status and keeps the move, with who made it, for the timeline and the reporter's
 * follow-up page. Callers have checked the move against CASE_TRANSITIONS; the update is
 * conditional on the status they checked, so two moves made at once cannot both land.
 * @returns whether the move landed (false: someone moved the case meanwhile).
 */
export async function recordStatusChange(
  manager: EntityManager,
  caseFile: Pick<CaseFileEntity, 'id' | 'status'>,
  to: CaseStatus,
  actorId: string | null,
  at: Date,
): Promise<boolean> {
  const result = await manager.update(
    CaseFileEntity,
    { id: caseFile.id, status: caseFile.status },
    { status: to, updatedAt: at },
  )
  if (result.affected === 0) {
    return false
  }
  await manager.insert(CaseStatusChangeEntity, {
    id: newId(),
    caseId: caseFile.id,
    fromStatus: caseFile.status,
    toStatus: to,
    actorId,
    createdAt: at,
  })
  return true
}
