import type { EntityManager } from 'typeorm'

/**
 * Runs hand-written SQL with named parameters (`:name`, and `:...names` for a list), the same on
 * SQLite and PostgreSQL: the driver rewrites them to its own placeholders, as the query builder does.
 * For queries the builder cannot say (window functions, derived tables) or that cost more built than
 * run (docs/benchmarks.md); values are always bound, never spliced into the text.
 */
export function namedQuery<T>(
  manager: EntityManager,
  sql: string,
  parameters: Record<string, unknown>,
): Promise<T[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters, {})
  return manager.query<T[]>(text, values)
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
