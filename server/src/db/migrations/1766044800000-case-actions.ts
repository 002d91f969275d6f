import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm'
import { foreignKey, refColumn, textColumn } from './columns.js'

const INCIDENT_REPORT_EVENT_INDEX = 'ix_incident_report_event_case'

/**
 * The actions chosen on a proposed resolution (issue 11), one row per action key, so the
 * transparency report counts them with a grouped query instead of reading sealed words. The pair
 * (proposal, action) is the key: an action is chosen once per proposal. Indexed by case for the
 * statistics, which join an event's cases to their actions; and an event's reports by case and time,
 * for the statistics' first report of each case.
 */
export class CaseActions1766044800000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'case_action',
        columns: [
          { ...refColumn('proposal_id'), isPrimary: true },
          { ...textColumn('action', 40), isPrimary: true },
          refColumn('case_id'),
        ],
        indices: [new TableIndex({ name: 'ix_case_action_case', columnNames: ['case_id', 'action'] })],
        foreignKeys: [
          foreignKey('proposal_id', 'case_proposal', 'CASCADE'),
          foreignKey('case_id', 'case_file', 'CASCADE'),
        ],
      }),
    )
    // An event's reports, each case's first by time: the statistics read them without touching others.
    await queryRunner.createIndex(
      'incident_report',
      new TableIndex({
        name: INCIDENT_REPORT_EVENT_INDEX,
        columnNames: ['event_id', 'case_id', 'submitted_at'],
      }),
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('incident_report', INCIDENT_REPORT_EVENT_INDEX)
    await queryRunner.dropTable('case_action')
  }
}
