import { TransparencyReportKind, addDays, localToInstant } from '@conduct-desk/shared'
import type { Database } from '../db/database.js'
import type { EventEntity } from '../features/events/event.entity.js'
import { SurveyAnswerEntity } from '../features/transparency-reports/survey-answer.entity.js'
import {
  TALK_REVIEW_PLACEHOLDER,
  transparencyDraft,
} from '../features/transparency-reports/transparency-draft.js'
import { TransparencyFacts } from '../features/transparency-reports/transparency-facts.js'
import { TransparencyReportEntity } from '../features/transparency-reports/transparency-report.entity.js'
import { TransparencyStatisticsService } from '../features/transparency-reports/transparency-statistics.service.js'
import type { TransparencyStatistics } from '../features/transparency-reports/transparency-statistics.type.js'
import { newId } from '../platform/security/tokens.js'

/** Invented survey answers: how many of the attendees who answered said what. */
function demoSurvey(edition: number): { question: string; answer: string; count: number }[] {
  const grow = (base: number) => base + edition * 14
  return [
    { question: 'Did you know how to reach the code of conduct team?', answer: 'Yes', count: grow(151) },
    {
      question: 'Did you know how to reach the code of conduct team?',
      answer: 'No',
      count: 38 - edition * 9,
    },
    { question: 'Would you feel confident reporting an incident?', answer: 'Yes', count: grow(122) },
    {
      question: 'Would you feel confident reporting an incident?',
      answer: 'Not sure',
      count: 47 - edition * 6,
    },
    { question: 'Would you feel confident reporting an incident?', answer: 'No', count: 12 - edition * 3 },
  ]
}

/** Invented talk review figures, standing in for what a chair would write in. */
function demoTalkReview(edition: number): string {
  const reviewed = 38 + edition * 4
  const changes = 4 - edition
  return `${reviewed} talks were reviewed before the event: ${reviewed - changes - 1} needed no comments, changes were requested for ${changes}, one was missed, and none was cancelled.`
}

/**
 * The past editions' survey answers and their published full reports, written from the data as a
 * chair would publish the pre-filled draft (with the talk review filled in), three weeks after each
 * edition; each keeps the statistics as they stood then, so the public page shows history at once.
 */
export async function seedDemoTransparencyReports(
  db: Database,
  past: readonly EventEntity[],
  publicUrl: string,
): Promise<void> {
  await db.write(async manager => {
    for (const [edition, event] of past.entries()) {
      await manager.insert(
        SurveyAnswerEntity,
        demoSurvey(edition).map((row, position) => ({ id: newId(), eventId: event.id, position, ...row })),
      )
    }
  })
  const statistics = new TransparencyStatisticsService(db)
  const facts = new TransparencyFacts<TransparencyStatistics>(
    db,
    eventId => statistics.forEvent(eventId),
    publicUrl,
  )
  for (const [edition, event] of past.entries()) {
    const numbers = await statistics.forEvent(event.id)
    const markdown = transparencyDraft(await facts.of(event, TransparencyReportKind.Full, numbers)).replace(
      TALK_REVIEW_PLACEHOLDER,
      demoTalkReview(edition),
    )
    const publishedAt = localToInstant(addDays(event.endsOn, 21), '10:00', event.timeZone)
    await db.write(manager =>
      manager.insert(TransparencyReportEntity, {
        id: newId(),
        eventId: event.id,
        kind: TransparencyReportKind.Full,
        draftMarkdown: markdown,
        draftSavedAt: publishedAt,
        publishedMarkdown: markdown,
        publishedAt,
        publishedById: null,
        statistics: numbers,
      }),
    )
  }
}
