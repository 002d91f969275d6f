import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql'
import { Allow } from '../../authorization/audience.js'
import type { Context } from '../../authorization/request-context.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import type { CaseDetailService } from './case-detail.service.js'
import { LinkCasesInput, LinkedCase, MergedCase } from './case-links.type.js'
import type { CaseLinksService } from './case-links.service.js'
import type { CaseMergeService } from './case-merge.service.js'
import { CaseDetail } from './case.type.js'

/**
 * Reports about the same incident merged into one case, and related cases linked. CaseDetail's
 * fields here are resolved only on a case the viewer already opened through the gate.
 */
@Resolver(() => CaseDetail)
export class CaseLinksResolver {
  constructor(
    private readonly services: {
      readonly caseDetail: CaseDetailService
      readonly caseLinks: CaseLinksService
      readonly caseMerge: CaseMergeService
    },
  ) {}

  @Allow(Role.Responder)
  @Mutation(() => CaseDetail, {
    description:
      'Merges the case into another of the same event (both new, acknowledged or in review): its reports, conversation, people, record, files and status history become that case’s, and the exclusions and recusals of both apply. Answers with the merged case.',
  })
  async mergeCases(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('intoCaseId', () => ID) intoCaseId: string,
    @Ctx() ctx: Context,
  ): Promise<CaseDetail> {
    const viewer = requireViewer(ctx)
    await this.services.caseMerge.merge(viewer, caseId, intoCaseId)
    return this.services.caseDetail.detail(viewer, intoCaseId)
  }

  @Allow(Role.Responder)
  @Mutation(() => CaseDetail, { description: 'Links the case with another case of the same event.' })
  async linkCases(
    @Arg('input', () => LinkCasesInput) input: LinkCasesInput,
    @Ctx() ctx: Context,
  ): Promise<CaseDetail> {
    const viewer = requireViewer(ctx)
    await this.services.caseLinks.link(viewer, input.caseId, input.otherCaseId, input.note ?? null)
    return this.services.caseDetail.detail(viewer, input.caseId)
  }

  @Allow(Role.Responder)
  @Mutation(() => CaseDetail, { description: 'Removes the link between two cases.' })
  async unlinkCases(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('otherCaseId', () => ID) otherCaseId: string,
    @Ctx() ctx: Context,
  ): Promise<CaseDetail> {
    const viewer = requireViewer(ctx)
    await this.services.caseLinks.unlink(viewer, caseId, otherCaseId)
    return this.services.caseDetail.detail(viewer, caseId)
  }

  @FieldResolver(() => [LinkedCase], {
    description: 'Other cases of the event linked with this one; only those the viewer may see.',
  })
  linkedCases(@Root() caseDetail: CaseDetail, @Ctx() ctx: Context): Promise<LinkedCase[]> {
    return this.services.caseLinks.linkedTo(requireViewer(ctx), caseDetail.id)
  }

  @FieldResolver(() => [MergedCase], { description: 'Cases merged into this one, oldest merge first.' })
  mergedCases(@Root() caseDetail: CaseDetail): Promise<MergedCase[]> {
    return this.services.caseLinks.mergedInto(caseDetail.id)
  }
}
