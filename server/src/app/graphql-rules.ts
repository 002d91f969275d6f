import type { ApolloServerPlugin } from '@apollo/server'
import { ApolloArmor } from '@escape.tech/graphql-armor'
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from 'graphql'
import type { Context } from '../authorization/request-context.js'

/** SECURITY R51: an HTTP body or a WebSocket message, at most (100 kB). */
export const MAX_REQUEST_BYTES = 100 * 1024

/** SECURITY R4: a document of more than this many tokens is refused while it is being read. */
export const MAX_TOKENS = 1000

/**
 * The one set of rules every door to the API applies before any resolver runs (SECURITY R1–R6,
 * R51): Apollo's HTTP endpoint takes them as options, the WebSocket door calls `parseDocument` and
 * `validateDocument`. R1's depth 8 fits the deepest dashboard query.
 */
export interface GraphQLRules {
  /** Introspection and field suggestions are answered (development only, R55). */
  readonly isSchemaVisible: boolean
  readonly parseOptions: ParseOptions
  /** armor's depth, alias, cost and directive limits and the features' rules, added to graphql's own. */
  readonly validationRules: readonly ValidationRule[]
  readonly validationOptions: { readonly hideSuggestions: boolean }
  /** armor's Apollo plugins (field-suggestion masking on Apollo's own errors). */
  readonly apolloPlugins: readonly ApolloServerPlugin<Context>[]
}

/**
 * @param featureRules the features' own validation rules (once-per-document fields, R2), applied at
 * both doors like armor's.
 */
export function createGraphQLRules(
  isSchemaVisible: boolean,
  featureRules: readonly ValidationRule[] = [],
): GraphQLRules {
  const protection = new ApolloArmor({
    maxDepth: { n: 8 },
    maxAliases: { n: 15 },
    // Counted by graphql's own parser through parseOptions, for every door alike.
    maxTokens: { enabled: false },
    costLimit: { maxCost: 2000 },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: !isSchemaVisible },
  }).protect()
  return {
    isSchemaVisible,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [...protection.validationRules, ...featureRules],
    validationOptions: { hideSuggestions: !isSchemaVisible },
    // graphql-armor's typings point at Apollo's CommonJS build; the plugins are the same objects.
    apolloPlugins: protection.plugins as unknown as ApolloServerPlugin<Context>[],
  }
}

/** Parses as Apollo does for HTTP; a syntax error or too many tokens comes back as GRAPHQL_PARSE_FAILED. */
export function parseDocument(rules: GraphQLRules, source: string): DocumentNode | GraphQLError {
  try {
    return parse(source, rules.parseOptions)
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : 'Syntax Error'
    return new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })
  }
}

/**
 * Validates as Apollo does for HTTP: graphql's specified rules, armor's limits, and no introspection
 * unless the schema is visible. Errors carry GRAPHQL_VALIDATION_FAILED.
 */
export function validateDocument(
  rules: GraphQLRules,
  schema: GraphQLSchema,
  document: DocumentNode,
): GraphQLError[] {
  const all = [
    ...specifiedRules,
    ...(rules.isSchemaVisible ? [] : [NoSchemaIntrospectionCustomRule]),
    ...rules.validationRules,
  ]
  return validate(schema, document, all, rules.validationOptions).map(
    error =>
      new GraphQLError(error.message, {
        nodes: error.nodes,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
  )
}
