import 'reflect-metadata'
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { buildApiSchema, createApiPubSub } from './app/build-schema.js'
import { createResolvers } from './app/create-resolvers.js'
import { createServer } from './app/create-server.js'
import { createServices } from './app/create-services.js'
import { openFieldCipher } from './app/open-field-cipher.js'
import { entities } from './app/features.js'
import { ConfigError, loadConfig, type Config } from './config/config.js'
import { createDatabase } from './db/create-database.js'
import type { Database } from './db/database.js'
import { seedDemoSeries } from './demo/demo-series.js'
import { EventEntity } from './features/events/event.entity.js'
import { BootstrapError, bootstrapAdmin } from './features/accounts/bootstrap-admin.js'
import { createLogger, type Logger } from './platform/logging/logger.js'
import type { FieldCipher } from './platform/crypto/field-cipher.js'
import { DataKeyError } from './platform/crypto/key-ring.js'
import { createMailer } from './platform/mail/mailer.js'
import { writePrivateFile } from './platform/files/write-private-file.js'
import { systemClock } from './platform/time/clock.js'

/**
 * Loads the demo on an empty database (only where config allows: loopback, or DEMO=1). Its shared
 * password and its accounts' authenticator keys go to a 0600 file, never to stdout, which often
 * ends up in logs others read (R55).
 */
async function loadDemoIfEmpty(config: Config, db: Database, cipher: FieldCipher): Promise<string[]> {
  const credentialsFile = path.join(config.dataDir, 'demo-credentials.txt')
  if (!config.demo || (await db.read.count(EventEntity)) > 0) {
    return existsSync(credentialsFile) ? [`Demo sign-in: see ${credentialsFile}`] : []
  }
  const demo = await seedDemoSeries(
    db,
    systemClock,
    path.join(config.dataDir, 'media'),
    cipher,
    config.publicUrl,
  )
  const accounts = demo.accounts.map(account => `  ${account.email}  (${account.roles})`)
  const kiosk = `Kiosk of the live demo event: ${config.publicUrl}/kiosk/e/${demo.liveEventSlug}`
  const dashboard = `${config.publicUrl}/dashboard/`
  const keys = [
    'Authenticator keys of the demo accounts (otpauth URIs; keep this file private):',
    ...demo.accounts.map(account => `  ${account.email}  ${account.otpauthUri}`),
  ]
  writePrivateFile(
    credentialsFile,
    [`Sign in to ${dashboard} with password ${demo.password} as:`, ...accounts, kiosk, ...keys].join('\n') +
      '\n',
  )
  return [
    `Demo data loaded. Sign in to ${dashboard} as one of these, with the password in ${credentialsFile}:`,
    ...accounts,
    kiosk,
    `Two-factor codes for the demo accounts: run pnpm demo:code, or add their keys from ${credentialsFile} to an authenticator app.`,
  ]
}

/** Where the first admin's one-time setup link is written, never printed (R55). */
const SETUP_LINK_FILE = 'admin-setup-link.txt'

async function main(log: Logger, config: Config): Promise<void> {
  const db = await createDatabase(config.database, entities)
  const pubSub = createApiPubSub()
  const mailer = createMailer(config.smtpUrl, config.mailFrom, log)
  const cipher = await openFieldCipher(config, db, log)
  const services = createServices({ db, clock: systemClock, config, cipher, mailer, pubSub, log })
  const demoLines = await loadDemoIfEmpty(config, db, cipher)
  const resolvers = createResolvers(services)
  const schema = await buildApiSchema({ pubSub, resolvers })
  const server = await createServer({ config, db, schema, services, resolvers, log, clock: systemClock })

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
  const setupLinkFile = path.join(config.dataDir, SETUP_LINK_FILE)
  if (bootstrap.kind === 'setup-link') {
    const until = bootstrap.expiresAt.toISOString()
    writePrivateFile(
      setupLinkFile,
      `One-time setup link for the first administrator, valid until ${until}:\n${bootstrap.url}\n`,
    )
    out.push(`No administrator yet. Open the one-time setup link in ${setupLinkFile} (valid until ${until}).`)
  } else {
    rmSync(setupLinkFile, { force: true })
    if (bootstrap.kind === 'created') {
      out.push(`Administrator ${bootstrap.email} created from ADMIN_EMAIL/ADMIN_PASSWORD.`)
    }
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
    // Stops the timers and sends the batched emails still waiting, before the database closes.
    await services.stopBackgroundWork()
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
  if (error instanceof BootstrapError || error instanceof DataKeyError) {
    process.stderr.write(`Configuration error: ${error.message}\n`)
  } else {
    log.fatal({ err: error }, 'could not start')
  }
  process.exit(1)
})
