/**
 * What a feature folder contributes to the server: its tables and its GraphQL resolvers. Services
 * and loaders are wired in app/create-services.ts, where their dependencies are visible.
 */
export interface Feature {
  readonly name: string
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM and type-graphql take class constructors of any shape.
  readonly entities: readonly Function[]
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- as above.
  readonly resolvers: readonly Function[]
}
