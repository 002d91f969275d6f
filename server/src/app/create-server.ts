import { existsSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server'
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer'
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled'
import { expressMiddleware } from '@as-integrations/express5'
import { ApolloArmor } from '@escape.tech/graphql-armor'
import express from 'express'
import type { GraphQLSchema } from 'graphql'
import { useServer } from 'graphql-ws/use/ws'
import { WebSocketServer } from 'ws'
import type { Config } from '../config/config.js'
import type { Database } from '../db/database.js'
import { isSecureOrigin } from '../platform/http/cookies.js'
import { securityHeaders } from '../platform/http/security-headers.js'
import { serveApp } from '../platform/http/serve-app.js'
import type { Logger } from '../platform/logging/logger.js'
import type { Context } from './context.js'
import { createContext, type ContextDeps } from './create-context.js'
import type { Services } from './create-services.js'
import { attachmentRouter } from '../features/attachments/attachment.routes.js'
import { contactPhotoRouter } from '../features/contacts/contact-photo.route.js'
import { RequesterKeys } from '../platform/rate-limit/requester-keys.js'
import { systemClock } from '../platform/time/clock.js'
import { createFormatError } from './format-error.js'
import { oncePerDocumentFields } from './features.js'
import { oncePerDocumentRule } from '../platform/graphql/once-per-document-rule.js'

export interface ServerDeps {
  readonly config: Config
  readonly db: Database
  readonly schema: GraphQLSchema
  readonly services: Services
  readonly log: Logger
}

/** Limits applied before any resolver runs (SECURITY R1–R5); R1's depth 8 fits the deepest dashboard query. */
const armor = new ApolloArmor({
  maxDepth: { n: 8 },
  maxAliases: { n: 15 },
  maxTokens: { n: 1000 },
  costLimit: { maxCost: 2000 },
  maxDirectives: { n: 20 },
  blockFieldSuggestion: { enabled: true },
})

/**
 * Other websites (a conference site embedding the contact list) may call the API from their
 * visitors' browsers, always without credentials: the session and kiosk cookies are SameSite=Strict
 * and no Allow-Credentials is sent, so a cross-origin call can only do what the public can.
 */
const publicCors: express.RequestHandler = (request, response, next) => {
  response.setHeader('Access-Control-Allow-Origin', '*')
  if (request.method === 'OPTIONS') {
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST')
    response.setHeader('Access-Control-Allow-Headers', 'content-type, apollo-require-preflight')
    response.setHeader('Access-Control-Max-Age', '600')
    response.status(204).end()
    return
  }
  next()
}

/** JSON bodies are small: reports carry text, and uploads will use their own route with streaming limits. */
const JSON_BODY_LIMIT = '100kb'

/**
 * The one HTTP server: GraphQL over POST/GET and WebSocket at /graphql, the built apps at /kiosk/ and
 * /dashboard/, uploaded images at /media/, and /healthz. Returns it unstarted, with a stop function
 * that drains requests and sockets.
 */
export async function createServer({ config, db, schema, services, log }: ServerDeps) {
  const app = express()
  app.disable('x-powered-by')
  // Only the configured number of proxies may tell us the client address (X-Forwarded-For).
  app.set('trust proxy', config.trustProxyHops === 0 ? false : config.trustProxyHops)
  const httpServer = http.createServer(app)
  const cookie = { secure: isSecureOrigin(config.publicUrl) }
  const contextDeps: ContextDeps = { services, log, cookie, requesterKeys: new RequesterKeys(systemClock) }

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' })
  const wsCleanup = useServer<Record<string, unknown>, { request: http.IncomingMessage }>(
    {
      schema,
      context: ctx =>
        createContext(contextDeps, {
          headers: ctx.extra.request.headers,
          remoteAddress: ctx.extra.request.socket.remoteAddress,
        }),
    },
    wsServer,
  )

  const protection = armor.protect()
  // graphql-armor's typings point at Apollo's CommonJS build; the plugins are the same objects.
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<Context>[]
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !config.production,
    csrfPrevention: true,
    // main.ts owns shutdown: drain HTTP and sockets, then close the database, then exit.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.production,
    formatError: createFormatError(log),
    validationRules: [...protection.validationRules, oncePerDocumentRule(oncePerDocumentFields)],
    plugins: [
      ...armorPlugins,
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        serverWillStart: () =>
          Promise.resolve({
            drainServer: async () => {
              await wsCleanup.dispose()
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
    publicCors,
    express.json({ limit: JSON_BODY_LIMIT }),
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
      requesterKeyOf: request => contextDeps.requesterKeys.forAddress(request.ip),
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
      app.use(`/${name}`, serveApp(dir))
    } else {
      log.warn({ app: name, dir }, 'app not built; run pnpm build to serve it')
    }
  }
  app.get('/', (_request, response) => response.redirect(302, '/kiosk/'))

  return {
    httpServer,
    async stop(): Promise<void> {
      await apollo.stop()
    },
  }
}
