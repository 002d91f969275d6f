import { CaseReason, type CaseSeverity } from '@conduct-desk/shared'
import { z } from 'zod'
import type { Viewer } from '../../authorization/viewer.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import { conflict } from '../../platform/errors/domain-error.js'
import { CASE_REVIEW, CaseFileEntity } from './case-file.entity.js'
import type { CaseGate } from './case-gate.js'
import { teamOf } from './case-team.js'

/** The team's review in words: sealed, parsed back (a document that does not match fails loudly). */
const reviewWords = z.object({
  jurisdiction: z.string().nullable(),
  impact: z.string().nullable(),
  risk: z.string().nullable(),
})
export type CaseReviewWords = Readonly<z.output<typeof reviewWords>>

export interface CaseReview extends CaseReviewWords {
  readonly severity: CaseSeverity | null
  readonly safetyRisk: 'yes' | 'no' | null
  readonly ongoingHarassment: 'yes' | 'no' | 'maybe' | null
  readonly lawEnforcementCalled: boolean | null
}

const clean = (value: string | null | undefined) => (value?.trim() ? value.trim() : null)

/** The team's judgement of a case (DESIGN §2), and who leads it. */
export class CaseReviewService {
  constructor(
    private readonly cipher: FieldCipher,
    private readonly gate: CaseGate,
  ) {}

  /** Replaces the review: the answers in plain columns (for statistics), the words sealed. */
  set(viewer: Viewer, caseId: string, review: CaseReview): Promise<void> {
    return this.gate.write(viewer, caseId, 'case.review', async manager => {
      const words: CaseReviewWords = {
        jurisdiction: clean(review.jurisdiction),
        impact: clean(review.impact),
        risk: clean(review.risk),
      }
      const hasWords = Object.values(words).some(value => value !== null)
      await manager.update(
        CaseFileEntity,
        { id: caseId },
        {
          severity: review.severity,
          safetyRisk: review.safetyRisk,
          ongoingHarassment: review.ongoingHarassment,
          lawEnforcementCalled: review.lawEnforcementCalled,
          sealedReview: hasWords ? this.cipher.encrypt(JSON.stringify(words), CASE_REVIEW.at(caseId)) : null,
        },
      )
    })
  }

  /** The review in words of a case, decrypted. */
  wordsOf(caseFile: Pick<CaseFileEntity, 'id' | 'sealedReview'>): CaseReviewWords {
    if (caseFile.sealedReview === null) {
      return { jurisdiction: null, impact: null, risk: null }
    }
    return reviewWords.parse(
      JSON.parse(this.cipher.decrypt(caseFile.sealedReview, CASE_REVIEW.at(caseFile.id))),
    )
  }

  /**
   * Gives the case to a responder to lead (or to nobody): one of its team, never someone the
   * reporter excluded or who stands aside. Leading is not deciding: that still takes two sign-offs.
   * @throws CONFLICT with CASE_ASSIGNEE_NOT_ON_TEAM.
   */
  assign(viewer: Viewer, caseId: string, accountId: string | null): Promise<void> {
    return this.gate.write(viewer, caseId, 'case.assign', async (manager, opened) => {
      if (accountId !== null) {
        const team = await teamOf(manager, opened.caseFile, opened.facts)
        if (!team.some(member => member.accountId === accountId)) {
          throw conflict(
            'Assign the case to a responder of this event who may see it.',
            CaseReason.AssigneeNotOnTeam,
          )
        }
      }
      await manager.update(CaseFileEntity, { id: caseId }, { assignedToId: accountId })
    })
  }
}
