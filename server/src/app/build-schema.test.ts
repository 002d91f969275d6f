import { describe, expect, it } from 'vitest'
import { ResolverInstances } from '../platform/graphql/resolver-instances.js'
import { buildApiSchema } from './build-schema.js'

describe('buildApiSchema', () => {
  it('refuses to build a schema whose resolvers were not all built, naming them', async () => {
    // A resolver in a manifest but not in app/create-resolvers.ts would otherwise fail on first use.
    await expect(buildApiSchema({ resolvers: new ResolverInstances([]) })).rejects.toThrow(
      /No instance of .*CaseResolver.*: build it in app\/create-resolvers\.ts/,
    )
  })
})
