import { FULL_REPORT_DUE_DAYS, addDays, type TransparencyReportKind } from '@conduct-desk/shared'
import { IsNull, LessThan } from 'typeorm'
import type { Database } from '../../db/database.js'
import { CaseFileEntity } from '../cases/case-file.entity.js'
import { EventEntity } from '../events/event.entity.js'
import { OfficeHourWindowEntity } from '../office-hours/office-hour-window.entity.js'
import { SurveyAnswerEntity } from './survey-answer.entity.js'
import { summaryLine } from './summary-line.js'
import type { DraftFacts, DraftStatistics, SurveyRow } from './transparency-draft.js'

/** The live statistics of an event (tr-stats' service), as the public type holds them. */
export type StatisticsOf<S extends DraftStatistics> = (eventId: string) => Promise<S>

/** The rows of one event's survey, in the order they were entered. */
export function surveyRowsOf(db: Database, eventId: string): Promise<SurveyAnswerEntity[]> {
  return db.read.find(SurveyAnswerEntity, { where: { eventId }, order: { position: 'ASC' } })
}

/**
 * Gathers what a report says about an event, from data that may be public: aggregates, the cases'
 * public summary lines (merged cases live on in their target and are skipped), the event's public
 * pages, and the previous edition's survey. Never a case's content, never a person's name.
 */
export class TransparencyFacts<S extends DraftStatistics> {
  constructor(
    private readonly db: Database,
    private readonly statisticsOf: StatisticsOf<S>,
    private readonly publicUrl: string,
  ) {}

  statistics(eventId: string): Promise<S> {
    return this.statisticsOf(eventId)
  }

  async summaryLines(eventId: string): Promise<string[]> {
    const cases = await this.db.read.find(CaseFileEntity, {
      where: { eventId, mergedIntoId: IsNull() },
      select: { id: true, status: true, publicSummary: true, lawEnforcementCalled: true, createdAt: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    })
    return cases.map(summaryLine)
  }

  /** The survey of the edition of the series that came just before `event`, when it has one. */
  async previousSurvey(event: EventEntity): Promise<DraftFacts['previousSurvey']> {
    if (event.seriesId === null) {
      return null
    }
    const previous = await this.db.read.findOne(EventEntity, {
      where: { seriesId: event.seriesId, startsOn: LessThan(event.startsOn) },
      order: { startsOn: 'DESC' },
    })
    if (previous === null) {
      return null
    }
    const rows: SurveyRow[] = (await surveyRowsOf(this.db, previous.id)).map(
      ({ question, answer, count }) => ({
        question,
        answer,
        count,
      }),
    )
    return { eventName: previous.name, rows }
  }

  async of(event: EventEntity, kind: TransparencyReportKind, statistics: S): Promise<DraftFacts> {
    const kioskEvent = `${this.publicUrl}/kiosk/e/${encodeURIComponent(event.slug)}`
    return {
      kind,
      eventName: event.name,
      startsOn: event.startsOn,
      endsOn: event.endsOn,
      fullReportDueOn: addDays(event.endsOn, FULL_REPORT_DUE_DAYS),
      attendeesInPerson: event.attendeesInPerson,
      attendeesOnline: event.attendeesOnline,
      statistics,
      summaryLines: await this.summaryLines(event.id),
      reportUrl: `${kioskEvent}/report`,
      policyUrl: `${kioskEvent}/code-of-conduct`,
      hasOfficeHours: (await this.db.read.countBy(OfficeHourWindowEntity, { eventId: event.id })) > 0,
      hasUrgentPhone: event.urgentPhone !== null && event.urgentPhone !== '',
      previousSurvey: await this.previousSurvey(event),
    }
  }
}
