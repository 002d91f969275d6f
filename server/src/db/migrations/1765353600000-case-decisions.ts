import {
  Table,
  TableColumn,
  TableIndex,
  TableUnique,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm'
import { foreignKey, idColumn, instantColumn, refColumn, textColumn } from './columns.js'

/**
 * Case work (issue 10): every status change with who made it; recusals, declared or automatic; the
 * proposed resolution with its sign-offs and the reporter's response; and the case's public summary
 * line, written to be published (the transparency report), so kept readable. Two sign-offs by two
 * different people is a rule the database holds (a unique pair), so two parallel taps by the same
 * person can never count twice.
 */
export class CaseDecisions1765353600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('case_file', new TableColumn(textColumn('public_summary', 300, true)))
    await queryRunner.createTable(
      new Table({
        name: 'case_status_change',
        columns: [
          idColumn(),
          refColumn('case_id'),
          textColumn('from_status', 24),
          textColumn('to_status', 24),
          refColumn('actor_id', true),
          instantColumn('created_at'),
        ],
        indices: [new TableIndex({ columnNames: ['case_id', 'created_at'] })],
        foreignKeys: [
          foreignKey('case_id', 'case_file', 'CASCADE'),
          foreignKey('actor_id', 'account', 'SET NULL'),
        ],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'case_recusal',
        columns: [
          idColumn(),
          refColumn('case_id'),
          refColumn('account_id'),
          textColumn('kind', 12),
          instantColumn('created_at'),
        ],
        uniques: [new TableUnique({ columnNames: ['case_id', 'account_id'] })],
        indices: [new TableIndex({ columnNames: ['account_id'] })],
        foreignKeys: [
          foreignKey('case_id', 'case_file', 'CASCADE'),
          foreignKey('account_id', 'account', 'CASCADE'),
        ],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'case_proposal',
        columns: [
          idColumn(),
          refColumn('case_id'),
          { name: 'sealed_resolution', type: 'text' },
          refColumn('proposed_by_id', true),
          instantColumn('created_at'),
          instantColumn('withdrawn_at', true),
          textColumn('reporter_response', 12, true),
          { name: 'sealed_response_note', type: 'text', isNullable: true },
          refColumn('response_recorded_by_id', true),
          instantColumn('responded_at', true),
        ],
        indices: [new TableIndex({ columnNames: ['case_id', 'created_at'] })],
        foreignKeys: [
          foreignKey('case_id', 'case_file', 'CASCADE'),
          foreignKey('proposed_by_id', 'account', 'SET NULL'),
          foreignKey('response_recorded_by_id', 'account', 'SET NULL'),
        ],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'case_sign_off',
        columns: [idColumn(), refColumn('proposal_id'), refColumn('account_id'), instantColumn('created_at')],
        uniques: [new TableUnique({ columnNames: ['proposal_id', 'account_id'] })],
        foreignKeys: [
          foreignKey('proposal_id', 'case_proposal', 'CASCADE'),
          // A decision's record outlives nothing it rests on: its signers' accounts stay.
          foreignKey('account_id', 'account', 'RESTRICT'),
        ],
      }),
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['case_sign_off', 'case_proposal', 'case_recusal', 'case_status_change']) {
      await queryRunner.dropTable(table)
    }
    await queryRunner.dropColumn('case_file', 'public_summary')
  }
}
