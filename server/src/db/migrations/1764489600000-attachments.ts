import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm'
import { foreignKey, idColumn, instantColumn, refColumn, textColumn } from './columns.js'

/** Files attached to reports: stored encrypted on disk, described here. */
export class Attachments1764489600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'attachment',
        columns: [
          idColumn(),
          refColumn('case_id'),
          refColumn('report_id'),
          textColumn('kind', 10),
          textColumn('mime_type', 60),
          { name: 'size_bytes', type: 'integer' },
          { name: 'sealed_name', type: 'text', isNullable: true },
          textColumn('storage_name', 60),
          { name: 'wrapped_key', type: 'text' },
          instantColumn('created_at'),
        ],
        indices: [
          new TableIndex({ columnNames: ['case_id'] }),
          new TableIndex({ columnNames: ['report_id'] }),
        ],
        foreignKeys: [
          foreignKey('case_id', 'case_file', 'CASCADE'),
          foreignKey('report_id', 'incident_report', 'CASCADE'),
        ],
      }),
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('attachment')
  }
}
