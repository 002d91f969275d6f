import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { Context } from '../../authorization/request-context.js'
import { Allow, Public } from '../../authorization/audience.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import { badUserInput } from '../../platform/errors/domain-error.js'
import {
  RecordOnSiteReportInput,
  ReplyToReportInput,
  RespondToResolutionInput,
  SubmitReportInput,
} from './incident-report.inputs.js'
import { ReportReceipt, ReportStatus } from './incident-report.type.js'
import { toReportContent } from '../cases/report-content.js'
import type { ReportFollowUpService } from './report-follow-up.service.js'
import type { ReportIntakeService } from './report-intake.service.js'

/** Telling the team what happened, and following it up anonymously with the receipt. */
@Resolver()
export class IncidentReportResolver {
  constructor(
    private readonly services: {
      readonly reportFollowUp: ReportFollowUpService
      readonly reportIntake: ReportIntakeService
    },
  ) {}

  @Public()
  @Mutation(() => ReportReceipt, { description: 'Sends a report; returns the receipt, shown once.' })
  submitReport(
    @Arg('input', () => SubmitReportInput) input: SubmitReportInput,
    @Ctx() ctx: Context,
  ): Promise<ReportReceipt> {
    return this.services.reportIntake.submit(
      { slug: input.eventSlug },
      {
        content: toReportContent(input),
        category: input.category?.trim() || null,
        language: input.language ?? 'en',
        isOngoing: input.isOngoing ?? false,
        isUrgent: input.isUrgent ?? false,
        channel: ctx.kiosk === null ? 'web' : 'kiosk',
        enteredBy: null,
        kiosk: ctx.kiosk,
        urgentAlertToken: input.urgentAlertToken ?? null,
      },
      ctx.requesterKey,
    )
  }

  @Public()
  @Query(() => ReportStatus, {
    description: 'Status and messages of a report; NOT_FOUND for a wrong pair, without saying which part.',
  })
  reportStatus(
    @Arg('reference', () => String) reference: string,
    @Arg('passphrase', () => String) passphrase: string,
    @Ctx() ctx: Context,
  ): Promise<ReportStatus> {
    return this.services.reportFollowUp.status(reference, passphrase, ctx.requesterKey)
  }

  @Public()
  @Mutation(() => ReportStatus, { description: 'The reporter answers the team, or adds information.' })
  replyToReport(
    @Arg('input', () => ReplyToReportInput) input: ReplyToReportInput,
    @Ctx() ctx: Context,
  ): Promise<ReportStatus> {
    return this.services.reportFollowUp.reply(input.reference, input.passphrase, input.body, ctx.requesterKey)
  }

  @Public()
  @Mutation(() => ReportStatus, {
    description: 'The reporter answers the resolution the team proposed (AGREES or CONCERNS), once.',
  })
  respondToResolution(
    @Arg('input', () => RespondToResolutionInput) input: RespondToResolutionInput,
    @Ctx() ctx: Context,
  ): Promise<ReportStatus> {
    if (input.response === 'unreachable') {
      throw badUserInput('Answer that you agree, or that you have concerns.', 'response')
    }
    return this.services.reportFollowUp.respond(
      input.reference,
      input.passphrase,
      input.response,
      input.note ?? null,
      ctx.requesterKey,
    )
  }

  @Allow(Role.Responder)
  @Mutation(() => ReportReceipt, {
    description: 'A responder writes down a report made in person; the receipt goes to the reporter.',
  })
  recordOnSiteReport(
    @Arg('input', () => RecordOnSiteReportInput) input: RecordOnSiteReportInput,
    @Ctx() ctx: Context,
  ): Promise<ReportReceipt> {
    const onSite = {
      isConfidentialityExplained: input.isConfidentialityExplained,
      isImmediateActionNeeded: input.isImmediateActionNeeded,
    }
    return this.services.reportIntake.submit(
      { id: input.eventId },
      {
        content: toReportContent({ ...input, onSite }),
        category: input.category?.trim() || null,
        language: input.language ?? 'en',
        isOngoing: input.isOngoing ?? false,
        isUrgent: input.isUrgent ?? input.isImmediateActionNeeded,
        channel: input.channel,
        enteredBy: requireViewer(ctx),
      },
      null,
    )
  }
}
