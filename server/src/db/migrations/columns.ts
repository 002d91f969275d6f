import { TableForeignKey, type TableColumnOptions } from 'typeorm'

/** Column shapes shared by the migrations, mirroring platform/db/columns.ts for the entities. */
export const idColumn = (name = 'id'): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isPrimary: true,
})

export const refColumn = (name: string, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isNullable,
})

export const instantColumn = (name: string, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '24',
  isNullable,
})

export const localDateColumn = (name: string, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '10',
  isNullable,
})

export const textColumn = (name: string, length: number, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
})

export const booleanColumn = (name: string, defaultValue: boolean): TableColumnOptions => ({
  name,
  type: 'boolean',
  default: defaultValue,
})

/** A foreign key from `column` to `table.id`. */
export const foreignKey = (
  column: string,
  table: string,
  onDelete: 'CASCADE' | 'SET NULL' | 'RESTRICT',
): TableForeignKey =>
  new TableForeignKey({
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: ['id'],
    onDelete,
  })
