import 'reflect-metadata'
import { createPubSub } from '@graphql-yoga/subscription'
import type { GraphQLSchema } from 'graphql'
import { buildSchema } from 'type-graphql'
import { authChecker } from '../authorization/auth-checker.js'
import type { ClassRef } from '../platform/feature/feature.js'
import { resolvers } from './features.js'

/** The publish/subscribe bus behind GraphQL subscriptions; in process, one per server. */
export type PubSub = ReturnType<typeof createPubSub>

export function createApiPubSub(): PubSub {
  return createPubSub()
}

/** The whole API schema from the features' resolvers; inputs validated by class-validator. */
export function buildApiSchema(
  pubSub: PubSub = createApiPubSub(),
  emitSchemaFile?: string,
): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolvers as unknown as [ClassRef, ...ClassRef[]],
    authChecker,
    authMode: 'error',
    pubSub,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: emitSchemaFile === undefined ? false : { path: emitSchemaFile, sortedSchema: true },
  })
}
