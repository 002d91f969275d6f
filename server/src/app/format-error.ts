import { unwrapResolverError } from '@apollo/server/errors'
import { ErrorCode, isErrorCode } from '@conduct-desk/shared'
import { GraphQLError, type GraphQLFormattedError } from 'graphql'
import { ArgumentValidationError } from 'type-graphql'
import { isUniqueViolation } from '../platform/db/unique-violation.js'
import type { Logger } from '../platform/logging/logger.js'

/** Codes Apollo itself answers with before any resolver runs; safe to show. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
])

function validationMessage(error: ArgumentValidationError): { message: string; field?: string } {
  const first = error.extensions.validationErrors[0]
  const constraint = first?.constraints === undefined ? undefined : Object.values(first.constraints)[0]
  const nested = first?.children?.[0]
  const nestedConstraint =
    nested?.constraints === undefined ? undefined : Object.values(nested.constraints)[0]
  return {
    message: constraint ?? nestedConstraint ?? 'Some of the input is not valid.',
    field: nested?.property ?? first?.property,
  }
}

/**
 * Shapes every error the API returns: domain errors keep their code and message; input validation
 * becomes BAD_USER_INPUT naming the field; anything else is masked as INTERNAL_SERVER_ERROR with an
 * id that appears in the log beside the real error (SECURITY R8).
 */
export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error)
    if (original instanceof ArgumentValidationError) {
      const { message, field } = validationMessage(original)
      return { message, path: formatted.path, extensions: { code: ErrorCode.BadUserInput, field } }
    }
    const code = formatted.extensions?.['code']
    if (isErrorCode(code) && code !== ErrorCode.InternalServerError && original instanceof GraphQLError) {
      return {
        message: formatted.message,
        path: formatted.path,
        extensions: { ...original.extensions, code },
      }
    }
    if (typeof code === 'string' && APOLLO_CODES.has(code)) {
      return { message: formatted.message, extensions: { code } }
    }
    if (isUniqueViolation(original)) {
      // Two requests raced to create the same thing; the database kept one. Not a server fault.
      return {
        message: 'This already exists; reload and try again.',
        path: formatted.path,
        extensions: { code: ErrorCode.Conflict },
      }
    }
    const errorId = crypto.randomUUID()
    log.error({ errorId, err: original }, 'unexpected error')
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.InternalServerError, errorId },
    }
  }
}
