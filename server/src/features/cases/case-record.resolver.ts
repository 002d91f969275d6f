import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql'
import { Allow } from '../../authorization/audience.js'
import type { Context } from '../../authorization/request-context.js'
import { requireRecentAuthentication } from '../../authorization/require-recent-authentication.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import type { CaseDetailService } from './case-detail.service.js'
import type { CaseEntriesService } from './case-entries.service.js'
import type { CasePeopleService } from './case-people.service.js'
import { AddCasePersonInput, CasePerson, RevealedCasePerson } from './case-people.type.js'
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
      readonly casePeople: CasePeopleService
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
  @Mutation(() => CasePerson, {
    description:
      'Adds a person involved under the case’s next code name. A team member named here stands aside from the case.',
  })
  async addCasePerson(
    @Arg('input', () => AddCasePersonInput) input: AddCasePersonInput,
    @Ctx() ctx: Context,
  ): Promise<CasePerson> {
    const codeName = await this.services.casePeople.add(requireViewer(ctx), input.caseId, {
      role: input.role,
      flags: input.flags,
      name: input.name,
      contact: input.contact ?? null,
      accountId: input.accountId ?? null,
    })
    const added = (await this.services.casePeople.list(input.caseId)).find(
      person => person.codeName === codeName,
    )!
    return { ...added, isTeamMember: added.accountId !== null }
  }

  @Allow(Role.Responder, Role.Wg)
  @Mutation(() => [RevealedCasePerson], {
    description:
      'The real names behind the code names. Needs a recent confirmation of who you are (REAUTH_REQUIRED), and is recorded.',
  })
  revealCasePeople(
    @Arg('caseId', () => ID) caseId: string,
    @Ctx() ctx: Context,
  ): Promise<RevealedCasePerson[]> {
    return this.services.casePeople.reveal(requireRecentAuthentication(ctx), caseId)
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
