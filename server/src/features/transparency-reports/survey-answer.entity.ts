import { Column, Entity, PrimaryColumn } from 'typeorm'

/**
 * One aggregated row of an edition's post-event survey on confidence in reporting: how many people
 * gave `answer` to `question`. Only counts, never a respondent; shown in the next edition's report.
 */
@Entity({ name: 'transparency_survey_answer' })
export class SurveyAnswerEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string

  @Column({ type: 'varchar', length: 36 })
  eventId: string

  @Column({ type: 'varchar', length: 200 })
  question: string

  @Column({ type: 'varchar', length: 200 })
  answer: string

  @Column({ type: 'integer' })
  count: number

  /** The row's place in the survey as it was entered. */
  @Column({ type: 'integer' })
  position: number
}
