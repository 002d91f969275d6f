import { describe, expect, it } from 'vitest'
import { serializeError } from './serialize-error.js'

describe('serializeError', () => {
  it('keeps kind, message, code, stack and causes, and drops every other property', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "x"'), {
      code: '23505',
      detail: 'Key (email)=(someone@example.org) already exists.',
    })
    const error = Object.assign(new Error('write failed', { cause: driverError }), {
      name: 'QueryFailedError',
      query: 'INSERT INTO account (email) VALUES ($1)',
      parameters: ['someone@example.org'],
      body: 'the raw request body',
    })
    const serialized = serializeError(error)
    expect(serialized).toMatchObject({
      type: 'QueryFailedError',
      message: 'write failed',
      cause: { type: 'Error', code: '23505' },
    })
    expect(JSON.stringify(serialized)).not.toMatch(/someone@example\.org|INSERT INTO|raw request body/)
  })

  it('says what was thrown when it is not an Error, without printing objects', () => {
    expect(serializeError({ password: 'x' })).toEqual({ type: 'object', message: '[not an Error]' })
    expect(serializeError('boom')).toEqual({ type: 'string', message: 'boom' })
  })
})
