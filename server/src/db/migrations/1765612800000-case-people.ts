import { Table, TableIndex, TableUnique, type MigrationInterface, type QueryRunner } from 'typeorm'
import { foreignKey, idColumn, instantColumn, refColumn, textColumn } from './columns.js'

/**
 * The people involved in a case (issue 10): a persistent code name ("Person A") and a role the team
 * works with, and the real identity in a sealed column that only a reveal (step-up, audited) opens.
 * A person who is a member of the team is linked to their account: they are recused at once.
 */
export class CasePeople1765612800000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'case_person',
        columns: [
          idColumn(),
          refColumn('case_id'),
          textColumn('code_name', 20),
          textColumn('role', 12),
          { name: 'flags', type: 'text' },
          { name: 'sealed_identity', type: 'text' },
          refColumn('account_id', true),
          instantColumn('created_at'),
        ],
        uniques: [new TableUnique({ columnNames: ['case_id', 'code_name'] })],
        indices: [new TableIndex({ columnNames: ['case_id'] })],
        foreignKeys: [
          foreignKey('case_id', 'case_file', 'CASCADE'),
          foreignKey('account_id', 'account', 'SET NULL'),
        ],
      }),
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('case_person')
  }
}
