import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * When a responder first opened a case, so the reporter's follow-up page can say the team has read
 * it (issue 9). A nullable instant: a plain ADD COLUMN on both dialects.
 */
export class CaseFirstRead1765180800000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_file" ADD COLUMN "first_read_at" varchar(24)`)
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_file" DROP COLUMN "first_read_at"`)
  }
}
