import { existsSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { ApolloServer } from '@apollo/server'
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer'
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled'
import { expressMiddleware } from '@as-integrations/express5'
import express from 'express'
import type { GraphQLSchema } from 'graphql'
import type { Config } from '../config/config.js'
import type { Database } from '../db/database.js'
import { isSecureOrigin } from '../platform/http/cookies.js'
import { crossOriginReads } from '../platform/http/cross-origin-reads.js'
import { jsonErrorHandler, jsonNotFound } from '../platform/http/json-errors.js'
import { securityHeaders } from '../platform/http/security-headers.js'
import { serveApp } from '../platform/http/serve-app.js'
import type { Logger } from '../platform/logging/logger.js'
import type { Context } from '../authorization/request-context.js'
import { createContext, requesterKeyOfRequest, type ContextDeps } from './create-context.js'
import type { Services } from './create-services.js'
import type { ResolverInstances } from '../platform/graphql/resolver-instances.js'
import { attachmentRouter } from '../features/attachments/attachment.routes.js'
import { contactPhotoRouter } from '../features/contacts/contact-photo.route.js'
import { RequesterKeys } from '../platform/rate-limit/requester-keys.js'
import { systemClock, type Clock } from '../platform/time/clock.js'
import { createFormatError } from './format-error.js'
import { createGraphQLRules, MAX_REQUEST_BYTES } from './graphql-rules.js'
import { openWebSocketDoor } from './websocket-door.js'
import { oncePerDocumentFields } from './features.js'
import { oncePerDocumentRule } from '../platform/graphql/once-per-document-rule.js'

export interface ServerDeps {
  readonly config: Config
  readonly db: Database
  readonly schema: GraphQLSchema
  readonly services: Services
  /** The resolver instances the schema was built with (`createResolvers`). */
  readonly resolvers: ResolverInstances
  readonly log: Logger
  /** Tells when a live socket's session times out. */
  readonly clock: Clock
}

/**
 * What a conference website may read from its visitors' browsers (CORS, GET only, no credentials):
 * its events with their contacts, and office-hour slots, which show only free or taken.
 */
const CROSS_ORIGIN_READS: ReadonlySet<string> = new Set(['publicEvents', 'publicEvent', 'officeHourSlots'])

/**
 * The one HTTP server: GraphQL over POST/GET and WebSocket at /graphql, the built apps at /kiosk/ and
 * /dashboard/, uploaded images at /media/, and /healthz. Returns it unstarted, with a stop function
 * that drains requests and sockets.
 */
export async function createServer({ config, db, schema, services, resolvers, log, clock }: ServerDeps) {
  const app = express()
  app.disable('x-powered-by')
  // Only the configured number of proxies may tell us the client address (X-Forwarded-For).
  app.set('trust proxy', config.trustProxyHops === 0 ? false : config.trustProxyHops)
  const httpServer = http.createServer(app)
  const cookie = { secure: isSecureOrigin(config.publicUrl) }
  const contextDeps: ContextDeps = {
    services,
    resolvers,
    log,
    cookie,
    requesterKeys: new RequesterKeys(systemClock),
  }

  const rules = createGraphQLRules(config.isSchemaVisible, [oncePerDocumentRule(oncePerDocumentFields)])
  const webSocketDoor = openWebSocketDoor({
    httpServer,
    schema,
    rules,
    contextDeps,
    publicUrl: config.publicUrl,
    clock,
    log,
  })

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: rules.isSchemaVisible,
    csrfPrevention: true,
    // main.ts owns shutdown: drain HTTP and sockets, then close the database, then exit.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !rules.isSchemaVisible,
    formatError: createFormatError(log),
    parseOptions: rules.parseOptions,
    validationRules: [...rules.validationRules],
    validationOptions: rules.validationOptions,
    plugins: [
      ...rules.apolloPlugins,
      ApolloServerPluginLandingPageDisabled(),
      // Nothing here is cacheable (securityHeaders sends no-store), and its hook on every field of
      // every answer costs more than the fields themselves on a page of 50 cases.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        serverWillStart: () =>
          Promise.resolve({
            drainServer: async () => {
              await webSocketDoor.dispose()
            },
          }),
      },
    ],
  })
  await apollo.start()

  app.use(securityHeaders())
  app.get('/healthz', async (_request, response) => {
    try {
      await db.read.query('SELECT 1')
      response.json({ status: 'ok' })
    } catch {
      response.status(503).json({ status: 'unavailable' })
    }
  })
  app.use(
    '/graphql',
    crossOriginReads({ fields: CROSS_ORIGIN_READS, parseOptions: rules.parseOptions }),
    // Reports carry text; files have their own routes and limits.
    express.json({ limit: MAX_REQUEST_BYTES }),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        createContext(contextDeps, { headers: req.headers, remoteAddress: req.ip }, value =>
          res.append('Set-Cookie', value),
        ),
    }),
  )
  app.use('/api', contactPhotoRouter(services, cookie))
  app.use(
    '/api',
    attachmentRouter({
      services,
      cookie,
      publicUrl: config.publicUrl,
      requesterKeyOf: request =>
        requesterKeyOfRequest(contextDeps, { headers: request.headers, remoteAddress: request.ip }),
    }),
  )
  const mediaDir = path.join(config.dataDir, 'media')
  app.use(
    '/media',
    (_request, response, next) => {
      // Contact photos are public; a conference website may show them.
      response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin')
      next()
    },
    express.static(mediaDir, { index: false, dotfiles: 'deny', fallthrough: false }),
  )
  for (const name of ['kiosk', 'dashboard'] as const) {
    const dir = path.join(config.appsDir, name, 'dist')
    if (existsSync(path.join(dir, 'index.html'))) {
      // The kiosk's service worker keeps its public data for network cuts (docs/decisions/0011).
      app.use(`/${name}`, serveApp(dir, name === 'kiosk' ? { serviceWorker: 'sw.js' } : {}))
    } else {
      log.warn({ app: name, dir }, 'app not built; run pnpm build to serve it')
    }
  }
  app.get('/', (_request, response) => response.redirect(302, '/kiosk/'))
  app.use(jsonNotFound)
  app.use(jsonErrorHandler(log))

  return {
    httpServer,
    async stop(): Promise<void> {
      await apollo.stop()
    },
  }
}
