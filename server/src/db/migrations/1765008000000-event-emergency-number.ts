import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * `event.emergency_number`: the local emergency number at the venue (112, 911…), shown by the kiosk
 * beside the team's own urgent-help number (issue 9). Nullable, so a plain ADD COLUMN works on both
 * dialects and every existing event simply has none yet.
 */
export class EventEmergencyNumber1765008000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event" ADD COLUMN "emergency_number" varchar(8)`)
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "emergency_number"`)
  }
}
