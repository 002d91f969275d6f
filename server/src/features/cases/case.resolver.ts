import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Subscription } from 'type-graphql'
import type { Context } from '../../authorization/request-context.js'
import { Allow } from '../../authorization/audience.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import {
  MoveCaseInput,
  ProposeResolutionInput,
  RecordReporterResponseInput,
  SetCasePublicSummaryInput,
} from './case-decision.type.js'
import { toCaseMessage } from './case-detail.service.js'
import type { CaseInboxSort } from './case-inbox-query.js'
import { CaseInboxFilterInput, CaseInboxPage, CaseInboxSortEnum } from './case-inbox.type.js'
import { badUserInput } from '../../platform/errors/domain-error.js'
import type { CaseDecisionsService } from './case-decisions.service.js'
import type { CaseDetailService } from './case-detail.service.js'
import { caseInboxTopic, type CaseChange, type CaseInboxService } from './case-inbox.service.js'
import type { CaseMessagesService } from './case-messages.service.js'
import { CaseDetail, CaseMessage, CaseSummary, MovedCase, SendCaseMessageInput } from './case.type.js'

/**
 * Responders' case work: the inbox, a case, the conversation with the reporter, and the way to a
 * decision. Every mutation answers with the case as it now stands.
 */
@Resolver()
export class CaseResolver {
  constructor(
    private readonly services: {
      readonly cases: CaseInboxService
      readonly caseDetail: CaseDetailService
      readonly caseMessages: CaseMessagesService
      readonly caseDecisions: CaseDecisionsService
    },
  ) {}

  @Allow(Role.Responder)
  @Query(() => [CaseSummary], { description: 'The event’s cases the viewer may see.' })
  cases(@Arg('eventId', () => ID) eventId: string, @Ctx() ctx: Context): Promise<CaseSummary[]> {
    return this.services.cases.list(requireViewer(ctx), eventId)
  }

  @Allow(Role.Responder)
  @Query(() => CaseInboxPage, {
    description:
      'One page of the event’s cases the viewer may see, filtered and sorted, with the overdue counters.',
  })
  caseInbox(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('filter', () => CaseInboxFilterInput, { nullable: true }) filter: CaseInboxFilterInput | null,
    @Arg('sort', () => CaseInboxSortEnum, { defaultValue: 'recent-activity' }) sort: CaseInboxSort,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Ctx() ctx: Context,
  ): Promise<CaseInboxPage> {
    if (page < 1 || page > 10_000) {
      throw badUserInput('Pages are numbered from 1.', 'page')
    }
    return this.services.cases.inbox(requireViewer(ctx), eventId, filter ?? {}, sort, page)
  }

  // The Working Group reads a case its event's team escalated to them; the policy decides.
  @Allow(Role.Responder, Role.Wg)
  @Query(() => CaseDetail, {
    description: 'One case; NOT_FOUND when it does not exist or the viewer may not see it.',
  })
  case(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context): Promise<CaseDetail> {
    return this.services.caseDetail.detail(requireViewer(ctx), caseId)
  }

  @Allow(Role.Responder)
  @Mutation(() => CaseMessage, { description: 'A message to the reporter, who reads it with their receipt.' })
  async sendCaseMessage(
    @Arg('input', () => SendCaseMessageInput) input: SendCaseMessageInput,
    @Ctx() ctx: Context,
  ): Promise<CaseMessage> {
    const viewer = requireViewer(ctx)
    const message = await this.services.caseMessages.send(
      viewer,
      input.caseId,
      input.body,
      input.reportId ?? null,
    )
    return toCaseMessage(message, new Map([[viewer.accountId, viewer.name]]))
  }

  @Allow(Role.Responder, Role.Wg)
  @Mutation(() => MovedCase, {
    description:
      'Moves the case to one of its allowedMoves. DECIDED needs two responders’ sign-offs and the reporter’s response; CLOSED needs the public summary line.',
  })
  async moveCase(
    @Arg('input', () => MoveCaseInput) input: MoveCaseInput,
    @Ctx() ctx: Context,
  ): Promise<MovedCase> {
    const viewer = requireViewer(ctx)
    await this.services.caseDecisions.move(viewer, input.caseId, input.to)
    const visible = await this.services.cases.isVisible(viewer, input.caseId)
    return {
      status: input.to,
      case: visible ? await this.services.caseDetail.detail(viewer, input.caseId) : null,
    }
  }

  @Allow(Role.Responder)
  @Mutation(() => CaseDetail, {
    description: 'Proposes a resolution (the case moves to RESOLUTION_PROPOSED); the reporter sees it.',
  })
  async proposeResolution(
    @Arg('input', () => ProposeResolutionInput) input: ProposeResolutionInput,
    @Ctx() ctx: Context,
  ): Promise<CaseDetail> {
    const viewer = requireViewer(ctx)
    await this.services.caseDecisions.propose(viewer, input.caseId, input.resolution, input.actions ?? [])
    return this.services.caseDetail.detail(viewer, input.caseId)
  }

  @Allow(Role.Responder)
  @Mutation(() => CaseDetail, {
    description: 'The viewer signs the proposed resolution off; a decision needs two different responders.',
  })
  async signOffResolution(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context): Promise<CaseDetail> {
    const viewer = requireViewer(ctx)
    await this.services.caseDecisions.signOff(viewer, caseId)
    return this.services.caseDetail.detail(viewer, caseId)
  }

  @Allow(Role.Responder)
  @Mutation(() => CaseDetail, {
    description: 'Records the reporter’s response given another way, or why they could not be reached.',
  })
  async recordReporterResponse(
    @Arg('input', () => RecordReporterResponseInput) input: RecordReporterResponseInput,
    @Ctx() ctx: Context,
  ): Promise<CaseDetail> {
    const viewer = requireViewer(ctx)
    await this.services.caseDecisions.recordResponse(viewer, input.caseId, input.response, input.note ?? null)
    return this.services.caseDetail.detail(viewer, input.caseId)
  }

  @Allow(Role.Responder)
  @Mutation(() => CaseDetail, {
    description: 'Sets the case’s public summary line for the transparency report.',
  })
  async setCasePublicSummary(
    @Arg('input', () => SetCasePublicSummaryInput) input: SetCasePublicSummaryInput,
    @Ctx() ctx: Context,
  ): Promise<CaseDetail> {
    const viewer = requireViewer(ctx)
    await this.services.caseDecisions.setPublicSummary(viewer, input.caseId, input.summary)
    return this.services.caseDetail.detail(viewer, input.caseId)
  }

  @Allow(Role.Responder)
  @Mutation(() => Boolean, {
    description:
      'The viewer stands aside from the case (no reason needed, recorded); from the next request on, they cannot see it.',
  })
  async recuseFromCase(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context): Promise<boolean> {
    await this.services.caseDecisions.recuse(requireViewer(ctx), caseId)
    return true
  }

  @Allow(Role.Responder)
  @Subscription(() => [CaseSummary], {
    topics: ({ args }) => caseInboxTopic(String((args as { eventId: string }).eventId)),
    // A case hidden from the viewer changes nothing they may know of: not even that it changed.
    filter: ({ payload, context }: { payload: CaseChange; context: Context }) =>
      context.resolvers.get(CaseResolver).isVisibleChange(context, payload),
    description:
      'The first page of the viewer’s inbox (the 50 cases with the latest activity), sent again whenever a case the viewer may see arrives or changes; ask caseInbox for other pages and filters.',
  })
  async caseInboxChanged(
    @Arg('eventId', () => ID) eventId: string,
    @Ctx() ctx: Context,
  ): Promise<CaseSummary[]> {
    // One page, whatever the size of the event: every subscriber re-reads it on every change.
    const page = await this.services.cases.inbox(requireViewer(ctx), eventId, {}, 'recent-activity', 1)
    return page.cases
  }

  /** Whether an inbox change is about a case the subscriber may see (the subscription's filter). */
  isVisibleChange(ctx: Context, change: CaseChange): boolean | Promise<boolean> {
    return ctx.viewer !== null && this.services.cases.isVisible(ctx.viewer, change.caseId)
  }
}
