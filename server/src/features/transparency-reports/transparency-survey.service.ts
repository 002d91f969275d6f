import {
  AuditAction,
  SURVEY_ANSWERS_MAX,
  SURVEY_TEXT_MAX_LENGTH,
  TransparencyReason,
} from '@conduct-desk/shared'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import type { AuditLog } from '../../platform/audit/audit-log.js'
import { badUserInput } from '../../platform/errors/domain-error.js'
import { newId } from '../../platform/security/tokens.js'
import { SurveyAnswerEntity } from './survey-answer.entity.js'
import { surveyRowsOf } from './transparency-facts.js'
import type { SurveyRow } from './transparency-draft.js'
import { eventOf } from './transparency-report.service.js'

/** One survey row checked: both texts trimmed, some words and at most 200 characters; a whole count ≥ 0. */
function checkedRow(row: SurveyRow, index: number): SurveyRow {
  const question = row.question.trim()
  const answer = row.answer.trim()
  for (const [field, text] of [
    ['question', question],
    ['answer', answer],
  ] as const) {
    if (text === '' || text.length > SURVEY_TEXT_MAX_LENGTH) {
      throw badUserInput(
        `Row ${index + 1}: the ${field} needs some words, at most ${SURVEY_TEXT_MAX_LENGTH} characters.`,
        `answers.${index}.${field}`,
        TransparencyReason.SurveyTextInvalid,
      )
    }
  }
  if (!Number.isSafeInteger(row.count) || row.count < 0) {
    throw badUserInput(
      `Row ${index + 1}: the count is a whole number, zero or more.`,
      `answers.${index}.count`,
      TransparencyReason.SurveyCountInvalid,
    )
  }
  return { question, answer, count: row.count }
}

/**
 * The post-event survey on confidence in reporting: aggregated rows only (question, answer, how
 * many), entered or imported by the chair for one edition and shown in the next edition's report.
 */
export class TransparencySurveyService {
  constructor(
    private readonly db: Database,
    private readonly auditLog: AuditLog,
  ) {}

  async answers(eventId: string): Promise<SurveyRow[]> {
    await eventOf(this.db.read, eventId)
    return (await surveyRowsOf(this.db, eventId)).map(({ question, answer, count }) => ({
      question,
      answer,
      count,
    }))
  }

  /**
   * Replaces the event's survey rows with `rows`, all checked first: nothing is written when one is wrong.
   * @throws BAD_USER_INPUT with SURVEY_TOO_MANY_ANSWERS, SURVEY_TEXT_INVALID or SURVEY_COUNT_INVALID
   */
  async record(viewer: Viewer, eventId: string, rows: readonly SurveyRow[]): Promise<SurveyRow[]> {
    if (rows.length > SURVEY_ANSWERS_MAX) {
      throw badUserInput(
        `A survey holds at most ${SURVEY_ANSWERS_MAX} rows.`,
        'answers',
        TransparencyReason.SurveyTooManyAnswers,
      )
    }
    const checked = rows.map(checkedRow)
    await this.db.write(async manager => {
      await eventOf(manager, eventId)
      await manager.delete(SurveyAnswerEntity, { eventId })
      if (checked.length > 0) {
        await manager.insert(
          SurveyAnswerEntity,
          checked.map((row, position) => ({ id: newId(), eventId, position, ...row })),
        )
      }
      await this.auditLog.append(manager, {
        actorId: viewer.accountId,
        action: AuditAction.TransparencySurvey,
        objectType: 'event',
        objectId: eventId,
        scopeId: eventId,
      })
    })
    return this.answers(eventId)
  }
}
