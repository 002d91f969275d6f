import type { CaseAction } from '@conduct-desk/shared'
import type { EntityManager } from 'typeorm'
import { CaseActionEntity } from '../features/cases/case-action.entity.js'
import { CASE_PROPOSAL_RESOLUTION, CaseProposalEntity } from '../features/cases/case-proposal.entity.js'
import { CaseStatusChangeEntity } from '../features/cases/case-status-change.entity.js'
import type { FieldCipher } from '../platform/crypto/field-cipher.js'
import { newId } from '../platform/security/tokens.js'

const HOUR_MS = 3_600_000

/**
 * How a closed demo case got there: a proposed resolution with its actions, the reporter agreeing,
 * then decided and closed, so the transparency statistics count its actions as for a real case.
 */
export async function insertDemoDecision(
  manager: EntityManager,
  cipher: FieldCipher,
  demo: { readonly caseId: string; readonly reportedAt: Date; readonly resolution: string },
  actions: readonly CaseAction[],
): Promise<void> {
  const proposalId = newId()
  const proposedAt = new Date(demo.reportedAt.getTime() + 20 * HOUR_MS)
  await manager.insert(CaseProposalEntity, {
    id: proposalId,
    caseId: demo.caseId,
    sealedResolution: cipher.encrypt(demo.resolution, CASE_PROPOSAL_RESOLUTION.at(proposalId)),
    proposedById: null,
    createdAt: proposedAt,
    withdrawnAt: null,
    reporterResponse: 'agrees',
    sealedResponseNote: null,
    responseRecordedById: null,
    respondedAt: new Date(proposedAt.getTime() + 6 * HOUR_MS),
  })
  for (const action of actions) {
    await manager.insert(CaseActionEntity, { proposalId, action, caseId: demo.caseId })
  }
  const moves = [
    ['new', 'acknowledged', 2],
    ['acknowledged', 'in-review', 3],
    ['in-review', 'resolution-proposed', 20],
    ['resolution-proposed', 'decided', 30],
    ['decided', 'closed', 48],
  ] as const
  for (const [fromStatus, toStatus, hoursLater] of moves) {
    await manager.insert(CaseStatusChangeEntity, {
      id: newId(),
      caseId: demo.caseId,
      fromStatus,
      toStatus,
      actorId: null,
      createdAt: new Date(demo.reportedAt.getTime() + hoursLater * HOUR_MS),
    })
  }
}
