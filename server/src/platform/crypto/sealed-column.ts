import type { ClassRef } from '../feature/feature.js'
import type { CipherPlace } from './field-cipher.js'

/**
 * A column whose values are encrypted with `FieldCipher`: the entity and property TypeORM knows it
 * by, and the table and column names that bind each value to its place. Features list theirs in
 * their manifest, so `pnpm rotate-key` and the start-up check find every encrypted value.
 */
export class SealedColumn {
  private constructor(
    readonly entity: ClassRef,
    readonly property: string,
    readonly table: string,
    readonly column: string,
  ) {}

  /** `property` is checked against the entity; a test checks `table` and `column` against TypeORM. */
  static of<E extends { id: string }>(
    entity: new () => E,
    property: keyof E & string,
    table: string,
    column: string,
  ): SealedColumn {
    return new SealedColumn(entity, property, table, column)
  }

  /** The place of this column's value in row `rowId`, for `encrypt` and `decrypt`. */
  at(rowId: string): CipherPlace {
    return { table: this.table, column: this.column, rowId }
  }
}
