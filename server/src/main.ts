import 'reflect-metadata'
import { chmodSync, existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildApiSchema, createApiPubSub } from './app/build-schema.js'
import { createServer } from './app/create-server.js'
import { createServices } from './app/create-services.js'
import { entities } from './app/features.js'
import { ConfigError, loadConfig, type Config } from './config/config.js'
import { createDatabase } from './db/create-database.js'
import type { Database } from './db/database.js'
import { seedDemoSeries } from './db/seeds/demo-series.js'
import { EventEntity } from './features/events/event.entity.js'
import { BootstrapError, bootstrapAdmin } from './features/accounts/bootstrap-admin.js'
import { createLogger, type Logger } from './platform/logging/logger.js'
import { loadDataKey } from './platform/crypto/data-key.js'
import { FieldCipher } from './platform/crypto/field-cipher.js'
import { createMailer } from './platform/mail/mailer.js'
import { systemClock } from './platform/time/clock.js'

/**
 * Loads the demo on an empty database, and keeps its password and its accounts' authenticator keys
 * where the operator can find them again: a 0600 file, never the console (the keys are secrets).
 */
async function loadDemoIfEmpty(config: Config, db: Database, cipher: FieldCipher): Promise<string[]> {
  const credentialsFile = path.join(config.dataDir, 'demo-credentials.txt')
  if (!config.demo || (await db.read.count(EventEntity)) > 0) {
    return existsSync(credentialsFile) ? [`Demo sign-in: see ${credentialsFile}`] : []
  }
  const demo = await seedDemoSeries(db, systemClock, path.join(config.dataDir, 'media'), cipher)
  const lines = [
    `Demo data loaded. Sign in to ${config.publicUrl}/dashboard/ with password ${demo.password} as:`,
    ...demo.accounts.map(account => `  ${account.email}  (${account.roles})`),
    `Kiosk of the live demo event: ${config.publicUrl}/kiosk/e/${demo.liveEventSlug}`,
    `Two-factor codes for the demo accounts: run pnpm demo:code, or add their keys from ${credentialsFile} to an authenticator app.`,
  ]
  const keys = [
    'Authenticator keys of the demo accounts (otpauth URIs; keep this file private):',
    ...demo.accounts.map(account => `  ${account.email}  ${account.otpauthUri}`),
  ]
  writeFileSync(credentialsFile, [...lines, ...keys].join('\n') + '\n', { mode: 0o600 })
  chmodSync(credentialsFile, 0o600)
  return lines
}

async function main(log: Logger, config: Config): Promise<void> {
  const db = await createDatabase(config.database, entities)
  const pubSub = createApiPubSub()
  const mailer = createMailer(config.smtpUrl, config.mailFrom, log)
  const cipher = new FieldCipher(loadDataKey(config.dataKey, config.dataDir))
  const services = createServices({ db, clock: systemClock, config, cipher, mailer, pubSub, log })
  const demoLines = await loadDemoIfEmpty(config, db, cipher)
  const schema = await buildApiSchema(pubSub)
  const server = await createServer({ config, db, schema, services, log })

  await new Promise<void>(resolve => server.httpServer.listen(config.port, config.host, resolve))
  const address = server.httpServer.address()
  const port = typeof address === 'object' && address !== null ? address.port : config.port
  const base = config.publicUrl.replace(`:${config.port}`, `:${port}`)
  const bootstrap = await bootstrapAdmin(db, systemClock, services.invitations, config.bootstrapAdmin)
  // Plain lines for people; tests wait for the "listening on" line.
  const out = [
    `Conduct Desk listening on http://${config.host}:${port} (${config.database.dialect})`,
    `  Kiosk:     ${base}/kiosk/`,
    `  Dashboard: ${base}/dashboard/`,
    ...demoLines,
  ]
  if (bootstrap.kind === 'setup-link') {
    out.push(
      `No administrator yet. Open this one-time setup link (valid until ${bootstrap.expiresAt.toISOString()}):`,
      `  ${bootstrap.url}`,
    )
  } else if (bootstrap.kind === 'created') {
    out.push(`Administrator ${bootstrap.email} created from ADMIN_EMAIL/ADMIN_PASSWORD.`)
  }
  process.stdout.write(out.join('\n') + '\n')

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) {
      return
    }
    stopping = true
    log.info({ signal }, 'shutting down')
    await server.stop()
    await db.close()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

let config: Config
try {
  config = loadConfig()
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`)
    process.exit(1)
  }
  throw error
}
const log = createLogger(config.logLevel)
main(log, config).catch((error: unknown) => {
  if (error instanceof BootstrapError) {
    process.stderr.write(`Configuration error: ${error.message}\n`)
  } else {
    log.fatal({ err: error }, 'could not start')
  }
  process.exit(1)
})
