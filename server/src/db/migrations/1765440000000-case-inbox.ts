import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm'
import { instantColumn, refColumn, textColumn } from './columns.js'

/**
 * The inbox of a busy event (issue 10): severity and who is assigned, and when the team last wrote
 * to the reporter, as plain columns, so filtering, the overdue targets and paging run in the
 * database over any number of cases. None of them says what happened.
 */
export class CaseInbox1765440000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('case_file', [
      new TableColumn(textColumn('severity', 12, true)),
      new TableColumn(refColumn('assigned_to_id', true)),
      new TableColumn(instantColumn('last_team_message_at', true)),
    ])
    // The team's messages written before this column existed count as they were.
    await queryRunner.query(
      `UPDATE "case_file" SET "last_team_message_at" = (SELECT MAX("created_at") FROM "case_message" WHERE "case_message"."case_id" = "case_file"."id" AND "case_message"."author_kind" = 'team')`,
    )
    await queryRunner.createIndex('case_file', new TableIndex({ columnNames: ['event_id', 'updated_at'] }))
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = await queryRunner.getTable('case_file')
    const index = table?.indices.find(found => found.columnNames.join() === 'event_id,updated_at')
    if (index !== undefined) {
      await queryRunner.dropIndex('case_file', index)
    }
    await queryRunner.dropColumns('case_file', ['severity', 'assigned_to_id', 'last_team_message_at'])
  }
}
