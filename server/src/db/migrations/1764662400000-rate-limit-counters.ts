import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm'
import { instantColumn, textColumn } from './columns.js'

/** Rate-limit counts shared by every server process and kept across restarts (SECURITY R12, R53). */
export class RateLimitCounters1764662400000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'rate_limit_counter',
        columns: [
          { ...textColumn('id', 64), isPrimary: true },
          textColumn('scope', 40),
          instantColumn('window_started_at'),
          { name: 'reserved', type: 'integer' },
          { name: 'used', type: 'integer' },
          instantColumn('locked_until', true),
          { name: 'lockouts', type: 'integer' },
          instantColumn('expires_at'),
        ],
        indices: [new TableIndex({ columnNames: ['expires_at'] })],
      }),
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('rate_limit_counter')
  }
}
