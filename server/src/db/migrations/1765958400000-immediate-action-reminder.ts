import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm'
import { instantColumn } from './columns.js'

/**
 * When the team was reminded of an immediate action still unreviewed 24 hours after it was
 * recorded (issue 10): the reminder goes once, and a process that sets it first is the one that
 * sends it.
 */
export class ImmediateActionReminder1765958400000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('case_entry', new TableColumn(instantColumn('reminded_at', true)))
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('case_entry', 'reminded_at')
  }
}
