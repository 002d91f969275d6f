import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm'
import { foreignKey as fk, booleanColumn, idColumn, instantColumn, refColumn, textColumn } from './columns.js'

/** Cases, the incident reports that open them, who the reporter wants (not) involved, and messages. */
export class IncidentReports1764403200000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'case_file',
        columns: [
          idColumn(),
          refColumn('event_id'),
          textColumn('code_name', 60),
          textColumn('status', 24),
          instantColumn('created_at'),
          instantColumn('updated_at'),
        ],
        indices: [new TableIndex({ columnNames: ['event_id', 'status'] })],
        foreignKeys: [fk('event_id', 'event', 'CASCADE')],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'incident_report',
        columns: [
          idColumn(),
          refColumn('event_id'),
          refColumn('case_id'),
          textColumn('reference', 12),
          textColumn('passphrase_hash', 200),
          textColumn('channel', 12),
          textColumn('language', 12),
          { name: 'sealed_content', type: 'text' },
          textColumn('category', 120, true),
          booleanColumn('is_ongoing', false),
          booleanColumn('is_urgent', false),
          refColumn('entered_by_id', true),
          instantColumn('submitted_at'),
        ],
        indices: [
          new TableIndex({ columnNames: ['reference'], isUnique: true }),
          new TableIndex({ columnNames: ['case_id'] }),
        ],
        foreignKeys: [
          fk('event_id', 'event', 'CASCADE'),
          fk('case_id', 'case_file', 'CASCADE'),
          fk('entered_by_id', 'account', 'SET NULL'),
        ],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'case_access',
        columns: [idColumn(), refColumn('case_id'), refColumn('contact_id'), textColumn('kind', 12)],
        indices: [new TableIndex({ columnNames: ['case_id', 'contact_id'], isUnique: true })],
        foreignKeys: [fk('case_id', 'case_file', 'CASCADE'), fk('contact_id', 'contact', 'CASCADE')],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'case_message',
        columns: [
          idColumn(),
          refColumn('case_id'),
          textColumn('author_kind', 12),
          refColumn('author_id', true),
          { name: 'sealed_body', type: 'text' },
          instantColumn('created_at'),
        ],
        indices: [new TableIndex({ columnNames: ['case_id', 'created_at'] })],
        foreignKeys: [fk('case_id', 'case_file', 'CASCADE'), fk('author_id', 'account', 'SET NULL')],
      }),
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['case_message', 'case_access', 'incident_report', 'case_file']) {
      await queryRunner.dropTable(table)
    }
  }
}
