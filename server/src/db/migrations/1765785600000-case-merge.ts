import {
  Table,
  TableColumn,
  TableIndex,
  TableUnique,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm'
import { foreignKey, idColumn, instantColumn, refColumn } from './columns.js'

/**
 * Merged and linked cases (issue 10). A case merged into another keeps its row, pointing at the
 * case that now holds its reports, with who merged it and when (the timeline shows it). Each message
 * names the report it belongs to, so a reporter of a merged case reads only their own conversation.
 * A link between two cases of an event is one row with a sealed note.
 */
export class CaseMerge1765785600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('case_file', [
      new TableColumn(refColumn('merged_into_id', true)),
      new TableColumn(instantColumn('merged_at', true)),
      new TableColumn(refColumn('merged_by_id', true)),
    ])
    await queryRunner.addColumn('case_message', new TableColumn(refColumn('report_id', true)))
    // Until now every case held exactly one report: its messages are that report's conversation.
    await queryRunner.query(
      `UPDATE "case_message" SET "report_id" = (SELECT MIN("incident_report"."id") FROM "incident_report" WHERE "incident_report"."case_id" = "case_message"."case_id")`,
    )
    await queryRunner.createTable(
      new Table({
        name: 'case_link',
        columns: [
          idColumn(),
          // The pair in id order, so a link is one row whichever side made it.
          refColumn('case_id'),
          refColumn('other_case_id'),
          { name: 'sealed_note', type: 'text', isNullable: true },
          refColumn('created_by_id', true),
          instantColumn('created_at'),
        ],
        uniques: [new TableUnique({ columnNames: ['case_id', 'other_case_id'] })],
        indices: [new TableIndex({ columnNames: ['other_case_id'] })],
        foreignKeys: [
          foreignKey('case_id', 'case_file', 'CASCADE'),
          foreignKey('other_case_id', 'case_file', 'CASCADE'),
          foreignKey('created_by_id', 'account', 'SET NULL'),
        ],
      }),
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('case_link')
    await queryRunner.dropColumn('case_message', 'report_id')
    await queryRunner.dropColumns('case_file', ['merged_into_id', 'merged_at', 'merged_by_id'])
  }
}
