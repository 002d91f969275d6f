import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm'
import { booleanColumn, foreignKey, idColumn, instantColumn, refColumn, textColumn } from './columns.js'

/**
 * Staff two-factor sign-in (SECURITY R15, R19): the account's TOTP secret and last used step,
 * recovery codes, pending sign-ins, per-event grace periods, and when a session last authenticated.
 * Sessions that exist now were started with a password alone, so they end here.
 */
export class TwoFactor1764835200000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('account', [
      new TableColumn({ name: 'totp_secret', type: 'text', isNullable: true }),
      new TableColumn({ name: 'totp_pending_secret', type: 'text', isNullable: true }),
      new TableColumn({ name: 'totp_last_step', type: 'integer', isNullable: true }),
    ])
    await queryRunner.query('DELETE FROM "session"')
    await queryRunner.addColumns('session', [
      new TableColumn(instantColumn('authenticated_at')),
      new TableColumn(booleanColumn('has_second_factor', false)),
    ])
    await queryRunner.createTable(
      new Table({
        name: 'recovery_code',
        columns: [
          idColumn(),
          refColumn('account_id'),
          textColumn('code_hash', 64),
          instantColumn('used_at', true),
          instantColumn('created_at'),
        ],
        indices: [new TableIndex({ columnNames: ['account_id'] })],
        foreignKeys: [foreignKey('account_id', 'account', 'CASCADE')],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'sign_in_challenge',
        columns: [
          { name: 'id_hash', type: 'varchar', length: '64', isPrimary: true },
          refColumn('account_id'),
          textColumn('kind', 16),
          { name: 'attempts', type: 'integer', default: 0 },
          instantColumn('created_at'),
          instantColumn('expires_at'),
        ],
        indices: [new TableIndex({ columnNames: ['account_id'] })],
        foreignKeys: [foreignKey('account_id', 'account', 'CASCADE')],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'two_factor_grace',
        columns: [
          idColumn('event_id'),
          instantColumn('ends_at'),
          refColumn('granted_by_id', true),
          instantColumn('created_at'),
        ],
        foreignKeys: [
          foreignKey('event_id', 'event', 'CASCADE'),
          foreignKey('granted_by_id', 'account', 'SET NULL'),
        ],
      }),
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('two_factor_grace')
    await queryRunner.dropTable('sign_in_challenge')
    await queryRunner.dropTable('recovery_code')
    await queryRunner.dropColumns('session', ['authenticated_at', 'has_second_factor'])
    await queryRunner.dropColumns('account', ['totp_secret', 'totp_pending_secret', 'totp_last_step'])
  }
}
