import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql'
import { Allow } from '../../authorization/audience.js'
import type { Context } from '../../authorization/request-context.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import type { CaseDetailService } from './case-detail.service.js'
import type { CaseEntriesService } from './case-entries.service.js'
import { AddCaseEntryInput, SetCaseReviewInput } from './case-record.type.js'
import type { CaseReviewService } from './case-review.service.js'
import { CaseDetail } from './case.type.js'

/** The team's own record of a case: entries, the review, who leads it. Each answers with the case. */
@Resolver()
export class CaseRecordResolver {
  constructor(
    private readonly services: {
      readonly caseDetail: CaseDetailService
      readonly caseEntries: CaseEntriesService
      readonly caseReview: CaseReviewService
    },
  ) {}

  @Allow(Role.Responder)
  @Mutation(() => CaseDetail, {
    description:
      'Writes down a note, a fact, or an immediate action (the rest of the team is told, and reviews it within 24 hours).',
  })
  async addCaseEntry(
    @Arg('input', () => AddCaseEntryInput) input: AddCaseEntryInput,
    @Ctx() ctx: Context,
  ): Promise<CaseDetail> {
    const viewer = requireViewer(ctx)
    await this.services.caseEntries.add(viewer, input.caseId, input.kind, input.body)
    return this.services.caseDetail.detail(viewer, input.caseId)
  }

  @Allow(Role.Responder)
  @Mutation(() => CaseDetail, { description: 'Another responder reviews an immediate action.' })
  async reviewImmediateAction(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('entryId', () => ID) entryId: string,
    @Ctx() ctx: Context,
  ): Promise<CaseDetail> {
    const viewer = requireViewer(ctx)
    await this.services.caseEntries.review(viewer, caseId, entryId)
    return this.services.caseDetail.detail(viewer, caseId)
  }

  @Allow(Role.Responder)
  @Mutation(() => CaseDetail, { description: 'Sets the team’s review of the case.' })
  async setCaseReview(
    @Arg('input', () => SetCaseReviewInput) input: SetCaseReviewInput,
    @Ctx() ctx: Context,
  ): Promise<CaseDetail> {
    const viewer = requireViewer(ctx)
    await this.services.caseReview.set(viewer, input.caseId, {
      severity: input.severity ?? null,
      safetyRisk: input.safetyRisk ?? null,
      ongoingHarassment: input.ongoingHarassment ?? null,
      lawEnforcementCalled: input.lawEnforcementCalled ?? null,
      jurisdiction: input.jurisdiction ?? null,
      impact: input.impact ?? null,
      risk: input.risk ?? null,
    })
    return this.services.caseDetail.detail(viewer, input.caseId)
  }

  @Allow(Role.Responder)
  @Mutation(() => CaseDetail, {
    description: 'Gives the case to one of its team to lead, or to nobody (null).',
  })
  async assignCase(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('accountId', () => ID, { nullable: true }) accountId: string | null,
    @Ctx() ctx: Context,
  ): Promise<CaseDetail> {
    const viewer = requireViewer(ctx)
    await this.services.caseReview.assign(viewer, caseId, accountId)
    return this.services.caseDetail.detail(viewer, caseId)
  }
}
