import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm'
import { foreignKey, idColumn, instantColumn, refColumn, textColumn } from './columns.js'

/**
 * The team's own record of a case (issue 10): notes, facts determined and immediate actions (the
 * latter reviewed by another responder within 24 hours), each sealed; and the team's review — how
 * serious, safety risk, ongoing harassment, whether law enforcement was called (yes or no, nothing
 * more) as plain columns for statistics, the jurisdiction, impact and risk in words, sealed.
 */
export class CaseEntries1765526400000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'case_entry',
        columns: [
          idColumn(),
          refColumn('case_id'),
          textColumn('kind', 20),
          { name: 'sealed_body', type: 'text' },
          refColumn('author_id', true),
          instantColumn('created_at'),
          instantColumn('review_due_at', true),
          instantColumn('reviewed_at', true),
          refColumn('reviewed_by_id', true),
        ],
        indices: [
          new TableIndex({ columnNames: ['case_id', 'created_at'] }),
          new TableIndex({ columnNames: ['review_due_at'] }),
        ],
        foreignKeys: [
          foreignKey('case_id', 'case_file', 'CASCADE'),
          foreignKey('author_id', 'account', 'SET NULL'),
          foreignKey('reviewed_by_id', 'account', 'SET NULL'),
        ],
      }),
    )
    await queryRunner.addColumns('case_file', [
      new TableColumn(textColumn('safety_risk', 5, true)),
      new TableColumn(textColumn('ongoing_harassment', 5, true)),
      new TableColumn({ name: 'law_enforcement_called', type: 'boolean', isNullable: true }),
      new TableColumn({ name: 'sealed_review', type: 'text', isNullable: true }),
    ])
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('case_file', [
      'safety_risk',
      'ongoing_harassment',
      'law_enforcement_called',
      'sealed_review',
    ])
    await queryRunner.dropTable('case_entry')
  }
}
