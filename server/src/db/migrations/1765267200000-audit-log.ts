import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm'
import { instantColumn, textColumn } from './columns.js'

const APPEND_ONLY = 'audit entries are append-only'
const FORWARD_ONLY = 'the audit chain head only moves forward, one entry at a time'

/**
 * The triggers that keep the audit log append-only on each dialect, and the statements that remove
 * them: the migration creates them, and tests drop them to tamper with the log as a database owner
 * could. SQLite: `RAISE(ABORT)` before UPDATE and DELETE (it has no TRUNCATE, and a DELETE without
 * WHERE fires row triggers when there are any). PostgreSQL: one trigger function for rows and TRUNCATE.
 */
export function appendOnlyTriggers(dialect: string): { create: string[]; drop: string[] } {
  if (dialect === 'postgres') {
    return {
      create: [
        `CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION '${APPEND_ONLY}'; END $$`,
        `CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
         FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change()`,
        `CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
         FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change()`,
        `CREATE FUNCTION audit_chain_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF TG_OP <> 'UPDATE' OR NEW.seq <> OLD.seq + 1 OR NEW.id <> OLD.id THEN
             RAISE EXCEPTION '${FORWARD_ONLY}';
           END IF;
           RETURN NEW;
         END $$`,
        `CREATE TRIGGER audit_chain_head_forward BEFORE UPDATE OR DELETE ON audit_chain_head
         FOR EACH ROW EXECUTE FUNCTION audit_chain_head_forward()`,
        `CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
         FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_forward()`,
      ],
      drop: [
        'DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry',
        'DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry',
        'DROP FUNCTION IF EXISTS audit_entry_refuse_change()',
        'DROP TRIGGER IF EXISTS audit_chain_head_forward ON audit_chain_head',
        'DROP TRIGGER IF EXISTS audit_chain_head_no_truncate ON audit_chain_head',
        'DROP FUNCTION IF EXISTS audit_chain_head_forward()',
      ],
    }
  }
  return {
    create: [
      `CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
       BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END`,
      `CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
       BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END`,
      `CREATE TRIGGER audit_chain_head_forward BEFORE UPDATE ON audit_chain_head
       WHEN NEW.seq <> OLD.seq + 1 OR NEW.id <> OLD.id
       BEGIN SELECT RAISE(ABORT, '${FORWARD_ONLY}'); END`,
      `CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head
       BEGIN SELECT RAISE(ABORT, '${FORWARD_ONLY}'); END`,
    ],
    drop: [
      'DROP TRIGGER IF EXISTS audit_entry_no_update',
      'DROP TRIGGER IF EXISTS audit_entry_no_delete',
      'DROP TRIGGER IF EXISTS audit_chain_head_forward',
      'DROP TRIGGER IF EXISTS audit_chain_head_no_delete',
    ],
  }
}

/**
 * The append-only, hash-chained audit log (SECURITY R39, docs/decisions/0013): its entries, the
 * one-row chain head that appends lock, and the triggers that refuse to change either. No foreign
 * keys: an entry outlives whatever it names. A later migration that rebuilds these tables on SQLite
 * (TypeORM copies a table to change a column) must create the triggers again.
 */
export class AuditLog1765267200000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'audit_entry',
        columns: [
          { name: 'seq', type: 'integer', isPrimary: true },
          textColumn('id', 36),
          instantColumn('at'),
          textColumn('actor_id', 64, true),
          textColumn('action', 80),
          textColumn('object_type', 40),
          textColumn('object_id', 120),
          textColumn('scope_id', 64, true),
          textColumn('prev_hash', 64),
          textColumn('hash', 64),
        ],
        // The view filters by person, thing and event, newest first, and by time.
        indices: [
          new TableIndex({ columnNames: ['id'], isUnique: true }),
          new TableIndex({ columnNames: ['actor_id', 'seq'] }),
          new TableIndex({ columnNames: ['object_id', 'seq'] }),
          new TableIndex({ columnNames: ['scope_id', 'seq'] }),
          new TableIndex({ columnNames: ['at'] }),
        ],
      }),
    )
    await queryRunner.createTable(
      new Table({
        name: 'audit_chain_head',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'seq', type: 'integer' },
          textColumn('hash', 64),
        ],
      }),
    )
    await queryRunner.query(
      `INSERT INTO "audit_chain_head" ("id", "seq", "hash") VALUES (1, 0, '${'0'.repeat(64)}')`,
    )
    for (const statement of appendOnlyTriggers(queryRunner.connection.options.type).create) {
      await queryRunner.query(statement)
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of appendOnlyTriggers(queryRunner.connection.options.type).drop) {
      await queryRunner.query(statement)
    }
    await queryRunner.dropTable('audit_chain_head')
    await queryRunner.dropTable('audit_entry')
  }
}
