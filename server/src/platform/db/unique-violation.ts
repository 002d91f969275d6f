/**
 * Whether a database error is a unique-constraint violation, on either dialect: SQLite's
 * SQLITE_CONSTRAINT "UNIQUE constraint failed", PostgreSQL's SQLSTATE 23505.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) {
    return false
  }
  const { code, message, driverError } = error as { code?: unknown; message?: unknown; driverError?: unknown }
  if (code === '23505' || (typeof message === 'string' && message.includes('UNIQUE constraint failed'))) {
    return true
  }
  return driverError !== undefined && driverError !== error && isUniqueViolation(driverError)
}
