import { isObjectType } from 'graphql'
import { describe, expect, it } from 'vitest'
import { buildApiSchema } from '../app/build-schema.js'
import { AUDIENCE_EXTENSION } from './audience.js'

/** Every way into the API, as `Type.field`. */
export async function rootFields(): Promise<{ name: string; audience: unknown }[]> {
  const schema = await buildApiSchema()
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap(type =>
    type === null || type === undefined || !isObjectType(type)
      ? []
      : Object.values(type.getFields()).map(field => ({
          name: `${type.name}.${field.name}`,
          audience: field.extensions[AUDIENCE_EXTENSION],
        })),
  )
}

describe('schema audience', () => {
  it('declares who may call every query, mutation and subscription', async () => {
    const fields = await rootFields()
    expect(fields.length).toBeGreaterThan(5)
    const undeclared = fields.filter(field => !Array.isArray(field.audience) || field.audience.length === 0)
    expect(undeclared.map(field => field.name)).toEqual([])
  })

  it('offers no way to sign up without an invitation (SECURITY R16)', async () => {
    const names = (await rootFields()).map(field => field.name.toLowerCase())
    expect(names.filter(name => /register|signup|createaccount/.test(name))).toEqual([])
  })
})
