import 'reflect-metadata'
import { createPubSub } from '@graphql-yoga/subscription'
import type { GraphQLSchema } from 'graphql'
import { buildSchema } from 'type-graphql'
import { authChecker } from '../authorization/auth-checker.js'
import type { ClassRef } from '../platform/feature/feature.js'
import { ResolverInstances } from '../platform/graphql/resolver-instances.js'
import { resolvers as resolverClasses } from './features.js'

/** The publish/subscribe bus behind GraphQL subscriptions; in process, one per server. */
export type PubSub = ReturnType<typeof createPubSub>

export function createApiPubSub(): PubSub {
  return createPubSub()
}

export interface SchemaOptions {
  readonly pubSub?: PubSub
  /**
   * The resolver instances that answer (`createResolvers`). Without them the schema can be printed
   * and inspected (`schema:emit`, the audience test) but answers nothing.
   */
  readonly resolvers?: ResolverInstances
  readonly emitSchemaFile?: string
}

/** The whole API schema from the features' resolvers; inputs validated by class-validator. */
export async function buildApiSchema({
  pubSub = createApiPubSub(),
  resolvers,
  emitSchemaFile,
}: SchemaOptions = {}): Promise<GraphQLSchema> {
  // A resolver listed in a feature manifest but never built would fail only when first asked.
  const missing = resolvers?.missing(resolverClasses) ?? []
  if (missing.length > 0) {
    const names = missing.map(resolverClass => resolverClass.name).join(', ')
    throw new Error(`No instance of ${names}: build it in app/create-resolvers.ts`)
  }
  return buildSchema({
    resolvers: resolverClasses as unknown as [ClassRef, ...ClassRef[]],
    container: resolvers ?? new ResolverInstances([]),
    authChecker,
    authMode: 'error',
    pubSub,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: emitSchemaFile === undefined ? false : { path: emitSchemaFile, sortedSchema: true },
  })
}
