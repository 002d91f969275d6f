import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/** Where the data lives: one SQLite file (the embedded default) or a PostgreSQL server. */
export type DatabaseConfig =
  | { readonly dialect: 'sqlite'; readonly file: string }
  | { readonly dialect: 'postgres'; readonly url: string }

export interface Config {
  readonly port: number
  readonly host: string
  readonly dataDir: string
  readonly database: DatabaseConfig
  readonly publicUrl: string
  /** Unset: emails go to the log instead of an SMTP server. */
  readonly smtpUrl: string | null
  readonly rateLimitsEnabled: boolean
  /**
   * Load the demo on an empty database: DEMO=1, or DEMO unset and HOST a loopback address, so a
   * deployment reachable by others never gets accounts with a shared password (SECURITY R55).
   */
  readonly demo: boolean
  /** Introspection and field suggestions are answered: only with NODE_ENV=development (R6, R55). */
  readonly isSchemaVisible: boolean
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent'
  readonly bootstrapAdmin: { readonly email: string; readonly password: string } | null
  /** Where the built apps are; the server serves them when they exist. */
  readonly appsDir: string
  /** The data key from DATA_KEY; null means the key file in DATA_DIR (created on first start). */
  readonly dataKey: Buffer | null
  /** DATA_KEY_PREVIOUS: keys only read, while `pnpm rotate-key` moves their values to DATA_KEY. */
  readonly previousDataKeys: readonly Buffer[]
  /** The From header of outgoing mail. */
  readonly mailFrom: string
  /**
   * How many reverse proxies stand in front of the server (0: none). With a proxy, rate limits must
   * key on the address the proxy reports, or the whole venue shares one limit.
   */
  readonly trustProxyHops: number
}

/** A configuration the server cannot start with; `main` prints the message as one line and exits 1. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

const flag = (defaultValue: boolean) =>
  z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform(value => (value === undefined ? defaultValue : value === '1' || value === 'true'))

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().min(1).optional(),
  PUBLIC_URL: z.url({ error: 'must be an absolute URL such as https://coc.example.org' }).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  RATE_LIMIT: flag(true),
  DEMO: z.enum(['0', '1', 'true', 'false']).optional(),
  NODE_ENV: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  ADMIN_EMAIL: z.email('must be an email address').optional(),
  ADMIN_PASSWORD: z.string().optional(),
  APPS_DIR: z.string().optional(),
  MAIL_FROM: z.string().min(3).optional(),
  TRUST_PROXY: z.coerce
    .number({ error: 'must be the number of proxies in front of the server' })
    .int()
    .min(0)
    .max(5)
    .default(0),
  DATA_KEY: z
    .string()
    .refine(
      value => Buffer.from(value, 'base64').length === 32,
      'must be 32 bytes in base64 (openssl rand -base64 32)',
    )
    .optional(),
  DATA_KEY_PREVIOUS: z
    .string()
    .refine(
      value => value.split(',').every(key => Buffer.from(key.trim(), 'base64').length === 32),
      'must be 32-byte keys in base64, separated by commas',
    )
    .optional(),
})

function parseDatabase(url: string | undefined, dataDir: string): DatabaseConfig {
  if (url === undefined) {
    return { dialect: 'sqlite', file: path.join(dataDir, 'conduct-desk.sqlite') }
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    return { dialect: 'postgres', url }
  }
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '')
    if (file === '') {
      throw new ConfigError('DATABASE_URL: sqlite: needs a file path, e.g. sqlite:./data/conduct-desk.sqlite')
    }
    return { dialect: 'sqlite', file: path.resolve(file) }
  }
  const scheme = url.split(':')[0] ?? url
  throw new ConfigError(`DATABASE_URL: unknown scheme "${scheme}:"; use sqlite:<file> or postgres://…`)
}

/** The addresses only this machine can reach: the demo may load there without DEMO=1. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
}

/**
 * Creates DATA_DIR level by level below its nearest existing ancestor. Not `mkdir -p`: Node's
 * recursive mkdir spins forever under /proc, which answers ENOENT for what it will never create.
 */
function ensureWritableDir(dir: string): void {
  const missing: string[] = []
  let existing = dir
  while (!existsSync(existing)) {
    missing.unshift(existing)
    const parent = path.dirname(existing)
    if (parent === existing) {
      break
    }
    existing = parent
  }
  try {
    for (const level of missing) {
      mkdirSync(level, { mode: 0o700 })
    }
    if (!statSync(dir).isDirectory()) {
      throw new Error('not a directory')
    }
    accessSync(dir, constants.W_OK)
  } catch {
    throw new ConfigError(`DATA_DIR: ${dir} is not a writable directory`)
  }
}

/**
 * Reads the environment once, at start, into a frozen Config. The only reader of `process.env`.
 * @throws ConfigError with one readable line naming the setting.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const name = issue?.path.join('.') ?? 'environment'
    throw new ConfigError(`${name}: ${issue?.message ?? 'invalid'}`)
  }
  const e = parsed.data
  const dataDir = path.resolve(e.DATA_DIR)
  ensureWritableDir(dataDir)
  const database = parseDatabase(e.DATABASE_URL, dataDir)
  if ((e.ADMIN_EMAIL === undefined) !== (e.ADMIN_PASSWORD === undefined)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD: set both or neither')
  }
  if (e.DATA_KEY_PREVIOUS !== undefined && e.DATA_KEY === undefined) {
    throw new ConfigError('DATA_KEY_PREVIOUS: set DATA_KEY too (the key that encrypts new values)')
  }
  const shownHost = e.HOST === '0.0.0.0' || e.HOST === '::' ? '127.0.0.1' : e.HOST
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database,
    publicUrl: (e.PUBLIC_URL ?? `http://${shownHost}:${e.PORT}`).replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL ?? null,
    rateLimitsEnabled: e.RATE_LIMIT,
    demo: e.DEMO === undefined ? isLoopbackHost(e.HOST) : e.DEMO === '1' || e.DEMO === 'true',
    isSchemaVisible: e.NODE_ENV === 'development',
    logLevel: e.LOG_LEVEL,
    bootstrapAdmin:
      e.ADMIN_EMAIL !== undefined && e.ADMIN_PASSWORD !== undefined
        ? { email: e.ADMIN_EMAIL.toLowerCase(), password: e.ADMIN_PASSWORD }
        : null,
    appsDir: path.resolve(e.APPS_DIR ?? path.join(import.meta.dirname, '..', '..', '..')),
    dataKey: e.DATA_KEY === undefined ? null : Buffer.from(e.DATA_KEY, 'base64'),
    previousDataKeys: (e.DATA_KEY_PREVIOUS?.split(',') ?? []).map(key => Buffer.from(key.trim(), 'base64')),
    mailFrom: e.MAIL_FROM ?? 'Conduct Desk <no-reply@conduct-desk.invalid>',
    trustProxyHops: e.TRUST_PROXY,
  })
}
