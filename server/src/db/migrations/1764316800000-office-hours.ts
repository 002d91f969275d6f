import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm'
import {
  foreignKey as fk,
  booleanColumn,
  idColumn,
  instantColumn,
  localDateColumn,
  refColumn,
  textColumn,
} from './columns.js'

/** Office-hour windows, their slots, and bookings that can never double-book a slot. */
export class OfficeHours1764316800000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'office_hour_window',
        columns: [
          idColumn(),
          refColumn('event_id'),
          localDateColumn('local_date'),
          textColumn('local_from', 5),
          textColumn('local_to', 5),
          { name: 'slot_minutes', type: 'integer' },
          { name: 'buffer_minutes', type: 'integer' },
          textColumn('place', 300),
          refColumn('contact_id', true),
          { name: 'responders_per_slot', type: 'integer', default: 1 },
          instantColumn('created_at'),
        ],
        indices: [new TableIndex({ columnNames: ['event_id', 'local_date'] })],
        foreignKeys: [fk('event_id', 'event', 'CASCADE'), fk('contact_id', 'contact', 'SET NULL')],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'office_hour_slot',
        columns: [
          idColumn(),
          refColumn('event_id'),
          refColumn('window_id'),
          instantColumn('starts_at'),
          instantColumn('ends_at'),
          textColumn('place', 300),
          refColumn('contact_id', true),
          booleanColumn('is_blocked', false),
          instantColumn('created_at'),
        ],
        indices: [
          new TableIndex({ columnNames: ['event_id', 'starts_at'] }),
          new TableIndex({ columnNames: ['window_id'] }),
        ],
        foreignKeys: [
          fk('event_id', 'event', 'CASCADE'),
          fk('window_id', 'office_hour_window', 'CASCADE'),
          fk('contact_id', 'contact', 'SET NULL'),
        ],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'booking',
        columns: [
          idColumn(),
          refColumn('event_id'),
          refColumn('slot_id'),
          textColumn('code_hash', 64),
          { name: 'code_sealed', type: 'text' },
          { name: 'contact_method', type: 'text', isNullable: true },
          textColumn('status', 12),
          instantColumn('created_at'),
          instantColumn('ended_at', true),
        ],
        indices: [
          new TableIndex({ columnNames: ['code_hash'], isUnique: true }),
          new TableIndex({ columnNames: ['event_id', 'status'] }),
        ],
        foreignKeys: [fk('event_id', 'event', 'CASCADE'), fk('slot_id', 'office_hour_slot', 'CASCADE')],
      }),
    )
    // The rule "a slot is never booked twice" lives in the database, on both dialects: one booking
    // per slot that is not cancelled. Application checks only give a friendlier error first.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_booking_slot_taken" ON "booking" ("slot_id") WHERE "status" <> 'cancelled'`,
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['booking', 'office_hour_slot', 'office_hour_window']) {
      await queryRunner.dropTable(table)
    }
  }
}
