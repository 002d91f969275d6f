import { pino, type Logger } from 'pino'
import { serializeError } from './serialize-error.js'

export type { Logger }

/**
 * Paths that must never reach a log line, whatever a caller passes. Reports, passwords, tokens and
 * cookies are redacted by key so a careless `log.info({ input })` cannot leak them.
 */
const REDACTED_KEYS = [
  'password',
  'newPassword',
  'passphrase',
  'token',
  'cookie',
  'authorization',
  'description',
  'input',
  'variables',
  'email',
  'contactMethod',
]

const redactPaths = REDACTED_KEYS.flatMap(key => [key, `*.${key}`, `*.*.${key}`])

/**
 * The process logger: JSON lines on stdout, with sensitive keys censored, and errors (under `err`
 * or `error`) reduced to what cannot carry data (serialize-error.ts).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: redactPaths, censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError },
      formatters: { level: label => ({ level: label }) },
    },
    destination,
  )
}
