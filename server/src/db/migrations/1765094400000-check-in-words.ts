import { randomInt } from 'node:crypto'
import { CHECK_IN_WORDS, checkInWordFrom } from '@conduct-desk/shared'
import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * Bookings get a check-in word, and the booking code stops being readable (issue 9):
 * - `check_in_word`: what the person says on arrival and the team sees; bookings made before get
 *   one here;
 * - `chosen_contact_id`: whom the person chose among the contacts on duty, for a slot naming nobody;
 * - `code_sealed` goes: the code was kept encrypted only so responders could read it, and it is the
 *   one thing that cancels or moves a booking. From now on only its hash is stored.
 *
 * Raw `ALTER TABLE`, not `addColumn`/`dropColumn`: on SQLite TypeORM rebuilds the table for those,
 * and the rebuild would lose `uq_booking_slot_taken`, a partial index it cannot read back.
 * `down` brings the column back empty: the codes cannot be recovered from their hashes.
 */
export class CheckInWords1765094400000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "booking" ADD COLUMN "check_in_word" varchar(16) NOT NULL DEFAULT ''`,
    )
    await queryRunner.query(`ALTER TABLE "booking" ADD COLUMN "chosen_contact_id" varchar(36)`)
    const bookings = (await queryRunner.query(`SELECT "id" FROM "booking"`)) as { id: string }[]
    for (const { id } of bookings) {
      await queryRunner.query(`UPDATE "booking" SET "check_in_word" = $1 WHERE "id" = $2`, [
        checkInWordFrom(randomInt(CHECK_IN_WORDS.length)),
        id,
      ])
    }
    await queryRunner.query(`ALTER TABLE "booking" DROP COLUMN "code_sealed"`)
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "booking" ADD COLUMN "code_sealed" text`)
    await queryRunner.query(`ALTER TABLE "booking" DROP COLUMN "chosen_contact_id"`)
    await queryRunner.query(`ALTER TABLE "booking" DROP COLUMN "check_in_word"`)
  }
}
