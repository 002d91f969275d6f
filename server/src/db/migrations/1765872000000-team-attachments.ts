import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm'
import { foreignKey, refColumn, textColumn } from './columns.js'

/**
 * Responders attach files to a case too (issue 10), through the reporters' pipeline:
 * - `report_id` becomes nullable: a team's file belongs to the case, not to one report (so it never
 *   counts against a reporter's ten files, and nothing the reporter reads can list it);
 * - `added_by`: `reporter` or `team`, kept apart from the account so a deleted account never turns a
 *   team's file into the reporter's;
 * - `added_by_id`: the responder who added it (null for the reporter, or once the account is gone).
 *
 * The nullability changes on the column as loaded (`clone()`): given a column built afresh, TypeORM
 * on PostgreSQL sees a "different" column and drops and re-adds it, losing its values, index and
 * foreign key. On SQLite it rebuilds the table, which holds only plain indices and foreign keys
 * here (nothing the rebuild could lose). migrations/team-attachments.int.test.ts holds both.
 */
export class TeamAttachments1765872000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await setReportIdNullable(queryRunner, true)
    await queryRunner.addColumns('attachment', [
      new TableColumn({ ...textColumn('added_by', 10), default: `'reporter'` }),
      new TableColumn(refColumn('added_by_id', true)),
    ])
    await queryRunner.createForeignKey('attachment', foreignKey('added_by_id', 'account', 'SET NULL'))
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The team's files have no report to fall back to: going back forgets them (their encrypted
    // blobs stay on disk, unreadable without their rows' wrapped keys).
    await queryRunner.query(`DELETE FROM "attachment" WHERE "report_id" IS NULL`)
    const table = await queryRunner.getTable('attachment')
    const addedBy = table?.foreignKeys.find(key => key.columnNames.includes('added_by_id'))
    if (addedBy !== undefined) {
      await queryRunner.dropForeignKey('attachment', addedBy)
    }
    await queryRunner.dropColumns('attachment', ['added_by_id', 'added_by'])
    await setReportIdNullable(queryRunner, false)
  }
}

async function setReportIdNullable(queryRunner: QueryRunner, isNullable: boolean): Promise<void> {
  const table = await queryRunner.getTable('attachment')
  const column = table?.findColumnByName('report_id')
  if (table === undefined || column === undefined) {
    throw new Error('attachment.report_id is missing')
  }
  const changed = column.clone()
  changed.isNullable = isNullable
  await queryRunner.changeColumn(table, column, changed)
}
