import { isInterfaceType, isObjectType } from 'graphql'
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

  it('has no field that reads a stored secret: no totpSecret, hash or pending secret (SECURITY R15)', async () => {
    const schema = await buildApiSchema()
    const fields = Object.values(schema.getTypeMap()).flatMap(type =>
      !type.name.startsWith('__') && (isObjectType(type) || isInterfaceType(type))
        ? Object.keys(type.getFields()).map(field => `${type.name}.${field}`)
        : [],
    )
    expect(fields.length).toBeGreaterThan(50)
    expect(fields.filter(name => /secret|hash|totp_?step|pending_?secret/i.test(name))).toEqual([])
    // The one way a secret leaves the server: a new, unconfirmed one, to the person setting it up.
    const carriers = fields.filter(name => /otpauth|manualEntryKey/i.test(name))
    expect(carriers.sort()).toEqual(['TotpEnrolment.manualEntryKey', 'TotpEnrolment.otpauthUri'])
  })
})
