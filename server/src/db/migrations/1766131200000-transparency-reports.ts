import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm'
import { foreignKey, idColumn, instantColumn, refColumn, textColumn } from './columns.js'

/**
 * Issue 11, transparency reports:
 * - `transparency_report`: per event and kind (INITIAL, FULL), the draft and, once published, the
 *   published text, when, by whom, and the statistics as JSON as they stood at publication;
 * - `transparency_addendum`: dated additions to a published full report;
 * - `transparency_survey_answer`: the post-event survey's aggregated rows (question, answer, count).
 */
export class TransparencyReports1766131200000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'transparency_report',
        columns: [
          idColumn(),
          refColumn('event_id'),
          textColumn('kind', 10),
          { name: 'draft_markdown', type: 'text', isNullable: true },
          instantColumn('draft_saved_at', true),
          { name: 'published_markdown', type: 'text', isNullable: true },
          instantColumn('published_at', true),
          refColumn('published_by_id', true),
          { name: 'statistics', type: 'text', isNullable: true },
        ],
        indices: [new TableIndex({ columnNames: ['event_id', 'kind'], isUnique: true })],
        foreignKeys: [
          foreignKey('event_id', 'event', 'CASCADE'),
          foreignKey('published_by_id', 'account', 'SET NULL'),
        ],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'transparency_addendum',
        columns: [
          idColumn(),
          refColumn('event_id'),
          { name: 'markdown', type: 'text' },
          instantColumn('published_at'),
          refColumn('published_by_id', true),
        ],
        indices: [new TableIndex({ columnNames: ['event_id', 'published_at'] })],
        foreignKeys: [
          foreignKey('event_id', 'event', 'CASCADE'),
          foreignKey('published_by_id', 'account', 'SET NULL'),
        ],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'transparency_survey_answer',
        columns: [
          idColumn(),
          refColumn('event_id'),
          textColumn('question', 200),
          textColumn('answer', 200),
          { name: 'count', type: 'integer' },
          { name: 'position', type: 'integer' },
        ],
        indices: [new TableIndex({ columnNames: ['event_id', 'position'] })],
        foreignKeys: [foreignKey('event_id', 'event', 'CASCADE')],
      }),
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('transparency_survey_answer')
    await queryRunner.dropTable('transparency_addendum')
    await queryRunner.dropTable('transparency_report')
  }
}
