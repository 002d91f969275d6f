import type { MigrationInterface, QueryRunner } from 'typeorm'

/** Columns added here: nullable or defaulted, so a plain ADD COLUMN works on both dialects. */
const ADDED = [
  { column: 'token_hash', type: 'varchar(64)' },
  { column: 'origin', type: `varchar(12) NOT NULL DEFAULT 'tap'` },
  { column: 'case_id', type: 'varchar(36)' },
  { column: 'excluded', type: 'text' },
  { column: 'cancelled_at', type: 'varchar(24)' },
] as const

/**
 * Urgent help that closes the loop (issue 9):
 * - `token_hash`: the SHA-256 of the token the kiosk or phone that asked holds in memory, to add
 *   the place to the same alert, learn who is coming, or cancel it;
 * - `origin`: `tap` ("I need help now") or `report` (an urgent report raised it);
 * - `case_id`: the case of the report that raised it or was sent with it. No foreign key: SQLite
 *   cannot drop a column that one names, and the alert outlives nothing it points at;
 * - `excluded`: the contacts the person asked to keep out (JSON), who never see the alert;
 * - `cancelled_at`: the person tapped by mistake.
 *
 * Raw `ALTER TABLE … ADD COLUMN`, as in 1764576000000: TypeORM's `addColumn` rebuilds SQLite tables.
 */
export class UrgentAlertFollowUp1764921600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { column, type } of ADDED) {
      await queryRunner.query(`ALTER TABLE "urgent_alert" ADD COLUMN "${column}" ${type}`)
    }
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_urgent_alert_token" ON "urgent_alert" ("token_hash") WHERE "token_hash" IS NOT NULL`,
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_urgent_alert_token"`)
    for (const { column } of [...ADDED].reverse()) {
      await queryRunner.query(`ALTER TABLE "urgent_alert" DROP COLUMN "${column}"`)
    }
  }
}
