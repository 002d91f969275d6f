import type { EntityManager } from 'typeorm'

/**
 * Runs SQL with TypeORM's named parameters (`:name`, `:...list`) without a query builder, on either
 * dialect. For the hot paths (every signed-in request, the case inbox), where building the query
 * through TypeORM cost more than running it (measured, docs/benchmarks.md C1). Rows come back as the
 * driver gives them: column names as written in the SQL, instants as text, booleans as 0/1 on SQLite.
 */
export function rawQuery<T>(
  manager: EntityManager,
  sql: string,
  parameters: Record<string, unknown>,
): Promise<T[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters, {})
  return manager.query<T[]>(text, values)
}
