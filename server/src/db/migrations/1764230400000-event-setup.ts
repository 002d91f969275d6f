import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm'
import { foreignKey as fk, idColumn, instantColumn, refColumn, textColumn } from './columns.js'

const EVENT_COLUMNS = [
  new TableColumn(textColumn('quiet_room_location', 300, true)),
  new TableColumn(textColumn('quiet_room_directions', 1000, true)),
  new TableColumn(textColumn('urgent_phone', 40, true)),
  new TableColumn(textColumn('photo_consent_mode', 10, true)),
  new TableColumn({ name: 'photo_consent_markers', type: 'text', isNullable: true }),
  new TableColumn({ name: 'report_categories', type: 'text', isNullable: true }),
]

/** Event setup: quiet room, urgent phone, photo-consent system, policy versions, kiosks, urgent alerts. */
export class EventSetup1764230400000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('event', EVENT_COLUMNS)
    await queryRunner.createTable(
      new Table({
        name: 'policy_revision',
        columns: [
          idColumn(),
          refColumn('event_id'),
          { name: 'version', type: 'integer' },
          { name: 'extensions', type: 'text' },
          refColumn('author_id', true),
          textColumn('author_name', 120),
          instantColumn('created_at'),
        ],
        indices: [new TableIndex({ columnNames: ['event_id', 'version'], isUnique: true })],
        foreignKeys: [fk('event_id', 'event', 'CASCADE'), fk('author_id', 'account', 'SET NULL')],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'kiosk_device',
        columns: [
          idColumn(),
          refColumn('event_id'),
          textColumn('location', 120),
          textColumn('enrolment_code_hash', 64, true),
          instantColumn('enrolment_expires_at', true),
          textColumn('token_hash', 64, true),
          instantColumn('enrolled_at', true),
          instantColumn('last_seen_at', true),
          instantColumn('revoked_at', true),
          instantColumn('created_at'),
        ],
        indices: [
          new TableIndex({ columnNames: ['token_hash'], isUnique: true }),
          new TableIndex({ columnNames: ['enrolment_code_hash'], isUnique: true }),
          new TableIndex({ columnNames: ['event_id'] }),
        ],
        foreignKeys: [fk('event_id', 'event', 'CASCADE')],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'urgent_alert',
        columns: [
          idColumn(),
          refColumn('event_id'),
          refColumn('kiosk_device_id', true),
          textColumn('place', 200, true),
          instantColumn('created_at'),
          instantColumn('acknowledged_at', true),
          refColumn('acknowledged_by_id', true),
        ],
        indices: [new TableIndex({ columnNames: ['event_id', 'acknowledged_at'] })],
        foreignKeys: [
          fk('event_id', 'event', 'CASCADE'),
          fk('kiosk_device_id', 'kiosk_device', 'SET NULL'),
          fk('acknowledged_by_id', 'account', 'SET NULL'),
        ],
      }),
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['urgent_alert', 'kiosk_device', 'policy_revision']) {
      await queryRunner.dropTable(table)
    }
    for (const column of [...EVENT_COLUMNS].reverse()) {
      await queryRunner.dropColumn('event', column)
    }
  }
}
