import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm'
import { foreignKey, idColumn, instantColumn, refColumn, textColumn } from './columns.js'

/**
 * Issue 10, reaching the Working Group and the 24-hour reminder:
 * - `case_entry.reminded_at`: when the team was reminded of an immediate action still unreviewed 24
 *   hours after it was recorded; the reminder goes once, sent by the process that sets it first.
 * - `working_group_contact`: one row, how responders reach the Working Group during an event (an
 *   address, a phone, a note such as hours), kept by the Working Group or an admin.
 */
export class RemindersAndWgContact1765958400000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('case_entry', new TableColumn(instantColumn('reminded_at', true)))
    await queryRunner.createTable(
      new Table({
        name: 'working_group_contact',
        columns: [
          idColumn(),
          textColumn('email', 254, true),
          textColumn('phone', 40, true),
          textColumn('note', 500, true),
          instantColumn('updated_at'),
          refColumn('updated_by_id', true),
        ],
        foreignKeys: [foreignKey('updated_by_id', 'account', 'SET NULL')],
      }),
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('working_group_contact')
    await queryRunner.dropColumn('case_entry', 'reminded_at')
  }
}
