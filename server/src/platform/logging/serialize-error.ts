/** How deep a chain of `cause`s is followed. */
const MAX_CAUSES = 3

/**
 * What a log keeps of an error: its kind, message, code and stack, and its causes the same way.
 * An allowlist, because errors carry the data they were about in their own properties: TypeORM's
 * QueryFailedError its SQL and parameters (references, staff emails), PostgreSQL's `detail` the
 * conflicting values, body-parser's the raw request body, nodemailer's the rejected addresses.
 */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) {
    return { type: typeof error, message: typeof error === 'string' ? error : '[not an Error]' }
  }
  const { code } = error as { code?: unknown }
  return {
    type: error.name,
    message: error.message,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    stack: error.stack,
    ...(error.cause !== undefined && depth < MAX_CAUSES
      ? { cause: serializeError(error.cause, depth + 1) }
      : {}),
  }
}
