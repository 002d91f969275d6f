import type { SealedColumn } from '../crypto/sealed-column.js'

/**
 * What a feature folder contributes to the server: its tables and its GraphQL resolvers. Services
 * and loaders are wired in app/create-services.ts, where their dependencies are visible.
 */
export interface Feature {
  readonly name: string
  readonly entities: readonly ClassRef[]
  readonly resolvers: readonly ClassRef[]
  /** Columns encrypted with `FieldCipher`: key rotation and the start-up check go through them all. */
  readonly sealedColumns?: readonly SealedColumn[]
  /**
   * Root fields that check a secret (a password, a code): each may appear once per GraphQL document,
   * so aliases cannot batch guesses (SECURITY R2).
   */
  readonly oncePerDocument?: readonly string[]
}

/** A decorated class, as TypeORM's `entities` and type-graphql's `resolvers` take them. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- both libraries type their class lists with Function.
export type ClassRef = Function
