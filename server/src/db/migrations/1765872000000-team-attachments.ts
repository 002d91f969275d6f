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
 * Through TypeORM's `changeColumn`/`addColumn`: on SQLite they rebuild the table, which holds only
 * plain indices and foreign keys here (nothing the rebuild could lose); on PostgreSQL they ALTER.
 */
export class TeamAttachments1765872000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.changeColumn('attachment', 'report_id', new TableColumn(refColumn('report_id', true)))
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
    await queryRunner.changeColumn('attachment', 'report_id', new TableColumn(refColumn('report_id')))
  }
}
