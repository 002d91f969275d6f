import type { EntityManager, ObjectLiteral } from 'typeorm'

/**
 * Runs hand-written SQL with named parameters (`:name`, and `:...names` for a list), the same on
 * SQLite and PostgreSQL: the driver rewrites them to its own placeholders, as the query builder does.
 * For grouped queries the builder cannot say (window functions, derived tables); values are always
 * bound, never spliced into the text.
 */
export async function namedQuery<T extends ObjectLiteral>(
  manager: EntityManager,
  sql: string,
  parameters: ObjectLiteral,
): Promise<T[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters, {})
  return (await manager.query(text, values)) as T[]
}

/**
 * SQL for the hours between two instant columns stored as UTC ISO text (`platform/db/columns.ts`),
 * as a floating-point number. `later` and `earlier` are trusted column expressions, never input.
 */
export function hoursBetweenSql(dialect: 'sqlite' | 'postgres', later: string, earlier: string): string {
  return dialect === 'postgres'
    ? `(EXTRACT(EPOCH FROM (CAST(${later} AS timestamptz) - CAST(${earlier} AS timestamptz))) / 3600.0)`
    : `((julianday(${later}) - julianday(${earlier})) * 24.0)`
}
