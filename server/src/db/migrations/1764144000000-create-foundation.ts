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

/** Series, events and their public contacts; accounts, roles, sessions and invitations. */
export class CreateFoundation1764144000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'series',
        columns: [idColumn(), textColumn('name', 160), textColumn('slug', 80), instantColumn('created_at')],
        indices: [new TableIndex({ columnNames: ['slug'], isUnique: true })],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'event',
        columns: [
          idColumn(),
          refColumn('series_id', true),
          refColumn('parent_event_id', true),
          textColumn('name', 160),
          textColumn('slug', 80),
          textColumn('kind', 20),
          textColumn('status', 20),
          localDateColumn('starts_on'),
          localDateColumn('ends_on'),
          textColumn('time_zone', 64),
          textColumn('venue', 300),
          { name: 'attendees_in_person', type: 'integer', default: 0 },
          { name: 'attendees_online', type: 'integer', default: 0 },
          instantColumn('published_at', true),
          instantColumn('closed_at', true),
          instantColumn('created_at'),
        ],
        indices: [
          new TableIndex({ columnNames: ['slug'], isUnique: true }),
          new TableIndex({ columnNames: ['series_id', 'starts_on'] }),
          new TableIndex({ columnNames: ['status'] }),
        ],
        foreignKeys: [fk('series_id', 'series', 'RESTRICT'), fk('parent_event_id', 'event', 'SET NULL')],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'account',
        columns: [
          idColumn(),
          textColumn('email', 254),
          textColumn('name', 120),
          textColumn('password_hash', 200),
          instantColumn('created_at'),
          instantColumn('disabled_at', true),
        ],
        indices: [new TableIndex({ columnNames: ['email'], isUnique: true })],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'contact',
        columns: [
          idColumn(),
          refColumn('event_id'),
          refColumn('account_id', true),
          textColumn('name', 120),
          textColumn('pronouns', 40, true),
          { name: 'languages', type: 'text' },
          textColumn('role', 20),
          booleanColumn('is_independent', false),
          textColumn('email', 254),
          textColumn('identifier', 120),
          textColumn('photo_path', 200, true),
          { name: 'on_duty', type: 'text' },
          localDateColumn('briefed_on', true),
          { name: 'sort_order', type: 'integer', default: 0 },
          instantColumn('created_at'),
        ],
        indices: [
          new TableIndex({ columnNames: ['event_id', 'email'], isUnique: true }),
          new TableIndex({ columnNames: ['account_id'] }),
        ],
        foreignKeys: [fk('event_id', 'event', 'CASCADE'), fk('account_id', 'account', 'SET NULL')],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'role_assignment',
        columns: [
          idColumn(),
          refColumn('account_id'),
          refColumn('event_id', true),
          textColumn('role', 20),
          instantColumn('created_at'),
        ],
        indices: [new TableIndex({ columnNames: ['event_id'] })],
        foreignKeys: [fk('account_id', 'account', 'CASCADE'), fk('event_id', 'event', 'CASCADE')],
      }),
    )
    // One row per account, role and event, where "no event" (a deployment-wide role) counts as one
    // value: both dialects accept this expression index, and NULLs would otherwise all be distinct.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_role_assignment" ON "role_assignment" ("account_id", "role", COALESCE("event_id", ''))`,
    )
    await queryRunner.createTable(
      new Table({
        name: 'session',
        columns: [
          { name: 'id_hash', type: 'varchar', length: '64', isPrimary: true },
          refColumn('account_id'),
          instantColumn('created_at'),
          instantColumn('last_seen_at'),
        ],
        indices: [new TableIndex({ columnNames: ['account_id'] })],
        foreignKeys: [fk('account_id', 'account', 'CASCADE')],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'invitation',
        columns: [
          idColumn(),
          textColumn('token_hash', 64),
          textColumn('email', 254),
          textColumn('role', 20),
          refColumn('event_id', true),
          refColumn('invited_by_id', true),
          instantColumn('expires_at'),
          instantColumn('redeemed_at', true),
          instantColumn('created_at'),
        ],
        indices: [new TableIndex({ columnNames: ['token_hash'], isUnique: true })],
        foreignKeys: [fk('event_id', 'event', 'CASCADE'), fk('invited_by_id', 'account', 'SET NULL')],
      }),
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'invitation',
      'session',
      'role_assignment',
      'contact',
      'account',
      'event',
      'series',
    ]) {
      await queryRunner.dropTable(table)
    }
  }
}
