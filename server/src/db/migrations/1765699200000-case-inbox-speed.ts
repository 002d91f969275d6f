import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm'

/** The indexes added here: each named, so `down` drops exactly them. */
const INDEXES = [
  // The inbox sorted by when cases came (newest, oldest): without it, every page sorted the event.
  { name: 'ix_case_file_event_created', table: 'case_file', columns: ['event_id', 'created_at'] },
  // The cases kept from a responder, found from the reporters' wishes naming one of their contacts.
  { name: 'ix_case_access_contact', table: 'case_access', columns: ['contact_id', 'kind'] },
] as const

/**
 * The inbox of a 10,000-case event (issue 10, bench C1): pages in either order of arrival read only
 * the page, and the cases kept from a viewer are read from the viewer's side. Plain indexes, the
 * same on both dialects, made through the query runner: on SQLite, a later migration that rebuilds
 * the table re-creates the indexes its runner knows of, and raw SQL would leave them unknown (lost).
 */
export class CaseInboxSpeed1765699200000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { name, table, columns } of INDEXES) {
      await queryRunner.createIndex(table, new TableIndex({ name, columnNames: [...columns] }))
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { name, table } of [...INDEXES].reverse()) {
      await queryRunner.dropIndex(table, name)
    }
  }
}
