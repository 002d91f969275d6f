import { Role, type TransparencyReportKind } from '@conduct-desk/shared'
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql'
import { Allow, Public } from '../../authorization/audience.js'
import type { Context } from '../../authorization/request-context.js'
import { requireRecentAuthentication } from '../../authorization/require-recent-authentication.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import {
  AddTransparencyAddendumInput,
  PublishTransparencyReportInput,
  RecordTransparencySurveyInput,
  SaveTransparencyDraftInput,
} from './transparency-report.inputs.js'
import type { TransparencyPublishingService } from './transparency-publishing.service.js'
import type { TransparencyReportService } from './transparency-report.service.js'
import {
  SurveyAnswer,
  TransparencyReport,
  TransparencyReportDraft,
  TransparencyReportKindEnum,
} from './transparency-report.type.js'
import type { TransparencySurveyService } from './transparency-survey.service.js'
import type { TransparencyStatistics } from './transparency-statistics.type.js'

/** Who writes an event's transparency report: its chair and organizers, and admins. Never case details. */
const REPORT_WRITERS = [Role.Admin, Role.Organizer, Role.Chair] as const

/**
 * Transparency reports: the chair's drafts, publishing (stepped up, audited, privacy-checked), addenda
 * and the survey; and the public's published report. Every staff operation names its event, so the
 * roles are checked for that event: a chair of another event is refused.
 */
@Resolver()
export class TransparencyReportResolver {
  constructor(
    private readonly services: {
      readonly transparencyReports: TransparencyReportService<TransparencyStatistics>
      readonly transparencyPublishing: TransparencyPublishingService<TransparencyStatistics>
      readonly transparencySurvey: TransparencySurveyService
    },
  ) {}

  @Allow(...REPORT_WRITERS)
  @Query(() => TransparencyReportDraft, {
    description: 'The saved draft of this kind, else one pre-filled from the data; with the numbers so far.',
  })
  transparencyReportDraft(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('kind', () => TransparencyReportKindEnum) kind: TransparencyReportKind,
  ): Promise<TransparencyReportDraft> {
    return this.services.transparencyReports.draft(eventId, kind)
  }

  @Allow(...REPORT_WRITERS)
  @Mutation(() => TransparencyReportDraft, {
    description: 'Keeps the text being written; publishes nothing.',
  })
  saveTransparencyDraft(
    @Arg('input', () => SaveTransparencyDraftInput) input: SaveTransparencyDraftInput,
  ): Promise<TransparencyReportDraft> {
    return this.services.transparencyReports.saveDraft(input.eventId, input.kind, input.markdown)
  }

  @Allow(...REPORT_WRITERS)
  @Mutation(() => TransparencyReport, {
    description:
      'Publishes the text as the event’s report of this kind, with the statistics as they stand now. Needs a ' +
      'recent sign-in (REAUTH_REQUIRED); refused while the privacy check finds a recorded name (PRIVACY_CHECK_BLOCKED).',
  })
  publishTransparencyReport(
    @Arg('input', () => PublishTransparencyReportInput) input: PublishTransparencyReportInput,
    @Ctx() ctx: Context,
  ): Promise<TransparencyReport> {
    const viewer = requireRecentAuthentication(ctx)
    return this.services.transparencyPublishing.publish(viewer, input)
  }

  @Allow(...REPORT_WRITERS)
  @Mutation(() => TransparencyReport, {
    description:
      'Adds a dated addendum to the published full report. Needs a recent sign-in; privacy-checked.',
  })
  addTransparencyAddendum(
    @Arg('input', () => AddTransparencyAddendumInput) input: AddTransparencyAddendumInput,
    @Ctx() ctx: Context,
  ): Promise<TransparencyReport> {
    const viewer = requireRecentAuthentication(ctx)
    return this.services.transparencyPublishing.addAddendum(viewer, input)
  }

  @Allow(...REPORT_WRITERS)
  @Query(() => [SurveyAnswer], { description: 'The event’s post-event survey rows, as entered.' })
  transparencySurvey(@Arg('eventId', () => ID) eventId: string): Promise<SurveyAnswer[]> {
    return this.services.transparencySurvey.answers(eventId)
  }

  @Allow(...REPORT_WRITERS)
  @Mutation(() => [SurveyAnswer], { description: 'Replaces the event’s survey rows (at most 200).' })
  recordTransparencySurvey(
    @Arg('input', () => RecordTransparencySurveyInput) input: RecordTransparencySurveyInput,
    @Ctx() ctx: Context,
  ): Promise<SurveyAnswer[]> {
    return this.services.transparencySurvey.record(requireViewer(ctx), input.eventId, input.answers)
  }

  @Public()
  @Query(() => TransparencyReport, {
    nullable: true,
    description: 'The event’s full report when published, else its initial report, else null.',
  })
  publishedTransparencyReport(
    @Arg('eventSlug', () => String) eventSlug: string,
  ): Promise<TransparencyReport | null> {
    return this.services.transparencyReports.published(eventSlug)
  }
}
