import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, ID, Mutation, Query, Resolver, Subscription } from 'type-graphql'
import type { Context } from '../../authorization/request-context.js'
import { Allow } from '../../authorization/audience.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import { caseInboxTopic, type CaseChange, type CaseInboxService } from './case-inbox.service.js'
import { CaseDetail, CaseMessage, CaseSummary, SendCaseMessageInput } from './case.type.js'

/** Responders' first cut of case work: the inbox, a case, and the conversation with the reporter. */
@Resolver()
export class CaseResolver {
  constructor(private readonly services: { readonly cases: CaseInboxService }) {}

  @Allow(Role.Responder)
  @Query(() => [CaseSummary], { description: 'The event’s cases the viewer may see.' })
  cases(@Arg('eventId', () => ID) eventId: string, @Ctx() ctx: Context): Promise<CaseSummary[]> {
    return this.services.cases.list(requireViewer(ctx), eventId)
  }

  @Allow(Role.Responder)
  @Query(() => CaseDetail, {
    description: 'One case; NOT_FOUND when it does not exist or the viewer may not see it.',
  })
  case(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context): Promise<CaseDetail> {
    return this.services.cases.detail(requireViewer(ctx), caseId)
  }

  @Allow(Role.Responder)
  @Mutation(() => CaseMessage, { description: 'A message to the reporter, who reads it with their receipt.' })
  sendCaseMessage(
    @Arg('input', () => SendCaseMessageInput) input: SendCaseMessageInput,
    @Ctx() ctx: Context,
  ): Promise<CaseMessage> {
    return this.services.cases.send(requireViewer(ctx), input.caseId, input.body)
  }

  @Allow(Role.Responder)
  @Subscription(() => [CaseSummary], {
    topics: ({ args }) => caseInboxTopic(String((args as { eventId: string }).eventId)),
    // A case hidden from the viewer changes nothing they may know of: not even that it changed.
    filter: ({ payload, context }: { payload: CaseChange; context: Context }) =>
      context.resolvers.get(CaseResolver).isVisibleChange(context, payload),
    description:
      'The viewer’s inbox of an event, sent again whenever a case the viewer may see arrives or changes.',
  })
  caseInboxChanged(@Arg('eventId', () => ID) eventId: string, @Ctx() ctx: Context): Promise<CaseSummary[]> {
    return this.services.cases.list(requireViewer(ctx), eventId)
  }

  /** Whether an inbox change is about a case the subscriber may see (the subscription's filter). */
  isVisibleChange(ctx: Context, change: CaseChange): boolean | Promise<boolean> {
    return ctx.viewer !== null && this.services.cases.isVisible(ctx.viewer, change.caseId)
  }
}
