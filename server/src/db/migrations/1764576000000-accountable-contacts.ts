import type { MigrationInterface, QueryRunner } from 'typeorm'

/** Columns added here: all nullable references or instants, so a plain ADD COLUMN works on both dialects. */
const ADDED = [
  { table: 'case_access', column: 'account_id', type: 'varchar(36)' },
  { table: 'invitation', column: 'contact_id', type: 'varchar(36)' },
  { table: 'role_assignment', column: 'appointed_by_id', type: 'varchar(36)' },
  { table: 'role_assignment', column: 'approved_by_id', type: 'varchar(36)' },
  { table: 'role_assignment', column: 'approved_at', type: 'varchar(24)' },
] as const

/**
 * Contacts are people with accounts, and a reporter's wishes follow the account (issue 8):
 * - `case_access.account_id`: the account a wish is about, copied from the contact at intake, so
 *   an exclusion holds whatever later happens to the contact row;
 * - one contact per account per event;
 * - `invitation.contact_id`: accepting it links that contact to the account;
 * - `role_assignment` records who appointed and who approved; a case-reading role grants nothing
 *   while `approved_at` is null. Roles given before this migration count as approved when given.
 *
 * Raw `ALTER TABLE … ADD COLUMN` rather than `addColumn`: on SQLite TypeORM rebuilds the table for
 * that, and the rebuild would drop `uq_role_assignment`, an expression index it cannot read back.
 */
export class AccountableContacts1764576000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, column, type } of ADDED) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN "${column}" ${type}`)
    }
    await queryRunner.query(
      `UPDATE "case_access" SET "account_id" = (SELECT "contact"."account_id" FROM "contact" WHERE "contact"."id" = "case_access"."contact_id")`,
    )
    await queryRunner.query(`UPDATE "role_assignment" SET "approved_at" = "created_at"`)
    await queryRunner.query(`CREATE INDEX "ix_case_access_account" ON "case_access" ("account_id")`)
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_contact_account" ON "contact" ("event_id", "account_id") WHERE "account_id" IS NOT NULL`,
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_contact_account"`)
    await queryRunner.query(`DROP INDEX "ix_case_access_account"`)
    for (const { table, column } of [...ADDED].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "${column}"`)
    }
  }
}
